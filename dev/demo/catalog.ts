/** The demo shop's products. Names and descriptions are i18next keys (`shop:products.<id>.*`). */
export interface Product {
  id: string
  /** Price in euro cents. */
  price: number
  /** A colour for the product's placeholder picture (no images to license). */
  swatch: string
}

export const PRODUCTS: readonly Product[] = [
  { id: 'linden', price: 690, swatch: '#c9a227' },
  { id: 'sea-buckthorn', price: 840, swatch: '#e07a1f' },
  { id: 'mug', price: 1450, swatch: '#3b6e8f' },
]

export function findProduct(id: string): Product | undefined {
  return PRODUCTS.find((product) => product.id === id)
}

/** Flat-rate delivery, free from this subtotal (cents). */
export const SHIPPING_CENTS = 390
export const FREE_SHIPPING_FROM_CENTS = 3000

/** Product id → quantity. */
export type Cart = Record<string, number>

/** A first-time visitor's cart: a demo shop with an empty cart has nothing to check out. */
export const SAMPLE_CART: Cart = { linden: 2, mug: 1 }

const MAX_QUANTITY = 20

/** Reads the cart cookie defensively: it comes from the browser, so anything may be in it. */
export function parseCart(raw: string | undefined): Cart {
  if (raw === undefined) return { ...SAMPLE_CART }
  const cart: Cart = {}
  for (const entry of raw.split(',')) {
    const [id, count] = entry.split(':')
    const quantity = Number(count)
    if (findProduct(id) && Number.isInteger(quantity) && quantity > 0) {
      cart[id] = Math.min(quantity, MAX_QUANTITY)
    }
  }
  return cart
}

export function serializeCart(cart: Cart): string {
  return Object.entries(cart)
    .filter(([id, quantity]) => findProduct(id) && quantity > 0)
    .map(([id, quantity]) => `${id}:${Math.min(quantity, MAX_QUANTITY)}`)
    .join(',')
}

export function changeQuantity(cart: Cart, id: string, delta: number): Cart {
  if (!findProduct(id)) return cart
  const next = { ...cart, [id]: Math.max(0, Math.min(MAX_QUANTITY, (cart[id] ?? 0) + delta)) }
  if (next[id] === 0) delete next[id]
  return next
}

export interface CartLine {
  product: Product
  quantity: number
  total: number
}

export interface CartTotals {
  lines: CartLine[]
  subtotal: number
  shipping: number
  total: number
  count: number
}

export function cartTotals(cart: Cart): CartTotals {
  const lines = PRODUCTS.filter((product) => (cart[product.id] ?? 0) > 0).map((product) => ({
    product,
    quantity: cart[product.id],
    total: product.price * cart[product.id],
  }))
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0)
  const shipping = lines.length === 0 || subtotal >= FREE_SHIPPING_FROM_CENTS ? 0 : SHIPPING_CENTS
  const count = lines.reduce((sum, line) => sum + line.quantity, 0)
  return { lines, subtotal, shipping, total: subtotal + shipping, count }
}

export function formatMoney(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100)
}
