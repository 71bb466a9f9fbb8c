/**
 * The storefront API's own tiny HTTP layer. Handlers see this instead of Next's or Payload's
 * request objects so the same handler runs as a Payload endpoint and on the fast path of the
 * app's Node server (see `src/server.ts`), which must not pay for a Web `Request` per call.
 */
import type { Payload } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/** Read access to request headers, case-insensitive, like `Headers.get`. */
export interface HeaderReader {
  get(name: string): string | null
}

/**
 * Read access to the query string's parameters, like `URLSearchParams` without its setters:
 * the fast path hands the same parsed query to every request that sends the same string.
 */
export interface QueryReader {
  get(name: string): string | null
  [Symbol.iterator](): IterableIterator<[string, string]>
}

export interface StorefrontRequest {
  payload: Payload
  options: ResolvedPolicyOptions
  method: string
  /** Path parameters of the matched route, already URI-decoded. */
  params: Record<string, string>
  query: QueryReader
  headers: HeaderReader
  /** The body as text; rejects with a 413 {@link StorefrontError} beyond `options.maxBodyBytes`. */
  readBody(): Promise<string>
}

export interface StorefrontResponse {
  status: number
  headers: Record<string, string>
  /** Serialised body (bytes for a binary document, e.g. a PDF), or null for 304 and other empty responses. */
  body: string | Buffer | null
}

/** A response whose body is text (JSON, HTML, JavaScript). */
export interface TextResponse extends StorefrontResponse {
  body: string
}

export type StorefrontHandler = (req: StorefrontRequest) => Promise<StorefrontResponse>

/**
 * A handler's answer from what is already in memory, or null when it would have to wait (for the
 * database, say): the fast path then writes the response in the same turn as the request, with no
 * promise between them, and falls back to the route's {@link StorefrontHandler} on null.
 */
export type CachedStorefrontHandler = (req: StorefrontRequest) => StorefrontResponse | null

/** Base path of the storefront API under Payload's `/api` route. */
export const STOREFRONT_BASE_PATH = '/storefront'

export const JSON_TYPE = 'application/json; charset=utf-8'

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): TextResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) }
}

/**
 * On every storefront response: no MIME sniffing (the HTML diff must never be taken for
 * something else, nor JSON for HTML) and no Referer carrying a customer id from a query onwards.
 */
function addSecurityHeaders(headers: Record<string, string>): void {
  // Two named stores, not a loop over a table: each keyed store in such a loop is a megamorphic
  // lookup, on every response.
  headers['x-content-type-options'] = 'nosniff'
  headers['referrer-policy'] = 'no-referrer'
}

/** What {@link finishResponse} needs of the request; unrouted paths have no more than this. */
export interface FinishRequest {
  method: string
  headers: HeaderReader
  options: ResolvedPolicyOptions
}

function addVary(headers: Record<string, string>, name: string): void {
  headers.vary = headers.vary ? `${headers.vary}, ${name}` : name
}

/**
 * Public reads answer CORS for the configured origins: the request's own origin when it is listed
 * (with `Vary: Origin`, since the answer differs per origin), or `*` when every origin is.
 * Credentials are never allowed: these reads are the same for everyone.
 */
function addCors(headers: Record<string, string>, req: FinishRequest): void {
  const { origins } = req.options.cors
  let allowed: string | null = null
  if (origins === '*') allowed = '*'
  else if (origins.size) {
    addVary(headers, 'Origin')
    const origin = req.headers.get('origin')
    if (origin !== null && origins.has(origin)) allowed = origin
  }
  if (allowed === null) return
  headers['access-control-allow-origin'] = allowed
  if (req.method === 'OPTIONS') {
    headers['access-control-allow-methods'] = 'GET, HEAD, OPTIONS'
    headers['access-control-allow-headers'] = 'Accept-Language, If-None-Match'
    headers['access-control-max-age'] = '600'
  }
}

/**
 * The headers every response gets, for both transports. `access` is the route's (null for a path
 * no route serves): keyed routes never answer CORS. HEAD answers like GET without the body.
 * Handlers build a fresh headers object per response, so it is completed in place.
 */
export function finishResponse(
  response: StorefrontResponse,
  access: 'public' | 'keyed' | null,
  req: FinishRequest,
): StorefrontResponse {
  const { headers } = response
  addSecurityHeaders(headers)
  if (access === 'public') addCors(headers, req)
  if (req.method !== 'HEAD' || response.body === null) return response
  headers['content-length'] = String(Buffer.byteLength(response.body))
  return { status: response.status, headers, body: null }
}
