import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { readLimitedBody } from './body.js'
import type { StorefrontRequest, StorefrontResponse } from './http.js'
import { optionsResponse, runStorefrontHandler } from './router.js'
import { STOREFRONT_BASE_PATH, STOREFRONT_ROUTES } from './routes.js'

export function toWebResponse(response: StorefrontResponse): Response {
  const { body } = response
  // A Buffer is a Uint8Array, but the DOM's BodyInit type names no Node type.
  return new Response(typeof body === 'string' || body === null ? body : new Uint8Array(body), {
    status: response.status,
    headers: response.headers,
  })
}

function routeParams(req: PayloadRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.routeParams ?? {}).map(([name, value]) => [name, String(value)]),
  )
}

function storefrontRequest(
  req: PayloadRequest,
  options: ResolvedPolicyOptions,
): Omit<StorefrontRequest, 'method'> {
  return {
    payload: req.payload,
    options,
    params: routeParams(req),
    query: req.searchParams,
    headers: req.headers,
    readBody: () =>
      readLimitedBody(
        req.body as AsyncIterable<Uint8Array> | null,
        req.headers.get('content-length'),
        options.maxBodyBytes,
      ),
  }
}

/**
 * The storefront API as Payload endpoints (under `/api/storefront`), so any Payload app that adds
 * the plugin serves the contract. The app's own server answers the same routes on a faster path
 * (`fastPath.ts`); both call the same handlers. GET routes also answer HEAD, and every path
 * OPTIONS (the CORS preflight of public reads).
 */
export function createStorefrontEndpoints(options: ResolvedPolicyOptions): Endpoint[] {
  const endpoints: Endpoint[] = STOREFRONT_ROUTES.flatMap((route) =>
    (route.method === 'get' ? (['get', 'head'] as const) : [route.method]).map((method) => ({
      method,
      path: STOREFRONT_BASE_PATH + route.path,
      handler: async (req: PayloadRequest) =>
        toWebResponse(
          await runStorefrontHandler(route, {
            ...storefrontRequest(req, options),
            method: method.toUpperCase(),
          }),
        ),
    })),
  )
  const paths = [...new Set(STOREFRONT_ROUTES.map((route) => route.path))]
  return [
    ...endpoints,
    ...paths.map((path) => ({
      method: 'options' as const,
      path: STOREFRONT_BASE_PATH + path,
      handler: (req: PayloadRequest) => {
        // Payload matched the pattern already; any concrete path of it answers the same.
        const response = optionsResponse(path.replace(/:[^/]+/g, 'x'), {
          ...storefrontRequest(req, options),
          method: 'OPTIONS',
        })
        return Promise.resolve(toWebResponse(response))
      },
    })),
  ]
}
