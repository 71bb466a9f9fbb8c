'use server'

import { redirect } from 'next/navigation'

import { StorefrontApiError } from 'payload-privacy-policy/storefront-client'
import { changeQuantity, cartTotals, SAMPLE_CART } from '../../../../demo/catalog.js'
import { isCustomerId, isOrderId, newCustomerId } from '../../../../demo/customer.js'
import { keyedStorefront, POLICY_SLUG } from '../../../../demo/shopApi.js'
import { isShopLocale, type ShopLocale } from '../../../../demo/shopLocales.js'
import { forgetCustomer, readCart, readCustomerId, rememberCustomer, saveCart } from './session.js'
import { isShopPage, shopHref } from './view.js'

function field(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

function localeOf(form: FormData): ShopLocale {
  const locale = field(form, 'locale')
  return isShopLocale(locale) ? locale : 'lv'
}

/** Where a form returns to: one of the shop's pages, never a URL taken from the request. */
function returnTo(form: FormData): string {
  const page = field(form, 'page')
  return shopHref(localeOf(form), isShopPage(page) ? page : 'cart')
}

export async function changeCartLine(form: FormData): Promise<void> {
  const delta = Number(field(form, 'delta'))
  if (Number.isInteger(delta) && Math.abs(delta) <= 20) {
    await saveCart(changeQuantity(await readCart(), field(form, 'product'), delta))
  }
  redirect(returnTo(form))
}

export async function fillCart(form: FormData): Promise<void> {
  await saveCart({ ...SAMPLE_CART })
  redirect(returnTo(form))
}

export async function continueAsCustomer(form: FormData): Promise<void> {
  const customerId = field(form, 'customerId')
  if (!isCustomerId(customerId)) {
    redirect(`${returnTo(form)}?customer=invalid`)
  }
  await rememberCustomer(customerId)
  redirect(returnTo(form))
}

export async function signOut(form: FormData): Promise<void> {
  await forgetCustomer()
  redirect(returnTo(form))
}

type OrderError = 'consent' | 'details' | 'empty' | 'review' | 'changed' | 'failed'

/**
 * Places the (pretend) order, and records in the consent ledger that the customer accepted the
 * policy version shown on the checkout page — by its hash, with the order number, once per order
 * (the order number is the idempotency key, so a resubmitted form does not record twice).
 */
export async function placeOrder(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const checkout = shopHref(locale, 'checkout')
  const fail = (error: OrderError): never => redirect(`${checkout}?error=${error}`)

  if (cartTotals(await readCart()).count === 0) fail('empty')
  if (!field(form, 'name') || !field(form, 'email').includes('@') || !field(form, 'address')) {
    fail('details')
  }
  if (form.get('acceptPolicy') !== 'on') fail('consent')
  const version = Number(field(form, 'policyVersion'))
  const contentHash = field(form, 'policyHash')
  const orderId = field(form, 'orderId')
  if (!Number.isInteger(version) || !/^[0-9a-f]{64}$/.test(contentHash) || !isOrderId(orderId)) {
    fail('failed')
  }
  const api = keyedStorefront()
  if (!api) return fail('failed')

  const customerId = (await readCustomerId()) ?? newCustomerId()
  let outcome: 'placed' | OrderError
  try {
    // A returning customer with material changes unread reads them first (the prompt), so the
    // checkbox never stands in for the changes they were not shown.
    const status = await api.consentStatus(POLICY_SLUG, customerId, locale)
    if (status.mustReview) {
      outcome = 'review'
    } else {
      const { receipt } = await api.recordAcceptance(
        POLICY_SLUG,
        { customerId, version, locale, contentHash, channel: 'checkout', orderId },
        { idempotencyKey: `order-${orderId}` },
      )
      // Recorded as shown; but a newer version took effect meanwhile, so ask again for that one.
      outcome = receipt.current ? 'placed' : 'changed'
    }
  } catch (error) {
    console.error('demo shop: placing an order failed', error)
    outcome = error instanceof StorefrontApiError && error.status === 409 ? 'changed' : 'failed'
  }
  await rememberCustomer(customerId)
  if (outcome !== 'placed') fail(outcome)
  await saveCart({})
  redirect(`/shop/${locale}/orders/${orderId}`)
}
