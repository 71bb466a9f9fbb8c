import { createHash } from 'node:crypto'

import type { PolicyCatalog } from '../operations/policyCatalog'
import { JSON_TYPE, type StorefrontRequest, type StorefrontResponse } from './http'

/** A serialised response body with its strong validator, computed once per cache key. */
export interface CachedBody {
  body: string
  etag: string
  contentType: string
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Serialises `build()` once per key (see {@link PolicyCatalog.memoize} for what keys must name). */
export function cachedBody(
  catalog: PolicyCatalog,
  key: string,
  build: () => Promise<unknown>,
  contentType = JSON_TYPE,
): Promise<CachedBody> {
  return catalog.memoize(`body|${key}`, async () => {
    const value = await build()
    const body = typeof value === 'string' ? value : JSON.stringify(value)
    return { body, etag: etagOf(body), contentType }
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
): StorefrontResponse {
  const common = { etag: cached.etag, ...headers }
  if (matchesEtag(req.headers.get('if-none-match'), cached.etag)) {
    return { status: 304, headers: common, body: null }
  }
  return {
    status: 200,
    headers: { 'content-type': cached.contentType, ...common },
    body: cached.body,
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
