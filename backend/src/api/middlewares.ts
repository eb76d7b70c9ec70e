import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminAssignProducts,
  AdminCreateMaker,
  AdminListMakersQuery,
  AdminMakerHistoryQuery,
  AdminRecordConsent,
  AdminUpdateMaker,
} from "./admin/makers/validators"
import { parseJsonBodyQuietly } from "./admin/makers/json-body"
import { authenticateMaker, rejectRevokedMakerAccess, rejectRevokedMakerTokens } from "./maker/authenticate-maker"
import { limitInviteCodeAttempts } from "./maker/limits"
import { receivePhoto } from "./maker/uploads/receive-photo"
import {
  limitFailedLogins,
  normaliseMakerLogin,
  refuseMakerSelfService,
  refusePhoneRegistration,
} from "./maker/login-middlewares"
import { MakerAcceptInvite } from "./maker/validators"
import { NoFields } from "./no-fields"
import {
  MakerCreateProduct,
  MakerEmptyBody,
  MakerListProductsQuery,
  MakerPriceHintQuery,
  MakerUpdateProduct,
} from "./maker/products/validators"
import { AdminApproveProduct, AdminListProductReviewsQuery, AdminReturnProduct } from "./admin/product-reviews/validators"
import { checkBody } from "./store/carts/check-body"
import { confirmCartStock } from "./store/carts/confirm-stock"
import { CartGiftNote, CartLineQuantity } from "./store/carts/validators"
import { attachMakerSummaries } from "./store/maker-summaries"
import { StoreGetMakerQuery, StoreListMakersQuery } from "./store/makers/validators"
import { StoreSearchQuery, StoreSearchSuggestionsQuery } from "./store/search/validators"
import { StoreOrderLookup } from "./store/order-lookup/validators"
import { StoreGetBankTransferQuery } from "./store/orders/validators"
import {
  AdminPayoutBalancesQuery,
  AdminPayoutStatementQuery,
  AdminPayoutTotalsQuery,
} from "./admin/payouts/balances/validators"
import { AdminListFeeRatesQuery, AdminSetFeeRate } from "./admin/payouts/fee-rates/validators"
import {
  AdminCreatePayoutBatch,
  AdminImportStatement,
  AdminListPayoutBatchesQuery,
  AdminListStatementsQuery,
  AdminMarkPayoutItemFailed,
  AdminMarkPayoutItemPaid,
  AdminMatchStatementLine,
  AdminUnmatchStatementLine,
} from "./admin/payouts/batches/validators"
import { receiveStatement } from "./admin/payouts/statements/receive-statement"

// Query configs for routes that build their own responses: `fields` is not accepted there (the schemas are
// strict), so these only satisfy validateAndTransformQuery's signature.
const fixedShape = { defaults: ["id"], allowed: ["id"] }

/** POST routes whose bodies may carry private data (staff's maker routes, her portal): parsed by
 * parseJsonBodyQuietly, which never quotes the body in an error, then validated. */
const quietPost = (matcher: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  matcher,
  methods: ["POST"],
  bodyParser: false,
  middlewares: [parseJsonBodyQuietly, validateAndTransformBody(schema)],
})

