import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { priceHint } from "../../../modules/maker/product-rules"
import type { MakerPriceHintQueryType } from "../products/validators"

/** What published products of a category cost (variant IDR prices), to help her price her own. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, MakerPriceHintQueryType>, res: MedusaResponse) => {
  const { category } = req.validatedQuery as MakerPriceHintQueryType
  const [row] = await req.scope.resolve(Modules.PRODUCT).listProductCategories({ handle: category }, { select: ["id"], take: 1 })
  let prices: number[] = []
  if (row) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "variants.prices.amount", "variants.prices.currency_code"],
      filters: { status: ProductStatus.PUBLISHED, categories: { id: [row.id] } } as any,
    })
    prices = data.flatMap((product: any) =>
      (product.variants ?? []).flatMap((variant: any) =>
        (variant.prices ?? []).filter((p: any) => p.currency_code === "idr").map((p: any) => Number(p.amount))
      )
    )
  }
  res.json({ hint: { category, ...priceHint(prices) } })
}
