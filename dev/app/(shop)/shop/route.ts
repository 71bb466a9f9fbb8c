import { localeFromAcceptLanguage } from '../../../demo/shopLocales.js'

/** `/shop` → the shop in the visitor's language (by `Accept-Language`, else Latvian). */
export function GET(request: Request): Response {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'))
  return new Response(null, { status: 307, headers: { location: `/shop/${locale}` } })
}
