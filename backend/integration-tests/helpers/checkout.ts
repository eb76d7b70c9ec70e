// Helpers for checkout tests: a buyer's cart through the store API, as the storefront drives it.

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, body?: any, config?: any) => Promise<any>
}
type Headers = { headers: Record<string, string> }

export const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"

export const MEDAN_ADDRESS = {
  first_name: "Sari",
  last_name: "Pembeli",
  address_1: "Jl. Contoh No. 1",
  city: "Medan",
  postal_code: "20111",
  country_code: "id",
  phone: "0800000000",
}

export const AMSTERDAM_ADDRESS = {
  first_name: "Anna",
  last_name: "Koper",
  address_1: "Voorbeeldstraat 1",
  city: "Amsterdam",
  postal_code: "1011 AA",
  country_code: "nl",
  phone: "+310000000",
}

/** The first variant of a product, by handle. */
export async function variantOf(api: Api, store: Headers, handle: string, index = 0): Promise<string> {
  const { data } = await api.get(`/store/products?handle=${handle}&fields=id,variants.id`, store)
  const variant = data.products[0]?.variants?.[index]
  if (!variant) throw new Error(`No variant ${index} of ${handle}`)
  return variant.id
}

export interface CheckoutInput {
  regionId: string
  email: string
  address: Record<string, string>
  lines: { variant_id: string; quantity: number }[]
  /** Shipping option name, e.g. "Kurir (tarif rata)". */
  shipping: string
  metadata?: Record<string, unknown>
  /** Payment provider of the session started last; bank transfer unless said. */
  provider?: string
}

/** Axios errors carry the response; say what the server answered. */
const explained = <T>(what: string, request: Promise<T>): Promise<T> =>
  request.catch((error: any) => {
    throw new Error(`${what}: ${error?.response?.status} ${JSON.stringify(error?.response?.data ?? error?.message)}`)
  })

/** Builds a cart up to the point of completion; returns its id. */
export async function readyCart(rawApi: Api, store: Headers, input: CheckoutInput): Promise<string> {
  const api: Api = {
    get: (url, config) => explained(`GET ${url}`, rawApi.get(url, config)),
    post: (url, body, config) => explained(`POST ${url}`, rawApi.post(url, body, config)),
  }
  const { data } = await api.post("/store/carts", { region_id: input.regionId }, store)
  const cartId = data.cart.id
  for (const line of input.lines) await api.post(`/store/carts/${cartId}/line-items`, line, store)
  await api.post(
    `/store/carts/${cartId}`,
    { email: input.email, shipping_address: input.address, billing_address: input.address, ...(input.metadata && { metadata: input.metadata }) },
    store
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  const option = options.shipping_options.find((o: { name: string }) => o.name === input.shipping)
  if (!option) throw new Error(`No shipping option ${input.shipping} for this cart`)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: input.provider ?? BANK_TRANSFER },
    store
  )
  return cartId
}

/** Completes a ready cart; returns the order. */
export async function completeCart(api: Api, store: Headers, cartId: string): Promise<any> {
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`Cart not completed: ${JSON.stringify(data.error ?? data)}`)
  return data.order
}
