import {
  createStorefrontClient,
  type StorefrontClient,
} from 'payload-privacy-policy/storefront-client'
import { readDemoStorefrontKey } from './demoKey.js'

/** The policy the demo shop asks its customers to accept. */
export const POLICY_SLUG = 'privacy-policy'

/**
 * Where the demo's server side reaches the storefront API. By default the app's own server over
 * loopback: the demo uses the HTTP contract like any other shop would, not the module's code.
 */
export function storefrontApiBase(): string {
  return (
    process.env.STOREFRONT_API_URL ??
    `http://127.0.0.1:${process.env.PORT ?? '3000'}/api/storefront`
  )
}

/** Per-customer answers must never come from a cache: `no-store` on every request. */
const NO_STORE: RequestInit = { cache: 'no-store' }

/** The public endpoints: the policy, its versions and diffs. */
export function publicStorefront(): StorefrontClient {
  return createStorefrontClient({ baseUrl: storefrontApiBase(), requestInit: NO_STORE })
}

/** The keyed endpoints, with the demo's key (server side only); null when there is no key. */
export function keyedStorefront(): StorefrontClient | null {
  const apiKey = readDemoStorefrontKey()
  if (!apiKey) return null
  return createStorefrontClient({ baseUrl: storefrontApiBase(), apiKey, requestInit: NO_STORE })
}
