import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { readLimitedBody } from './body.js'
import { preEncodedBytes } from './conditional.js'
import type { HeaderReader, StorefrontResponse } from './http.js'
import { matchRoute, optionsResponse, runStorefrontHandler, unroutedResponse } from './router.js'
import { STOREFRONT_BASE_PATH } from './routes.js'

function nodeHeaders(req: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()]
      if (value === undefined) return null
      return Array.isArray(value) ? value.join(', ') : value
    },
  }
}

/**
 * The body's length goes in the headers: `writeHead` fixes the framing before `end` sees the
 * body, so without it Node sends a known, cached body with `Transfer-Encoding: chunked` (two more
 * writes of chunk framing per response, and no length for a client or proxy to check).
 */
function send(res: ServerResponse, response: StorefrontResponse): void {
  const body =
    preEncodedBytes(response) ?? (response.body === null ? null : Buffer.from(response.body))
  if (body !== null) response.headers['content-length'] = String(body.length)
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
  return (req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(prefix + '/')) return false
    const queryStart = url.indexOf('?')
    const path = url.slice(prefix.length, queryStart === -1 ? undefined : queryStart)
    const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1))
    const headers = nodeHeaders(req)
    const method = req.method ?? 'GET'
    if (method === 'OPTIONS') {
      send(res, optionsResponse(path, { payload, options, query, headers, method }))
      return true
    }
    const match = matchRoute(method, path)
    if (match === null || match === 'method-not-allowed') {
      send(res, unroutedResponse(match, { payload, options, query, headers, method }))
      return true
    }
    void runStorefrontHandler(match.route, {
      payload,
      options,
      method,
      params: match.params,
      query,
      headers,
      readBody: () => readLimitedBody(req, headers.get('content-length'), options.maxBodyBytes),
    }).then(
      (response) => send(res, response),
      (error: unknown) => {
        payload.logger.error({ err: error, msg: 'storefront fast path failed' })
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end('{"error":"Internal error","code":"internal_error"}')
      },
    )
    return true
  }
}
