import { createHash } from 'node:crypto'

import type { PolicyCatalog } from '../operations/policyCatalog.js'
import { JSON_TYPE, type StorefrontRequest, type StorefrontResponse } from './http.js'

/** A serialised response body with its strong validator, computed once per cache key. */
export interface CachedBody {
  body: string
  /**
   * The body's UTF-8 bytes, encoded once: encoding a policy (~15 kB of non-ASCII text) costs about
   * 25 µs, several times everything else a cached response takes on the fast path.
   */
  bytes: Buffer
  etag: string
  contentType: string
}

/** A response built from a {@link CachedBody}, carrying its pre-encoded bytes. */
export interface PreEncodedResponse extends StorefrontResponse {
  bytes: Buffer | null
}

/** The pre-encoded bytes of a response built by {@link conditionalResponse}, else null. */
export function preEncodedBytes(response: StorefrontResponse): Buffer | null {
  return (response as Partial<PreEncodedResponse>).bytes ?? null
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Serialises `build()` once per key (see {@link PolicyCatalog.memoize} for what keys must name). */
export function cachedBody(
  catalog: PolicyCatalog,
  key: string,
  build: () => unknown,
  contentType = JSON_TYPE,
): Promise<CachedBody> {
  return catalog.memoize(`body|${key}`, async () => {
    const value = await build()
    const body = typeof value === 'string' ? value : JSON.stringify(value)
    return { body, bytes: Buffer.from(body, 'utf8'), etag: etagOf(body), contentType }
  })
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  // Weak comparison (RFC 9110 §13.1.2): a CDN may have weakened our strong tag.
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

/** 200 with the body, or 304 without one when the client already holds this exact body. */
export function conditionalResponse(
  req: StorefrontRequest,
  cached: CachedBody,
  headers: Record<string, string>,
): PreEncodedResponse {
  const common = { etag: cached.etag, ...headers }
  if (matchesEtag(req.headers.get('if-none-match'), cached.etag)) {
    return { status: 304, headers: common, body: null, bytes: null }
  }
  return {
    status: 200,
    headers: { 'content-type': cached.contentType, ...common },
    body: cached.body,
    bytes: cached.bytes,
  }
}

/** Published versions never change: let browsers and CDNs keep them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

/**
 * For responses that change when someone publishes: a minute at most, and never past the moment
 * an announced version takes effect, so no cache serves yesterday's policy after the switch.
 */
export function shortCache(now: number, nextTransitionAt: number | null): string {
  const untilTransition =
    nextTransitionAt === null ? Infinity : Math.max(0, Math.floor((nextTransitionAt - now) / 1000))
  const seconds = Math.min(60, untilTransition)
  return `public, max-age=${seconds}, s-maxage=${seconds}`
}
