/**
 * The message catalogue of each language: one JSON file per area under storefront/messages/<locale>/, edited
 * without touching code. Indonesian is the reference; English must have exactly the same keys (tested).
 */
import enAccount from "@/messages/en/account.json"
import enCart from "@/messages/en/cart.json"
import enCatalog from "@/messages/en/catalog.json"
import enCheckout from "@/messages/en/checkout.json"
import enCommon from "@/messages/en/common.json"
import enMaker from "@/messages/en/maker.json"
import enSearch from "@/messages/en/search.json"
import idAccount from "@/messages/id/account.json"
import idCart from "@/messages/id/cart.json"
import idCatalog from "@/messages/id/catalog.json"
import idCheckout from "@/messages/id/checkout.json"
import idCommon from "@/messages/id/common.json"
import idMaker from "@/messages/id/maker.json"
import idSearch from "@/messages/id/search.json"
import type { Locale } from "./config"

const id = {
  common: idCommon,
  catalog: idCatalog,
  cart: idCart,
  checkout: idCheckout,
  account: idAccount,
  maker: idMaker,
  search: idSearch,
}

export type Messages = typeof id

const en: Messages = {
  common: enCommon,
  catalog: enCatalog,
  cart: enCart,
  checkout: enCheckout,
  account: enAccount,
  maker: enMaker,
  search: enSearch,
}

export const MESSAGES: Record<Locale, Messages> = { id, en }
