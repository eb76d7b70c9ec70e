/**
 * The wizard's draft in the tab's sessionStorage: on a cheap phone, opening the camera can unload the page,
 * and the back button or a reload would otherwise lose what she typed and the photos already sent. Only her
 * words and the sent photos' ids and variants are kept (never a file); the "Terkirim!" page forgets it.
 */
import type { PhotoVariant } from "@/lib/medusa/maker-shapes"
import { WIZARD_STEPS, type WizardStep } from "@/lib/maker/wizard-steps"

export const DRAFT_KEY = "rk-maker-new-product"

export type DraftPhoto = { key: string; uploadId: string; variants: PhotoVariant[] }

export type Draft<V> = { step: WizardStep; values: V; photos: DraftPhoto[] }

export function readDraft<V extends object>(empty: V): Draft<V> | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? "null") as Partial<Draft<V>> | null
    if (!raw || typeof raw !== "object" || !WIZARD_STEPS.includes(raw.step as WizardStep)) return null
    const values = { ...empty }
    for (const key of Object.keys(empty) as (keyof V)[]) {
      const value = (raw.values as V | undefined)?.[key]
      if (typeof value === "string") values[key] = value
    }
    const photos = (Array.isArray(raw.photos) ? raw.photos : []).filter(
      (p): p is DraftPhoto => typeof p?.key === "string" && typeof p.uploadId === "string" && Array.isArray(p.variants)
    )
    return { step: raw.step as WizardStep, values, photos }
  } catch {
    return null
  }
}

export function saveDraft<V>(draft: Draft<V>): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft))
  } catch {
    // Full or refused storage: the wizard works on without a draft.
  }
}

export function forgetDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY)
  } catch {
    // Nothing to forget.
  }
}
