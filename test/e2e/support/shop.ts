import type { BrowserContext, Page } from 'playwright-core'

import type { PolicyConsentState } from '../../../src/client/policyConsentElement.js'

/** Waits until `<policy-consent>` has asked the shop's backend and settled, and returns its state. */
export async function widgetState(page: Page): Promise<PolicyConsentState> {
  const settled = page.locator('policy-consent[state]:not([state="loading"])')
  await settled.waitFor({ state: 'attached', timeout: 30_000 })
  return (await settled.getAttribute('state')) as PolicyConsentState
}

/** Waits for the widget to reach a state (after an action it starts on its own). */
export async function waitForWidgetState(page: Page, state: PolicyConsentState): Promise<void> {
  await page.locator(`policy-consent[state="${state}"]`).waitFor({
    state: 'attached',
    timeout: 30_000,
  })
}

/** The prompt's modal dialog inside the widget's (open) shadow root. */
export function promptDialog(page: Page) {
  return page.locator('policy-consent dialog')
}

/** A buyer's own browser: separate cookies (cart, customer number) from every other buyer. */
export async function buyerPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  return page
}

export interface OrderDetails {
  name: string
  email: string
  address: string
}

/** Fills in the checkout form (everything but the policy checkbox). */
export async function fillCheckout(page: Page, details: OrderDetails) {
  await page.locator('#name').fill(details.name)
  await page.locator('#email').fill(details.email)
  await page.locator('#address').fill(details.address)
}

export function placeOrderButton(page: Page) {
  return page.locator('.shop-checkout-form button[type="submit"]')
}
