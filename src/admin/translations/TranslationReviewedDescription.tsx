import type { CheckboxField, FieldDescriptionServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { translationReportForPolicy } from '../../translations/operations.js'
import { PANEL_MUTED } from '../panelStyles.js'
import { reviewedSectionsView } from './view.js'

/** Marks the field's own wrapper so the rule below hides exactly it. */
const HIDDEN = 'policy-translation-reviewed-hidden'

/**
 * The description of the "Translation reviewed: still current" tick: in a translation locale, the
 * sections a save with it ticked marks current (or that there is nothing to review); in the source
 * locale the tick is not offered at all. Payload's field conditions cannot see the edit locale, and
 * rendering Payload's checkbox from a custom field would make the plugin ship a client import, so
 * the description hides its own field there with a scoped rule (the save hook ignores the tick in
 * the source locale either way).
 */
export async function TranslationReviewedDescription({
  id,
  payload,
  i18n,
  req,
}: FieldDescriptionServerProps<CheckboxField>) {
  const options = getPolicyOptions(payload)
  const locale = req?.locale
  if (typeof locale !== 'string' || !options.locales.includes(locale)) return null
  if (locale === options.sourceLocale) {
    return (
      <>
        <span className={HIDDEN} hidden />
        <style>{`.field-type.checkbox:has(.${HIDDEN}) { display: none; }`}</style>
      </>
    )
  }
  if (id === undefined || id === null) return null
  try {
    // Not the admin page's `req` (see TranslationStatusField): a read on it could change its locale.
    const report = await translationReportForPolicy(payload, options, id)
    const view = reviewedSectionsView(report, locale, i18n.language, options.strings)
    return (
      <div className="policy-translation-reviewed" style={PANEL_MUTED}>
        <p style={{ margin: '0.25em 0' }}>{view.lead}</p>
        {view.sections.length ? (
          <ul style={{ margin: '0 0 0.5em', paddingLeft: '1.2em' }}>
            {view.sections.map((section) => (
              <li key={section}>{section}</li>
            ))}
          </ul>
        ) : null}
      </div>
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'policy translation review description failed' })
    return null
  }
}
