import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { readLimitedBody } from './body.js'
import type { StorefrontResponse } from './http.js'
import { runStorefrontHandler } from './router.js'
import { STOREFRONT_BASE_PATH, STOREFRONT_ROUTES } from './routes.js'

export function toWebResponse(response: StorefrontResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers })
}

function routeParams(req: PayloadRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.routeParams ?? {}).map(([name, value]) => [name, String(value)]),
  )
}

/**
 * The storefront API as Payload endpoints (under `/api/storefront`), so any Payload app that adds
 * the plugin serves the contract. The app's own server answers the same routes on a faster path
 * (`fastPath.ts`); both call the same handlers.
 */
export function createStorefrontEndpoints(options: ResolvedPolicyOptions): Endpoint[] {
  return STOREFRONT_ROUTES.map((route) => ({
    method: route.method,
    path: STOREFRONT_BASE_PATH + route.path,
    handler: async (req: PayloadRequest) =>
      toWebResponse(
        await runStorefrontHandler(route, {
          payload: req.payload,
          options,
          method: req.method ?? 'GET',
          params: routeParams(req),
          query: req.searchParams,
          headers: req.headers,
          readBody: () =>
            readLimitedBody(
              req.body as AsyncIterable<Uint8Array> | null,
              req.headers.get('content-length'),
              options.maxBodyBytes,
            ),
        }),
      ),
  }))
}
