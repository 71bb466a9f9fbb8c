import { APIError, type Payload, type PayloadRequest } from 'payload'

import { PolicyError, localizeError } from '../errors.js'
import { FALLBACK_LANGUAGE } from '../i18n/resources.js'
import type { ResolvedPolicyOptions } from '../types.js'
import type { StaleTranslationChoice, TranslationPublishPlan } from './publishPlan.js'
import {
  describeOutOfDate,
  translationReports,
  type LocaleTranslationReport,
  type TranslatablePolicy,
} from './staleness.js'

/** A policy as stored, every locale at once: what translation tracking works on. */
export interface StoredTranslatablePolicy extends TranslatablePolicy {
  id: string | number
  slug: string
  staleTranslations?: StaleTranslationChoice | null
}

/**
 * Reads a policy with every locale's text (the latest draft, or the published document). No
 * fallback: a missing translation must stay missing to be reported as such.
 */
export async function readPolicyAllLocales(
  payload: Payload,
  options: ResolvedPolicyOptions,
  id: string | number,
  args: { draft: boolean; req?: PayloadRequest },
): Promise<StoredTranslatablePolicy> {
  const { req } = args
  // The Local API sets `locale` on the request it is given. Called from a hook, that request is
  // the save in progress: left at 'all', the save would write its one-locale data as all locales.
  const saved = req ? { locale: req.locale, fallbackLocale: req.fallbackLocale } : null
  try {
    const doc = await payload.findByID({
      collection: options.slugs.policies,
      id,
      locale: 'all',
      fallbackLocale: false,
      draft: args.draft,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return doc as unknown as StoredTranslatablePolicy
  } finally {
    if (req && saved) {
      req.locale = saved.locale
      req.fallbackLocale = saved.fallbackLocale
    }
  }
}

/** Where a policy's translations stand against its source text, per translation locale. */
export interface TranslationReport {
  policyId: string | number
  slug: string
  sourceLocale: string
  locales: LocaleTranslationReport[]
}

/** The translation report of a policy's latest draft, by document id (what the admin shows). */
export async function translationReportForPolicy(
  payload: Payload,
  options: ResolvedPolicyOptions,
  id: string | number,
  req?: PayloadRequest,
): Promise<TranslationReport> {
  const policy = await readPolicyAllLocales(payload, options, id, { draft: true, req })
  return {
    policyId: policy.id,
    slug: policy.slug,
    sourceLocale: options.sourceLocale,
    locales: translationReports(policy, options.locales, options.sourceLocale),
  }
}

/**
 * The translation report of a policy's latest draft, by slug: which sections of which locale are
 * out of date with the source (or missing). Null for an unknown slug.
 */
export async function translationReport(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
  req?: PayloadRequest,
): Promise<TranslationReport | null> {
  const { docs } = await payload.find({
    collection: options.slugs.policies,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 0,
    draft: true,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  const [doc] = docs
  return doc ? translationReportForPolicy(payload, options, doc.id, req) : null
}

const CHOICE_CONTEXT_KEY = 'policyStaleTranslations'

type ChoiceByPolicy = Record<string, StaleTranslationChoice | null>

/**
 * Hands the editor's choice for stale translations from the publish hook (which clears the field,
 * so the next release asks again) to the version recorder later in the same request.
 */
export function rememberStaleTranslationChoice(
  req: PayloadRequest,
  policyId: string | number,
  choice: StaleTranslationChoice | null,
): void {
  const current = (req.context[CHOICE_CONTEXT_KEY] ?? {}) as ChoiceByPolicy
  req.context[CHOICE_CONTEXT_KEY] = { ...current, [String(policyId)]: choice }
}

/** The choice the publish hook remembered for a policy in this request, or null. */
export function rememberedStaleTranslationChoice(
  req: PayloadRequest,
  policyId: string | number,
): StaleTranslationChoice | null {
  const remembered = req.context[CHOICE_CONTEXT_KEY] as ChoiceByPolicy | undefined
  return remembered?.[String(policyId)] ?? null
}

/**
 * The 400 a refused publish answers with, in the admin user's language, naming every locale and
 * section in the way. `data` carries the same as structured fields for API clients.
 */
export function staleTranslationsError(
  plan: Extract<TranslationPublishPlan, { ok: false }>,
  options: ResolvedPolicyOptions,
  /** The admin request, for its language; without one (CLI, seed) the message is in English. */
  req?: PayloadRequest,
): APIError {
  const code =
    plan.reason === 'held' ? 'translations_stale_held' : 'translations_stale_choice_required'
  const error = new PolicyError(400, code, {
    source: options.sourceLocale,
    sections: describeOutOfDate(plan.blocking),
  })
  // Admin messages follow the admin's language; one without strings reads English.
  const message = localizeError(error, req?.i18n?.language ?? FALLBACK_LANGUAGE, options.strings)
  const staleLocales = plan.blocking.map((report) => ({
    locale: report.locale,
    stale: report.stale.map((section) => section.number),
    missing: report.missing.map((section) => section.number),
  }))
  return new APIError(message, 400, { code, staleLocales }, true)
}
