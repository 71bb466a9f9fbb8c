import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import { PolicyError } from '../errors.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { LruMap } from '../util/lruMap.js'
import type { StorefrontRequest } from './http.js'

/** The API client a keyed request comes from. */
export interface StorefrontClient {
  id: string | number
  name: string
}

interface KeyLookup {
  client: (StorefrontClient & { enabled: boolean }) | null
  checkedAt: number
}

/**
 * How long a key lookup is reused. Disabling a storefront or revoking its key takes effect within
 * this time in every process; in exchange a busy storefront costs one indexed read per second
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
  enableAPIKey?: boolean | null
}

/**
 * Payload stores an HMAC of each API key (`apiKeyIndex`, keyed with the instance secret) so keys
 * can be found without being stored in the clear; we look keys up the same way Payload's own
 * API-key strategy does (SHA-256, and SHA-1 for keys saved before Payload 3.46).
 */
async function findByKey(
  payload: Payload,
  options: ResolvedPolicyOptions,
  apiKey: string,
): Promise<KeyLookup['client']> {
  const index = (algorithm: 'sha1' | 'sha256') =>
    createHmac(algorithm, payload.secret).update(apiKey).digest('hex')
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
  if (!doc || doc.enableAPIKey === false) return null
  return { id: doc.id, name: doc.name ?? String(doc.id), enabled: doc.enabled !== false }
}

/**
 * Authenticates a keyed storefront request (`Authorization: <storefronts slug> API-Key <key>`):
 * a missing or unknown key is a 401, a disabled storefront's key a 403. Keys are accepted only in
 * this header, never in the URL, where they would end up in logs.
 */
export async function authenticateStorefront(req: StorefrontRequest): Promise<StorefrontClient> {
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
  if (!lookup.client.enabled) throw new PolicyError(403, 'storefront_disabled')
  return { id: lookup.client.id, name: lookup.client.name }
}
