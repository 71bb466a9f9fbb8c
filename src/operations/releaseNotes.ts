/**
 * The release form of a policy (change type, summary per locale, effective date) at publish time:
 * checked before anything is written, handed to the version recorder in the request context, and
 * cleared from the policy so the next release starts from an empty form.
 */
import { APIError, type PayloadRequest } from 'payload'

import { adminText, type AdminStringKey } from '../admin/i18n/index.js'
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

/** The release form's field a refusal is about: its path, and its label in the admin strings. */
export interface RefusedField {
  path: 'changeType' | 'summary' | 'effectiveAt'
  label: AdminStringKey
}

/**
 * Whether the request is Payload's admin form, which posts its fields as multipart `_payload`.
 * REST clients, GraphQL and the Local API send JSON or nothing.
 */
function fromAdminForm(req?: PayloadRequest): boolean {
  return Boolean(req?.headers?.get('content-type')?.startsWith('multipart/form-data'))
}

/**
 * A publish refused with a localized message and a stable code (`data.code`). With `field`, the
 * reason is also attached to that field (`data.errors[].path`), which the admin shows under the
 * field itself in the admin's language. The admin's form then gets Payload's own toast wording
 * ("The following field is invalid: Summary of changes") instead of the reason: Payload's toast
 * splits a message at its first colon and every comma into bullets, which garbles sentences, and
 * it covers the sidebar where the release form is. Every other caller reads the reason as before.
 */
export function refusal(
  error: PolicyError,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
  extra: { message?: string; data?: Record<string, unknown>; field?: RefusedField } = {},
): APIError {
  const localized = localizeError(error, language(req), options.strings)
  const message = extra.message ? `${localized} ${extra.message}` : localized
  const field = extra.field
  const data = {
    code: error.code,
    ...extra.data,
    ...(field ? { errors: [{ path: field.path, message }] } : {}),
  }
  if (field && req?.t && fromAdminForm(req)) {
    const t = req.t as unknown as (key: string, vars?: Record<string, unknown>) => string
    const invalid = t('error:followingFieldsInvalid', { count: 1 })
    return new APIError(`${invalid} ${adminText(t, field.label)}`, error.status, data, true)
  }
  return new APIError(message, error.status, data, true)
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
    field: { path: 'summary', label: 'releaseSummary' },
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
    {
      data: { announcedVersion: pending.number, announcedEffectiveAt: pending.effectiveAt },
      field: { path: 'effectiveAt', label: 'releaseEffectiveAt' },
    },
  )
}
