import { Button, Checkbox, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { readServerError } from "../../lib/errors"
import { useAssignProducts } from "../../lib/hooks/use-maker-mutations"
import { useProductSearch } from "../../lib/hooks/use-products"
import type { AdminMakerDetail } from "../../lib/types"
import { ServerErrorAlert } from "../form/server-error-alert"
import { ProductThumbnail } from "../product-thumbnail"

interface Props {
  maker: AdminMakerDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Search products (GET /admin/products?q=) and assign the chosen ones to her. */
export const AssignProductsDrawer = ({ maker, open, onOpenChange }: Props) => {
  const [input, setInput] = useState("")
  const [q, setQ] = useState("")
  const [chosen, setChosen] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const search = useProductSearch(q, open)
  const assign = useAssignProducts()

  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), 300)
    return () => clearTimeout(timer)
  }, [input])

  useEffect(() => {
    if (open) {
      setChosen([])
      setError(null)
    }
  }, [open])

  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)))

  const submit = async () => {
    setError(null)
    try {
      await assign.mutateAsync({ makerId: maker.id, add: chosen })
      toast.success(`${chosen.length} ${chosen.length === 1 ? "product" : "products"} assigned to ${maker.display_name}`)
      onOpenChange(false)
    } catch (e) {
      const { message } = readServerError(e)
      setError(message)
      toast.error("Not assigned", { description: message })
    }
  }

  const products = search.data?.products ?? []
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>Assign products to {maker.display_name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <ServerErrorAlert message={error} />
          <Input
            type="search"
            placeholder="Search products"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            aria-label="Search products"
            autoFocus
          />
          <Text size="small" className="text-ui-fg-subtle">
            A product has one maker: a product made by someone else moves to {maker.display_name}.
          </Text>
          {search.isError && (
            <Text size="small" className="text-ui-fg-error">
              Could not search: {search.error.message}
            </Text>
          )}
          <ul className="divide-y rounded-lg border">
            {products.map((product) => {
              const hers = maker.product_ids.includes(product.id)
              const id = `assign-${product.id}`
              return (
                <li key={product.id} className="flex items-center gap-x-3 px-3 py-2">
                  <Checkbox
                    id={id}
                    checked={hers || chosen.includes(product.id)}
                    disabled={hers}
                    onCheckedChange={(checked) => toggle(product.id, checked === true)}
                  />
                  <ProductThumbnail src={product.thumbnail} />
                  <label htmlFor={id} className="txt-small min-w-0 flex-1 truncate">
                    {product.title}
                  </label>
                  {hers && (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      already hers
                    </Text>
                  )}
                </li>
              )
            })}
            {!search.isLoading && products.length === 0 && (
              <li className="px-3 py-2">
                <Text size="small" className="text-ui-fg-subtle">
                  No products found.
                </Text>
              </li>
            )}
          </ul>
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button size="small" onClick={submit} disabled={!chosen.length} isLoading={assign.isPending}>
            Assign {chosen.length || ""}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
