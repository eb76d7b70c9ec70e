import { sdk } from "./sdk"
import type {
  AssignProductsBody,
  CreateMakerBody,
  MakerAccessResponse,
  MakerDetailResponse,
  MakerHistoryResponse,
  MakerInviteResponse,
  MakerListQuery,
  MakerListResponse,
  MakerResponse,
  RecordConsentBody,
  UpdateMakerBody,
} from "./types"

/** The admin makers API (docs/makers-api.md), one function per route. Errors are the SDK's FetchError. */
export const makersApi = {
  list: (query: MakerListQuery) =>
    sdk.client.fetch<MakerListResponse>("/admin/makers", { query: withoutEmpty(query) }),

  retrieve: (id: string) => sdk.client.fetch<MakerDetailResponse>(`/admin/makers/${id}`),

  create: (body: CreateMakerBody) =>
    sdk.client.fetch<MakerResponse>("/admin/makers", { method: "POST", body }),

  update: (id: string, body: UpdateMakerBody) =>
    sdk.client.fetch<MakerResponse>(`/admin/makers/${id}`, { method: "POST", body }),

  recordConsent: (id: string, body: RecordConsentBody) =>
    sdk.client.fetch<MakerResponse>(`/admin/makers/${id}/consents`, { method: "POST", body }),

  hide: (id: string) =>
    sdk.client.fetch<MakerResponse>(`/admin/makers/${id}/hide`, { method: "POST", body: {} }),

  unhide: (id: string) =>
    sdk.client.fetch<MakerResponse>(`/admin/makers/${id}/unhide`, { method: "POST", body: {} }),

  assignProducts: (id: string, body: AssignProductsBody) =>
    sdk.client.fetch<MakerResponse>(`/admin/makers/${id}/products`, { method: "POST", body }),

  history: (id: string) => sdk.client.fetch<MakerHistoryResponse>(`/admin/makers/${id}/history`),

  access: (id: string) => sdk.client.fetch<MakerAccessResponse>(`/admin/makers/${id}/access`),

  invite: (id: string) =>
    sdk.client.fetch<MakerInviteResponse>(`/admin/makers/${id}/invite`, { method: "POST", body: {} }),

  endSessions: (id: string) =>
    sdk.client.fetch<MakerAccessResponse>(`/admin/makers/${id}/end-sessions`, { method: "POST", body: {} }),
  resetAccess: (id: string) =>
    sdk.client.fetch<MakerInviteResponse>(`/admin/makers/${id}/reset-access`, { method: "POST", body: {} }),
}

/** Leaves out empty strings and undefined so the server's strict query validation sees only real filters. */
function withoutEmpty<T extends object>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== "")
  ) as Partial<T>
}
