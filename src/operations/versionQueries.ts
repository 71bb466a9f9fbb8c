import type { Payload, PayloadRequest } from 'payload'

import type {
  ChangeType,
  LocaleChangeType,
  TranslationStatus,
  VersionMeta,
  VersionSnapshot,
} from '../policy/types.js'
import type { ResolvedPolicyOptions } from '../types.js'

/** The stored shape of a `policy-versions` document, as the Local API returns it at depth 0. */
export interface StoredVersion {
  id: string | number
  policy: string | number | { id: string | number }
  policySlug: string
  number: number
  publishedAt: string
  effectiveAt: string
  changeType: ChangeType
  summary: Record<string, string> | null
  locales: string[] | null
  contentHashes: Record<string, string> | null
  translationStatus?: Record<string, TranslationStatus> | null
  changeTypes?: Record<string, LocaleChangeType> | null
  summaryLocales?: Record<string, string> | null
  withdrawnAt?: string | null
  updatedAt?: string
  snapshot?: VersionSnapshot | null
}

/** Fields of a version without its (large) snapshot; what listings and the freshness check read. */
export const VERSION_META_SELECT = {
  policy: true,
  policySlug: true,
  number: true,
  publishedAt: true,
  effectiveAt: true,
  changeType: true,
  summary: true,
  locales: true,
  contentHashes: true,
  translationStatus: true,
  changeTypes: true,
  summaryLocales: true,
  withdrawnAt: true,
  updatedAt: true,
} as const

export function toVersionMeta(doc: StoredVersion): VersionMeta {
  return {
    id: doc.id,
    policyId: typeof doc.policy === 'object' ? doc.policy.id : doc.policy,
    number: doc.number,
    publishedAt: doc.publishedAt,
    effectiveAt: doc.effectiveAt,
    changeType: doc.changeType,
    summary: doc.summary ?? {},
    locales: doc.locales ?? [],
    contentHashes: doc.contentHashes ?? {},
    translationStatus: doc.translationStatus ?? {},
    changeTypes: doc.changeTypes ?? {},
    // Versions recorded before summaries were labelled: each summary was filed under its locale.
    summaryLocales:
      doc.summaryLocales ??
      Object.fromEntries(Object.keys(doc.summary ?? {}).map((locale) => [locale, locale])),
    withdrawnAt: doc.withdrawnAt ?? null,
  }
}

/** Every published version of a policy, newest first, without snapshots. */
export async function listVersionMetas(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
  req?: PayloadRequest,
): Promise<VersionMeta[]> {
  const { docs } = await payload.find({
    collection: options.slugs.versions,
    where: { policySlug: { equals: slug } },
    sort: '-number',
    pagination: false,
    depth: 0,
    select: VERSION_META_SELECT,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as StoredVersion[]).map(toVersionMeta)
}

/** The newest published version of a policy (in force or not), or null. */
export async function findLatestVersion(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
  req?: PayloadRequest,
): Promise<VersionMeta | null> {
  const { docs } = await payload.find({
    collection: options.slugs.versions,
    where: { policySlug: { equals: slug } },
    sort: '-number',
    limit: 1,
    pagination: false,
    depth: 0,
    select: VERSION_META_SELECT,
    overrideAccess: true,
    req,
  })
  const [doc] = docs as unknown as StoredVersion[]
  return doc ? toVersionMeta(doc) : null
}

/** One version with its frozen text, or null when the policy has no such number. */
export async function findVersionWithSnapshot(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
  number: number,
  req?: PayloadRequest,
): Promise<StoredVersion | null> {
  const { docs } = await payload.find({
    collection: options.slugs.versions,
    where: { and: [{ policySlug: { equals: slug } }, { number: { equals: number } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as StoredVersion | undefined) ?? null
}

/**
 * The version row written last (a new version, or a withdrawal), as `number|updatedAt`: the catalog
 * reloads a policy's versions when this moves. A withdrawal updates a row without adding one, so
 * the newest number alone would miss it. One indexed lookup; null when the policy has no version.
 */
export async function latestVersionChange(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
): Promise<string | null> {
  // Straight to the database adapter, not the Local API: this runs twice a second per policy on
  // the storefront's hot path, and a stamp needs none of the Local API's request setup, access
  // checks or hooks (the versions collection has no read hooks that change these two fields).
  const { docs } = await payload.db.find<{ number?: number; updatedAt?: string }>({
    collection: options.slugs.versions,
    where: { policySlug: { equals: slug } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    select: { number: true, updatedAt: true },
  })
  const doc = docs[0]
  return doc ? `${doc.number}|${doc.updatedAt}` : null
}
