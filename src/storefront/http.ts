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

export interface StorefrontRequest {
  payload: Payload
  options: ResolvedPolicyOptions
  method: string
  /** Path parameters of the matched route, already URI-decoded. */
  params: Record<string, string>
  query: URLSearchParams
  headers: HeaderReader
  /** The body as text; rejects with a 413 {@link StorefrontError} beyond `options.maxBodyBytes`. */
  readBody(): Promise<string>
}

export interface StorefrontResponse {
  status: number
  headers: Record<string, string>
  /** Serialised body, or null for 304 and other empty responses. */
  body: string | null
}

export type StorefrontHandler = (req: StorefrontRequest) => Promise<StorefrontResponse>

/** Base path of the storefront API under Payload's `/api` route. */
export const STOREFRONT_BASE_PATH = '/storefront'

export const JSON_TYPE = 'application/json; charset=utf-8'

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): StorefrontResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) }
}
