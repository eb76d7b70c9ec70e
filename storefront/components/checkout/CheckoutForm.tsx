"use client"

import { useActionState, useRef, useState, useSyncExternalStore, type FormEvent } from "react"
import { placeOrder } from "@/lib/checkout/checkout-actions"
import { IDLE } from "@/lib/checkout/form-state"
import type { Locale } from "@/lib/i18n/config"
import { CardPayment, type CardStrings } from "./CardPayment"
import { ErrorSummary, SelectField, TextField } from "./Field"

export type CheckoutStrings = Record<
  | "contact" | "address" | "shipping" | "payment"
  | "email" | "emailHint" | "name" | "phone" | "phoneHint" | "phoneOptional" | "phoneOptionalHint"
  | "streetAddress" | "addressHint" | "province" | "chooseProvince" | "city" | "district"
  | "postalCode" | "postalCodeHint" | "country" | "chooseCountry" | "address1" | "address2" | "state"
  | "noShipping" | "bankTransfer" | "bankTransferExplain" | "placeOrder" | "placing"
  | "card" | "cardExplain" | "cardNeedsJs" | "continueToCard" | "preparingCard",
  string
>

/** Card payment, when the store offers it for this cart (Stripe's provider in the region, and its key). */
export type CardOption = {
  publishableKey: string
  /** The card-return route (after a payment that left the page). */
  returnPath: string
  strings: CardStrings
}

type Props = {
  locale: Locale
  currency: string
  indonesian: boolean
  initial: Record<string, string>
  provinces: readonly string[]
  countries: { value: string; label: string }[]
  shippingOptions: { id: string; label: string; price: string }[]
  strings: CheckoutStrings
  /** null: bank transfer only, exactly as without cards. */
  card: CardOption | null
  /** Why the buyer is back from a card payment without an order (Stripe's redirect). */
  notice?: string
}

const noSubscription = () => () => {}

/**
 * The checkout in four steps on one page; one server action places the order (works without JavaScript).
 * With card payment chosen, the same action saves everything and answers with the card step (CardPayment),
 * whose pay button then takes over from the form's.
 */
