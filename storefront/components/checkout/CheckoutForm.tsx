"use client"

import { useActionState } from "react"
import { placeOrder } from "@/lib/checkout/checkout-actions"
import { IDLE } from "@/lib/checkout/form-state"
import { ErrorSummary, SelectField, TextField } from "./Field"

export type CheckoutStrings = Record<
  | "contact" | "address" | "shipping" | "payment"
  | "email" | "emailHint" | "name" | "phone" | "phoneHint" | "phoneOptional" | "phoneOptionalHint"
  | "streetAddress" | "addressHint" | "province" | "chooseProvince" | "city" | "district"
  | "postalCode" | "postalCodeHint" | "country" | "chooseCountry" | "address1" | "address2" | "state"
  | "noShipping" | "bankTransfer" | "bankTransferExplain" | "placeOrder" | "placing",
  string
>

type Props = {
  locale: string
  currency: string
  indonesian: boolean
  initial: Record<string, string>
  provinces: readonly string[]
  countries: { value: string; label: string }[]
  shippingOptions: { id: string; label: string; price: string }[]
  strings: CheckoutStrings
}

/** The checkout in four steps on one page; one server action places the order (works without JavaScript). */
export function CheckoutForm({ locale, currency, indonesian, initial, provinces, countries, shippingOptions, strings: s }: Props) {
  const [state, action, pending] = useActionState(placeOrder, IDLE)
  const v = state.values ?? initial
  const e = state.fieldErrors ?? {}
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

  return (
    // A new key after each answer re-applies the typed values (React resets uncontrolled fields after an action).
    <form action={action} noValidate className="checkout-form" key={JSON.stringify(state.values ?? null)}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={e} labels={labels} />

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
          <input type="radio" name="payment" value="bank-transfer" defaultChecked />
          <span>{s.bankTransfer}</span>
        </label>
        <p className="field-hint">{s.bankTransferExplain}</p>
      </fieldset>

      <button type="submit" className="button button-wide" disabled={pending || shippingOptions.length === 0}>
        {pending ? s.placing : s.placeOrder}
      </button>
    </form>
  )
}
