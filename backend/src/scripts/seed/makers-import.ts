import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { renderCraftImage } from "@rumah-karya/demo-art"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { SYSTEM_ACTOR } from "../../modules/maker/types"
import { assignProductsToMakerWorkflow } from "../../workflows/assign-products-to-maker"
import { createMakerWorkflow } from "../../workflows/create-maker"
import { setMakerVisibilityWorkflow } from "../../workflows/set-maker-visibility"
import { assignOrphanProductsToCollective } from "../../workflows/utils/assign-orphan-products"
import { demoMakers, type MakerSeed } from "./makers"

const IMAGE_SIZE = Number(process.env.DEMO_IMAGE_SIZE || 1200)

/** Her profile picture: a drawing of her craft (never a face), stored like the product pictures. */
async function uploadMakerImage(container: MedusaContainer, maker: MakerSeed, index: number) {
  const image = await renderCraftImage(
    { kind: maker.crafts[0], palette: maker.palette, seed: 1000 + index },
    { size: Math.min(IMAGE_SIZE, 600), format: "webp" }
  )
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        { filename: `maker-${maker.handle}.webp`, mimeType: "image/webp", content: image.toString("base64"), access: "public" },
      ],
    },
  })
  return result[0].url
}

/**
 * The demo makers, each with her private data, consents and products; the hidden one hidden. Idempotent:
 * a maker whose handle exists is left as she is, so staff edits survive a second run. Products that have no
 * maker (a store seeded before the maker module) go to the Collective first.
 */
export async function seedDemoMakers(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<MakerModuleService>(MAKER_MODULE)

  await assignOrphanProductsToCollective(container)

  const existing = new Set(
    (await service.listMakers({ handle: demoMakers.map((m) => m.handle) }, { select: ["handle"], withDeleted: true })).map(
      (m) => m.handle
    )
  )
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const productIds = new Map(products.map((p: { id: string; handle: string }) => [p.handle, p.id]))

  let created = 0
  for (const [index, seed] of demoMakers.entries()) {
    if (existing.has(seed.handle)) continue
    const image_url = await uploadMakerImage(container, seed, index)
    const { result: maker } = await createMakerWorkflow(container).run({
      input: {
        maker: {
          handle: seed.handle,
          display_name: seed.display_name,
          story_id: seed.story_id,
          story_en: seed.story_en,
          crafts: seed.crafts,
          city: seed.city,
          image_url,
          joined_at: new Date(seed.joined_at),
        },
        private: seed.private,
        consents: seed.consents,
        actor_id: SYSTEM_ACTOR,
      },
    })
    const add = seed.products.map((handle) => productIds.get(handle)).filter((id): id is string => Boolean(id))
    if (add.length) {
      await assignProductsToMakerWorkflow(container).run({ input: { id: maker.id, add, actor_id: SYSTEM_ACTOR } })
    }
    if (seed.hidden) {
      await setMakerVisibilityWorkflow(container).run({ input: { id: maker.id, hidden: true, actor_id: SYSTEM_ACTOR } })
    }
    created++
  }
  logger.info(created ? `Seed: ${created} demo makers with their products` : "Seed: demo makers already present")
}
