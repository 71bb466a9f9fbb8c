import { cookies, headers } from 'next/headers'

import { parseCart, serializeCart, type Cart } from '../../../../demo/catalog.js'
import { isCustomerId } from '../../../../demo/customer.js'
import { shouldCookiesBeSecure } from '../../../../demo/requestOrigin.js'

const CUSTOMER_COOKIE = 'shop_customer'
const CART_COOKIE = 'shop_cart'

const BASE = { httpOnly: true, sameSite: 'lax', path: '/shop' } as const

/**
 * `Secure` in production and over HTTPS, so the customer cookie never travels in clear; plain HTTP
 * stays usable for development and a production build previewed on localhost.
 */
async function cookieOptions(maxAge: number) {
  const production = process.env.NODE_ENV === 'production'
  return { ...BASE, maxAge, secure: shouldCookiesBeSecure(await headers(), production) }
}

/** The remembered customer number, as a shop's login session would provide it. */
export async function readCustomerId(): Promise<string | null> {
  const value = (await cookies()).get(CUSTOMER_COOKIE)?.value
  return isCustomerId(value) ? value : null
}

export async function rememberCustomer(customerId: string): Promise<void> {
  ;(await cookies()).set(CUSTOMER_COOKIE, customerId, await cookieOptions(60 * 60 * 24 * 365))
}

export async function forgetCustomer(): Promise<void> {
  ;(await cookies()).delete({ name: CUSTOMER_COOKIE, path: BASE.path })
}

export async function readCart(): Promise<Cart> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value)
}

export async function saveCart(cart: Cart): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, serializeCart(cart), await cookieOptions(60 * 60 * 24 * 30))
}