export default defineMiddlewares({
  routes: [
    // Store: makers (public view only) and the maker summary on products.
    {
      matcher: "/store/makers",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListMakersQuery, { ...fixedShape, isList: true })],
    },
    {
      matcher: "/store/makers/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetMakerQuery, fixedShape)],
    },
    { matcher: "/store/products", methods: ["GET"], middlewares: [attachMakerSummaries] },
    { matcher: "/store/products/:id", methods: ["GET"], middlewares: [attachMakerSummaries] },

    // Store: search (public search documents only).
    {
      matcher: "/store/search",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreSearchQuery, { ...fixedShape, isList: true })],
    },
    {
      matcher: "/store/search/suggestions",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreSearchSuggestionsQuery, fixedShape)],
    },

    // Store: checkout (docs/checkout-api.md). The cart checks look at one key each; Medusa validates the rest.
    { matcher: "/store/carts", methods: ["POST"], middlewares: [checkBody(CartGiftNote)] },
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [checkBody(CartGiftNote)] },
    { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [checkBody(CartLineQuantity)] },
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [checkBody(CartLineQuantity)] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [confirmCartStock] },
    {
      matcher: "/store/orders/:id/bank-transfer",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetBankTransferQuery, fixedShape)],
    },
    {
      matcher: "/store/order-lookup",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreOrderLookup)],
    },

    // Admin: makers.
    {
      matcher: "/admin/makers",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListMakersQuery, { ...fixedShape, isList: true })],
    },
    {
      matcher: "/admin/makers/:id/history",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminMakerHistoryQuery, { ...fixedShape, isList: true })],
    },
    quietPost("/admin/makers", AdminCreateMaker),
    quietPost("/admin/makers/:id", AdminUpdateMaker),
    quietPost("/admin/makers/:id/consents", AdminRecordConsent),
    quietPost("/admin/makers/:id/hide", NoFields),
    quietPost("/admin/makers/:id/unhide", NoFields),
    quietPost("/admin/makers/:id/products", AdminAssignProducts),
    quietPost("/admin/makers/:id/invite", NoFields),
    quietPost("/admin/makers/:id/reset-access", NoFields),
    quietPost("/admin/makers/:id/end-sessions", NoFields),

    // Admin: the makers of an order's items (docs/maker-portal-api.md, "Her orders").
    {
      matcher: "/admin/orders/:id/maker-items",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(NoFields, fixedShape)],
    },
    // Admin: the review queue of makers' products.
    {
      matcher: "/admin/product-reviews",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListProductReviewsQuery, { ...fixedShape, isList: true })],
    },
    quietPost("/admin/product-reviews/:product_id/approve", AdminApproveProduct),
    quietPost("/admin/product-reviews/:product_id/return", AdminReturnProduct),

    // Admin: payout batches and reconciliation (L3b; docs/payouts.md, "Batches" and "Reconciliation").
    {
      matcher: "/admin/payouts/batches",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPayoutBatchesQuery, { ...fixedShape, isList: true })],
    },
    quietPost("/admin/payouts/batches", AdminCreatePayoutBatch),
    { matcher: "/admin/payouts/batches/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
    { matcher: "/admin/payouts/batches/:id/transfer.csv", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
    quietPost("/admin/payouts/items/:id/paid", AdminMarkPayoutItemPaid),
    quietPost("/admin/payouts/items/:id/failed", AdminMarkPayoutItemFailed),
    {
      matcher: "/admin/payouts/statements",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListStatementsQuery, { ...fixedShape, isList: true })],
    },
    // The statement file: multipart/form-data (file, kind, currency), parsed in memory, then the fields validated.
    {
      matcher: "/admin/payouts/statements",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [receiveStatement, validateAndTransformBody(AdminImportStatement)],
    },
    { matcher: "/admin/payouts/statements/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
    quietPost("/admin/payouts/statement-lines/:id/match", AdminMatchStatementLine),
    quietPost("/admin/payouts/statement-lines/:id/unmatch", AdminUnmatchStatementLine),

    // Admin: makers' balances, statements, period totals and fee rates (L3a; docs/payouts.md, "Earnings" and
    // "Balances and statements").
    { matcher: "/admin/payouts/balances", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminPayoutBalancesQuery, fixedShape)] },
    {
      matcher: "/admin/payouts/makers/:id/statement",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminPayoutStatementQuery, fixedShape)],
    },
    { matcher: "/admin/payouts/totals", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminPayoutTotalsQuery, fixedShape)] },
    { matcher: "/admin/payouts/fee-rates", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListFeeRatesQuery, fixedShape)] },
    quietPost("/admin/payouts/fee-rates", AdminSetFeeRate),

    // Makers' portal logins on Medusa's auth routes (docs/maker-portal-api.md). Her login body carries her
    // phone or email and PIN: parsed without quoting it in errors. The other middlewares match the
    // parametrised paths, as Medusa's handlers do, so no spelling of the path (case, escapes) gets around them.
    { matcher: "/auth/maker/emailpass", methods: ["POST"], bodyParser: false, middlewares: [parseJsonBodyQuietly] },
    { matcher: "/auth/:actor_type/:auth_provider", methods: ["GET", "POST"], middlewares: [normaliseMakerLogin, limitFailedLogins] },
    {
      matcher: "/auth/:actor_type/:auth_provider/register",
      methods: ["POST"],
      middlewares: [refuseMakerSelfService, refusePhoneRegistration],
    },
    { matcher: "/auth/:actor_type/:auth_provider/reset-password", methods: ["POST"], middlewares: [refuseMakerSelfService] },
    { matcher: "/auth/:actor_type/:auth_provider/update", methods: ["POST"], middlewares: [refuseMakerSelfService] },
    { matcher: "/auth/token/refresh", methods: ["POST"], middlewares: [rejectRevokedMakerTokens] },
    { matcher: "/auth/session", methods: ["POST"], middlewares: [rejectRevokedMakerTokens] },

    // The makers' portal API: every route needs her login (not revoked), except accepting an invite.
    {
      matcher: "/maker/*",
      methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      middlewares: [authenticateMaker, rejectRevokedMakerAccess],
    },
    {
      matcher: "/maker/invites/accept",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [limitInviteCodeAttempts, parseJsonBodyQuietly, validateAndTransformBody(MakerAcceptInvite)],
    },
    // One photo per request, multipart/form-data, parsed after her login was checked (/maker/* runs first).
    { matcher: "/maker/uploads", methods: ["POST"], bodyParser: false, middlewares: [receivePhoto] },
    // Her logins: where she is logged in, and logging out of one phone or all (docs/maker-portal-api.md).
    { matcher: "/maker/sessions", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
    quietPost("/maker/sessions/:id/end", MakerEmptyBody),
    quietPost("/maker/sessions/end-all", MakerEmptyBody),
    // Her orders: no buyer data, nothing to send but the item id in the path.
    { matcher: "/maker/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
    quietPost("/maker/orders/items/:item_id/ready", MakerEmptyBody),
    // Her products (docs/maker-portal-api.md, "Products"): bodies parsed without quoting them in errors.
    { matcher: "/maker/products", methods: ["GET"], middlewares: [validateAndTransformQuery(MakerListProductsQuery, fixedShape)] },
    quietPost("/maker/products", MakerCreateProduct),
    { matcher: "/maker/products/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
    quietPost("/maker/products/:id", MakerUpdateProduct),
    quietPost("/maker/products/:id/pause", MakerEmptyBody),
    quietPost("/maker/products/:id/resume", MakerEmptyBody),
    { matcher: "/maker/price-hint", methods: ["GET"], middlewares: [validateAndTransformQuery(MakerPriceHintQuery, fixedShape)] },
    // Her earnings (L3a; docs/payouts.md): hers only, nothing to send.
    { matcher: "/maker/earnings", methods: ["GET"], middlewares: [validateAndTransformQuery(NoFields, fixedShape)] },
  ],
})
