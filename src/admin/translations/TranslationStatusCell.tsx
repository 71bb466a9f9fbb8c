import type { DefaultServerCellComponentProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { translationReportForPolicy } from '../../translations/operations.js'
import { translationStatusCell } from './view.js'

/**
 * Server component of the policies list's "Translations" column: `en: §3, §5` for each locale with
 * out-of-date sections, or "up to date". One small read per row; policies are few.
 */
export async function TranslationStatusCell({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  const id = (rowData as { id?: string | number } | undefined)?.id
  if (id === undefined) return null
  try {
    const options = getPolicyOptions(payload)
    const report = await translationReportForPolicy(payload, options, id)
    const lines = translationStatusCell(report, i18n.language, options.strings)
    return (
      <span className="policy-translation-status-cell">
        {lines.map((line) => (
          <span key={line} style={{ display: 'block' }}>
            {line}
          </span>
        ))}
      </span>
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'policy translation status cell failed' })
    return null
  }
}
