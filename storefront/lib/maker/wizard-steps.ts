/** The screens of "Tambah produk", in order (a plain module: the server page and the client wizard share it). */
export const WIZARD_STEPS = ["photos", "name", "category", "price", "stock", "description", "review"] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]
