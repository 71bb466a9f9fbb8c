import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { PolicyError } from '../../../src/errors.js'
import {
  announcementError,
  effectiveDate,
  overtakenAnnouncement,
  refusal,
  releaseSummaryError,
  rememberedReleaseForm,
  rememberReleaseForm,
} from '../../../src/operations/releaseNotes.js'
import { listVersionMetas } from '../../../src/operations/versionQueries.js'
import { releaseSummaries } from '../../../src/policy/releaseSummaries.js'
import { buildSnapshot } from '../../../src/policy/snapshot.js'
import { readPolicyAllLocales } from '../../../src/translations/operations.js'
import { overlayLocale } from '../../../src/translations/overlay.js'
import type { SectionRowInLocale } from '../../../src/translations/stamp.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'
import type { PolicyHookDoc } from './types.js'

/**
 * A publish must say what kind of change it is and what changed, in words written for this
 * release: a summary left over from an earlier release would mislead every customer shown it. The
 * source locale's summary is required (for a translation-only release, the corrected locale's may
 * stand in); other locales without one of their own are served it, labelled (see
 * `releaseSummaries`). A release may not take effect before an announced version (see
 * `overtakenAnnouncement`). Refusals are in the admin's language and write nothing.
 *
 * What passes is handed to the version recorder in the request context; `clearReleaseForm` then
 * empties the form so the next release starts clean.
 */
export const createCheckReleaseNotesHook =
  (options: ResolvedPolicyOptions): CollectionBeforeChangeHook<PolicyHookDoc> =>
  async ({ data, originalDoc, req }) => {
    if (data._status !== 'published') return data
    const changeType = data.changeType ?? originalDoc?.changeType
    if (changeType !== 'material' && changeType !== 'editorial') {
      throw refusal(new PolicyError(400, 'change_type_required'), options, req, {
        field: { path: 'changeType', label: 'releaseChangeType' },
      })
    }
    const id = originalDoc?.id
    const slug = data.slug ?? originalDoc?.slug
    // A policy created already published has no stored draft to read: the recorder takes its fields.
    if (id === undefined || !slug) return data

    const source = options.sourceLocale
    const locale =
      typeof req.locale === 'string' && options.locales.includes(req.locale) ? req.locale : source
    const stored = await readPolicyAllLocales(req.payload, options, id, { draft: true, req })
    const summary = {
      ...((stored as { summary?: Record<string, string | null | undefined> | null }).summary ?? {}),
      ...(data.summary !== undefined ? { [locale]: data.summary } : {}),
    }
    const requested = data.effectiveAt !== undefined ? data.effectiveAt : originalDoc?.effectiveAt
    const metas = await listVersionMetas(req.payload, options, slug, req)

    const now = new Date()
    const overtaken = overtakenAnnouncement(metas, effectiveDate(requested, now), now.getTime())
    if (overtaken) throw announcementError(overtaken, options, req)

    const after = overlayLocale(
      stored,
      {
        title: data.title,
        sections: Array.isArray(data.sections) ? (data.sections as SectionRowInLocale[]) : null,
      },
      locale,
    )
    const built = buildSnapshot(after, options.locales)
    const latest = metas[0]
    const translationOnly =
      latest !== undefined && built.contentHashes[source] === latest.contentHashes[source]
    const result = releaseSummaries({
      locales: [source, ...built.locales.filter((candidate) => candidate !== source)],
      sourceLocale: source,
      drafted: summary,
      earlier: metas,
      corrected: translationOnly
        ? built.locales.filter(
            (candidate) => built.contentHashes[candidate] !== latest.contentHashes[candidate],
          )
        : [],
    })
    if (!result.ok) throw releaseSummaryError(result, options, req)
    rememberReleaseForm(req, id, { changeType, summary, effectiveAt: requested ?? null })
    return data
  }

/**
 * Empties the release form of a publish that passed the checks (change type and effective date
 * here; the summary of every locale in `clearReleaseSummary`). Runs after every other
 * `beforeChange` hook, which still read the form as the editor filled it in.
 */
export const clearReleaseForm: CollectionBeforeChangeHook<PolicyHookDoc> = ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published' || originalDoc?.id === undefined) return data
  if (!rememberedReleaseForm(req, originalDoc.id)) return data
  return { ...data, changeType: null, effectiveAt: null }
}

/**
 * The summary field's half of `clearReleaseForm`. A collection hook sees one locale's data; the
 * other locales' values are merged in afterwards from the stored document, so they are emptied
 * there too, and the published document and its draft history start the next release empty.
 */
export const clearReleaseSummary: FieldHook = ({
  data,
  originalDoc,
  req,
  siblingDocWithLocales,
}) => {
  const id = (originalDoc as { id?: string | number } | undefined)?.id
  if (data?._status !== 'published' || id === undefined) return undefined
  if (!rememberedReleaseForm(req, id)) return undefined
  if (siblingDocWithLocales) {
    const stored = siblingDocWithLocales.summary as Record<string, unknown> | null | undefined
    siblingDocWithLocales.summary = Object.fromEntries(
      Object.keys(stored ?? {}).map((locale) => [locale, null]),
    )
  }
  return null
}
