import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { readLimitedBody } from './body.js'
import { preEncodedBytes } from './conditional.js'
import type { HeaderReader, QueryReader, StorefrontRequest, StorefrontResponse } from './http.js'
import {
  cachedStorefrontResponse,
  matchRoute,
  optionsResponse,
  runStorefrontHandler,
  unroutedResponse,
} from './router.js'
import { STOREFRONT_BASE_PATH } from './routes.js'

/**
 * The request as handlers see it, over Node's own request. A class, not an object literal with
 * closures: the fast path builds one per request, and its methods then cost nothing to create.
 */
class NodeStorefrontRequest implements StorefrontRequest, HeaderReader {
  readonly headers: HeaderReader = this

  constructor(
    private readonly req: IncomingMessage,
    readonly payload: Payload,
    readonly options: ResolvedPolicyOptions,
    readonly method: string,
    readonly params: Record<string, string>,
    readonly query: QueryReader,
  ) {}

  get(name: string): string | null {
    const value = this.req.headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }

  readBody(): Promise<string> {
    return readLimitedBody(this.req, this.get('content-length'), this.options.maxBodyBytes)
  }
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({})

/** Query strings longer than this are parsed per request and never kept. */
const KEPT_QUERY_LENGTH = 256

/** How many distinct query strings are kept; past it the set starts over. */
const KEPT_QUERIES = 128

/**
 * Parsed query strings by their text. Storefronts send the same few (`locale=lv`) over and over,
 * and parsing one per request was a measurable part of a cached read; handlers only read a query
 * ({@link QueryReader}), so requests can share one. Bounded by starting over when full rather
 * than by an LRU, whose bookkeeping on every hit would cost what the cache saves; made-up queries
 * cost no memory either way.
 */
const parsedQueries = new Map<string, QueryReader>()

function parseQuery(raw: string): QueryReader {
  if (raw.length > KEPT_QUERY_LENGTH) return new URLSearchParams(raw)
  let query = parsedQueries.get(raw)
  if (query === undefined) {
    query = new URLSearchParams(raw)
    if (parsedQueries.size >= KEPT_QUERIES) parsedQueries.clear()
    parsedQueries.set(raw, query)
  }
  return query
}

/**
 * The body's length goes in the headers: `writeHead` fixes the framing before `end` sees the
 * body, so without it Node sends a known, cached body with `Transfer-Encoding: chunked` (two more
 * writes of chunk framing per response, and no length for a client or proxy to check).
 */
function send(res: ServerResponse, response: StorefrontResponse): void {
  const body =
    preEncodedBytes(response) ?? (response.body === null ? null : Buffer.from(response.body))
  // Cached bodies come with their length formatted (see `conditional.ts`).
  if (body !== null) response.headers['content-length'] ??= String(body.length)
  res.writeHead(response.status, response.headers)
  res.end(body ?? undefined)
}

/**
 * Serves the storefront API straight from Node's HTTP server, skipping Next's router and Payload's
 * request setup (session lookup, i18n, locale) that these endpoints do not use: that overhead is
 * what caps stock Payload REST at a few hundred requests per second. Returns false for other paths.
 */
export function createStorefrontFastPath(
  payload: Payload,
  options: ResolvedPolicyOptions,
  apiRoute = '/api',
): (req: IncomingMessage, res: ServerResponse) => boolean {
  // A disabled plugin serves nothing, here as through Payload's endpoints.
  if (options.disabled) return () => false
  const prefix = apiRoute + STOREFRONT_BASE_PATH
  const fail = (res: ServerResponse, error: unknown) => {
    payload.logger.error({ err: error, msg: 'storefront fast path failed' })
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
    res.end('{"error":"Internal error","code":"internal_error"}')
  }
  return (req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(prefix + '/')) return false
    const queryStart = url.indexOf('?')
    const path = url.slice(prefix.length, queryStart === -1 ? undefined : queryStart)
    const query = parseQuery(queryStart === -1 ? '' : url.slice(queryStart + 1))
    const method = req.method ?? 'GET'
    if (method === 'OPTIONS') {
      send(
        res,
        optionsResponse(
          path,
          new NodeStorefrontRequest(req, payload, options, method, NO_PARAMS, query),
        ),
      )
      return true
    }
    const match = matchRoute(method, path)
    if (match === null || match === 'method-not-allowed') {
      send(
        res,
        unroutedResponse(
          match,
          new NodeStorefrontRequest(req, payload, options, method, NO_PARAMS, query),
        ),
      )
      return true
    }
    const request = new NodeStorefrontRequest(req, payload, options, method, match.params, query)
    // A cached answer is written in the same turn as the request arrived, like a bare server's.
    const cached = cachedStorefrontResponse(match.route, request)
    if (cached !== null) {
      send(res, cached)
      return true
    }
    runStorefrontHandler(match.route, request).then(
      (response) => send(res, response),
      (error: unknown) => fail(res, error),
    )
    return true
  }
}
