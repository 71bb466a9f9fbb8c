import { StorefrontApiError } from 'payload-privacy-policy/storefront-client'
import type { ConsentStatus, PolicyDocument } from 'payload-privacy-policy/storefront-client'
import { keyedStorefront, POLICY_SLUG, publicStorefront } from '../../../../demo/shopApi.js'
import type { ShopLocale } from '../../../../demo/shopLocales.js'

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string }

function describe(error: unknown): string {
  if (error instanceof StorefrontApiError) return `${error.status}: ${error.message}`
  return error instanceof Error ? error.message : String(error)
}

/** The policy in force in the customer's language (or one version, e.g. an announced one). */
export async function loadPolicy(
  locale: ShopLocale,
  version?: number,
): Promise<Loaded<PolicyDocument>> {
  const api = publicStorefront()
  try {
    const value =
      version === undefined
        ? await api.policy(POLICY_SLUG, locale)
        : await api.version(POLICY_SLUG, version, locale)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: describe(error) }
  }
}

/**
 * Must this customer re-read the policy? Null when nobody is signed in, the demo has no key, or
 * the API did not answer: the page then shows no prompt, and the order action asks again.
 */
export async function loadConsentStatus(
  customerId: string | null,
  locale: ShopLocale,
): Promise<ConsentStatus | null> {
  const api = keyedStorefront()
  if (!customerId || !api) return null
  try {
    return await api.consentStatus(POLICY_SLUG, customerId, locale)
  } catch (error) {
    console.error(`demo shop: consent status for ${customerId}: ${describe(error)}`)
    return null
  }
}
