"use server"
/** Log in, create an account, log out: the customer's JWT lives in an httpOnly cookie (lib/session.ts). */
import { redirect } from "next/navigation"
import { accountPath } from "../i18n/paths"
import { attachCartToCustomer } from "../medusa/cart"
import { login, register } from "../medusa/customer"
import { forgetCart, forgetCustomer, readCartId, saveCustomerToken } from "../session"
import type { FormState } from "./form-state"
import { formLocale, looseT, translateErrors } from "./request"
import { PASSWORD_MIN, fieldErrors, formValues, loginSchema, registerSchema } from "./schemas"

/** Her cart (if any) becomes hers: her email at checkout, the order in her history. */
async function attachCart(token: string) {
  const cartId = await readCartId()
  if (cartId) await attachCartToCustomer(cartId, token).catch(() => undefined)
}

export async function logIn(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const t = looseT(locale, "account")
  const c = looseT(locale, "checkout")
  const values = formValues(form, ["email"])
  const parsed = loginSchema.safeParse(formValues(form, ["email", "password"]))
  if (!parsed.success) {
    const errors = translateErrors(fieldErrors(parsed.error), (key) => c(`errors.${key}`, { min: PASSWORD_MIN }))
    return { status: "error", message: c("errorSummary", { count: Object.keys(errors).length }), fieldErrors: errors, values }
  }
  const result = await login(parsed.data.email, parsed.data.password)
  if (!result.ok) {
    return { status: "error", message: result.reason === "invalid" ? t("login.invalid") : t("error"), values }
  }
  await saveCustomerToken(result.token)
  await attachCart(result.token)
  redirect(accountPath(locale))
}

export async function signUp(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const t = looseT(locale, "account")
  const c = looseT(locale, "checkout")
  const values = formValues(form, ["firstName", "lastName", "email"])
  const parsed = registerSchema.safeParse(formValues(form, ["firstName", "lastName", "email", "password"]))
  if (!parsed.success) {
    const errors = translateErrors(fieldErrors(parsed.error), (key) => c(`errors.${key}`, { min: PASSWORD_MIN }))
    return { status: "error", message: c("errorSummary", { count: Object.keys(errors).length }), fieldErrors: errors, values }
  }
  const result = await register(parsed.data)
  if (!result.ok) {
    return { status: "error", message: result.reason === "exists" ? t("register.exists") : t("error"), values }
  }
  await saveCustomerToken(result.token)
  await attachCart(result.token)
  redirect(accountPath(locale))
}

export async function logOut(form: FormData): Promise<void> {
  const locale = formLocale(form)
  await forgetCustomer()
  // Her cart is attached to her account; it stays there for her next login, not on this device.
  await forgetCart()
  redirect(accountPath(locale))
}
