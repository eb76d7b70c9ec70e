import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { MakerStatusBadge } from "../components/maker-status-badge"
import { readServerError } from "../lib/errors"
import { useAssignProducts } from "../lib/hooks/use-maker-mutations"
import { useAllMakers } from "../lib/hooks/use-makers"
import { useProductMakerId } from "../lib/hooks/use-product-maker"

/** On a product's page: who made it, a link to her page, and a way to change the maker. */
const ProductMakerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const current = useProductMakerId(product.id)
  const makers = useAllMakers()
  const assign = useAssignProducts()
  const prompt = usePrompt()
  const maker = makers.data?.find((m) => m.id === current.data)

  const change = async (makerId: string) => {
    const next = makers.data?.find((m) => m.id === makerId)
    if (!next || makerId === maker?.id) return
    const confirmed = await prompt({
      title: `Make ${next.display_name} the maker of this product?`,
      description: maker
        ? `It is no longer shown as made by ${maker.display_name}. The change shows in the store at once.`
        : "The change shows in the store at once.",
      confirmText: "Change maker",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await assign.mutateAsync({ makerId, add: [product.id] })
      toast.success(`Maker changed to ${next.display_name}`)
    } catch (error) {
      toast.error("Maker not changed", { description: readServerError(error).message })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Maker</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {(current.isLoading || makers.isLoading) && <Text size="small" className="text-ui-fg-subtle">Loading…</Text>}
        {(current.isError || makers.isError) && (
          <Text size="small" className="text-ui-fg-error">
            Could not find the maker: {(current.error ?? makers.error)?.message}
          </Text>
        )}
        {current.isSuccess && current.data === null && (
          <Text size="small" className="text-ui-fg-subtle">
            No maker assigned.
          </Text>
        )}
        {maker && (
          <>
            <div className="flex items-center justify-between gap-x-2">
              <Link to={`/makers/${maker.id}`} className="txt-small-plus text-ui-fg-interactive hover:underline">
                {maker.display_name}
              </Link>
              <MakerStatusBadge status={maker.status} />
            </div>
            {maker.status === "hidden" && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                She is hidden: the store shows this product as made by the Collective.
              </Text>
            )}
          </>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Label size="small" weight="plus" htmlFor="change-maker">
          Change maker
        </Label>
        <Select value={maker?.id ?? ""} onValueChange={change} disabled={!makers.data || assign.isPending}>
          <Select.Trigger id="change-maker" aria-label="Change maker">
            <Select.Value placeholder={makers.isLoading ? "Loading makers…" : "Choose a maker"} />
          </Select.Trigger>
          <Select.Content>
            {makers.data?.map((m) => (
              <Select.Item key={m.id} value={m.id}>
                {m.display_name}
                <span className="text-ui-fg-muted"> · {m.handle}</span>
                {m.status === "hidden" ? " (hidden)" : ""}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </Container>
  )
}

// Medusa 2.21 lays out detail pages with sections ("Customize layout"): the side column is the zone
// "product.details.side"; the older ".before"/".after" suffixes are ignored. Staff can move the card.
export const config = defineWidgetConfig({
  zone: "product.details.side",
})

export default ProductMakerWidget
