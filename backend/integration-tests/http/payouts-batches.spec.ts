import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { asValue } from "@medusajs/framework/awilix"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CARD_PAYMENTS_MODULE } from "../../src/modules/card-payments"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../src/modules/payout"
import { createPayoutBatchWorkflow } from "../../src/workflows/create-payout-batch"
import { releaseEarningsWorkflow } from "../../src/workflows/release-earnings"
import { BANK_TRANSFER, MEDAN_ADDRESS, completeCart, readyCart, variantOf } from "../helpers/checkout"
import { attempt, eventually, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"
import { multipart } from "../helpers/multipart"

// Payout batches and reconciliation (docs/payouts.md, "Batches" and "Reconciliation"): a batch pays each maker
// what is available to her, the bank's transfer file says exactly that, paid and failed transfers settle once,
// two batches at once never pay the same earnings, and bank statements are matched once. One file: each file
// costs a database set-up; every test starts from the seeded store (the runner restores its snapshot).

const DAY_MS = 24 * 60 * 60 * 1000

/** The seeded private payout details of the two makers of these orders (src/scripts/seed/makers.ts). */
const MELATI_BANK = { name: "Rosmaida br. Ginting", bank: "BRI", account: "0127-01-004512-50-3" }
const SONDANG_BANK = { name: "Sondang Uli Situmorang", bank: "BNI", account: "0298113457" }
const PRIVATE_VALUES = [MELATI_BANK.name, MELATI_BANK.account, SONDANG_BANK.name, SONDANG_BANK.account]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    const expectStatus = (response: any, code: number) =>
      expect(response.status, `${response.status} ${JSON.stringify(response.data)}`).toBe(code)
    const payouts = () => getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)
    const get = async (url: string) => {
      const response = await attempt(api.get(url, demo.admin))
      expectStatus(response, 200)
      return response.data
    }
    const post = (url: string, body: unknown = {}) => attempt(api.post(url, body, demo.admin))

    type Line = { handle: string; quantity: number }
    type Order = { id: string; display_id: number; payment_id: string; total: number; items: { id: string; quantity: number }[] }

    /** A buyer's IDR order by bank transfer; staff see her money arrive and capture the payment. */
    const paidOrder = async (lines: Line[]): Promise<Order> => {
      const cartId = await readyCart(api, demo.store, {
        regionId: demo.regionIds.Indonesia,
        email: "pembeli@example.com",
        address: MEDAN_ADDRESS,
        lines: await Promise.all(lines.map(async (l) => ({ variant_id: await variantOf(api, demo.store, l.handle), quantity: l.quantity }))),
        shipping: "Kurir (tarif rata)",
      })
      const placed = await completeCart(api, demo.store, cartId)
      const { order } = await get(`/admin/orders/${placed.id}?fields=id,display_id,total,items.id,items.quantity,*payment_collections.payments`)
      const payment = order.payment_collections[0].payments[0]
      expect(payment.provider_id).toBe(BANK_TRANSFER)
      expectStatus(await post(`/admin/payments/${payment.id}/capture`), 200)
      // The earnings are recorded by a subscriber of payment.captured.
      await eventually(async () => (await payouts().listEarnings({ order_id: order.id })).length > 0, 15_000)
      return {
        id: order.id,
        display_id: order.display_id,
        payment_id: payment.id,
        total: Number(order.total),
        items: order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })),
      }
    }

    /** Staff fulfil every item; the hold starts (a subscriber of order.fulfillment_created). */
    const fulfil = async (order: Order) => {
      expectStatus(await post(`/admin/orders/${order.id}/fulfillments`, { items: order.items }), 200)
      await eventually(async () => {
        const earnings = await payouts().listEarnings({ order_id: order.id }, { select: ["fulfilled_at"] })
        return earnings.every((e) => e.fulfilled_at)
      }, 15_000)
    }

    /**
     * Three orders across two makers, one partly refunded, all fulfilled and released: Kak Melati (roses,
     * jasmine) and Ibu Sondang (bridal bale). Returns the orders and the moment of the release.
     */
    const shopHistory = async () => {
      const melati = await makerIdByHandle(api, demo.admin, "kak-melati")
      const sondang = await makerIdByHandle(api, demo.admin, "ibu-sondang")
      const first = await paidOrder([
        { handle: "buket-mawar-abadi", quantity: 2 },
        { handle: "bale-pengantin-batak", quantity: 1 },
      ])
      const second = await paidOrder([{ handle: "buket-melati-wisuda", quantity: 1 }])
      const third = await paidOrder([{ handle: "bale-pengantin-batak", quantity: 1 }])
      // Part of the second order is refunded: her share of it is reversed (a subscriber of payment.refunded).
      expectStatus(await post(`/admin/payments/${second.payment_id}/refund`, { amount: 50000 }), 200)
      await eventually(async () => (await payouts().listLedgerTransactions({ kind: "reversal" })).length > 0, 15_000)
      for (const order of [first, second, third]) await fulfil(order)
      const releasedAt = new Date(Date.now() + 8 * DAY_MS).toISOString()
      await releaseEarningsWorkflow(getContainer()).run({ input: { now: releasedAt, actor: "system" } })
      return { melati, sondang, orders: [first, second, third], releasedAt }
    }

    const balances = async () => {
      const { balances } = await get("/admin/payouts/balances?currency=IDR")
      return new Map<string, any>(balances.map((b: any) => [b.maker.id, b]))
    }
    const createBatch = (periodEnd: string) => post("/admin/payouts/batches", { currency: "IDR", period_end: periodEnd })
    const transferCsv = (batchId: string) =>
      attempt(api.get(`/admin/payouts/batches/${batchId}/transfer.csv`, { ...demo.admin, responseType: "text", transformResponse: (x: any) => x }))
    const upload = (name: string, content: Buffer | string, fields: Record<string, string> = { kind: "bank", currency: "IDR" }) => {
      const { body, contentType } = multipart([
        ...Object.entries(fields).map(([field, value]) => ({ name: field, content: value })),
        { name: "file", filename: name, type: "text/csv", content },
      ])
      return attempt(api.post("/admin/payouts/statements", body, { headers: { ...demo.admin.headers, "content-type": contentType } }))
    }

    describe("a batch, its transfer file, paid and failed transfers", () => {
      it("pays each maker exactly what is available to her, in a file the bank takes, settled once", async () => {
        const { melati, sondang, orders, releasedAt } = await shopHistory()
        const before = await balances()
        const melatiAvailable = before.get(melati).available
        const sondangAvailable = before.get(sondang).available
        // Hand-checked figures (10% fee, rounded half up): Melati 2 × 185.000 → 333.000 plus 150.000 → 135.000,
        // less her share of the 50.000 refunded on that order; Sondang 2 × 1.250.000 → 2.250.000.
        expect(before.get(sondang)).toMatchObject({ earned: 2250000, reversed: 0, pending: 0, available: 2250000 })
        expect(before.get(melati)).toMatchObject({ earned: 333000 + 135000, pending: 0 })
        expect(melatiAvailable).toBe(333000 + 135000 - before.get(melati).reversed)
        // The refund is spread over the order by what was captured (shipping included): her 90% of the jasmine's part.
        const refundedGross = Math.floor((150000 * 50000) / orders[1]!.total)
        expect(Math.abs(before.get(melati).reversed - (refundedGross * 135000) / 150000)).toBeLessThanOrEqual(1)

        const created = await createBatch(releasedAt)
        expectStatus(created, 201)
        const { batch, items } = created.data
        expect(batch).toMatchObject({ currency: "idr", status: "open", period_end: releasedAt, item_count: 2, total: melatiAvailable + sondangAvailable })
        const ref = (n: number) => `RKP-${batch.seq}-${n}`
        expect(items).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ maker: { id: melati, display_name: "Kak Melati", handle: "kak-melati" }, amount: melatiAvailable, status: "reserved" }),
            expect.objectContaining({ maker: { id: sondang, display_name: "Ibu Sondang", handle: "ibu-sondang" }, amount: sondangAvailable, status: "reserved" }),
          ])
        )
        expect(items.map((i: any) => i.reference).sort()).toEqual([ref(1), ref(2)])
        // The list and the created batch never carry her bank details; only the batch detail and the file do.
        for (const body of [created.data, await get("/admin/payouts/batches")]) {
          for (const value of PRIVATE_VALUES) expect(JSON.stringify(body)).not.toContain(value)
        }
        const detail = await get(`/admin/payouts/batches/${batch.id}`)
        const melatiItem = detail.items.find((i: any) => i.maker.id === melati)
        const sondangItem = detail.items.find((i: any) => i.maker.id === sondang)
        expect(melatiItem.payout_details).toEqual({ method: "bank", ...MELATI_BANK })
        expect(sondangItem.payout_details).toEqual({ method: "bank", ...SONDANG_BANK })

        // Reserved: available → in payout.
        const reserved = await balances()
        expect(reserved.get(melati)).toMatchObject({ available: 0, in_payout: melatiAvailable })
        expect(reserved.get(sondang)).toMatchObject({ available: 0, in_payout: sondangAvailable })

        // The bank's bulk-transfer file: exact rows, amounts in whole rupiah, the short references.
        const file = await transferCsv(batch.id)
        expectStatus(file, 200)
        expect(file.headers["content-type"]).toMatch(/^text\/csv/)
        expect(file.headers["content-disposition"]).toBe(`attachment; filename="payout-batch-${batch.seq}-IDR.csv"`)
        const rows = [melatiItem, sondangItem].sort((a, b) => a.reference.localeCompare(b.reference))
        const bankOf = (item: any) => (item.maker.id === melati ? MELATI_BANK : SONDANG_BANK)
        expect(file.data).toBe(
          [
            "name,bank,account,amount,reference",
            ...rows.map((item) => `${bankOf(item).name},${bankOf(item).bank},${bankOf(item).account},${item.amount},${item.reference}`),
            "",
          ].join("\n")
        )

        // Paid: once. A second attempt, or failing it afterwards, is refused.
        const paid = await post(`/admin/payouts/items/${melatiItem.id}/paid`, { transfer_reference: "BRI-TRF-0001" })
        expectStatus(paid, 200)
        expect(paid.data.item).toMatchObject({ status: "paid", transfer_reference: "BRI-TRF-0001", settled_by: demo.adminUserId })
        expect(paid.data.batch.status).toBe("open")
        for (const [path, body] of [
          ["paid", { transfer_reference: "BRI-TRF-0002" }],
          ["failed", { note: "Rekening ditutup" }],
        ] as const) {
          const again = await post(`/admin/payouts/items/${melatiItem.id}/${path}`, body)
          expectStatus(again, 400)
          expect(again.data.message).toMatch(new RegExp(`^Payout item ${melatiItem.reference} was already marked paid on \\d{4}-\\d{2}-\\d{2}; an item is settled once$`))
        }
        // Settled items are not in the file any more.
        const rest = await transferCsv(batch.id)
        expectStatus(rest, 200)
        expect(rest.data.trim().split("\n")).toEqual(["name,bank,account,amount,reference", expect.stringContaining(sondangItem.reference)])

        const last = await post(`/admin/payouts/items/${sondangItem.id}/paid`, { transfer_reference: "BNI-TRF-0001", note: "Lewat BNI Direct" })
        expectStatus(last, 200)
        expect(last.data.batch).toMatchObject({ status: "closed", counts: { reserved: 0, paid: 2, failed: 0 } })
        const nothing = await transferCsv(batch.id)
        expectStatus(nothing, 409)
        expect(JSON.parse(nothing.data).code).toBe("nothing_to_transfer")

        // Her statement, to the rupiah: everything earned is paid out, nothing is owed.
        const after = await balances()
        for (const [maker, amount] of [
          [melati, melatiAvailable],
          [sondang, sondangAvailable],
        ] as const) {
          expect(after.get(maker)).toMatchObject({ pending: 0, available: 0, in_payout: 0, paid_out: amount })
          expect(after.get(maker).earned - after.get(maker).reversed).toBe(amount)
          const statement = await get(`/admin/payouts/makers/${maker}/statement?currency=IDR`)
          expect(statement.closing).toMatchObject({ pending: 0, available: 0, in_payout: 0, paid_out: amount })
          // The reserve moves money within what she is owed (0); the transfer takes it out. (The release
          // happened at the injected moment, 8 days ahead, so it sorts last: what she is owed sums to 0.)
          const payoutLines = statement.lines.filter((l: any) => l.kind.startsWith("payout_"))
          expect(payoutLines.map((l: any) => [l.kind, l.amount])).toEqual([
            ["payout_reserve", 0],
            ["payout_paid", -amount],
          ])
          expect(statement.lines.reduce((sum: number, l: any) => sum + l.amount, 0)).toBe(0)
          expect(statement.lines.at(-1).balance).toBe(0)
        }

        // Nothing is left to pay: a new batch is refused with a reason.
        const empty = await createBatch(releasedAt)
        expectStatus(empty, 400)
        expect(empty.data.message).toMatch(/^No maker has at least 50000 IDR available to pay/)
      })

      it("a failed transfer returns her money to available for the next batch; makers without details are named", async () => {
        const { melati, sondang, releasedAt } = await shopHistory()
        const before = await balances()
        const { data } = await createBatch(releasedAt)
        const melatiItem = data.items.find((i: any) => i.maker.id === melati)

        // Ibu Sondang's bank details are incomplete now: the file is refused, naming her (not her details).
        const sondangPrivate = await get(`/admin/makers/${sondang}`)
        expectStatus(await post(`/admin/makers/${sondang}`, { private: { bank_account_number: null } }), 200)
        const refused = await transferCsv(data.batch.id)
        expectStatus(refused, 409)
        const body = JSON.parse(refused.data)
        expect(body).toEqual({
          type: "not_allowed",
          code: "missing_payout_details",
          message: "No complete payout details for Ibu Sondang. Add them on the maker's page (or mark the item failed), then download the file again.",
          makers: [{ id: sondang, display_name: "Ibu Sondang" }],
        })
        expect(sondangPrivate.maker.private.bank_account_number).toBe(SONDANG_BANK.account)

        const failed = await post(`/admin/payouts/items/${melatiItem.id}/failed`, { note: "Nama rekening tidak cocok" })
        expectStatus(failed, 200)
        expect(failed.data.item).toMatchObject({ status: "failed", note: "Nama rekening tidak cocok", settled_by: demo.adminUserId })
        expectStatus(await post(`/admin/payouts/items/${melatiItem.id}/failed`, { note: "again" }), 400)
        expect((await balances()).get(melati)).toMatchObject({ available: before.get(melati).available, in_payout: 0, paid_out: 0 })

        // Bad bodies are 400s that name the field.
        for (const [path, bad, message] of [
          ["paid", {}, "transfer_reference"],
          ["failed", { note: "" }, "note"],
          ["paid", { transfer_reference: "X", extra: 1 }, "extra"],
        ] as const) {
          const response = await post(`/admin/payouts/items/${melatiItem.id}/${path}`, bad)
          expectStatus(response, 400)
          expect(response.data.message).toContain(message)
        }
        expectStatus(await post("/admin/payouts/items/pitem_unknown/paid", { transfer_reference: "X" }), 404)
        expectStatus(await post("/admin/payouts/batches", { currency: "EUR" }), 400)

        // The next batch pays her again, the same amount; Sondang's money stays reserved in the first.
        const next = await createBatch(releasedAt)
        expectStatus(next, 201)
        expect(next.data.items).toEqual([expect.objectContaining({ maker: expect.objectContaining({ id: melati }), amount: before.get(melati).available })])
      })
    })

    describe("two batches at the same moment", () => {
      it("never include the same earnings", async () => {
        const { melati, sondang, releasedAt } = await shopHistory()
        const before = await balances()
        const responses = await Promise.all([createBatch(releasedAt), createBatch(releasedAt)])
        const statuses = responses.map((r) => r.status).sort()
        expect([[201, 400], [201, 409]]).toContainEqual(statuses)
        const items = await payouts().listPayoutItems({}, { select: ["maker_id", "amount"] })
        for (const maker of [melati, sondang]) {
          const hers = items.filter((i) => i.maker_id === maker)
          expect(hers).toHaveLength(1)
          expect(Number(hers[0]!.amount)).toBe(before.get(maker).available)
        }
        const reserves = await payouts().listLedgerTransactions({ kind: "payout_reserve" }, { select: ["reference"] })
        expect(reserves.map((r) => r.reference).sort()).toEqual([`payout_reserve:${melati}:IDR:1`, `payout_reserve:${sondang}:IDR:1`].sort())
        const after = await balances()
        for (const maker of [melati, sondang]) expect(after.get(maker)).toMatchObject({ available: 0, in_payout: before.get(maker).available })
      })
    })

    describe("two batches at the same moment, without the lock", () => {
      it("are still kept apart by the database: her n-th reserve can be written once", async () => {
        // Two processes that do not share a lock (in-memory locking on each): the workflow runs with a lock
        // that locks nothing, so only the reserve references' unique index stands between the two batches.
        const { melati, sondang, releasedAt } = await shopHistory()
        const before = await balances()
        const scope = getContainer().createScope()
        // Both "acquire" the lock together (a barrier), so both read the balances before either reserves.
        let arrived = 0
        let openBarrier: () => void = () => undefined
        const barrier = new Promise<void>((resolve) => (openBarrier = resolve))
        const acquire = async () => {
          if (++arrived === 2) openBarrier()
          await barrier
        }
        const noLock = { acquire, release: async () => true, releaseAll: async () => undefined, execute: async (_k: unknown, job: () => unknown) => job() }
        scope.register(Modules.LOCKING, asValue(noLock))
        const run = () =>
          createPayoutBatchWorkflow(scope as unknown as MedusaContainer)
            .run({ input: { currency: "IDR", period_end: releasedAt, actor_id: demo.adminUserId } })
            .then(
              ({ result }) => ({ batch_id: result.batch_id, error: null as string | null }),
              (error: Error) => ({ batch_id: null, error: error.message })
            )
        const outcomes = await Promise.all([run(), run()])
        expect(outcomes.filter((o) => o.batch_id)).toHaveLength(1)
        expect(outcomes.find((o) => o.error)!.error).toMatch(/^Another payout batch reserved the same earnings at the same moment; this batch was not created/)
        const items = await payouts().listPayoutItems({}, { select: ["maker_id", "amount", "batch_id"] })
        expect(new Set(items.map((i) => i.batch_id)).size).toBe(1)
        for (const maker of [melati, sondang]) {
          const hers = items.filter((i) => i.maker_id === maker)
          expect(hers.map((i) => Number(i.amount))).toEqual([before.get(maker).available])
          expect((await balances()).get(maker)).toMatchObject({ available: 0, in_payout: before.get(maker).available })
        }
        expect(await payouts().listLedgerTransactions({ kind: "payout_reserve" })).toHaveLength(2)
      })
    })

    describe("reconciliation of bank statements", () => {
      it("matches every payout and the buyers' transfers, flags a wrong amount, and never matches a line twice", async () => {
        const { melati, sondang, orders, releasedAt } = await shopHistory()
        const { data } = await createBatch(releasedAt)
        const itemOf = (maker: string) => data.items.find((i: any) => i.maker.id === maker)
        const [first, second, third] = orders
        // A BCA-style export: money out to the makers (the payout reference in the remark), money in from the
        // buyers (the order reference), the third buyer short by 10.000, and one unrelated line.
        const csv = [
          "Tanggal,Keterangan,Referensi,Jumlah",
          `28/11/2026,TRSF E-BANKING DB ${itemOf(melati).reference} KAK MELATI,TRF001,"-${itemOf(melati).amount}"`,
          `28/11/2026,TRSF E-BANKING DB ${itemOf(sondang).reference} IBU SONDANG,TRF002,"-${itemOf(sondang).amount}"`,
          `27/11/2026,TRSF E-BANKING CR RK-${first!.display_id} SARI,,"${first!.total}"`,
          `27/11/2026,TRSF E-BANKING CR ${"RK" + second!.display_id} BUDI,,"${second!.total}"`,
          `27/11/2026,TRSF E-BANKING CR RK ${third!.display_id} ANI,,"${third!.total - 10000}"`,
          `27/11/2026,BIAYA ADM,,"-6500"`,
        ].join("\r\n")
        const imported = await upload("mutasi-november.csv", csv)
        expectStatus(imported, 201)
        expect(imported.data.summary).toEqual({ matched: 4, mismatched: 1, unmatched: 1, duplicate_lines_skipped: 0 })
        const byLine = new Map<number, any>(imported.data.results.map((r: any) => [r.line, r]))
        expect(byLine.get(2)).toMatchObject({ status: "matched", amount: -itemOf(melati).amount, target: { kind: "payout_item", id: itemOf(melati).id, reference: itemOf(melati).reference, maker: { id: melati, display_name: "Kak Melati" } } })
        expect(byLine.get(3)).toMatchObject({ status: "matched", target: { kind: "payout_item", id: itemOf(sondang).id } })
        expect(byLine.get(4)).toMatchObject({ status: "matched", target: { kind: "order_payment", id: first!.payment_id, order_display_id: first!.display_id } })
        expect(byLine.get(5)).toMatchObject({ status: "matched", target: { kind: "order_payment", id: second!.payment_id } })
        expect(byLine.get(6)).toMatchObject({ status: "mismatched", difference: -10000, target: { kind: "order_payment", id: third!.payment_id } })
        expect(byLine.get(7)).toMatchObject({ status: "unmatched", target: null })
        expect(imported.data.import).toMatchObject({ kind: "bank", currency: "idr", filename: "mutasi-november.csv", imported_by: demo.adminUserId, line_count: 6 })

        // The same file again: every line is recognised, nothing is stored or matched twice.
        const again = await upload("mutasi-november (1).csv", csv)
        expectStatus(again, 201)
        expect(again.data.summary).toEqual({ matched: 0, mismatched: 0, unmatched: 0, duplicate_lines_skipped: 6 })
        expect(again.data.results).toEqual([])
        // An overlapping export with one new line: only that line is new, and a matched target is not used again.
        const overlapping = await upload("mutasi-akhir.csv", `${csv}\r\n29/11/2026,TRSF E-BANKING CR RK-${first!.display_id} SARI,,"${first!.total}"`)
        expect(overlapping.data.summary).toEqual({ matched: 0, mismatched: 0, unmatched: 1, duplicate_lines_skipped: 6 })
        const lines = await payouts().listStatementLines({}, { select: ["id", "target_id", "status"] })
        expect(lines).toHaveLength(7)
        const targets = lines.filter((l) => l.status === "matched").map((l) => l.target_id)
        expect(new Set(targets).size).toBe(targets.length)

        // Staff accept the short payment by hand with a note, after undoing the automatic suggestion.
        const statement = await get(`/admin/payouts/statements/${imported.data.import.id}`)
        expect(statement.summary).toEqual({ matched: 4, mismatched: 1, unmatched: 1, duplicate_lines_skipped: 0 })
        const short = statement.lines.find((l: any) => l.line === 6)
        const unmatched = await post(`/admin/payouts/statement-lines/${short.id}/unmatch`, { note: "Cek dulu dengan pembeli" })
        expectStatus(unmatched, 200)
        expect(unmatched.data.line).toMatchObject({ status: "unmatched", target: null, note: "Cek dulu dengan pembeli", matched_by: demo.adminUserId })
        expectStatus(await post(`/admin/payouts/statement-lines/${short.id}/unmatch`, { note: "again" }), 400)
        const matched = await post(`/admin/payouts/statement-lines/${short.id}/match`, {
          target_kind: "order_payment",
          target_id: third!.payment_id,
          note: "Pembeli membayar kurang Rp 10.000, sisanya tunai",
        })
        expectStatus(matched, 200)
        expect(matched.data.line).toMatchObject({ status: "matched", difference: -10000, matched_by: demo.adminUserId, target: { kind: "order_payment", id: third!.payment_id } })
        // A target matches one line: the first order's payment is already taken.
        const newLine = overlapping.data.results[0]
        expect(newLine).toMatchObject({ line: 8, status: "unmatched", note: expect.stringContaining(`RK-${first!.display_id}`) })
        const taken = await post(`/admin/payouts/statement-lines/${newLine.id}/match`, { target_kind: "order_payment", target_id: first!.payment_id, note: "dobel?" })
        expectStatus(taken, 400)
        expect(taken.data.message).toMatch(/already matched to line 4/)

        const list = await get("/admin/payouts/statements")
        expect(list.count).toBe(3)
      })
    })

    describe("Stripe balance reports", () => {
      it("matches report rows to the card transactions recorded from Stripe, by balance transaction id", async () => {
        // Card transactions as the Stripe webhooks record them (Stripe's units: hundredths of a rupiah).
        const cards = getContainer().resolve<any>(CARD_PAYMENTS_MODULE)
        const card = (id: string, kind: "charge" | "refund", amount: number, fee: number) => ({
          kind,
          stripe_id: `${kind === "charge" ? "ch" : "re"}_${id}`,
          payment_intent_id: `pi_${id}`,
          balance_transaction_id: `txn_${id}`,
          currency: "idr",
          amount,
          fee,
          net: amount - fee,
        })
        const recorded = await cards.createCardTransactions([
          card("A", "charge", 45000000, 1305000),
          card("B", "refund", -10000000, 0),
          card("C", "charge", 20000000, 600000),
        ])
        const report = [
          "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,source_id,description",
          "txn_A,2026-11-28 10:15:00,idr,450000.00,13050.00,436950.00,charge,ch_A,",
          "txn_B,2026-11-28 11:00:00,idr,-100000.00,0.00,-100000.00,refund,re_B,",
          "txn_C,2026-11-28 12:00:00,idr,200000.00,5800.00,194200.00,charge,ch_C,",
          "txn_D,2026-11-29 00:00:00,idr,-531150.00,0.00,-531150.00,payout,po_D,STRIPE PAYOUT",
          "txn_E,2026-11-29 00:00:00,usd,10.00,0.59,9.41,charge,ch_E,",
        ].join("\n")
        const imported = await upload("balance_change_from_activity.csv", report, { kind: "stripe", currency: "idr" })
        expectStatus(imported, 201)
        expect(imported.data.summary).toEqual({ matched: 2, mismatched: 1, unmatched: 1, duplicate_lines_skipped: 0 })
        expect(imported.data.warnings).toEqual(["1 row(s) in USD were skipped: this import is in IDR."])
        const byRef = new Map<string, any>(imported.data.results.map((r: any) => [r.reference, r]))
        const idOf = (balanceId: string) => recorded.find((c: any) => c.balance_transaction_id === balanceId).id
        expect(byRef.get("txn_A")).toMatchObject({ status: "matched", amount: 450000, date: "2026-11-28", target: { kind: "card_transaction", id: idOf("txn_A") } })
        expect(byRef.get("txn_B")).toMatchObject({ status: "matched", amount: -100000, target: { kind: "card_transaction", id: idOf("txn_B") } })
        expect(byRef.get("txn_C")).toMatchObject({
          status: "mismatched",
          difference: 0,
          note: "Stripe's fee in the report differs from the fee recorded for this payment.",
          target: { kind: "card_transaction", id: idOf("txn_C") },
        })
        expect(byRef.get("txn_D")).toMatchObject({ status: "unmatched", target: null, note: "A Stripe payout to the bank account: no card payment to match." })

        const again = await upload("balance_change_from_activity.csv", report, { kind: "stripe", currency: "IDR" })
        expect(again.data.summary).toEqual({ matched: 0, mismatched: 0, unmatched: 0, duplicate_lines_skipped: 4 })
      })
    })

    describe("bad statement files", () => {
      it("reads Indonesian amounts and Windows-1252 text, and refuses what it cannot read with a clear 400", async () => {
        // "Rp 1.250.000,00" amounts, a semicolon export saved by Excel in Windows-1252 (é in a description).
        const rupiah = Buffer.from(
          ["Tanggal;Keterangan;Jumlah", "28/11/2026;Pembayaran caf\u00e9 RK-99999;Rp 1.250.000,00", "28/11/2026;Biaya;-Rp 6.500,00"].join("\r\n"),
          "latin1"
        )
        const read = await upload("excel.csv", rupiah)
        expectStatus(read, 201)
        expect(read.data.results.map((r: any) => [r.amount, r.description, r.status])).toEqual([
          [1250000, "Pembayaran caf\u00e9 RK-99999", "unmatched"],
          [-6500, "Biaya", "unmatched"],
        ])

        const refusals: [string, Buffer | string, RegExp, Record<string, string>?][] = [
          ["columns.csv", "Nama,Nomor\nSari,1\n", /^Line 1: The file needs columns: date, amount \(or debit and credit\), reference or description\. Found: Nama, Nomor\.$/],
          ["binary.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]), /^The file is not UTF-8 text\. Save it as CSV UTF-8 and try again\.$/],
          ["empty.csv", "", /^The file is empty\.$/],
          ["amount.csv", "Tanggal,Keterangan,Jumlah\n28/11/2026,Transfer,banyak\n", /^Line 2: /],
          ["stripe.csv", "Tanggal,Keterangan,Jumlah\n28/11/2026,Transfer,100\n", /^Line 1: This is not a Stripe balance report: it needs columns balance_transaction_id, created_utc, reporting_category, gross, fee, net, currency\. Found: Tanggal, Keterangan, Jumlah\.$/, { kind: "stripe", currency: "IDR" }],
          ["kind.csv", "x", /^Invalid request: Field 'kind' must be bank or stripe/, { kind: "giro", currency: "IDR" }],
          ["currency.csv", "x", /Field 'currency' must be one of IDR, USD/, { kind: "bank", currency: "EUR" }],
        ]
        for (const [name, content, message, fields] of refusals) {
          const response = await upload(name, content, fields)
          expect(response.status, `${name}: ${JSON.stringify(response.data)}`).toBe(400)
          expect(response.data.message, name).toMatch(message)
        }
        // No file at all.
        const { body, contentType } = multipart([{ name: "kind", content: "bank" }, { name: "currency", content: "IDR" }])
        const noFile = await attempt(api.post("/admin/payouts/statements", body, { headers: { ...demo.admin.headers, "content-type": contentType } }))
        expectStatus(noFile, 400)
        expect(noFile.data).toMatchObject({ code: "no_file" })
        // Nothing was stored by the refusals.
        expect(await payouts().listStatementImports({})).toHaveLength(1)
      })
    })
  },
})
