"use client"

import { useActionState, useEffect, useState } from "react"
import { addToCart } from "@/lib/checkout/cart-actions"
import { IDLE } from "@/lib/checkout/form-state"
import { CART_CHANGED_EVENT } from "@/lib/cart-count"
import "./cart.css"

export type BuyBoxVariant = {
  options: Record<string, string>
  price: string | null
  stock: string
  stockKind: "in_stock" | "made_to_order" | "sold_out"
  buyable: boolean
}

type Props = {
  handle: string
  locale: string
  currency: string
  options: { id: string; title: string; values: { value: string; label: string }[] }[]
  variants: BuyBoxVariant[]
  initial: Record<string, string>
  strings: { label: string; quantity: string; add: string; adding: string; soldOut: string; unavailable: string }
}

const matches = (v: BuyBoxVariant, chosen: Record<string, string>) =>
  Object.entries(chosen).every(([id, value]) => v.options[id] === value)

/** Options as radio groups, quantity, and the add-to-cart form (a plain form post without JavaScript). */
export function BuyBoxForm({ handle, locale, currency, options, variants, initial, strings }: Props) {
  const [state, action, pending] = useActionState(addToCart, IDLE)
  const [chosen, setChosen] = useState<Record<string, string>>(() => {
    const fromPost: Record<string, string> = {}
    for (const o of options) fromPost[o.id] = state.values?.[`option_${o.id}`] ?? initial[o.id]
    return fromPost
  })

  useEffect(() => {
    if (state.cartCount !== undefined) window.dispatchEvent(new Event(CART_CHANGED_EVENT))
  }, [state])

  const variant = variants.find((v) => matches(v, chosen))
  const buyable = Boolean(variant?.buyable)

  return (
    <form action={action} className="buy-box" aria-label={strings.label}>
      <input type="hidden" name="handle" value={handle} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      {options.map((option) => (
        <fieldset key={option.id} className="buy-option">
          <legend className="option-title">{option.title}</legend>
          <div className="buy-choices">
            {option.values.map((value) => {
              const withThis = { ...chosen, [option.id]: value.value }
              const out = !variants.some((v) => v.buyable && matches(v, withThis))
              return (
                <label key={value.value} className={out ? "buy-choice buy-choice-out" : "buy-choice"}>
                  <input
                    type="radio"
                    name={`option_${option.id}`}
                    value={value.value}
                    checked={chosen[option.id] === value.value}
                    onChange={() => setChosen(withThis)}
                  />
                  <span>{value.label}</span>
                </label>
              )
            })}
          </div>
        </fieldset>
      ))}

      <p className="buy-variant" aria-live="polite">
        {variant?.price && <strong className="buy-price">{variant.price}</strong>}
        <span className={`buy-stock buy-stock-${(variant?.stockKind ?? "sold_out").replace(/_/g, "-")}`}>
          {variant ? variant.stock : strings.unavailable}
        </span>
      </p>

      <div className="buy-row">
        <label className="buy-quantity">
          <span>{strings.quantity}</span>
          <input
            type="number"
            name="quantity"
            inputMode="numeric"
            min={1}
            defaultValue={state.values?.quantity ?? "1"}
            required
          />
        </label>
        <button type="submit" className="button buy-add" disabled={!buyable || pending}>
          {!variant ? strings.unavailable : !buyable ? strings.soldOut : pending ? strings.adding : strings.add}
        </button>
      </div>

      {state.message && (
        <p className={state.status === "error" ? "buy-message buy-error" : "buy-message buy-ok"} role={state.status === "error" ? "alert" : "status"}>
          {state.message}
          {state.link && (
            <>
              {" "}
              <a href={state.link.href}>{state.link.label}</a>
            </>
          )}
        </p>
      )}
    </form>
  )
}
