import { PolicyError } from '../errors.js'
import { errorResponse, type ErrorRequest } from './errorResponse.js'
import type { StorefrontRequest, StorefrontResponse } from './http.js'
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
 * Finds the route for a path relative to the storefront base. A path that exists under another
 * method gives `'method-not-allowed'`; an unknown path gives null.
 */
export function matchRoute(method: string, path: string): RouteMatch | 'method-not-allowed' | null {
  let pathExists = false
  for (const { route, pattern, names } of COMPILED) {
    const match = pattern.exec(path)
    if (!match) continue
    pathExists = true
    if (route.method !== (method.toLowerCase() as RouteMethod)) continue
    const params: Record<string, string> = {}
    names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1])
    })
    return { route, params }
  }
  return pathExists ? 'method-not-allowed' : null
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Runs a handler and turns every failure into the contract's JSON error response. */
export async function runStorefrontHandler(
  route: StorefrontRoute,
  req: StorefrontRequest,
): Promise<StorefrontResponse> {
  try {
    return await route.handler(req)
  } catch (error) {
    return errorResponse(error, req)
  }
}

/** The response for a path under the base that no route serves. */
export function unroutedResponse(
  outcome: 'method-not-allowed' | null,
  req: ErrorRequest,
): StorefrontResponse {
  const error =
    outcome === 'method-not-allowed'
      ? new PolicyError(405, 'method_not_allowed')
      : new PolicyError(404, 'route_not_found')
  return errorResponse(error, req)
}
