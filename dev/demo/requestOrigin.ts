/**
 * Where a request to the demo shop came from, and how it reached the shop: the two facts its
 * cookie-authenticated consent proxy and its cookies depend on. Plain functions of a `Request` or
 * its headers (what Next hands route handlers and server actions), tested without a running shop.
 */

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i

function firstValue(header: string | null): string | undefined {
  return header?.split(',')[0]?.trim() || undefined
}

function requestHost(request: Request): string | undefined {
  return (
    firstValue(request.headers.get('x-forwarded-host')) ??
    firstValue(request.headers.get('host')) ??
    new URL(request.url).host
  )
}

/** The shop's origin as the browser sees it: the request URL's, or the Host header's behind a proxy. */
export function ownOrigins(request: Request): string[] {
  const url = new URL(request.url)
  const host = requestHost(request)
  const proto = firstValue(request.headers.get('x-forwarded-proto')) ?? url.protocol.slice(0, -1)
  return host ? [url.origin, `${proto}://${host}`] : [url.origin]
}

/**
 * Whether a cookie-authenticated write may go ahead: no other site may make the signed-in
 * customer's browser send it. Browsers say where a request came from in `Sec-Fetch-Site`, and
 * every browser, old ones without Sec-Fetch-* included, sends `Origin` on a POST: both must say
 * "this shop" where present. A request with neither came from no browser, so no cookie of a
 * visitor rides on it.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin') return false
  const origin = request.headers.get('origin')
  return origin === null || ownOrigins(request).includes(origin)
}

/**
 * Whether the shop's cookies get `Secure`: always in production, so the customer cookie never
 * travels in clear even behind a proxy that does not say it terminated HTTPS; over HTTPS anywhere;
 * and not for a production build previewed over plain HTTP on this machine (`npm start` on
 * localhost), where a browser would otherwise drop the cookie.
 */
export function shouldCookiesBeSecure(headers: Headers, production: boolean): boolean {
  if (firstValue(headers.get('x-forwarded-proto')) === 'https') return true
  if (!production) return false
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'))
  return !LOOPBACK_HOST.test(host ?? '')
}