export function CheckoutForm({ locale, currency, indonesian, initial, provinces, countries, shippingOptions, strings: s, card, notice }: Props) {
  const [state, action, pending] = useActionState(placeOrder, IDLE)
  const v = state.values ?? initial
  const e = state.fieldErrors ?? {}

  // The payment chosen (the radios stay uncontrolled, so a plain form post carries them without JavaScript).
  const answered = card && v.payment === "card" ? "card" : "bank-transfer"
  const [choice, setChoice] = useState(answered)
  // Anything changed after the card step appeared: it must be saved again first (the amount may change).
  const [edited, setEdited] = useState(false)
  const [seen, setSeen] = useState(state)
  if (seen !== state) {
    setSeen(state)
    setChoice(answered)
    setEdited(false)
  }
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false)
  const bankRadio = useRef<HTMLInputElement>(null)
  const cardStep = card && state.status === "card" && state.clientSecret && !edited ? card : null
  // The card step's pay button replaces the form's. Without JavaScript the form's button stays, to place the
  // order by bank transfer (what the card step then advises).
  const formButton = !(hydrated && cardStep && choice === "card")
  const continueToCard = choice === "card" && !(cardStep && !hydrated)

  function changed(event: FormEvent<HTMLFormElement>) {
    const field = event.target as HTMLInputElement
    if (field.name === "payment") setChoice(field.value === "card" ? "card" : "bank-transfer")
    else if (cardStep) setEdited(true)
  }

  function chooseBankTransfer() {
    if (bankRadio.current) {
      bankRadio.current.checked = true
      bankRadio.current.focus()
    }
    setChoice("bank-transfer")
  }

  const labels: Record<string, string> = {
    email: s.email,
    name: s.name,
    phone: indonesian ? s.phone : s.phoneOptional,
    address: s.streetAddress,
    province: s.province,
    city: s.city,
    district: s.district,
    postalCode: s.postalCode,
    country: s.country,
    address1: s.address1,
    address2: s.address2,
    state: s.state,
    shipping_option: s.shipping,
  }
  const chosenShipping = v.shipping_option || (shippingOptions.length === 1 ? shippingOptions[0].id : "")

  const summary = state.status === "error" ? state.message : state.status === "idle" ? notice : undefined

  return (
    <div>
      {/* A new key after each answer re-applies the typed values (React resets uncontrolled fields after an action). */}
      <form action={action} noValidate onChange={changed} className="checkout-form" key={JSON.stringify(state.values ?? null)}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="currency" value={currency} />
        <ErrorSummary message={summary} errors={e} labels={labels} />

        <fieldset className="checkout-step">
          <legend>{s.contact}</legend>
          <TextField name="email" type="email" label={s.email} hint={s.emailHint} error={e.email} value={v.email} required autoComplete="email" inputMode="email" />
        </fieldset>

        <fieldset className="checkout-step">
          <legend>{s.address}</legend>
          <TextField name="name" label={s.name} error={e.name} value={v.name} required autoComplete="shipping name" maxLength={100} />
          {indonesian ? (
            <>
              <TextField name="phone" type="tel" label={s.phone} hint={s.phoneHint} error={e.phone} value={v.phone} required autoComplete="shipping tel" inputMode="tel" />
              <TextField name="address" label={s.streetAddress} hint={s.addressHint} error={e.address} value={v.address} required autoComplete="shipping street-address" maxLength={200} />
              <SelectField
                name="province"
                label={s.province}
                placeholder={s.chooseProvince}
                error={e.province}
                value={v.province}
                required
                autoComplete="shipping address-level1"
                options={provinces.map((p) => ({ value: p, label: p }))}
              />
              <TextField name="city" label={s.city} error={e.city} value={v.city} required autoComplete="shipping address-level2" maxLength={100} />
              <TextField name="district" label={s.district} error={e.district} value={v.district} autoComplete="shipping address-level3" maxLength={100} />
              <TextField name="postalCode" label={s.postalCode} hint={s.postalCodeHint} error={e.postalCode} value={v.postalCode} required autoComplete="shipping postal-code" inputMode="numeric" maxLength={5} />
            </>
          ) : (
            <>
              <SelectField
                name="country"
                label={s.country}
                placeholder={s.chooseCountry}
                error={e.country}
                value={v.country}
                required
                autoComplete="shipping country"
                options={countries}
              />
              <TextField name="address1" label={s.address1} error={e.address1} value={v.address1} required autoComplete="shipping address-line1" maxLength={200} />
              <TextField name="address2" label={s.address2} error={e.address2} value={v.address2} autoComplete="shipping address-line2" maxLength={200} />
              <TextField name="city" label={s.city} error={e.city} value={v.city} required autoComplete="shipping address-level2" maxLength={100} />
              <TextField name="state" label={s.state} error={e.state} value={v.state} autoComplete="shipping address-level1" maxLength={100} />
              <TextField name="postalCode" label={s.postalCode} error={e.postalCode} value={v.postalCode} required autoComplete="shipping postal-code" maxLength={10} />
              <TextField name="phone" type="tel" label={s.phoneOptional} hint={s.phoneOptionalHint} error={e.phone} value={v.phone} autoComplete="shipping tel" inputMode="tel" />
            </>
          )}
        </fieldset>

        <fieldset className="checkout-step" aria-describedby={e.shipping_option ? "shipping_option-error" : undefined}>
          <legend>{s.shipping}</legend>
          {shippingOptions.length === 0 && <p>{s.noShipping}</p>}
          {shippingOptions.map((o, i) => (
            <label key={o.id} className="choice">
              <input
                type="radio"
                name="shipping_option"
                value={o.id}
                id={i === 0 ? "shipping_option" : undefined}
                defaultChecked={chosenShipping === o.id}
                aria-invalid={e.shipping_option ? true : undefined}
              />
              <span>{o.label}</span>
              <span className="choice-price">{o.price}</span>
            </label>
          ))}
          {e.shipping_option && (
            <p id="shipping_option-error" className="form-error">
              {e.shipping_option}
            </p>
          )}
        </fieldset>

        <fieldset className="checkout-step">
          <legend>{s.payment}</legend>
          <label className="choice">
            <input
              type="radio"
              name="payment"
              value="bank-transfer"
              ref={bankRadio}
              defaultChecked={answered === "bank-transfer"}
              aria-describedby="payment-bank-hint"
            />
            <span>{s.bankTransfer}</span>
          </label>
          <p id="payment-bank-hint" className="field-hint choice-hint">
            {s.bankTransferExplain}
          </p>
          {card && (
            <>
              <label className="choice">
                <input
                  type="radio"
                  name="payment"
                  value="card"
                  defaultChecked={answered === "card"}
                  aria-describedby="payment-card-hint"
                />
                <span>{s.card}</span>
              </label>
              <p id="payment-card-hint" className="field-hint choice-hint">
                {s.cardExplain}
              </p>
              <noscript>
                <p className="field-hint choice-hint">{s.cardNeedsJs}</p>
              </noscript>
            </>
          )}
        </fieldset>

        {formButton && (
          <button type="submit" className="button button-wide" disabled={pending || shippingOptions.length === 0}>
            {continueToCard ? (pending ? s.preparingCard : s.continueToCard) : pending ? s.placing : s.placeOrder}
          </button>
        )}
      </form>
      {cardStep && (
        <div hidden={choice !== "card"}>
          <CardPayment
            key={state.clientSecret}
            publishableKey={cardStep.publishableKey}
            clientSecret={state.clientSecret!}
            locale={locale}
            payLabel={state.payLabel ?? ""}
            returnPath={cardStep.returnPath}
            strings={cardStep.strings}
            onChooseBankTransfer={chooseBankTransfer}
          />
        </div>
      )}
    </div>
  )
}
