import { describe, expect, it } from "vitest";
import { SEARCH_DOCUMENT_FIELDS, toSearchDocument, type SearchProductInput } from "./index.js";

const product: SearchProductInput = {
  id: "prod_01",
  handle: "buket-mawar-merah",
  title: "Buket Mawar Merah",
  title_en: "Red Rose Bouquet",
  description: "Buket dari botol plastik daur ulang.",
  description_en: "  ",
  categories: [
    { handle: "buket-bunga", name: "Buket Bunga" },
    { handle: "hadiah", name: "Hadiah" },
  ],
  price_idr: 150000,
  price_usd: 9.5,
  in_stock: true,
  made_to_order: false,
  thumbnail: "/static/buket.webp",
  created_at: new Date("2026-01-02T03:04:05Z"),
};

describe("toSearchDocument", () => {
  it("copies the public fields", () => {
    expect(toSearchDocument(product, { handle: "sari", display_name: "Sari" })).toEqual({
      id: "prod_01",
      handle: "buket-mawar-merah",
      title: "Buket Mawar Merah",
      title_en: "Red Rose Bouquet",
      description: "Buket dari botol plastik daur ulang.",
      description_en: null,
      category_handles: ["buket-bunga", "hadiah"],
      category_names: ["Buket Bunga", "Hadiah"],
      maker_handle: "sari",
      maker_name: "Sari",
      price_idr: 150000,
      price_usd: 9.5,
      in_stock: true,
      made_to_order: false,
      thumbnail: "/static/buket.webp",
      created_at: "2026-01-02T03:04:05.000Z",
    });
  });

  it("has no maker when she may not be shown (hidden or no consent)", () => {
    const doc = toSearchDocument(product, null);
    expect(doc.maker_handle).toBeNull();
    expect(doc.maker_name).toBeNull();
  });

  it("never copies private or unknown fields, even from a whole row", () => {
    const row = {
      handle: "sari",
      display_name: "Sari",
      legal_name: "Siti Aminah",
      phone: "+6281234567",
      whatsapp: "+6281234567",
      address: "Jl. Rahasia 1, Medan",
      bank_account_number: "1234567890",
      ewallet_number: "08123",
      staff_notes: "private",
      payout_method: "bank",
    };
    const doc = toSearchDocument({ ...product, metadata: { secret: 1 } } as SearchProductInput, row);
    expect(Object.keys(doc)).toEqual([...SEARCH_DOCUMENT_FIELDS]);
    const json = JSON.stringify(doc);
    for (const field of Object.keys(row).filter((key) => !["handle", "display_name"].includes(key))) expect(json).not.toContain(`"${field}"`);
    for (const value of ["Siti Aminah", "+6281234567", "Rahasia", "1234567890", "private"]) expect(json).not.toContain(value);
  });

  it("fills defaults for missing optional fields", () => {
    const doc = toSearchDocument(
      { id: "p", handle: "h", title: "T", in_stock: false, created_at: "2026-03-01T00:00:00Z", price_idr: Number.NaN },
      { handle: "", display_name: "" }
    );
    expect(doc).toMatchObject({
      title_en: null,
      description: null,
      category_handles: [],
      category_names: [],
      maker_handle: null,
      maker_name: null,
      price_idr: null,
      price_usd: null,
      in_stock: false,
      made_to_order: false,
      thumbnail: null,
      created_at: "2026-03-01T00:00:00.000Z",
    });
  });
});
