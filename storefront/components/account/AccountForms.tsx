"use client"

import { useActionState } from "react"
import { logIn, signUp } from "@/lib/checkout/account-actions"
import { IDLE } from "@/lib/checkout/form-state"
import { ErrorSummary, TextField } from "@/components/checkout/Field"

type LoginStrings = { title: string; email: string; password: string; submit: string }
type RegisterStrings = LoginStrings & { firstName: string; lastName: string; passwordHint: string }

export function LoginForm({ locale, strings: s }: { locale: string; strings: LoginStrings }) {
  const [state, action, pending] = useActionState(logIn, IDLE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="panel" aria-labelledby="login-title" key={JSON.stringify(state.values ?? null)}>
      <h2 id="login-title">{s.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <ErrorSummary
        message={state.status === "error" ? state.message : undefined}
        errors={e}
        labels={{ email: s.email, password: s.password }}
        idPrefix="login"
      />
      <TextField idPrefix="login" name="email" type="email" label={s.email} error={e.email} value={v.email} required autoComplete="email" inputMode="email" />
      <TextField idPrefix="login" name="password" type="password" label={s.password} error={e.password} required autoComplete="current-password" />
      <button type="submit" className="button" disabled={pending}>
        {s.submit}
      </button>
    </form>
  )
}

export function RegisterForm({ locale, strings: s }: { locale: string; strings: RegisterStrings }) {
  const [state, action, pending] = useActionState(signUp, IDLE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="panel" aria-labelledby="register-title" key={JSON.stringify(state.values ?? null)}>
      <h2 id="register-title">{s.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <ErrorSummary
        message={state.status === "error" ? state.message : undefined}
        errors={e}
        labels={{ firstName: s.firstName, lastName: s.lastName, email: s.email, password: s.password }}
        idPrefix="register"
      />
      <TextField idPrefix="register" name="firstName" label={s.firstName} error={e.firstName} value={v.firstName} required autoComplete="given-name" maxLength={60} />
      <TextField idPrefix="register" name="lastName" label={s.lastName} error={e.lastName} value={v.lastName} autoComplete="family-name" maxLength={60} />
      <TextField idPrefix="register" name="email" type="email" label={s.email} error={e.email} value={v.email} required autoComplete="email" inputMode="email" />
      <TextField idPrefix="register" name="password" type="password" label={s.password} hint={s.passwordHint} error={e.password} required autoComplete="new-password" />
      <button type="submit" className="button" disabled={pending}>
        {s.submit}
      </button>
    </form>
  )
}
