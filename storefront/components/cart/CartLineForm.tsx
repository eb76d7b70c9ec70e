"use client"

import { useActionState, useEffect } from "react"
import { changeLine } from "@/lib/checkout/cart-actions"
import { IDLE } from "@/lib/checkout/form-state"
import { CART_CHANGED_EVENT } from "@/lib/cart-count"

type Props = {
  lineId: string
  quantity: number
  locale: string
  currency: string
  strings: { quantity: string; update: string; remove: string; removeLabel: string }
}

/** Quantity change and removal of one cart line (plain form posts without JavaScript). */
export function CartLineForm({ lineId, quantity, locale, currency, strings }: Props) {
  const [state, action, pending] = useActionState(changeLine, IDLE)
  useEffect(() => {
    if (state.cartCount !== undefined) window.dispatchEvent(new Event(CART_CHANGED_EVENT))
  }, [state])
  const id = `qty-${lineId}`
  return (
    <form action={action} className="cart-line-form">
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      <div className="cart-qty">
        <label htmlFor={id} className="visually-hidden">
          {strings.quantity}
        </label>
        <input
          id={id}
          key={quantity}
          type="number"
          name="quantity"
          inputMode="numeric"
          min={0}
          defaultValue={state.status === "error" ? (state.values?.quantity ?? quantity) : quantity}
          aria-invalid={state.status === "error" || undefined}
          aria-describedby={state.message ? `${id}-msg` : undefined}
        />
        <button type="submit" className="button-secondary" disabled={pending}>
          {strings.update}
        </button>
        <button type="submit" name="intent" value="remove" className="button-link" aria-label={strings.removeLabel} disabled={pending}>
          {strings.remove}
        </button>
      </div>
      {state.message && (
        <p id={`${id}-msg`} className={state.status === "error" ? "form-error" : "form-ok"} role={state.status === "error" ? "alert" : "status"}>
          {state.message}
        </p>
      )}
    </form>
  )
}
