import type { UIFieldServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { translationReportForPolicy } from '../../translations/operations.js'
import { TranslationStatusPanel } from './TranslationStatusPanel.js'
import { translationStatusT, translationStatusView } from './view.js'

/**
 * Server component of the policies' "Translations" `ui` field: where each translation of the saved
 * draft stands against the source text, section by section. Rendered with the Local API on the
 * server; nothing of it runs in the browser.
 */
export async function TranslationStatusField({ id, payload, i18n }: UIFieldServerProps) {
  const options = getPolicyOptions(payload)
  if (id === undefined || id === null) {
    const t = translationStatusT(i18n.language, options.strings)
    return <p style={{ color: 'var(--theme-elevation-600, #666)' }}>{t('unsaved')}</p>
  }
  try {
    // Not the admin page's `req`: the panels of one edit view render concurrently on it, and the
    // Local API sets `req.locale` on every call, so another panel's read could turn this
    // all-locales read into a one-locale read (every translation then looks missing). A display
    // needs no transaction of the request's.
    const report = await translationReportForPolicy(payload, options, id)
    const view = translationStatusView(report, i18n.language, options.strings)
    return <TranslationStatusPanel view={view} />
  } catch (error) {
    // A read-only aid must never keep an editor from the legal text itself: log and leave it out.
    payload.logger.error({ err: error, msg: 'policy translation status panel failed' })
    return null
  }
}
