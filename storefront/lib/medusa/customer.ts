/**
 * Customer accounts through Medusa's auth (emailpass) and store customer routes. The JWT is handed back to
 * the caller, who keeps it in an httpOnly cookie (lib/session.ts); nothing here stores it.
 */
import { httpError, storeSend } from "./client"

export type Customer = {
  id: string
  email: string
  firstName: string | null
  lastName: string | null
}

type RawCustomer = { id: string; email: string; first_name: string | null; last_name: string | null }

const CUSTOMER_FIELDS = "id,email,first_name,last_name"

export type AuthResult = { ok: true; token: string } | { ok: false; reason: "invalid" | "exists" | "error" }

/** Logs in with email and password: the customer's JWT, or "invalid" for a wrong pair. */
export async function login(email: string, password: string): Promise<AuthResult> {
  try {
    const result = await storeSend<{ token?: string; location?: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
    })
    return result.token ? { ok: true, token: result.token } : { ok: false, reason: "error" }
  } catch (error) {
    const { status } = httpError(error)
    return { ok: false, reason: status === 401 || status === 400 ? "invalid" : "error" }
  }
}

/**
 * Creates an account: the auth identity (register), then the customer (with the registration token),
 * then logs in for a token that names the customer.
 */
export async function register(input: {
  email: string
  password: string
  firstName: string
  lastName: string
}): Promise<AuthResult> {
  let registrationToken: string
  try {
    const result = await storeSend<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: input.email, password: input.password },
    })
    registrationToken = result.token
  } catch (error) {
    const { status, message } = httpError(error)
    // Medusa: 401 "Identity with email already exists".
    if ((status === 401 || status === 400) && /exist/i.test(message)) {
      // Her identity exists; if the password is right she simply logs in (e.g. a second try after a failure).
      const second = await login(input.email, input.password)
      return second.ok ? second : { ok: false, reason: "exists" }
    }
    return { ok: false, reason: "error" }
  }
  try {
    await storeSend("/store/customers", {
      method: "POST",
      token: registrationToken,
      query: { fields: "id" },
      body: { email: input.email, first_name: input.firstName, last_name: input.lastName || undefined },
    })
  } catch (error) {
    const { status, message } = httpError(error)
    if (status === 400 && /exist/i.test(message)) return { ok: false, reason: "exists" }
    return { ok: false, reason: "error" }
  }
  return login(input.email, input.password)
}

/** The logged-in customer, or null when the token is expired or not a customer's. */
export async function getCustomer(token: string): Promise<Customer | null> {
  try {
    const { customer } = await storeSend<{ customer: RawCustomer }>("/store/customers/me", {
      token,
      query: { fields: CUSTOMER_FIELDS },
    })
    return {
      id: customer.id,
      email: customer.email,
      firstName: customer.first_name,
      lastName: customer.last_name,
    }
  } catch (error) {
    const { status } = httpError(error)
    if (status === 401 || status === 403 || status === 404 || status === 400) return null
    throw error
  }
}
