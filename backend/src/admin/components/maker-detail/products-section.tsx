import { Plus } from "@medusajs/icons"
import { Button, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { readServerError } from "../../lib/errors"
import { useAssignProducts } from "../../lib/hooks/use-maker-mutations"
import { useProductsByIds } from "../../lib/hooks/use-products"
import type { AdminMakerDetail } from "../../lib/types"
import { Section } from "../section"
import { AssignProductsDrawer } from "./assign-products-drawer"
import { ProductThumbnail } from "../product-thumbnail"

/** Her products, with a picker to assign more and a way to give one back to the Collective. */
export const ProductsSection = ({ maker }: { maker: AdminMakerDetail }) => {
  const [picking, setPicking] = useState(false)
  const { data: products, isLoading, isError, error } = useProductsByIds(maker.product_ids)
  const assign = useAssignProducts()
  const prompt = usePrompt()

  const giveToCollective = async (productId: string, title: string) => {
    const confirmed = await prompt({
      title: `Give "${title}" to the Collective?`,
      description: "The product stays on sale and is shown as made by the Collective.",
      confirmText: "Give to Collective",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await assign.mutateAsync({ makerId: maker.id, remove: [productId] })
      toast.success("Product given to the Collective")
    } catch (e) {
      toast.error("Not changed", { description: readServerError(e).message })
    }
  }

  return (
    <Section
      title="Products"
      description="A product has one maker. Assigning moves it from its previous maker."
      actions={
        <Button size="small" variant="secondary" onClick={() => setPicking(true)}>
          <Plus /> Assign products
        </Button>
      }
    >
      {maker.product_ids.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No products yet.
        </Text>
      )}
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading products…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load products: {error.message}
        </Text>
      )}
      {products && (
        <ul className="divide-y">
          {products.map((product) => (
            <li key={product.id} className="flex items-center gap-x-3 px-6 py-3">
              <ProductThumbnail src={product.thumbnail} />
              <Link to={`/products/${product.id}`} className="txt-small-plus min-w-0 flex-1 truncate hover:underline">
                {product.title}
              </Link>
              <StatusBadge color={product.status === "published" ? "green" : "grey"}>{product.status}</StatusBadge>
              {!maker.is_collective && (
                <Button
                  size="small"
                  variant="transparent"
                  onClick={() => giveToCollective(product.id, product.title)}
                  disabled={assign.isPending}
                >
                  Give to Collective
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <AssignProductsDrawer maker={maker} open={picking} onOpenChange={setPicking} />
    </Section>
  )
}
