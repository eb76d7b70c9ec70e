import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

// Every product has exactly one maker: a new product, however it is created (admin, import, seed), starts
// with the Collective. Staff then give it to its maker with POST /admin/makers/:id/products.

type Link = { [Modules.PRODUCT]: { product_id: string }; [MAKER_MODULE]: { maker_id: string } }

createProductsWorkflow.hooks.productsCreated(
  async ({ products }, { container }) => {
    if (!products.length) return new StepResponse([] as Link[], [] as Link[])
    const { collective } = await container.resolve<MakerModuleService>(MAKER_MODULE).ensureCollective()
    const links: Link[] = products.map((product) => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [MAKER_MODULE]: { maker_id: collective.id },
    }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
