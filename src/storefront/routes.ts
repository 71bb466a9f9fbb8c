import { getPolicyDiff } from './handlers/diff'
import { getPolicyInForce } from './handlers/policyInForce'
import { getPolicyVersion, getPolicyVersions } from './handlers/versions'
import type { StorefrontHandler } from './http'

export type RouteMethod = 'get' | 'post' | 'delete'

export interface StorefrontRoute {
  method: RouteMethod
  /** Express-style pattern relative to the storefront base path, e.g. `/policies/:slug`. */
  path: string
  handler: StorefrontHandler
}

/** The storefront contract (`../shared/CONTRACT.md`), one row per endpoint. */
export const STOREFRONT_ROUTES: readonly StorefrontRoute[] = [
  { method: 'get', path: '/policies/:slug', handler: getPolicyInForce },
  { method: 'get', path: '/policies/:slug/versions', handler: getPolicyVersions },
  { method: 'get', path: '/policies/:slug/versions/:number', handler: getPolicyVersion },
  { method: 'get', path: '/policies/:slug/diff', handler: getPolicyDiff },
]

/** Base path of the storefront API under Payload's `/api` route. */
export const STOREFRONT_BASE_PATH = '/storefront'
