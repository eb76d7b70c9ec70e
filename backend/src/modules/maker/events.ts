/**
 * Events of the maker module. Each carries { id, handles }: the maker's id and the public handles whose pages
 * change (two when the handle itself changed). Never any other data: subscribers look up what they need.
 */
export const MakerEvents = {
  CREATED: "maker.created",
  UPDATED: "maker.updated",
  CONSENT_RECORDED: "maker.consent_recorded",
  HIDDEN: "maker.hidden",
  UNHIDDEN: "maker.unhidden",
  PRODUCTS_ASSIGNED: "maker.products_assigned",
  /** One of her products went on or off the shop (approved, paused, resumed, sent back to review). */
  PRODUCT_VISIBILITY_CHANGED: "maker.product_visibility_changed",
} as const

export const ALL_MAKER_EVENTS = Object.values(MakerEvents)

export interface MakerEventData {
  id: string
  handles: string[]
}
