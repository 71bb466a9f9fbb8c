import { postAcceptance } from './handlers/acceptances.js'
import { getConsentStatus } from './handlers/consentStatus.js'
import { deleteCustomerAcceptances, getCustomerAcceptances } from './handlers/customers.js'
import { getPolicyDiff } from './handlers/diff.js'
import {
  getAcceptanceEvidence,
  getAcceptanceProof,
  getLatestTreeHead,
  getLedgerPublicKey,
} from './handlers/evidence.js'
import { cachedPolicyInForce, getPolicyInForce } from './handlers/policyInForce.js'
import { cachedPolicyVersion, getPolicyVersion, getPolicyVersions } from './handlers/versions.js'
import { getWidgetScript } from './handlers/widgetScript.js'
import type { CachedStorefrontHandler, StorefrontHandler } from './http.js'

export type RouteMethod = 'get' | 'post' | 'delete'

export interface StorefrontRoute {
  method: RouteMethod
  /** Express-style pattern relative to the storefront base path, e.g. `/policies/:slug`. */
  path: string
  handler: StorefrontHandler
  /** The same answer synchronously when it is cached (see {@link CachedStorefrontHandler}). */
  cached?: CachedStorefrontHandler
  /**
   * `public`: anyone may read it, browsers from the origins in `options.cors` included (it also
   * answers HEAD and a CORS preflight). `keyed`: it takes a storefront key, which belongs on a
   * server, so it never answers CORS and a browser on another site cannot call it.
   */
  access: 'public' | 'keyed'
}

/** The storefront contract (`../shared/CONTRACT.md`), one row per endpoint. */
export const STOREFRONT_ROUTES: readonly StorefrontRoute[] = [
  {
    method: 'get',
    path: '/policies/:slug',
    handler: getPolicyInForce,
    cached: cachedPolicyInForce,
    access: 'public',
  },
  { method: 'get', path: '/policies/:slug/versions', handler: getPolicyVersions, access: 'public' },
  {
    method: 'get',
    path: '/policies/:slug/versions/:number',
    handler: getPolicyVersion,
    cached: cachedPolicyVersion,
    access: 'public',
  },
  { method: 'get', path: '/policies/:slug/diff', handler: getPolicyDiff, access: 'public' },
  { method: 'get', path: '/policy-consent.js', handler: getWidgetScript, access: 'public' },
  {
    method: 'post',
    path: '/policies/:slug/acceptances',
    handler: postAcceptance,
    access: 'keyed',
  },
  {
    method: 'get',
    path: '/policies/:slug/acceptances/:id/proof',
    handler: getAcceptanceProof,
    access: 'keyed',
  },
  {
    method: 'get',
    path: '/policies/:slug/acceptances/:id/evidence',
    handler: getAcceptanceEvidence,
    access: 'keyed',
  },
  { method: 'get', path: '/ledger/public-key', handler: getLedgerPublicKey, access: 'public' },
  { method: 'get', path: '/ledger/tree-head', handler: getLatestTreeHead, access: 'public' },
  {
    method: 'get',
    path: '/policies/:slug/consent-status',
    handler: getConsentStatus,
    access: 'keyed',
  },
  {
    method: 'get',
    path: '/customers/:customerId/acceptances',
    handler: getCustomerAcceptances,
    access: 'keyed',
  },
  {
    method: 'delete',
    path: '/customers/:customerId/acceptances',
    handler: deleteCustomerAcceptances,
    access: 'keyed',
  },
]

export { STOREFRONT_BASE_PATH } from './http.js'
