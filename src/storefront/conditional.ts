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
  /** `bytes.length` as the header value, so no response has to format it again. */
  contentLength: string
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
    return bodyOf(body, contentType)
  })
}

/** A serialised body with its bytes, length and validator. */
export function bodyOf(body: string, contentType = JSON_TYPE): CachedBody {
  const bytes = Buffer.from(body, 'utf8')
  return { body, bytes, contentLength: String(bytes.length), etag: etagOf(body), contentType }
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false
  // What a client that kept our tag sends back, checked before anything is split.
  if (header === etag) return true
  if (header.trim() === '*') return true
  // Weak comparison (RFC 9110 §13.1.2): a CDN may have weakened our strong tag.
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

/**
 * 200 with the body, or 304 without one when the client already holds this exact body. Each
 * response's headers are one new object, built in one step: this runs for every cached read, and
 * building them through intermediate copies was a measurable part of its cost.
 */
export function conditionalResponse(
  req: StorefrontRequest,
  cached: CachedBody,
  headers: Readonly<Record<string, string>>,
): PreEncodedResponse {
  if (matchesEtag(req.headers.get('if-none-match'), cached.etag)) {
    return { status: 304, headers: { etag: cached.etag, ...headers }, body: null, bytes: null }
  }
  return {
    status: 200,
    headers: {
      'content-type': cached.contentType,
      'content-length': cached.contentLength,
      etag: cached.etag,
      ...headers,
    },
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
  if (nextTransitionAt === null) return SHORT_CACHE_VALUES[SHORT_CACHE_SECONDS]
  const untilTransition = Math.max(0, Math.floor((nextTransitionAt - now) / 1000))
  return SHORT_CACHE_VALUES[Math.min(SHORT_CACHE_SECONDS, untilTransition)]
}

const SHORT_CACHE_SECONDS = 60

/** Every value {@link shortCache} can answer, formatted once instead of per response. */
const SHORT_CACHE_VALUES: readonly string[] = Array.from(
  { length: SHORT_CACHE_SECONDS + 1 },
  (_, seconds) => `public, max-age=${seconds}, s-maxage=${seconds}`,
)
