import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStripeClient } from "../../src/lib/stripe/client"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../src/modules/card-payments"
import { attempt, eventually, setUpDemoStore, type DemoStore } from "../helpers/makers"
import { BANK_TRANSFER, MEDAN_ADDRESS, AMSTERDAM_ADDRESS, completeCart, readyCart, variantOf } from "../helpers/checkout"
import { defaultStripeFee, startStripeStandIn, type StripeStandIn } from "../stripe-stand-in/server"
import { signedDelivery, stripeEvent } from "../stripe-stand-in/events"

// Card payments through Stripe (docs/checkout-api.md), against the local Stripe stand-in: never the internet.

const STRIPE = "pp_stripe_stripe"
const WEBHOOK_SECRET = "whsec_test_rumah_karya"
const WEBHOOK = "/hooks/payment/stripe_stripe"

let standIn: StripeStandIn
/** What Stripe.js (in the buyer's browser) and the dashboard (staff) do, through the same client. */
let stripe: ReturnType<typeof createStripeClient>

// Medusa reads the Stripe settings when it boots (the runner's own beforeAll, registered after this one).
beforeAll(async () => {
  standIn = await startStripeStandIn()
  process.env.STRIPE_API_KEY = standIn.apiKey
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
  process.env.STRIPE_API_BASE = standIn.url
  stripe = createStripeClient({ apiKey: standIn.apiKey, apiBase: standIn.url })
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })
    afterAll(() => standIn.close())
    beforeEach(() => standIn.reset())

    const store = () => demo.store
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const cardPayments = () => getContainer().resolve<CardPaymentsModuleService>(CARD_PAYMENTS_MODULE)

    /** A Medan buyer's cart with one bouquet (and a wall piece), its card payment session started. */
    async function cardCart(region: "Indonesia" | "International" = "Indonesia") {
      const cartId = await readyCart(api, store(), {
        regionId: demo.regionIds[region],
        email: "kartu@example.com",
        address: region === "Indonesia" ? MEDAN_ADDRESS : AMSTERDAM_ADDRESS,
        lines: [
          { variant_id: await variantOf(api, store(), "buket-mawar-abadi"), quantity: 1 },
          { variant_id: await variantOf(api, store(), "mandala-dinding-samudra"), quantity: 1 },
        ],
        shipping: region === "Indonesia" ? "Kurir (tarif rata)" : "International courier (flat rate)",
        provider: STRIPE,
      })
      const { data } = await api.get(`/store/carts/${cartId}?fields=total,currency_code,*payment_collection.payment_sessions`, store())
      const session = data.cart.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === STRIPE)
      return { cartId, total: Number(data.cart.total), currency: data.cart.currency_code, session, intentId: session.data.id as string }
    }

    async function orderOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((row: { order_id: string }) => row.order_id)
    }

    async function paymentOfOrder(orderId: string) {
      const { data: admin } = await api.get(`/admin/orders/${orderId}?fields=id,payment_status`, demo.admin)
      const { data }: { data: any[] } = await query().graph({
        entity: "order",
        fields: [
          "id",
          "payment_collections.payments.id",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
          "payment_collections.payments.refunds.note",
        ],
        filters: { id: orderId },
      })
      const payments = data[0].payment_collections.flatMap((c: any) => c.payments)
      return { status: admin.order.payment_status as string, payments }
    }

    const transactionsOf = (intentId: string) =>
      cardPayments().listCardTransactions({ payment_intent_id: intentId }, { order: { kind: "ASC", created_at: "ASC" } })

    function deliver(event: object, secret = WEBHOOK_SECRET) {
      const { body, signature } = signedDelivery(event, secret)
      return attempt(
        api.post(WEBHOOK, body, {
          headers: { "stripe-signature": signature, "content-type": "application/json" },
          transformRequest: [(data: unknown) => data],
        })
      )
    }

    it("offers card payment beside bank transfer in both regions, with an intent whose terms the store decides", async () => {
      for (const region of ["Indonesia", "International"]) {
        const { data } = await api.get(`/store/payment-providers?region_id=${demo.regionIds[region]}`, store())
        expect(data.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([BANK_TRANSFER, STRIPE])
      }
      const { cartId, total, session, intentId } = await cardCart()
      expect(session.data.client_secret).toMatch(new RegExp(`^${intentId}_secret_`))

      // A caller's own session data cannot change the intent's terms.
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE, data: { capture_method: "manual", payment_method_types: ["oxxo"], description: "free", confirm: true } },
        store()
      )
      const created = standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")
      expect(created).toHaveLength(2)
      for (const request of created) {
        expect(request.body).toMatchObject({ currency: "idr", capture_method: "automatic", payment_method_types: ["card"] })
        expect(Number(request.body.amount)).toBe(total * 100) // Stripe counts rupiah in hundredths
        expect(request.body.confirm).toBeUndefined()
        expect(request.body.metadata.session_id).toMatch(/^payses_/)
      }
      expect(intentId).toMatch(/^pi_/)
    })

    it("takes a card order end to end: confirmed in the browser, completed, captured, with Stripe's fee recorded", async () => {
      const { cartId, total, intentId } = await cardCart()
      await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })

      const order = await completeCart(api, store(), cartId)
      expect(Number(order.total)).toBe(total)
      const { status, payments } = await paymentOfOrder(order.id)
      expect(status).toBe("captured")
      expect(payments).toHaveLength(1)
      expect(payments[0].captured_at).toBeTruthy()
      // Captured at checkout by Stripe itself: Medusa never asked Stripe to capture.
      expect(standIn.requests.some((r) => r.path.endsWith("/capture"))).toBe(false)

      const charge = await eventually(async () => (await transactionsOf(intentId))[0])
      const stripeAmount = total * 100
      const fee = defaultStripeFee(stripeAmount, "idr")
      expect(charge).toMatchObject({ kind: "charge", currency: "idr", order_id: order.id, payment_id: payments[0].id })
      expect([Number(charge.amount), Number(charge.fee), Number(charge.net)]).toEqual([stripeAmount, fee, stripeAmount - fee])
    })

    it("keeps the cart intact after a declined card, says why, and takes another card or a bank transfer", async () => {
      const { cartId, intentId, session } = await cardCart("International")
      const declined = await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_chargeDeclined" }).catch((e) => e)
      expect(declined.type).toBe("StripeCardError")
      expect(declined.message).toBe("Your card was declined.")

      // Stripe's payment_failed webhook is recorded and leaves the session as it is, so the same intent can take
      // another card (Medusa would not complete a cart whose session is marked "error").
      const failed = await deliver(stripeEvent("payment_intent.payment_failed", declined.raw.payment_intent))
      expect(failed.data).toMatchObject({ outcome: "synced", status: "requires_payment_method" })
      const { data: sessions } = await query().graph({ entity: "payment_session", fields: ["status"], filters: { id: session.id } })
      expect(sessions[0].status).toBe("pending")

      const { data: attemptResult } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(attemptResult.type).toBe("cart")
      expect(attemptResult.error).toMatchObject({ type: "payment_authorization_error", message: "Your card was declined." })
      const { data: after } = await api.get(`/store/carts/${cartId}?fields=completed_at,*items`, store())
      expect(after.cart.completed_at).toBeNull()
      expect(after.cart.items).toHaveLength(2)
      expect(await orderOfCart(cartId)).toEqual([])

      // The same intent with another card: paid.
      await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_mastercard" })
      const order = await completeCart(api, store(), cartId)
      expect((await paymentOfOrder(order.id)).status).toBe("captured")

      // Declined, then bank transfer instead.
      const second = await cardCart()
      await stripe.paymentIntents.confirm(second.intentId, { payment_method: "pm_card_chargeDeclinedInsufficientFunds" }).catch(() => null)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: second.cartId }, store())
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER }, store())
      const byTransfer = await completeCart(api, store(), second.cartId)
      expect((await paymentOfOrder(byTransfer.id)).status).toBe("authorized")
    })

    it("completes a paid cart from the webhook when the buyer left, and handles the same event twice or five times as once", async () => {
      const { cartId, intentId } = await cardCart()
      await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const succeeded = stripeEvent("payment_intent.succeeded", standIn.intent(intentId))

      const first = await deliver(succeeded)
      expect(first.status).toBe(200)
      expect(first.data).toMatchObject({ received: true, outcome: "synced", status: "succeeded" })
      const second = await deliver(succeeded)
      expect(second.data).toMatchObject({ received: true, duplicate: true })

      const orders = await orderOfCart(cartId)
      expect(orders).toHaveLength(1)
      const { status, payments } = await paymentOfOrder(orders[0])
      expect(status).toBe("captured")
      expect(payments[0].captures).toHaveLength(1)

      // Five deliveries of another event about the same intent, at once.
      const chargeSucceeded = stripeEvent("charge.succeeded", standIn.charge(standIn.intent(intentId).latest_charge))
      const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(chargeSucceeded)))
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
      expect(answers.filter((a) => a.data.duplicate)).toHaveLength(4)
      expect(await orderOfCart(cartId)).toHaveLength(1)
      expect((await paymentOfOrder(orders[0])).payments[0].captures).toHaveLength(1)
      expect(await transactionsOf(intentId)).toHaveLength(1)
      const handled = await cardPayments().listStripeWebhookEvents({ payment_intent_id: intentId })
      expect(handled.map((e) => e.type).sort()).toEqual(["charge.succeeded", "payment_intent.succeeded"])
    })

    it("ends in the right state when events arrive out of order: a refund before the payment, an old failure last", async () => {
      const { cartId, intentId, total } = await cardCart()
      const declined = await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_chargeDeclined" }).catch((e) => e)
      const failed = stripeEvent("payment_intent.payment_failed", declined.raw.payment_intent)
      await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const succeeded = stripeEvent("payment_intent.succeeded", standIn.intent(intentId))
      const refund = standIn.refundFromDashboard(intentId, 50_000 * 100) // Rp 50.000 refunded in Stripe's dashboard
      const refunded = stripeEvent("charge.refunded", standIn.charge(refund.charge))

      expect((await deliver(refunded)).data.outcome).toBe("synced")
      expect((await deliver(succeeded)).data.outcome).toBe("synced")
      expect((await deliver(failed)).data.outcome).toBe("synced")

      const [orderId] = await orderOfCart(cartId)
      const { status, payments } = await paymentOfOrder(orderId)
      expect(status).toBe("partially_refunded")
      expect(payments[0].refunds.map((r: { amount: number }) => Number(r.amount))).toEqual([50_000])
      expect(payments[0].refunds[0].note).toContain(refund.id)
      // The dashboard refund was adopted, not repeated.
      expect(standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds")).toHaveLength(0)

      const rows = await transactionsOf(intentId)
      expect(rows.map((r) => [r.kind, Number(r.amount)])).toEqual([
        ["charge", total * 100],
        ["refund", -50_000 * 100],
      ])
    })

    it("sends a refund made in the admin to Stripe, records its figures, and does not count Stripe's echo again", async () => {
      const { cartId, intentId } = await cardCart("International")
      await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const order = await completeCart(api, store(), cartId)
      const { payments } = await paymentOfOrder(order.id)

      const { data } = await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 5 }, demo.admin)
      expect(data.payment.refunds).toHaveLength(1)
      const refunds = standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds")
      expect(refunds).toHaveLength(1)
      expect(refunds[0].body).toMatchObject({ amount: "500", payment_intent: intentId })
      expect(refunds[0].body.metadata.medusa_refund_id).toBe(data.payment.refunds[0].id)

      await eventually(async () => (await transactionsOf(intentId)).some((r) => r.kind === "refund"))
      const chargeId = standIn.intent(intentId).latest_charge
      expect((await deliver(stripeEvent("charge.refunded", standIn.charge(chargeId)))).data.outcome).toBe("synced")
      const after = await paymentOfOrder(order.id)
      expect(after.payments[0].refunds).toHaveLength(1)
      expect(after.status).toBe("partially_refunded")
      const rows = await transactionsOf(intentId)
      expect(rows.map((r) => [r.kind, Number(r.amount), Number(r.fee), r.currency])).toEqual([
        ["charge", Number(standIn.charge(chargeId).amount), defaultStripeFee(Number(standIn.charge(chargeId).amount), "usd"), "usd"],
        ["refund", -500, 0, "usd"],
      ])
    })

    it("refuses a bad signature with 400 and changes nothing; acknowledges events about intents it does not know", async () => {
      const { cartId, intentId } = await cardCart()
      await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const succeeded = stripeEvent("payment_intent.succeeded", standIn.intent(intentId))

      const wrongSecret = await deliver(succeeded, "whsec_not_ours")
      expect(wrongSecret.status).toBe(400)
      expect(wrongSecret.data.message).toBe("Invalid Stripe signature")
      const { signature } = signedDelivery(succeeded, WEBHOOK_SECRET)
      const tampered = await attempt(
        api.post(WEBHOOK, JSON.stringify({ ...succeeded, type: "payment_intent.canceled" }), {
          headers: { "stripe-signature": signature, "content-type": "application/json" },
          transformRequest: [(data: unknown) => data],
        })
      )
      expect(tampered.status).toBe(400)
      const unsigned = await attempt(api.post(WEBHOOK, succeeded))
      expect(unsigned.status).toBe(400)
      expect(await orderOfCart(cartId)).toEqual([])
      expect(await cardPayments().listStripeWebhookEvents({ payment_intent_id: intentId })).toEqual([])

      // An intent made outside this store, and one Stripe does not know: logged and acknowledged.
      const foreign = await stripe.paymentIntents.create({ amount: 1000, currency: "usd" })
      const unknown = await deliver(stripeEvent("payment_intent.succeeded", foreign))
      expect(unknown.status).toBe(200)
      expect(unknown.data.outcome).toBe("unknown_intent")
      const missing = await deliver(stripeEvent("payment_intent.succeeded", { ...foreign, id: "pi_not_at_stripe" }))
      expect(missing.data.outcome).toBe("unknown_intent")
      const other = await deliver(stripeEvent("customer.created", { id: "cus_1", object: "customer" }))
      expect(other.data.outcome).toBe("ignored")
    })
  },
})
