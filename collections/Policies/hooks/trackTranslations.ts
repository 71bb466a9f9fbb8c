import type { CollectionBeforeChangeHook } from 'payload'

import { findLatestVersion } from '../../../src/operations/versionQueries'
import type { ChangeType } from '../../../src/policy/types'
import {
  readPolicyAllLocales,
  rememberStaleTranslationChoice,
  staleTranslationsError,
} from '../../../src/translations/operations'
import { overlayLocale } from '../../../src/translations/overlay'
import {
  isStaleTranslationChoice,
  planTranslationPublish,
} from '../../../src/translations/publishPlan'
import { stampTranslatedFrom, type SectionRowInLocale } from '../../../src/translations/stamp'
import { translationReports } from '../../../src/translations/staleness'
import type { ResolvedPolicyOptions } from '../../../src/types'

/** The fields of a policy save (or of the document before it) this hook reads, in one locale. */
interface PolicyFieldsInLocale {
  id?: string | number
  slug?: string
  _status?: string
  changeType?: ChangeType | null
  staleTranslations?: unknown
  translationReviewed?: unknown
  sections?: unknown
}

function rowsOf(value: unknown): SectionRowInLocale[] | null {
  return Array.isArray(value) ? (value as SectionRowInLocale[]) : null
}

/**
 * Keeps track of which source text each translation was made from, and guards publishing:
 * - a save in a translation locale records, on every section whose words it changes (or on every
 *   section, when the editor ticks "translation reviewed"), the source section's current hash;
 * - a publish refuses with a 400 when a material change would go out with stale translations and
 *   the editor has not chosen what to do with them (or chose to hold it). The choice is cleared on
 *   publish, so every release asks again, and handed to the version recorder in `req.context`.
 */
export const createTrackTranslationsHook =
  (options: ResolvedPolicyOptions): CollectionBeforeChangeHook =>
  async ({ data: incoming, originalDoc, operation, req }) => {
    const data = incoming as PolicyFieldsInLocale
    const original = originalDoc as PolicyFieldsInLocale | undefined
    const locale =
      typeof req.locale === 'string' && options.locales.includes(req.locale) ? req.locale : null
    const translating = locale !== null && locale !== options.sourceLocale
    const reviewed = data.translationReviewed === true
    const publishing = data._status === 'published'
    // The review tick is an action, not a state: it never stays set.
    const next: Record<string, unknown> = { ...data, translationReviewed: false }
    if (publishing) next.staleTranslations = null
    const id = original?.id
    // A new document has no translations yet, so nothing to record and nothing to be stale.
    if (operation !== 'update' || id === undefined) return next

    const rows =
      rowsOf(data.sections) ?? (translating && reviewed ? rowsOf(original?.sections) : null)
    const stamping = translating && rows !== null
    if (!stamping && !publishing) return next
    const stored = await readPolicyAllLocales(req.payload, options, id, { draft: true, req })
    if (stamping) {
      next.sections = stampTranslatedFrom({
        rows,
        previous: rowsOf(original?.sections) ?? [],
        source: stored.sections ?? [],
        sourceLocale: options.sourceLocale,
        reviewed,
      })
    }
    if (!publishing) return next

    const after = locale ? overlayLocale(stored, next, locale) : stored
    const requested =
      data.staleTranslations !== undefined ? data.staleTranslations : original?.staleTranslations
    const choice = isStaleTranslationChoice(requested) ? requested : null
    const latest = await findLatestVersion(req.payload, options, stored.slug, req)
    const plan = planTranslationPublish({
      changeType: data.changeType ?? original?.changeType ?? 'material',
      choice,
      reports: translationReports(after, options.locales, options.sourceLocale),
      previousLocales: latest?.locales ?? [],
    })
    if (!plan.ok) throw staleTranslationsError(plan, options, req)
    rememberStaleTranslationChoice(req, id, choice)
    return next
  }
