/**
 * From the checkout's address forms to Medusa's address, per region: Indonesia (IDR) has its own form
 * (province list, district, 5-digit postal code, Indonesian phone); International (USD) the usual one.
 */
import type { RawAddress } from "../medusa/cart"
import type { InternationalAddress, IndonesianAddress } from "./schemas"

/** "Siti Nurhaliza Putri" → first "Siti", last "Nurhaliza Putri"; one word stays the first name. */
export function splitName(name: string): { first_name: string; last_name: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  if (parts.length <= 1) return { first_name: parts[0] ?? "", last_name: "" }
  return { first_name: parts[0], last_name: parts.slice(1).join(" ") }
}

export function indonesianToMedusa(a: IndonesianAddress): RawAddress {
  return {
    ...splitName(a.name),
    phone: a.phone,
    address_1: a.address,
    address_2: a.district || "",
    city: a.city,
    province: a.province,
    postal_code: a.postalCode,
    country_code: "id",
  }
}

export function internationalToMedusa(a: InternationalAddress): RawAddress {
  return {
    ...splitName(a.name),
    phone: a.phone || "",
    address_1: a.address1,
    address_2: a.address2 || "",
    city: a.city,
    province: a.state || "",
    postal_code: a.postalCode.toUpperCase(),
    country_code: a.country,
  }
}

/** The form's fields back from a saved Medusa address (to pre-fill the checkout when she comes back). */
export function medusaToForm(address: RawAddress | null | undefined, kind: "id" | "intl"): Record<string, string> {
  if (!address) return {}
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  if (kind === "id") {
    if (address.country_code && address.country_code.toLowerCase() !== "id") return { name }
    return {
      name,
      phone: address.phone ?? "",
      address: address.address_1 ?? "",
      district: address.address_2 ?? "",
      city: address.city ?? "",
      province: address.province ?? "",
      postalCode: address.postal_code ?? "",
    }
  }
  return {
    name,
    phone: address.phone ?? "",
    country: address.country_code?.toLowerCase() === "id" ? "" : (address.country_code ?? "").toLowerCase(),
    address1: address.address_1 ?? "",
    address2: address.address_2 ?? "",
    city: address.city ?? "",
    state: address.province ?? "",
    postalCode: address.postal_code ?? "",
  }
}

/** Address lines as printed on the confirmation page. */
export function addressLines(address: RawAddress | null | undefined, countryName: (code: string) => string): string[] {
  if (!address) return []
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const cityLine = [address.city, address.province, address.postal_code].filter(Boolean).join(", ")
  return [
    name,
    address.address_1,
    address.address_2,
    cityLine,
    address.country_code ? countryName(address.country_code) : null,
    address.phone,
  ].filter((l): l is string => Boolean(l && l.trim()))
}

const displayNames = new Map<string, Intl.DisplayNames>()

/** A country's name in the page's language ("jp" → "Japan" / "Jepang"). */
export function countryName(code: string, intlLocale: string): string {
  let names = displayNames.get(intlLocale)
  if (!names) {
    names = new Intl.DisplayNames([intlLocale], { type: "region" })
    displayNames.set(intlLocale, names)
  }
  try {
    return names.of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}
