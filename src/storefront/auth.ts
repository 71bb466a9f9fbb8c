import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import {
  DEFAULT_STOREFRONT_SCOPE,
  STOREFRONT_PERMISSIONS,
  type StorefrontPermission,
} from '../access/storefrontPermissions.js'
import { PolicyError } from '../errors.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { LruMap } from '../util/lruMap.js'
import type { StorefrontRequest } from './http.js'

/** The API client a keyed request comes from. */
export interface StorefrontClient {
  id: string | number
  name: string
  /** Whose customers it sees: a customer id names a different person in another scope. */
  scope: string
  permissions: readonly StorefrontPermission[]
}

interface KeyLookup {
  client: (StorefrontClient & { enabled: boolean }) | null
  checkedAt: number
}

/**
 * How long a key lookup is reused. Disabling a storefront, revoking its key or changing its scope
 * or permissions takes effect within this time in every process; in exchange a busy storefront costs one indexed read per second
 * instead of one per request.
 */
export const KEY_LOOKUP_TTL_MS = 1000

const lookups = new WeakMap<Payload, LruMap<string, KeyLookup>>()

function lookupCache(payload: Payload): LruMap<string, KeyLookup> {
  let cache = lookups.get(payload)
  if (!cache) {
    cache = new LruMap(1024)
    lookups.set(payload, cache)
  }
  return cache
}

interface StoredStorefront {
  id: string | number
  name?: string
  enabled?: boolean | null
  scope?: string | null
  permissions?: string[] | null
}

/**
 * The only trace of a storefront key the database keeps: an HMAC keyed with the instance secret,
 * so a leaked database or backup gives no usable key, yet a key is found by one indexed lookup.
 * It is the index Payload's own API-key strategy used (the storefronts collection was a Payload
 * auth collection before), so keys issued then keep working.
 */
export function storefrontKeyIndex(
  secret: string,
  apiKey: string,
  algorithm: 'sha1' | 'sha256' = 'sha256',
): string {
  return createHmac(algorithm, secret).update(apiKey).digest('hex')
}

/** Keys saved before Payload 3.46 were indexed with SHA-1; they are looked up that way too. */
async function findByKey(
  payload: Payload,
  options: ResolvedPolicyOptions,
  apiKey: string,
): Promise<KeyLookup['client']> {
  const index = (algorithm: 'sha1' | 'sha256') =>
    storefrontKeyIndex(payload.secret, apiKey, algorithm)
  const { docs } = await payload.db.find<StoredStorefront>({
    collection: options.slugs.storefronts,
    where: {
      or: [
        { apiKeyIndex: { equals: index('sha256') } },
        { apiKeyIndex: { equals: index('sha1') } },
      ],
    },
    limit: 1,
    pagination: false,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    id: doc.id,
    name: doc.name ?? String(doc.id),
    enabled: doc.enabled !== false,
    scope: doc.scope || DEFAULT_STOREFRONT_SCOPE,
    permissions: STOREFRONT_PERMISSIONS.filter((permission) =>
      doc.permissions?.includes(permission),
    ),
  }
}

/**
 * Authenticates a keyed storefront request (`Authorization: <storefronts slug> API-Key <key>`)
 * for an endpoint needing `permission`: a missing or unknown key is a 401, a disabled
 * storefront's key or one without the permission a 403. Keys are accepted only in this header,
 * never in the URL, where they would end up in logs.
 */
export async function authenticateStorefront(
  req: StorefrontRequest,
  permission: StorefrontPermission,
): Promise<StorefrontClient> {
  const prefix = `${req.options.slugs.storefronts} API-Key `
  const header = req.headers.get('authorization')
  if (
    !header?.startsWith(prefix) ||
    header.length === prefix.length ||
    header.length > prefix.length + 256
  ) {
    throw new PolicyError(401, 'unauthorized')
  }
  const apiKey = header.slice(prefix.length)
  const cache = lookupCache(req.payload)
  const now = Date.now()
  let lookup = cache.get(apiKey)
  if (!lookup || now - lookup.checkedAt >= KEY_LOOKUP_TTL_MS) {
    lookup = { client: await findByKey(req.payload, req.options, apiKey), checkedAt: now }
    cache.set(apiKey, lookup)
  }
  if (!lookup.client) throw new PolicyError(401, 'unauthorized')
  const { enabled, ...client } = lookup.client
  if (!enabled) throw new PolicyError(403, 'storefront_disabled')
  if (!client.permissions.includes(permission)) {
    throw new PolicyError(403, 'storefront_permission_required', { permission })
  }
  return client
}
