import Medusa from "@medusajs/js-sdk"
import { backendUrl } from "./env"

/**
 * The JS SDK as Medusa's docs set it up for admin customizations, sharing the dashboard's session.
 * No `debug`: the admin build runs with DEV on, and debug logs every request URL (search terms included).
 */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: { type: "session" },
})
