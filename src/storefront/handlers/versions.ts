import { getCatalog } from '../../operations/policyCatalog.js'
import { listPolicyVersions, readPolicyVersion } from '../../operations/readPolicy.js'
import {
  IMMUTABLE_CACHE,
  cachedBody,
  cachedBodyAtHand,
  conditionalResponse,
  shortCache,
} from '../conditional.js'
import type { CachedStorefrontHandler, StorefrontHandler } from '../http.js'
import { parseVersionNumber } from '../params.js'
import { requestLocale } from '../requestLocale.js'

/** `GET /policies/:slug/versions` — every published version, newest first. */
export const getPolicyVersions: StorefrontHandler = async (req) => {
  const { slug } = req.params
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const versions = await listPolicyVersions(catalog, slug, locale)
  const cached = await cachedBody(
    catalog,
    `versions|${slug}|${locale}|${versions[0].number}`,
    () => ({ slug, versions }),
  )
  return conditionalResponse(req, cached, {
    'cache-control': shortCache(catalog.now(), null),
    ...vary,
  })
}

const versionBodyKey = (slug: string, number: number, locale: string) =>
  `version|${slug}|${number}|${locale}`

/** `GET /policies/:slug/versions/:number` — one version's text; immutable, cached for a year. */
export const getPolicyVersion: StorefrontHandler = async (req) => {
  const { slug } = req.params
  const number = parseVersionNumber(req.params.number, 'number')
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  // A published version is never changed nor deleted, so once its body is cached the version's
  // existence needs no second look: the lookup by key is the whole request.
  const cached = await cachedBody(catalog, versionBodyKey(slug, number, locale), () =>
    readPolicyVersion(catalog, slug, number, locale),
  )
  return conditionalResponse(req, cached, { 'cache-control': IMMUTABLE_CACHE, ...vary })
}

/**
 * The same answer without a promise once the version's body is cached (see
 * {@link getPolicyVersion}); null sends the request there.
 */
export const cachedPolicyVersion: CachedStorefrontHandler = (req) => {
  const number = parseVersionNumber(req.params.number, 'number')
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const cached = cachedBodyAtHand(catalog, versionBodyKey(req.params.slug, number, locale))
  if (cached === null) return null
  return conditionalResponse(req, cached, { 'cache-control': IMMUTABLE_CACHE, ...vary })
}
