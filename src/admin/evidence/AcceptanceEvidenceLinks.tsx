import type { UIFieldServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'

const LINKS: Array<[format: string, key: AdminStringKey]> = [
  ['html', 'evidenceDownloadHtml'],
  ['pdf', 'evidenceDownloadPdf'],
  ['json', 'evidenceDownloadJson'],
]

/**
 * The acceptance page's "Evidence" `ui` field: downloads of this record's evidence export (the
 * admin endpoint `GET /api/<acceptances>/:id/evidence`), as plain links the browser saves.
 */
export function AcceptanceEvidenceLinks({ id, payload, i18n }: UIFieldServerProps) {
  if (id === undefined || id === null) return null
  const options = getPolicyOptions(payload)
  if (options.disabled) return null
  const t = (key: AdminStringKey) => adminText(i18n.t, key)
  const base = `${payload.config.serverURL ?? ''}${payload.config.routes.api}/${options.slugs.acceptances}/${encodeURIComponent(String(id))}/evidence`
  return (
    <div className="policy-acceptance-evidence" style={PANEL_FRAME}>
      <h3 style={{ margin: '0 0 0.5em', fontSize: '1.05em' }}>{t('evidenceDownloadField')}</h3>
      <p style={PANEL_MUTED}>{t('evidenceDownloadHint')}</p>
      <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
        {LINKS.map(([format, key]) => (
          <li key={format}>
            <a href={`${base}?format=${format}`} download data-format={format}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
