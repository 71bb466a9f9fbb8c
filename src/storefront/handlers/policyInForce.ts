import { getCatalog, type PolicyCatalog } from '../../operations/policyCatalog.js'
import { readPolicyInForce } from '../../operations/readPolicy.js'
import type { VersionMeta } from '../../policy/types.js'
import { entryOf } from '../../util/mapEntry.js'
import { cachedBody, conditionalResponse, shortCache, type CachedBody } from '../conditional.js'
import type {
  CachedStorefrontHandler,
  StorefrontHandler,
  StorefrontRequest,
  StorefrontResponse,
} from '../http.js'
import { requestLocale } from '../requestLocale.js'

/** The body served for a policy and locale, and what it was made from. */
interface InForceBody {
  /** The catalog's version list it was made from (the same array until the versions change). */
  metas: readonly VersionMeta[]
  cached: CachedBody
  nextTransitionAt: number | null
}

/**
 * The last body per policy, then per locale, so that a request finds it with two lookups while
 * nothing changed — the catalog still hands out the same version list and no announced version
 * took effect — instead of working out the version in force and its cache key again each time.
 * Keyed by the slug and locale themselves, not a key joined from them: a joined key is a new
 * string to hash on every request. Bounded like the catalog's known policies: unknown slugs and
 * locales never get this far.
 */
const lastBodies = new WeakMap<PolicyCatalog, Map<string, Map<string, InForceBody>>>()

function bodiesOf(catalog: PolicyCatalog, slug: string): Map<string, InForceBody> {
  const policies = entryOf(lastBodies, catalog, () => new Map())
  return entryOf(policies, slug, () => new Map())
}

/** The last body, when it was made from `metas` and no announced version has taken effect since. */
function stillValid(
  catalog: PolicyCatalog,
  last: InForceBody | undefined,
  metas: readonly VersionMeta[],
): last is InForceBody {
  return (
    last?.metas === metas &&
    (last.nextTransitionAt === null || catalog.now() < last.nextTransitionAt)
  )
}

async function inForceBody(
  catalog: PolicyCatalog,
  slug: string,
  locale: string,
): Promise<InForceBody> {
  const metas = await catalog.versions(slug)
  const bodies = bodiesOf(catalog, slug)
  const last = bodies.get(locale)
  if (stillValid(catalog, last, metas)) return last
  const inForce = await readPolicyInForce(catalog, slug, locale)
  const cached = await cachedBody(
    catalog,
    `in-force|${slug}|${locale}|${inForce.current.id}|${inForce.upcoming?.id ?? '-'}`,
    () => inForce.document,
  )
  const body = { metas, cached, nextTransitionAt: inForce.nextTransitionAt }
  bodies.set(locale, body)
  return body
}

function inForceResponse(
  req: StorefrontRequest,
  catalog: PolicyCatalog,
  body: InForceBody,
  vary: Readonly<Record<string, string>>,
): StorefrontResponse {
  return conditionalResponse(req, body.cached, {
    'cache-control': shortCache(catalog.now(), body.nextTransitionAt),
    ...vary,
  })
}

/** `GET /policies/:slug` — the version in force now, cached until a publish or a transition. */
export const getPolicyInForce: StorefrontHandler = async (req) => {
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const body = await inForceBody(catalog, req.params.slug, locale)
  return inForceResponse(req, catalog, body, vary)
}

/**
 * The same answer without a promise when everything it needs is at hand: versions checked within
 * the freshness interval and the body made from them still valid. Null sends the request through
 * {@link getPolicyInForce}; nothing here is served that it would not serve.
 */
export const cachedPolicyInForce: CachedStorefrontHandler = (req) => {
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const metas = catalog.freshVersions(req.params.slug)
  if (metas === null) return null
  const last = lastBodies.get(catalog)?.get(req.params.slug)?.get(locale)
  if (!stillValid(catalog, last, metas)) return null
  return inForceResponse(req, catalog, last, vary)
}
