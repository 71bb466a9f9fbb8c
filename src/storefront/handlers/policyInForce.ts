import { getCatalog, type PolicyCatalog } from '../../operations/policyCatalog.js'
import { readPolicyInForce } from '../../operations/readPolicy.js'
import type { VersionMeta } from '../../policy/types.js'
import { cachedBody, conditionalResponse, shortCache, type CachedBody } from '../conditional.js'
import type { StorefrontHandler } from '../http.js'
import { requestLocale } from '../requestLocale.js'

/** The body served for a policy and locale, and what it was made from. */
interface InForceBody {
  /** The catalog's version list it was made from (the same array until the versions change). */
  metas: readonly VersionMeta[]
  cached: CachedBody
  nextTransitionAt: number | null
}

/**
 * The last body per policy and locale, so that a request finds it with one lookup while nothing
 * changed — the catalog still hands out the same version list and no announced version took
 * effect — instead of working out the version in force and its cache key again each time.
 * Bounded like the catalog's known policies: unknown slugs and locales never get this far.
 */
const lastBodies = new WeakMap<PolicyCatalog, Map<string, InForceBody>>()

async function inForceBody(
  catalog: PolicyCatalog,
  slug: string,
  locale: string,
): Promise<InForceBody> {
  const metas = await catalog.versions(slug)
  let bodies = lastBodies.get(catalog)
  if (!bodies) {
    bodies = new Map()
    lastBodies.set(catalog, bodies)
  }
  const key = `${slug}|${locale}`
  const last = bodies.get(key)
  if (
    last?.metas === metas &&
    (last.nextTransitionAt === null || catalog.now() < last.nextTransitionAt)
  ) {
    return last
  }
  const inForce = await readPolicyInForce(catalog, slug, locale)
  const cached = await cachedBody(
    catalog,
    `in-force|${slug}|${locale}|${inForce.current.id}|${inForce.upcoming?.id ?? '-'}`,
    () => inForce.document,
  )
  const body = { metas, cached, nextTransitionAt: inForce.nextTransitionAt }
  bodies.set(key, body)
  return body
}

/** `GET /policies/:slug` — the version in force now, cached until a publish or a transition. */
export const getPolicyInForce: StorefrontHandler = async (req) => {
  const { slug } = req.params
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const body = await inForceBody(catalog, slug, locale)
  return conditionalResponse(req, body.cached, {
    'cache-control': shortCache(catalog.now(), body.nextTransitionAt),
    ...vary,
  })
}
