import type { Payload, PayloadRequest } from 'payload'

import { findLatestVersion } from '../operations/versionQueries.js'
import { buildSnapshot } from '../policy/snapshot.js'
import type { ChangeType } from '../policy/types.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { readPolicyAllLocales } from './operations.js'
import { overlayLocale } from './overlay.js'
import {
  isStaleTranslationChoice,
  planTranslationPublish,
  type StaleTranslationChoice,
  type TranslationPublishPlan,
} from './publishPlan.js'
import { stampTranslatedFrom, type SectionRowInLocale } from './stamp.js'
import { translationReports } from './staleness.js'

/** The fields of a policy save (or of the document before it) translation tracking reads, in one locale. */
export interface PolicyFieldsInLocale {
  id?: string | number
  slug?: string
  title?: string | null
  _status?: string
  changeType?: ChangeType | null
  staleTranslations?: unknown
  translationReviewed?: unknown
  sections?: unknown
}

function rowsOf(value: unknown): SectionRowInLocale[] | null {
  return Array.isArray(value) ? (value as SectionRowInLocale[]) : null
}

export interface PlannedSave {
  /** The rows to store, each stamped with what it was translated from (set when they changed). */
  sections?: SectionRowInLocale[]
  /** What a publish would do with the translations (set when the save publishes). */
  plan?: TranslationPublishPlan
  /** The editor's stale-translation choice the plan was made with. */
  choice: StaleTranslationChoice | null
}

/**
 * What saving `data` in `locale` over an existing policy would record about its translations, and,
 * for a publish, the translation plan of the text it would leave behind. Writes nothing: the publish
 * hook calls it during the save, and an import calls it before saving anything, so a publish that
 * is going to be refused is refused before the first write.
 */
export async function planPolicySave(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  id: string | number
  /** The locale being saved in (null: none of the policy's locales). */
  locale: string | null
  data: PolicyFieldsInLocale
  original: PolicyFieldsInLocale | undefined
  req?: PayloadRequest
}): Promise<PlannedSave> {
  const { payload, options, id, locale, data, original, req } = args
  const translating = locale !== null && locale !== options.sourceLocale
  const reviewed = data.translationReviewed === true
  const publishing = data._status === 'published'
  const requested =
    data.staleTranslations !== undefined ? data.staleTranslations : original?.staleTranslations
  const choice = isStaleTranslationChoice(requested) ? requested : null

  const rows =
    rowsOf(data.sections) ?? (translating && reviewed ? rowsOf(original?.sections) : null)
  const stamping = translating && rows !== null
  if (!stamping && !publishing) return { choice }
  const stored = await readPolicyAllLocales(payload, options, id, { draft: true, req })
  const sections = stamping
    ? stampTranslatedFrom({
        rows,
        previous: rowsOf(original?.sections) ?? [],
        source: stored.sections ?? [],
        sourceLocale: options.sourceLocale,
        reviewed,
      })
    : undefined
  if (!publishing) return { sections, choice }

  const saved = { title: data.title, sections: sections ?? rowsOf(data.sections) }
  const after = locale ? overlayLocale(stored, saved, locale) : stored
  const latest = await findLatestVersion(payload, options, stored.slug, req)
  const source = options.sourceLocale
  const plan = planTranslationPublish({
    changeType: data.changeType ?? original?.changeType ?? 'material',
    choice,
    reports: translationReports(after, options.locales, source),
    previousLocales: latest?.locales ?? [],
    sourceChanged:
      !latest ||
      buildSnapshot(after, [source]).contentHashes[source] !== latest.contentHashes[source],
  })
  return { sections, plan, choice }
}
