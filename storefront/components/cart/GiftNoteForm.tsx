"use client"

import { useActionState, useState } from "react"
import { saveGiftNote } from "@/lib/checkout/cart-actions"
import { IDLE } from "@/lib/checkout/form-state"

type Props = {
  note: string
  max: number
  locale: string
  currency: string
  strings: { title: string; label: string; hint: string; save: string; counter: string }
}

/** The gift note on the cart (metadata.gift_note), at most `max` characters. */
export function GiftNoteForm({ note, max, locale, currency, strings }: Props) {
  const [state, action, pending] = useActionState(saveGiftNote, IDLE)
  const initial = state.values?.gift_note ?? note
  const [length, setLength] = useState([...initial].length)
  const error = state.fieldErrors?.gift_note
  return (
    <form action={action} className="gift-note">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      <h2 id="gift-note-title">{strings.title}</h2>
      <div className="field">
        <label htmlFor="gift_note">{strings.label}</label>
        <p id="gift_note-hint" className="field-hint">
          {strings.hint}
        </p>
        <textarea
          id="gift_note"
          name="gift_note"
          rows={4}
          defaultValue={initial}
          onChange={(e) => setLength([...e.target.value].length)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "gift_note-hint gift_note-error" : "gift_note-hint gift_note-count"}
        />
        <p id="gift_note-count" className={length > max ? "field-hint form-error" : "field-hint"}>
          {strings.counter.replace("{n}", String(length))}
        </p>
        {error && (
          <p id="gift_note-error" className="form-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button-secondary" disabled={pending}>
        {strings.save}
      </button>
      {state.message && !error && (
        <p className={state.status === "error" ? "form-error" : "form-ok"} role={state.status === "error" ? "alert" : "status"}>
          {state.message}
        </p>
      )}
      {error && (
        <p className="visually-hidden" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
