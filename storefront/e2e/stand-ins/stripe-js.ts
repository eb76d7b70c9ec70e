/**
 * STRIPE.JS STAND-IN: FOR TESTS ONLY. Not Stripe.js. Served by Playwright in place of https://js.stripe.com so
 * the checkout's card step can be driven in a real browser without the internet. It offers the calls the
 * storefront makes — Stripe(key).elements({ clientSecret }).create("payment").mount(el), confirmPayment(…) —
 * renders a plain "card number" field instead of Stripe's iframe, and confirms the intent against the Stripe API
 * stand-in (backend/integration-tests/stripe-stand-in) with the publishable key and client secret, as Stripe.js
 * does. Card numbers: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has
 * insufficient funds; anything else is declined.
 */
export function stripeJsStandIn(apiUrl: string): string {
  return `(() => {
  const API = ${JSON.stringify(apiUrl)}
  const CARDS = {
    "4242424242424242": "pm_card_visa",
    "4000000000000002": "pm_card_chargeDeclined",
    "4000000000009995": "pm_card_chargeDeclinedInsufficientFunds",
  }
  window.Stripe = function Stripe(publishableKey) {
    return {
      elements({ clientSecret }) {
        const state = { clientSecret, card: "" }
        return {
          state,
          create() {
            const handlers = {}
            return {
              on(name, handler) { handlers[name] = handler },
              mount(target) {
                const host = typeof target === "string" ? document.querySelector(target) : target
                host.innerHTML = '<label class="stripe-stand-in">Card number (Stripe stand-in) <input name="stand-in-card" inputmode="numeric" autocomplete="off"></label>'
                host.querySelector("input").addEventListener("input", (e) => { state.card = e.target.value.replace(/\\s+/g, "") })
                handlers.ready?.({})
              },
              destroy() {},
              unmount() {},
            }
          },
          submit: async () => ({}),
        }
      },
      async confirmPayment({ elements }) {
        const { clientSecret, card } = elements.state
        const id = clientSecret.split("_secret_")[0]
        const response = await fetch(API + "/v1/payment_intents/" + id + "/confirm", {
          method: "POST",
          headers: { authorization: "Bearer " + publishableKey, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ payment_method: CARDS[card] || "pm_card_chargeDeclined", client_secret: clientSecret }),
        })
        const body = await response.json()
        return body.error ? { error: body.error } : { paymentIntent: body }
      },
    }
  }
})()`
}
