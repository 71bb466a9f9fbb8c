import { APIError, type PayloadRequest } from 'payload'

import { localizeError, PolicyError } from '../errors.js'
import { differsOnlyInvisibly } from '../plaintext/displayText.js'
import { isTranslationOnly, localeChangeTypes } from '../policy/changeTypes.js'
import { releaseSummaries } from '../policy/releaseSummaries.js'
import { buildSnapshot, snapshotText } from '../policy/snapshot.js'
import type { VersionMeta, VersionSnapshot } from '../policy/types.js'
import {
  rememberedStaleTranslationChoice,
  staleTranslationsError,
} from '../translations/operations.js'
import { applyTranslationPlan, planTranslationPublish } from '../translations/publishPlan.js'
import { translationReports, type TranslatablePolicy } from '../translations/staleness.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { effectiveDate, releaseSummaryError, rememberedReleaseForm } from './releaseNotes.js'
import { findVersionWithSnapshot, listVersionMetas, type StoredVersion } from './versionQueries.js'

interface PolicyForPublish extends TranslatablePolicy {
  id: string | number
  slug: string
  changeType?: 'material' | 'editorial' | null
  summary?: Record<string, string | null | undefined> | null
  effectiveAt?: string | null
}

/** How a publish reached us, for the audit trail: set by the CLI and seed via request context. */
function publishedVia(req: PayloadRequest, options: ResolvedPolicyOptions): string {
  const via = req.context?.policyPublishedVia
  if (typeof via === 'string') return via
  return req.user?.collection === options.slugs.users ? 'admin' : 'api'
}

function sameHashes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/**
 * A material release must change something a reader can see: one whose source text differs from
 * the latest version's only in whitespace or Unicode composition would ask every customer to
 * re-read and show them nothing. An editorial release may still record it.
 */
async function refuseInvisibleMaterial(args: {
  req: PayloadRequest
  options: ResolvedPolicyOptions
  policy: PolicyForPublish
  changeType: string
  latest: VersionMeta | null
  frozen: { snapshot: VersionSnapshot; contentHashes: Record<string, string> }
  previous: StoredVersion | null
}): Promise<void> {
  const { req, options, policy, changeType, latest, frozen } = args
  const source = options.sourceLocale
  if (changeType !== 'material' || !latest) return
  if (latest.contentHashes[source] === frozen.contentHashes[source]) return
  const previous =
    args.previous ??
    (await findVersionWithSnapshot(req.payload, options, policy.slug, latest.number, req))
  const before = previous?.snapshot?.[source]
  const after = frozen.snapshot[source]
  if (before && after && differsOnlyInvisibly(snapshotText(before), snapshotText(after))) {
    const error = new PolicyError(400, 'release_invisible_only', { version: latest.number })
    throw new APIError(localizeError(error, req.locale ?? source, options.strings), 400)
  }
}

/**
 * Freezes the published state of a policy as its next version: every complete locale's text, its
 * content hash, whether it is current with the source, and the release notes. A stale translation
 * gets the text the publish plan picks (see `planTranslationPublish`). Returns null when text and
 * translation status are identical to the latest version (publishing again without changes
 * creates no new legal version).
 *
 * Numbers are sequential per policy; a unique (policy, number) index turns a race between two
 * publishers into a failed transaction instead of two versions with one number.
 */
export async function recordPublishedVersion(args: {
  req: PayloadRequest
  options: ResolvedPolicyOptions
  policyId: string | number
}): Promise<StoredVersion | null> {
  const { req, options, policyId } = args
  const policy = (await req.payload.findByID({
    collection: options.slugs.policies,
    id: policyId,
    locale: 'all',
    fallbackLocale: false,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as PolicyForPublish

  const built = buildSnapshot(policy, options.locales)
  if (!built.locales.includes(options.sourceLocale)) {
    throw new APIError(
      `The ${options.sourceLocale} text is incomplete: every section needs a heading and a body before publishing.`,
      400,
    )
  }
  const metas = await listVersionMetas(req.payload, options, policy.slug, req)
  const latest = metas[0] ?? null
  // The publish hook checked the release form and cleared it from the policy; a policy created
  // already published never had one stored, so its own fields are the form.
  const form = rememberedReleaseForm(req, policy.id) ?? {
    changeType: policy.changeType ?? 'material',
    summary: policy.summary ?? {},
    effectiveAt: policy.effectiveAt ?? null,
  }
  // Stale translations: the publish hook already refused what needs the editor's decision; the
  // same plan decides here which text each locale gets (see planTranslationPublish).
  const plan = planTranslationPublish({
    changeType: form.changeType,
    choice: rememberedStaleTranslationChoice(req, policy.id),
    reports: translationReports(policy, options.locales, options.sourceLocale),
    previousLocales: latest?.locales ?? [],
    sourceChanged:
      !latest ||
      built.contentHashes[options.sourceLocale] !== latest.contentHashes[options.sourceLocale],
  })
  if (!plan.ok) throw staleTranslationsError(plan, options, req)
  const previous =
    latest && plan.locales.some((locale) => locale.text === 'previous')
      ? await findVersionWithSnapshot(req.payload, options, policy.slug, latest.number, req)
      : null
  const frozen = applyTranslationPlan({
    built,
    plan,
    sourceLocale: options.sourceLocale,
    locales: options.locales,
    previous: previous
      ? { snapshot: previous.snapshot ?? {}, contentHashes: previous.contentHashes ?? {} }
      : null,
  })
  // A release that only brings a translation up to date (same words) still gets a version: the
  // version is where the storefront learns that the locale is current again.
  if (
    latest &&
    sameHashes(latest.contentHashes, frozen.contentHashes) &&
    sameHashes(latest.translationStatus, frozen.translationStatus)
  ) {
    return null
  }

  // The release form, not the policy: the publish hook has already cleared the policy's fields.
  await refuseInvisibleMaterial({
    req,
    options,
    policy,
    changeType: form.changeType,
    latest,
    frozen,
    previous,
  })

  const now = new Date()
  const effectiveAt = effectiveDate(form.effectiveAt, now)
  const number = (latest?.number ?? 0) + 1
  const changeTypes = localeChangeTypes({
    changeType: form.changeType,
    sourceLocale: options.sourceLocale,
    locales: options.locales,
    contentHashes: frozen.contentHashes,
    previous: latest?.contentHashes ?? null,
  })
  const notes = releaseSummaries({
    locales: frozen.locales,
    sourceLocale: options.sourceLocale,
    drafted: form.summary,
    earlier: metas,
    corrected: isTranslationOnly(changeTypes, options.sourceLocale)
      ? Object.keys(changeTypes).filter((locale) => changeTypes[locale] !== 'none')
      : [],
  })
  if (!notes.ok) throw releaseSummaryError(notes, options, req)
  const user = req.user?.collection === options.slugs.users ? req.user.id : null

  const created = await req.payload.create({
    collection: options.slugs.versions,
    data: {
      label: `${policy.slug} v${number}`,
      policy: policy.id,
      policySlug: policy.slug,
      number,
      publishedAt: now.toISOString(),
      effectiveAt: effectiveAt.toISOString(),
      changeType: form.changeType,
      changeTypes,
      summary: notes.summary,
      summaryLocales: notes.summaryLocales,
      locales: frozen.locales,
      contentHashes: frozen.contentHashes,
      translationStatus: frozen.translationStatus,
      snapshot: frozen.snapshot,
      publishedBy: user,
      publishedVia: publishedVia(req, options),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return created as unknown as StoredVersion
}
