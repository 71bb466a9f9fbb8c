import type { CSSProperties } from 'react'
import type { UIFieldServerProps } from 'payload'

import { CONSENT_CHANNELS } from '../../consent/types.js'
import { countVersionAcceptances } from '../../operations/ledgerCounts.js'
import { getPolicyOptions } from '../../plugin.js'

const MESSAGES = {
  en: {
    title: 'Acceptances of this version',
    none: 'No customer has accepted this version yet.',
    locale: 'Language',
    total: 'Total',
    checkout: 'Checkout',
    account: 'Account',
    reconsent: 'Re-consent',
  },
  lv: {
    title: 'Šīs versijas piekrišanas',
    none: 'Neviens klients vēl nav piekritis šai versijai.',
    locale: 'Valoda',
    total: 'Kopā',
    checkout: 'Pirkuma noformēšana',
    account: 'Konts',
    reconsent: 'Atkārtota piekrišana',
  },
  ru: {
    title: 'Согласия с этой версией',
    none: 'Ни один клиент ещё не принял эту версию.',
    locale: 'Язык',
    total: 'Всего',
    checkout: 'Оформление заказа',
    account: 'Личный кабинет',
    reconsent: 'Повторное согласие',
  },
} as const

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
  const messages =
    MESSAGES[
      (i18n.language as keyof typeof MESSAGES) in MESSAGES
        ? (i18n.language as keyof typeof MESSAGES)
        : 'en'
    ]
  const counts = await countVersionAcceptances(payload, options, id)
  return (
    <section className="policy-version-ledger" style={{ margin: 'var(--base, 20px) 0' }}>
      <h3 style={{ margin: '0 0 0.5em' }}>
        {messages.title}: {counts.total}
      </h3>
      {counts.total === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600, #666)' }}>{messages.none}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ ...HEAD, textAlign: 'left' }}>{messages.locale}</th>
              {CONSENT_CHANNELS.map((channel) => (
                <th key={channel} style={HEAD}>
                  {messages[channel]}
                </th>
              ))}
              <th style={HEAD}>{messages.total}</th>
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
