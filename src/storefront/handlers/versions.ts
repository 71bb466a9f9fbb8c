import { getCatalog, type PolicyCatalog } from '../../operations/policyCatalog.js'
import { listPolicyVersions, readPolicyVersion } from '../../operations/readPolicy.js'
import { entryOf } from '../../util/mapEntry.js'
import {
  IMMUTABLE_CACHE,
  cachedBody,
  conditionalResponse,
  shortCache,
  type CachedBody,
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

/** How many version bodies {@link servedVersions} keeps per policy and locale before starting over. */
const SERVED_VERSIONS_KEPT = 32

/**
 * Version bodies already served, by policy, locale and number, for {@link cachedPolicyVersion}:
 * found with three lookups by the request's own slug, locale and number, where the catalog's memo
 * needs a key joined from them (a new string to hash on every request) and an LRU reorder. Only
 * versions that exist get here; past {@link SERVED_VERSIONS_KEPT} per policy and locale the set
 * starts over and the catalog's memo answers until it fills again.
 */
const servedVersions = new WeakMap<
  PolicyCatalog,
  Map<string, Map<string, Map<number, CachedBody>>>
>()

function servedOf(catalog: PolicyCatalog, slug: string, locale: string): Map<number, CachedBody> {
  const policies = entryOf(servedVersions, catalog, () => new Map())
  const locales = entryOf(policies, slug, () => new Map())
  return entryOf(locales, locale, () => new Map())
}

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
  const served = servedOf(catalog, slug, locale)
  if (served.size >= SERVED_VERSIONS_KEPT) served.clear()
  served.set(number, cached)
  return conditionalResponse(req, cached, { 'cache-control': IMMUTABLE_CACHE, ...vary })
}

/**
 * The same answer without a promise once the version's body has been served (see
 * {@link getPolicyVersion}); null sends the request there.
 */
export const cachedPolicyVersion: CachedStorefrontHandler = (req) => {
  const number = parseVersionNumber(req.params.number, 'number')
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const cached = servedVersions.get(catalog)?.get(req.params.slug)?.get(locale)?.get(number)
  if (cached === undefined) return null
  return conditionalResponse(req, cached, { 'cache-control': IMMUTABLE_CACHE, ...vary })
}
