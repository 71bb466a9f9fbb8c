import type { UIFieldServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { translationReportForPolicy } from '../../translations/operations.js'
import { TranslationStatusPanel } from './TranslationStatusPanel.js'
import { adminLanguage, translationStatusView } from './view.js'
import { getT } from '../../i18n/index.js'

/**
 * Server component of the policies' "Translations" `ui` field: where each translation of the saved
 * draft stands against the source text, section by section. Rendered with the Local API on the
 * server; nothing of it runs in the browser.
 */
export async function TranslationStatusField({ id, payload, req, i18n }: UIFieldServerProps) {
  if (id === undefined || id === null) {
    const t = getT(adminLanguage(i18n.language), 'translationStatus')
    return <p style={{ color: 'var(--theme-elevation-600, #666)' }}>{t('unsaved')}</p>
  }
  try {
    const report = await translationReportForPolicy(payload, getPolicyOptions(payload), id, req)
    return <TranslationStatusPanel view={translationStatusView(report, i18n.language)} />
  } catch (error) {
    // A read-only aid must never keep an editor from the legal text itself: log and leave it out.
    payload.logger.error({ err: error, msg: 'policy translation status panel failed' })
    return null
  }
}
