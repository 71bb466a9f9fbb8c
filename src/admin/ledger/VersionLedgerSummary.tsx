import type { CSSProperties } from 'react'
import type { UIFieldServerProps } from 'payload'

import { CONSENT_CHANNELS } from '../../consent/types.js'
import { countVersionAcceptances } from '../../operations/ledgerCounts.js'
import { getPolicyOptions } from '../../plugin.js'
import { adminText } from '../i18n/index.js'
import { ledgerChannelKeys } from '../i18n/labels.js'

const CELL: CSSProperties = {
  padding: '0.35em 0.75em',
  borderBottom: '1px solid var(--theme-elevation-150, #ddd)',
  textAlign: 'right',
}
const HEAD: CSSProperties = { ...CELL, fontWeight: 600 }

/**
 * The ledger seen from a policy version: how many acceptances cite it, by language and channel.
 * A server component of a `ui` field on `policy-versions`; counts come straight from the database.
 */
export async function VersionLedgerSummary({ id, payload, i18n }: UIFieldServerProps) {
  if (id === undefined || id === null) return null
  const options = getPolicyOptions(payload)
  const { t } = i18n
  const counts = await countVersionAcceptances(payload, options, id)
  return (
    <section className="policy-version-ledger" style={{ margin: 'var(--base, 20px) 0' }}>
      <h3 style={{ margin: '0 0 0.5em' }}>
        {adminText(t, 'ledgerTitle')}: {counts.total}
      </h3>
      {counts.total === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600, #666)' }}>{adminText(t, 'ledgerNone')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ ...HEAD, textAlign: 'left' }}>{adminText(t, 'ledgerLocale')}</th>
              {CONSENT_CHANNELS.map((channel) => (
                <th key={channel} style={HEAD}>
                  {adminText(t, ledgerChannelKeys[channel])}
                </th>
              ))}
              <th style={HEAD}>{adminText(t, 'ledgerTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {options.locales.map((locale) => (
              <tr key={locale}>
                <td style={{ ...CELL, textAlign: 'left' }}>{locale}</td>
                {CONSENT_CHANNELS.map((channel) => (
                  <td key={channel} style={CELL}>
                    {counts.cells[locale][channel]}
                  </td>
                ))}
                <td style={HEAD}>{counts.byLocale[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
