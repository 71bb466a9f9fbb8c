/**
 * The release form of a policy (change type, summary per locale, effective date) at publish time:
 * checked before anything is written, handed to the version recorder in the request context, and
 * cleared from the policy so the next release starts from an empty form.
 */
import { APIError, type PayloadRequest } from 'payload'

import { PolicyError, localizeError } from '../errors.js'
import { FALLBACK_LANGUAGE } from '../i18n/resources.js'
import { versionsInTime } from '../policy/inForce.js'
import type { ReleaseSummariesResult } from '../policy/releaseSummaries.js'
import type { ChangeType, VersionMeta } from '../policy/types.js'
import type { ResolvedPolicyOptions } from '../types.js'

/** What the editor filled in for this release, every locale's summary included. */
export interface ReleaseForm {
  changeType: ChangeType
  summary: Record<string, string | null | undefined>
  /** As entered: null (or a past date) means "on publish". */
  effectiveAt: string | null
}

const RELEASE_CONTEXT_KEY = 'policyReleaseForm'

type FormsByPolicy = Record<string, ReleaseForm>

/** Hands the release form from the publish hook (which clears it) to the version recorder. */
export function rememberReleaseForm(
  req: PayloadRequest,
  policyId: string | number,
  form: ReleaseForm,
): void {
  const current = (req.context[RELEASE_CONTEXT_KEY] ?? {}) as FormsByPolicy
  req.context[RELEASE_CONTEXT_KEY] = { ...current, [String(policyId)]: form }
}

/** The release form the publish hook remembered for a policy in this request, or null. */
export function rememberedReleaseForm(
  req: PayloadRequest,
  policyId: string | number,
): ReleaseForm | null {
  const remembered = req.context[RELEASE_CONTEXT_KEY] as FormsByPolicy | undefined
  return remembered?.[String(policyId)] ?? null
}

/** When a release takes effect: back-dating legal text is not possible, so a past date means now. */
export function effectiveDate(requested: string | null | undefined, now: Date): Date {
  const date = requested ? new Date(requested) : null
  return date && date > now ? date : now
}

/**
 * The announced version a release taking effect at `effectiveAt` would overtake: a version not yet
 * in force (nor withdrawn) whose effective date is later. Taking effect first would put the
 * announced version's wording in force before the date its customers were told (a release is
 * edited from the latest text, announced version included). Null when there is none.
 */
export function overtakenAnnouncement(
  metas: readonly VersionMeta[],
  effectiveAt: Date,
  now: number,
): VersionMeta | null {
  const { current } = versionsInTime(metas, now)
  const pending = metas
    .filter(
      (meta) =>
        !meta.withdrawnAt &&
        (!current || meta.number > current.number) &&
        Date.parse(meta.effectiveAt) > effectiveAt.getTime(),
    )
    .sort((a, b) => Date.parse(b.effectiveAt) - Date.parse(a.effectiveAt))
  return pending[0] ?? null
}

/** The admin's language for messages; the CLI and the seed read English. */
function language(req?: PayloadRequest): string {
  return req?.i18n?.language ?? FALLBACK_LANGUAGE
}

/** A publish refused with a localized message and a stable code (`data.code`). */
export function refusal(
  error: PolicyError,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
  extra: { message?: string; data?: Record<string, unknown> } = {},
): APIError {
  const message = localizeError(error, language(req), options.strings)
  return new APIError(
    extra.message ? `${message} ${extra.message}` : message,
    error.status,
    { code: error.code, ...extra.data },
    true,
  )
}

/** The 400 of a release without a summary written for it, naming every locale still without one. */
export function releaseSummaryError(
  result: Extract<ReleaseSummariesResult, { ok: false }>,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
): APIError {
  const error =
    result.reason === 'stale'
      ? new PolicyError(400, 'release_summary_stale', {
          locale: result.locale,
          version: result.version ?? 0,
        })
      : new PolicyError(400, 'release_summary_missing', { locale: result.locale })
  const others = result.missing.filter((locale) => locale !== result.locale)
  const still = others.length
    ? localizeError(
        new PolicyError(400, 'release_summaries_missing', {
          locales: others.join(', '),
          reference: result.locale,
        }),
        language(req),
        options.strings,
      )
    : undefined
  return refusal(error, options, req, {
    message: still,
    data: { missingSummaries: result.missing },
  })
}

/** The 400 of a release that would take effect before an announced version. */
export function announcementError(
  pending: VersionMeta,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
): APIError {
  return refusal(
    new PolicyError(400, 'announcement_pending', {
      version: pending.number,
      at: pending.effectiveAt,
    }),
    options,
    req,
    { data: { announcedVersion: pending.number, announcedEffectiveAt: pending.effectiveAt } },
  )
}
