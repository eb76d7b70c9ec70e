"use client"
import { useEffect } from "react"
import { forgetDraft } from "./wizard-draft"

/** On "Terkirim!": the product is with staff, so the wizard starts empty next time. */
export function ForgetDraft() {
  useEffect(() => forgetDraft(), [])
  return null
}
