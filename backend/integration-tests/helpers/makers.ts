import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoStore from "../../src/scripts/seed"
import { DEMO_ADMIN } from "../../src/scripts/seed/admin-user"

export interface DemoStore {
  /** Headers for store routes (the storefront's publishable key). */
  store: { headers: Record<string, string> }
  /** Headers for admin routes (the demo admin's bearer token). */
  admin: { headers: Record<string, string> }
  adminUserId: string
  regionIds: Record<string, string>
  salesChannelId: string
}

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, body?: any, config?: any) => Promise<any>
}

/** Seeds the demo store (with its makers) and logs the demo admin in. Call from beforeAll. */
export async function setUpDemoStore(container: MedusaContainer, api: Api): Promise<DemoStore> {
  process.env.DEMO_IMAGE_SIZE = "96"
  await seedDemoStore({ container, args: [] })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["token", "sales_channels.id"],
    filters: { title: "Storefront" },
  })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name"] })
  const { data: login } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
  const admin = { headers: { authorization: `Bearer ${login.token}` } }
  const { data: me } = await api.get("/admin/users/me", admin)
  return {
    store: { headers: { "x-publishable-api-key": keys[0].token } },
    admin,
    adminUserId: me.user.id,
    regionIds: Object.fromEntries(regions.map((r: { id: string; name: string }) => [r.name, r.id])),
    salesChannelId: keys[0].sales_channels![0]!.id,
  }
}

/** The response of a request whether it succeeded or not (axios throws on 4xx/5xx). */
export async function attempt<T = any>(request: Promise<T>): Promise<any> {
  return request.catch((error: any) => {
    if (error?.response) return error.response
    throw error
  })
}

/** Waits until `check` returns a truthy value, up to `timeoutMs`. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000, stepMs = 50): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`Condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, stepMs))
  }
}

export async function makerIdByHandle(api: Api, admin: DemoStore["admin"], handle: string): Promise<string> {
  const { data } = await api.get(`/admin/makers?q=${encodeURIComponent(handle)}&limit=100`, admin)
  const maker = data.makers.find((m: { handle: string }) => m.handle === handle)
  if (!maker) throw new Error(`No maker ${handle}`)
  return maker.id
}
