import type { CollectionBeforeChangeHook } from 'payload'

import {
  rememberStaleTranslationChoice,
  staleTranslationsError,
} from '../../../src/translations/operations.js'
import { planPolicySave, type PolicyFieldsInLocale } from '../../../src/translations/plannedSave.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'

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
    const publishing = data._status === 'published'
    // The review tick is an action, not a state: it never stays set.
    const next: Record<string, unknown> = { ...data, translationReviewed: false }
    if (publishing) next.staleTranslations = null
    const id = original?.id
    // A new document has no translations yet, so nothing to record and nothing to be stale.
    if (operation !== 'update' || id === undefined) return next

    const planned = await planPolicySave({
      payload: req.payload,
      options,
      id,
      locale,
      data,
      original,
      req,
    })
    if (planned.sections) next.sections = planned.sections
    if (!planned.plan) return next
    if (!planned.plan.ok) throw staleTranslationsError(planned.plan, options, req)
    rememberStaleTranslationChoice(req, id, planned.choice)
    return next
  }
