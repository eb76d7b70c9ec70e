"use client"

/**
 * The checkout's card step: Stripe's Payment Element and a pay button. Stripe.js is imported only when this
 * step shows (a dynamic import in the effect), so no other page and not even the checkout's first load carry
 * it. After Stripe confirms the payment, completeCardOrder places the order and opens it.
 */
import { useEffect, useRef, useState, type FormEvent } from "react"
import type { Stripe, StripeElements, StripeElementsOptionsClientSecret } from "@stripe/stripe-js"
import { completeCardOrder } from "@/lib/checkout/checkout-actions"
import type { Locale } from "@/lib/i18n/config"

export type CardStrings = Record<
  | "title" | "lead" | "loading" | "processing" | "loadFailed" | "needsJs" | "tryAgain" | "chooseBankTransfer" | "failed"
  | "notPlaced",
  string
>

type Props = {
  publishableKey: string
  clientSecret: string
  locale: Locale
  /** "Bayar Rp 250.000". */
  payLabel: string
  /** The card-return route's path; Stripe needs it absolute (for payments that leave the page, e.g. 3-D Secure). */
  returnPath: string
  strings: CardStrings
  /** Switches the checkout to bank transfer (its radio), offered when the card payment can't go on. */
  onChooseBankTransfer?: () => void
}

/** How long Stripe.js may take to load (ms) before the buyer is told to pay by bank transfer instead. */
export const LOAD_TIMEOUT_MS = 15_000

// Stripe's iframe can't read our CSS variables: the same colours as globals.css, written out.
const APPEARANCE: StripeElementsOptionsClientSecret["appearance"] = {
  theme: "stripe",
  variables: {
    colorPrimary: "#8a3b22",
    colorBackground: "#fffdf9",
    colorText: "#2a211c",
    colorDanger: "#9f1f17",
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    fontSizeBase: "16px",
    borderRadius: "8px",
    spacingUnit: "4px",
  },
}

// Paid, or paid as far as the buyer can tell (the backend checks the PaymentIntent again when completing).
const PAID = new Set(["succeeded", "requires_capture", "processing"])

type Phase = "loading" | "ready" | "failed" | "paying"

export function CardPayment({ publishableKey, clientSecret, locale, payLabel, returnPath, strings: s, onChooseBankTransfer }: Props) {
  const [phase, setPhase] = useState<Phase>("loading")
  const [error, setError] = useState<string | null>(null)
  const mountRef = useRef<HTMLDivElement>(null)
  const alertRef = useRef<HTMLParagraphElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const stripeRef = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null)

  // The step appears after the form's answer: take the reader (and screen reader) to it.
  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  useEffect(() => {
    let settled = false
    let destroy: (() => void) | undefined
    const fail = () => {
      if (settled) return
      settled = true
      setPhase("failed")
    }
    const timer = setTimeout(fail, LOAD_TIMEOUT_MS)
    ;(async () => {
      try {
        const { loadStripe } = await import("@stripe/stripe-js")
        const stripe = await loadStripe(publishableKey)
        if (settled) return
        if (!stripe || !mountRef.current) return fail()
        const elements = stripe.elements({ clientSecret, locale, appearance: APPEARANCE })
        const element = elements.create("payment", { layout: "tabs" })
        // E.g. a client secret Stripe refuses, or its frame failing to load (also after "ready").
        element.on("loaderror", () => {
          clearTimeout(timer)
          setPhase("failed")
        })
        element.mount(mountRef.current)
        destroy = () => element.destroy()
        settled = true
        clearTimeout(timer)
        stripeRef.current = { stripe, elements }
        setPhase("ready")
      } catch {
        fail()
      }
    })()
    return () => {
      settled = true
      clearTimeout(timer)
      destroy?.()
      stripeRef.current = null
    }
  }, [publishableKey, clientSecret, locale])

  const failed = phase === "failed"
  const message = failed ? s.loadFailed : error

  // A new message is read out (role="alert") and focused, so it is seen on a phone too.
  useEffect(() => {
    if (message) alertRef.current?.focus()
  }, [message])

  async function pay(event: FormEvent) {
    event.preventDefault()
    const current = stripeRef.current
    if (!current || phase !== "ready") return
    setPhase("paying")
    setError(null)
    let paid = false
    try {
      const result = await current.stripe.confirmPayment({
        elements: current.elements,
        redirect: "if_required",
        confirmParams: { return_url: new URL(returnPath, window.location.origin).href },
      })
      // An earlier try succeeded after all (e.g. the order failed afterwards): no second charge, just the order.
      const status = result.error ? result.error.payment_intent?.status : result.paymentIntent.status
      if (!status || !PAID.has(status)) {
        setError(result.error?.message || s.failed)
        setPhase("ready")
        return
      }
      paid = true
      const answer = await completeCardOrder(locale)
      // On success the action has opened the order page; only a refusal comes back.
      if (answer?.message) {
        setError(answer.message)
        setPhase("ready")
      }
    } catch {
      // Stripe.js or the action could not be reached. Paying again is safe: Stripe never charges a PaymentIntent
      // twice, and an already paid one leads straight to the order (above).
      setError(paid ? s.notPlaced : s.failed)
      setPhase("ready")
    }
  }

  return (
    <section className="checkout-step card-step" aria-labelledby="card-title">
      <h2 id="card-title" ref={headingRef} tabIndex={-1}>
        {s.title}
      </h2>
      <p className="field-hint">{s.lead}</p>
      <noscript>
        <p className="form-error">{s.needsJs}</p>
      </noscript>
      {message && (
        <div className="card-message">
          <p role="alert" tabIndex={-1} ref={alertRef} className="form-error">
            {message}
          </p>
          {!failed && <p>{s.tryAgain}</p>}
          {onChooseBankTransfer && (
            <button type="button" className="button-secondary" onClick={onChooseBankTransfer}>
              {s.chooseBankTransfer}
            </button>
          )}
        </div>
      )}
      {!failed && (
        <form onSubmit={pay} className="card-form" aria-busy={phase !== "ready"}>
          {phase === "loading" && (
            <p role="status" className="card-loading">
              {s.loading}
            </p>
          )}
          <div ref={mountRef} className="card-element" data-testid="payment-element" />
          <button type="submit" className="button button-wide button-pay" disabled={phase !== "ready"}>
            {phase === "paying" ? s.processing : payLabel}
          </button>
          {phase === "paying" && (
            <p role="status" className="visually-hidden">
              {s.processing}
            </p>
          )}
        </form>
      )}
    </section>
  )
}
