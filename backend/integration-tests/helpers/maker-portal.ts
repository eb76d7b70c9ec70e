// Helpers for tests of the makers' portal routes: her login (staff invite, she accepts) and her photos.
import { canvas } from "@rumah-karya/media/testing"
import { attempt, makerIdByHandle, type DemoStore } from "./makers"
import { multipart } from "./multipart"

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, body?: any, config?: any) => Promise<any>
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** The status, with the body in the failure message. */
export const expectStatus = (response: any, code: number) =>
  expect(response.status, `${response.status} ${JSON.stringify(response.data)}`).toBe(code)

export interface PortalMaker {
  id: string
  handle: string
  token: string
  auth: { headers: Record<string, string> }
}

/** Staff invite the maker with this handle and she accepts: her id and her portal token. */
export async function portalLogin(api: Api, demo: DemoStore, handle: string, identifier: string, password: string): Promise<PortalMaker> {
  const id = await makerIdByHandle(api, demo.admin, handle)
  const { data } = await api.post(`/admin/makers/${id}/invite`, {}, demo.admin)
  const accepted = await attempt(api.post("/maker/invites/accept", { code: data.invite.code, identifier, password }))
  expectStatus(accepted, 200)
  return { id, handle, token: accepted.data.token, auth: bearer(accepted.data.token) }
}

/** Uploads one small photo as her (POST /maker/uploads): the upload's id. */
export async function uploadPhoto(api: Api, maker: PortalMaker, colour = "#c04020"): Promise<string> {
  const jpeg = await canvas(900, 600, colour).jpeg().toBuffer()
  const { body, contentType } = multipart([{ name: "file", filename: "photo.jpg", type: "image/jpeg", content: jpeg }])
  const response = await attempt(
    api.post("/maker/uploads", body, { headers: { ...maker.auth.headers, "content-type": contentType }, maxBodyLength: Infinity })
  )
  expectStatus(response, 201)
  return response.data.upload.id
}

/** A valid new-product body made from stock; override what a test is about. */
export const productBody = (upload_ids: string[], overrides: Record<string, unknown> = {}) => ({
  title: "Mandala Laut Biru",
  description: "Mandala dari kelopak botol biru.",
  category: "hiasan-dinding",
  price_idr: 185000,
  made_to_order: false,
  stock: 3,
  upload_ids,
  ...overrides,
})
