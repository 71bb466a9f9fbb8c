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
  PARAMETERS_CHECKED,
  refusedParameters,
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

/** What a URL under the base resolves to: worked out once per distinct URL, then shared. */
interface RoutedUrl {
  /** The path relative to the base, without the query. */
  path: string
  query: QueryReader
  /** The outcome for GET and HEAD, found on the first such request (other methods match anew). */
  read?: ReturnType<typeof matchRoute>
  /** Set once its parameters passed the checks every route makes: they are the URL's alone. */
  checked?: true
}

/** URLs longer than this are routed per request and never kept. */
const KEPT_URL_LENGTH = 512

/** How many distinct URLs are kept; past it the set starts over. */
const KEPT_URLS = 128

/**
 * Routed URLs by their text. Storefronts ask for the same few URLs over and over
 * (`/policies/privacy-policy?locale=lv`), and splitting, parsing, matching and checking one per
 * request was a measurable part of a cached read. Everything kept is a function of the URL alone
 * and read-only to handlers (a {@link QueryReader}, frozen parameters), so requests share it.
 * Bounded by starting over when full rather than by an LRU, whose bookkeeping on every hit would
 * cost what the cache saves; made-up URLs cost no memory either way.
 */
const routedUrls = new Map<string, RoutedUrl>()

function routeUrl(url: string, prefixLength: number): RoutedUrl {
  let routed = routedUrls.get(url)
  if (routed !== undefined) return routed
  const queryStart = url.indexOf('?')
  routed = {
    path: url.slice(prefixLength, queryStart === -1 ? undefined : queryStart),
    query: new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)),
  }
  if (url.length <= KEPT_URL_LENGTH) {
    if (routedUrls.size >= KEPT_URLS) routedUrls.clear()
    routedUrls.set(url, routed)
  }
  return routed
}

/** The route for a request, kept with its URL for reads (see {@link routedUrls}). */
function matchFor(method: string, routed: RoutedUrl): ReturnType<typeof matchRoute> {
  if (method !== 'GET' && method !== 'HEAD') return matchRoute(method, routed.path)
  if (routed.read === undefined) {
    const match = matchRoute(method, routed.path)
    if (match !== null && match !== 'method-not-allowed') Object.freeze(match.params)
    routed.read = match
  }
  return routed.read
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
  const prefixWithSlash = prefix + '/'
  const fail = (res: ServerResponse, error: unknown) => {
    payload.logger.error({ err: error, msg: 'storefront fast path failed' })
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
    res.end('{"error":"Internal error","code":"internal_error"}')
  }
  return (req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(prefixWithSlash)) return false
    const routed = routeUrl(url, prefix.length)
    const { path, query } = routed
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
    const match = matchFor(method, routed)
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
    if (routed.checked === undefined) {
      const refused = refusedParameters(match.route, request)
      if (refused !== null) {
        send(res, refused)
        return true
      }
      routed.checked = true
    }
    // A cached answer is written in the same turn as the request arrived, like a bare server's.
    const cached = cachedStorefrontResponse(match.route, request)
    if (cached !== null) {
      send(res, cached)
      return true
    }
    runStorefrontHandler(match.route, request, PARAMETERS_CHECKED).then(
      (response) => send(res, response),
      (error: unknown) => fail(res, error),
    )
    return true
  }
}
