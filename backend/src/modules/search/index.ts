import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

// Not "search": that key is Medusa's own search module (Modules.SEARCH).
export const SEARCH_MODULE = "product_search"

export default Module(SEARCH_MODULE, {
  service: SearchModuleService,
})

export type { default as SearchModuleService } from "./service"
export type * from "./types"
