import { APIError, type PayloadRequest } from 'payload'

import { buildSnapshot, type PolicyAllLocales } from '../policy/snapshot'
import type { ResolvedPolicyOptions } from '../types'
import { findLatestVersion, type StoredVersion } from './versionQueries'

interface PolicyForPublish extends PolicyAllLocales {
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
 * Freezes the published state of a policy as its next version: every complete locale's text, its
 * content hash, and the release notes. Returns null when the published text is identical to the
 * latest version (publishing again without changes creates no new legal version).
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
  const latest = await findLatestVersion(req.payload, options, policy.slug, req)
  if (latest && sameHashes(latest.contentHashes, built.contentHashes)) return null

  const now = new Date()
  const requested = policy.effectiveAt ? new Date(policy.effectiveAt) : null
  // Back-dating legal text is not possible: a past (or left-over) date means "now".
  const effectiveAt = requested && requested > now ? requested : now
  const number = (latest?.number ?? 0) + 1
  const summary = Object.fromEntries(
    built.locales.map((locale) => [locale, policy.summary?.[locale]?.trim() ?? '']),
  )
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
      changeType: policy.changeType ?? 'material',
      summary,
      locales: built.locales,
      contentHashes: built.contentHashes,
      snapshot: built.snapshot,
      publishedBy: user,
      publishedVia: publishedVia(req, options),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return created as unknown as StoredVersion
}
