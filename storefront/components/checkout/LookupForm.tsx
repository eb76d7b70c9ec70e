"use client"

import { useActionState } from "react"
import { findOrder } from "@/lib/checkout/checkout-actions"
import { IDLE } from "@/lib/checkout/form-state"
import { ErrorSummary, TextField } from "./Field"

type Props = { locale: string; strings: { orderNumber: string; email: string; submit: string } }

/** Order number and email → the order page; one generic message for any wrong pair. */
export function LookupForm({ locale, strings }: Props) {
  const [state, action, pending] = useActionState(findOrder, IDLE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="panel" key={JSON.stringify(state.values ?? null)}>
      <input type="hidden" name="locale" value={locale} />
      <ErrorSummary
        message={state.status === "error" ? state.message : undefined}
        errors={e}
        labels={{ orderNumber: strings.orderNumber, email: strings.email }}
      />
      <TextField name="orderNumber" label={strings.orderNumber} error={e.orderNumber} value={v.orderNumber} required autoComplete="off" maxLength={40} />
      <TextField name="email" type="email" label={strings.email} error={e.email} value={v.email} required autoComplete="email" inputMode="email" />
      <button type="submit" className="button" disabled={pending}>
        {strings.submit}
      </button>
    </form>
  )
}
