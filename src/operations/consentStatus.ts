import type { Payload } from 'payload'

import { decideConsent, type LocaleStanding } from '../consent/decide.js'
import { buildConsentPrompt, type ConsentPrompt } from '../consent/prompt.js'
import type { ConsentStatus } from '../consent/types.js'
import { PolicyError } from '../errors.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { getCatalog } from './policyCatalog.js'

export interface ConsentChanges {
  from: number
  to: number
  /** The "what changed" summaries of the material versions in between, one per line. */
  summary: string
  /** Each summary with the language it is written in (label it when not the customer's). */
  summaries: Array<{ version: number; summary: string; summaryLocale: string }>
  /** The highlighted diff, an HTML fragment ready for a storefront modal. */
  diffUrl: string
  /**
   * The language of the diff and the summaries: the customer's, or the source locale when the
   * customer's text in force does not show the change (see `translationStatus`).
   */
  locale: string
}

/** The contract's consent-status response. */
export interface ConsentStatusResult {
  customerId: string
  slug: string
  status: ConsentStatus
  mustReview: boolean
  acceptedVersion: number | null
  currentVersion: number
  changes: ConsentChanges | null
  /** The customer's locale in the version in force: current, outdated, or missing (no text in it). */
  translationStatus: LocaleStanding
  prompt: ConsentPrompt | null
}

/**
 * The highest version of a policy this customer of `scope` accepted, by one indexed lookup on
 * (policySlug, scope, customerId, versionNumber). The highest, not the latest: a customer who
 * once accepted version 3 has read it, even if an old tab later reported version 2.
 */
export async function highestAcceptedVersion(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
  { scope, customerId }: { scope: string; customerId: string },
): Promise<number | null> {
  const { docs } = await payload.db.find<{ versionNumber: number }>({
    collection: options.slugs.acceptances,
    where: {
      and: [
        { policySlug: { equals: slug } },
        { scope: { equals: scope } },
        { customerId: { equals: customerId } },
      ],
    },
    sort: '-versionNumber',
    limit: 1,
    pagination: false,
    select: { versionNumber: true },
  })
  return docs[0]?.versionNumber ?? null
}

/** Whether a returning customer must re-read the policy, with the prompt to show when they must. */
export async function readConsentStatus(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  /** The asking storefront's scope: the same customer id in another scope is someone else. */
  scope: string
  customerId: string
  locale: string
  /** Base path of the storefront API, for `diffUrl` (e.g. `/api/storefront`). */
  storefrontPath: string
}): Promise<ConsentStatusResult> {
  const { payload, options, slug, scope, customerId, locale } = args
  const catalog = getCatalog(payload, options)
  const metas = await catalog.versions(slug)
  if (!metas.length) throw new PolicyError(404, 'policy_not_found', { slug })
  const acceptedVersion = await highestAcceptedVersion(payload, options, slug, {
    scope,
    customerId,
  })
  const decision = decideConsent({
    acceptedVersion,
    versions: metas,
    now: catalog.now(),
    locale,
    sourceLocale: options.sourceLocale,
  })
  if (decision.currentVersion === null) throw new PolicyError(404, 'policy_not_in_force', { slug })
  const current = metas.find((meta) => meta.number === decision.currentVersion)
  let changes: ConsentChanges | null = null
  let prompt: ConsentPrompt | null = null
  if (decision.mustReview && acceptedVersion !== null && current) {
    const shown = decision.changesLocale
    const query = new URLSearchParams({
      from: String(acceptedVersion),
      to: String(current.number),
      locale: shown,
      format: 'html',
    })
    const summaries = decision.materialChanges.map((change) => ({
      version: change.number,
      summary: change.summary[shown] ?? change.summary[options.sourceLocale] ?? '',
      summaryLocale:
        change.summary[shown] !== undefined
          ? (change.summaryLocales[shown] ?? shown)
          : options.sourceLocale,
    }))
    changes = {
      from: acceptedVersion,
      to: current.number,
      summary: summaries.map((entry) => entry.summary).join('\n'),
      summaries,
      diffUrl: `${args.storefrontPath}/policies/${encodeURIComponent(slug)}/diff?${query}`,
      locale: shown,
    }
    prompt = buildConsentPrompt({
      locale,
      version: current.number,
      effectiveAt: current.effectiveAt,
      materialChanges: decision.materialChanges.length,
      translationStatus: decision.translationStatus,
      sourceLocale: options.sourceLocale,
      strings: options.strings,
    })
  }
  return {
    customerId,
    slug,
    status: decision.status,
    mustReview: decision.mustReview,
    acceptedVersion: decision.acceptedVersion,
    currentVersion: decision.currentVersion,
    changes,
    translationStatus: decision.translationStatus,
    prompt,
  }
}
