import { PolicyError } from '../errors.js'
import { canonicalText } from '../hash/contentHash.js'
import { snapshotText } from '../policy/snapshot.js'
import type { PolicyCatalog } from './policyCatalog.js'

/** A published version's text in one locale, in the plain-text policy format. */
export async function exportPolicyText(
  catalog: PolicyCatalog,
  slug: string,
  number: number,
  locale: string,
): Promise<string> {
  const metas = await catalog.versions(slug)
  if (!metas.length) throw new PolicyError(404, 'policy_not_found', { slug })
  const meta = metas.find((candidate) => candidate.number === number)
  if (!meta) throw new PolicyError(404, 'version_not_found', { slug, version: number })
  if (!meta.locales.includes(locale)) {
    throw new PolicyError(404, 'locale_not_available', { locale, version: number })
  }
  const snapshot = await catalog.snapshot(slug, meta)
  // The canonical text is the plain-text format itself: what is exported is what was hashed.
  return canonicalText(snapshotText(snapshot[locale]))
}
