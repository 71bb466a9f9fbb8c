import { getCatalog } from '../../operations/policyCatalog.js'
import { readPolicyInForce } from '../../operations/readPolicy.js'
import { cachedBody, conditionalResponse, shortCache } from '../conditional.js'
import type { StorefrontHandler } from '../http.js'
import { requestLocale } from '../requestLocale.js'

/** `GET /policies/:slug` — the version in force now, cached until a publish or a transition. */
export const getPolicyInForce: StorefrontHandler = async (req) => {
  const { slug } = req.params
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const inForce = await readPolicyInForce(catalog, slug, locale)
  const key = `in-force|${slug}|${locale}|${inForce.current.id}|${inForce.upcoming?.id ?? '-'}`
  const cached = await cachedBody(catalog, key, () => inForce.document)
  return conditionalResponse(req, cached, {
    'cache-control': shortCache(catalog.now(), inForce.nextTransitionAt),
    ...vary,
  })
}
