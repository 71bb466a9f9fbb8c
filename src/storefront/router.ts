import { PolicyError } from '../errors.js'
import { errorResponse, type ErrorRequest } from './errorResponse.js'
import { finishResponse, type StorefrontRequest, type StorefrontResponse } from './http.js'
import { assertNoControlCharacters, assertPolicySlug } from './params.js'
import { STOREFRONT_ROUTES, type RouteMethod, type StorefrontRoute } from './routes.js'

interface CompiledRoute {
  route: StorefrontRoute
  pattern: RegExp
  names: string[]
}

function compile(route: StorefrontRoute): CompiledRoute {
  const names: string[] = []
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(segment.slice(1))
      return '([^/]+)'
    })
    .join('/')
  return { route, pattern: new RegExp(`^${source}/?$`), names }
}

const COMPILED = STOREFRONT_ROUTES.map(compile)

export interface RouteMatch {
  route: StorefrontRoute
  params: Record<string, string>
}

/**
 * Finds the route for a path relative to the storefront base. HEAD finds the GET route (it
 * answers like GET without the body). A path that exists under another method gives
 * `'method-not-allowed'`; an unknown path gives null.
 */
export function matchRoute(method: string, path: string): RouteMatch | 'method-not-allowed' | null {
  const wanted = method === 'HEAD' || method === 'head' ? 'get' : method.toLowerCase()
  let pathExists = false
  for (const { route, pattern, names } of COMPILED) {
    const match = pattern.exec(path)
    if (!match) continue
    pathExists = true
    if (route.method !== (wanted as RouteMethod)) continue
    const params: Record<string, string> = {}
    names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1])
    })
    return { route, params }
  }
  return pathExists ? 'method-not-allowed' : null
}

function safeDecode(value: string): string {
  // Most parameters are plain slugs and numbers: nothing to decode.
  if (!value.includes('%')) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Says a caller has already checked the request's parameters with {@link refusedParameters}
 * (the fast path does once per distinct URL).
 */
export const PARAMETERS_CHECKED = true

/**
 * Runs a handler and turns every failure into the contract's JSON error response. Parameters are
 * checked here, once for every route, before a handler can reach the database, unless the caller
 * already did.
 */
export async function runStorefrontHandler(
  route: StorefrontRoute,
  req: StorefrontRequest,
  parametersChecked = false,
): Promise<StorefrontResponse> {
  let response: StorefrontResponse
  try {
    if (!parametersChecked) assertParameters(req)
    response = await route.handler(req)
  } catch (error) {
    response = errorResponse(error, req)
  }
  return finishResponse(response, route.access, req)
}

function assertParameters(req: StorefrontRequest): void {
  assertNoControlCharacters(req.params, req.query)
  if (req.params.slug !== undefined) assertPolicySlug(req.params.slug)
}

/**
 * The error response for a request whose parameters fail the checks every route makes, else
 * null: for a caller that checks once what many requests share (then passing
 * {@link PARAMETERS_CHECKED}).
 */
export function refusedParameters(
  route: StorefrontRoute,
  req: StorefrontRequest,
): StorefrontResponse | null {
  try {
    assertParameters(req)
    return null
  } catch (error) {
    return finishResponse(errorResponse(error, req), route.access, req)
  }
}

/**
 * The route's answer without waiting, when it has a cached handler and that has the answer at
 * hand; null means "run {@link runStorefrontHandler}". Finished the same way; the caller (the
 * fast path, its only one) has checked the parameters with {@link refusedParameters} first.
 */
export function cachedStorefrontResponse(
  route: StorefrontRoute,
  req: StorefrontRequest,
): StorefrontResponse | null {
  if (!route.cached) return null
  let response: StorefrontResponse | null
  try {
    response = route.cached(req)
  } catch (error) {
    response = errorResponse(error, req)
  }
  return response === null ? null : finishResponse(response, route.access, req)
}

/** The response for a path under the base that no route serves. */
export function unroutedResponse(
  outcome: 'method-not-allowed' | null,
  req: ErrorRequest & { method: string },
): StorefrontResponse {
  const error =
    outcome === 'method-not-allowed'
      ? new PolicyError(405, 'method_not_allowed')
      : new PolicyError(404, 'route_not_found')
  return finishResponse(errorResponse(error, req), null, req)
}

/**
 * `OPTIONS` on a storefront path: the methods it serves, and for a public path the CORS preflight
 * answer (for an allowed origin). A keyed path answers no CORS, so a browser refuses the call.
 */
export function optionsResponse(path: string, req: ErrorRequest & { method: string }) {
  const routes = COMPILED.filter(({ pattern }) => pattern.test(path)).map(({ route }) => route)
  if (!routes.length) return unroutedResponse(null, req)
  const methods = routes.flatMap(({ method }) =>
    method === 'get' ? ['GET', 'HEAD'] : [method.toUpperCase()],
  )
  const response = {
    status: 204,
    headers: { allow: [...methods, 'OPTIONS'].join(', ') },
    body: null,
  }
  const access = routes.some((route) => route.access === 'public') ? 'public' : 'keyed'
  return finishResponse(response, access, req)
}
