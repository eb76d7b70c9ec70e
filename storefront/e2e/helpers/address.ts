import type { Page } from "@playwright/test"

export type IndonesianAddress = {
  name: string
  phone: string
  street: string
  province: string
  city: string
  district?: string
  postalCode: string
}

export const MEDAN: IndonesianAddress = {
  name: "Rina Siregar",
  phone: "0812 3456 7890",
  street: "Jl. Gatot Subroto No. 12",
  province: "Sumatera Utara",
  city: "Medan",
  district: "Medan Petisah",
  postalCode: "20112",
}

/** Fills the Indonesian checkout address (the labels of the Indonesian form). */
export async function fillIndonesianAddress(page: Page, address: IndonesianAddress = MEDAN) {
  await page.getByLabel("Nama penerima").fill(address.name)
  await page.getByLabel("Nomor HP atau WhatsApp").fill(address.phone)
  await page.getByLabel("Alamat lengkap").fill(address.street)
  await page.getByLabel("Provinsi").selectOption(address.province)
  await page.getByLabel("Kota atau kabupaten").fill(address.city)
  if (address.district) await page.getByLabel("Kecamatan (opsional)").fill(address.district)
  await page.getByLabel("Kode pos").fill(address.postalCode)
}
