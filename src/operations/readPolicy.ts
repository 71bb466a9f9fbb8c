import { versionsInTime } from '../policy/inForce.js'
import {
  renderVersion,
  summarizeVersion,
  type RenderedVersion,
  type VersionSummary,
} from '../policy/render.js'
import { changeTypeIn } from '../policy/changeTypes.js'
import type { LocaleChangeType, TranslationStatus, VersionMeta } from '../policy/types.js'
import { PolicyError } from '../errors.js'
import type { PolicyCatalog } from './policyCatalog.js'

export type UpcomingVersion = Omit<VersionSummary, 'publishedAt'>

/** The contract's policy document: a rendered version plus the announced next one. */
export interface PolicyDocument extends RenderedVersion {
  upcoming: UpcomingVersion | null
}

function announce(meta: VersionMeta, locale: string): UpcomingVersion {
  const { number, effectiveAt, changeType, summary, summaryLocale } = summarizeVersion(meta, locale)
  return { number, effectiveAt, changeType, summary, summaryLocale }
}

async function publishedVersions(catalog: PolicyCatalog, slug: string): Promise<VersionMeta[]> {
  const metas = await catalog.versions(slug)
  if (!metas.length) throw new PolicyError(404, 'policy_not_found', { slug })
  return metas
}

function requireLocale(meta: VersionMeta, locale: string): void {
  if (!meta.locales.includes(locale)) {
    throw new PolicyError(404, 'locale_not_available', { locale, version: meta.number })
  }
}

/** Renders one version's locale once; published text never changes, so neither does this. */
export function renderedVersion(
  catalog: PolicyCatalog,
  slug: string,
  meta: VersionMeta,
  locale: string,
): Promise<RenderedVersion> {
  requireLocale(meta, locale)
  return catalog.memoize(`rendered|${slug}|${meta.id}|${locale}`, async () => {
    const snapshot = await catalog.snapshot(slug, meta)
    return renderVersion(slug, meta, locale, snapshot[locale])
  })
}

export interface PolicyInForce {
  document: PolicyDocument
  current: VersionMeta
  upcoming: VersionMeta | null
  /** When the document changes by the clock alone (an upcoming version takes effect), or null. */
  nextTransitionAt: number | null
}

/** The version in force now (latest published with `effectiveAt` ≤ now) and the next announced one. */
export async function readPolicyInForce(
  catalog: PolicyCatalog,
  slug: string,
  locale: string,
): Promise<PolicyInForce> {
  const metas = await publishedVersions(catalog, slug)
  const { current, upcoming, nextTransitionAt } = versionsInTime(metas, catalog.now())
  if (!current) throw new PolicyError(404, 'policy_not_in_force', { slug })
  const rendered = await renderedVersion(catalog, slug, current, locale)
  return {
    document: { ...rendered, upcoming: upcoming ? announce(upcoming, locale) : null },
    current,
    upcoming,
    nextTransitionAt,
  }
}

/** One published version by number, in force or not (announced versions can be read ahead). */
export async function readPolicyVersion(
  catalog: PolicyCatalog,
  slug: string,
  number: number,
  locale: string,
): Promise<PolicyDocument> {
  const metas = await publishedVersions(catalog, slug)
  const meta = metas.find((candidate) => candidate.number === number)
  if (!meta) throw new PolicyError(404, 'version_not_found', { slug, version: number })
  // A version's own document is immutable, so it carries no time-dependent `upcoming` pointer.
  return { ...(await renderedVersion(catalog, slug, meta, locale)), upcoming: null }
}

export interface VersionListItem {
  number: number
  publishedAt: string
  effectiveAt: string
  changeType: VersionMeta['changeType']
  summary: string
  /** The language `summary` is written in (see `VersionSummary.summaryLocale`). */
  summaryLocale: string
  locales: string[]
  /** Per locale of `locales`: whether its text is current with the source or not yet updated. */
  translationStatus: Record<string, TranslationStatus>
  /** Per locale: what the version changed there (`none`: a translation-only release left it alone). */
  changeTypes: Record<string, LocaleChangeType>
  /** When the announced version was withdrawn before coming into force; null otherwise. */
  withdrawnAt: string | null
}

/** Every published version, newest first, with the summary in `locale` (or the source's). */
export async function listPolicyVersions(
  catalog: PolicyCatalog,
  slug: string,
  locale: string,
): Promise<VersionListItem[]> {
  const metas = await publishedVersions(catalog, slug)
  const source = catalog.options.sourceLocale
  return metas.map((meta) => ({
    number: meta.number,
    publishedAt: meta.publishedAt,
    effectiveAt: meta.effectiveAt,
    changeType: meta.changeType,
    summary: meta.summary[locale] ?? meta.summary[source] ?? '',
    summaryLocale:
      meta.summary[locale] !== undefined ? (meta.summaryLocales[locale] ?? locale) : source,
    locales: meta.locales,
    translationStatus: Object.fromEntries(
      meta.locales.map((locale) => [locale, meta.translationStatus[locale] ?? 'current']),
    ),
    changeTypes: Object.fromEntries(
      catalog.options.locales.map((locale) => [locale, changeTypeIn(meta, locale)]),
    ),
    withdrawnAt: meta.withdrawnAt,
  }))
}
