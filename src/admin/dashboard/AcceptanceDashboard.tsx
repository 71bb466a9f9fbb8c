import type { CSSProperties } from 'react'
import type { ServerProps } from 'payload'

import { CONSENT_CHANNELS } from '../../consent/types.js'
import { acceptanceFigures } from '../../operations/acceptanceDashboard.js'
import { getPolicyOptions } from '../../plugin.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { ledgerChannelKeys } from '../i18n/labels.js'
import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'
import { acceptanceChart, percent } from './acceptanceChart.js'

/** The window of "customers seen recently" and of the chart. */
const DAYS = 30

const CELL: CSSProperties = {
  padding: '0.3em 0.75em',
  borderBottom: '1px solid var(--theme-elevation-150, #ddd)',
  textAlign: 'right',
}

/**
 * The dashboard card of the consent ledger (`admin.components.beforeDashboard`), for those who may
 * read the ledger (admins and auditors by default); everyone else sees nothing of it.
 */
export async function AcceptanceDashboard({ payload, user, i18n }: ServerProps) {
  if (!payload || !i18n) return null
  const options = getPolicyOptions(payload)
  if (options.disabled || !options.access.canReadLedger(user)) return null
  const t = (key: AdminStringKey, vars?: Record<string, unknown>) => adminText(i18n.t, key, vars)
  const { docs } = await payload.find({
    collection: options.slugs.policies,
    depth: 0,
    pagination: false,
    select: { slug: true },
    overrideAccess: true,
  })
  const now = Date.now()
  const policies = await Promise.all(
    (docs as Array<{ slug?: string }>)
      .filter((doc): doc is { slug: string } => Boolean(doc.slug))
      .map((doc) => acceptanceFigures(payload, options, doc.slug, now, DAYS)),
  )
  return (
    <div className="policy-acceptance-dashboard" style={{ margin: '0 0 var(--base, 20px)' }}>
      {policies.map((policy) => {
        const chart = acceptanceChart(policy.perDay)
        return (
          <section key={policy.slug} style={PANEL_FRAME} data-policy={policy.slug}>
            <h2 style={{ margin: '0 0 0.5em', fontSize: '1.3em' }}>
              {t('dashboardTitle')}: {policy.slug}
            </h2>
            {policy.coverage ? (
              <p
                className="policy-dashboard-coverage"
                data-seen={policy.coverage.seen}
                data-covered={policy.coverage.covered}
              >
                {policy.coverage.seen
                  ? t('dashboardCoverage', {
                      number: policy.coverage.inForce,
                      percent: percent(
                        policy.coverage.covered,
                        policy.coverage.seen,
                        i18n.language,
                      ),
                      seen: policy.coverage.seen,
                      covered: policy.coverage.covered,
                      days: DAYS,
                    })
                  : t('dashboardNoCustomers', { days: DAYS })}
              </p>
            ) : null}
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'collapse' }} className="policy-dashboard-versions">
                <thead>
                  <tr>
                    <th style={{ ...CELL, textAlign: 'left' }}>{t('dashboardVersion')}</th>
                    <th style={CELL}>{t('dashboardCustomers')}</th>
                    <th style={CELL}>{t('dashboardRecords')}</th>
                    {options.locales.map((locale) => (
                      <th key={locale} style={CELL}>
                        {locale}
                      </th>
                    ))}
                    {CONSENT_CHANNELS.map((channel) => (
                      <th key={channel} style={CELL}>
                        {t(ledgerChannelKeys[channel])}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {policy.versions.map((version) => (
                    <tr key={version.number} data-version={version.number}>
                      <td style={{ ...CELL, textAlign: 'left' }}>v{version.number}</td>
                      <td style={{ ...CELL, fontWeight: 600 }} data-customers>
                        {version.customers}
                      </td>
                      <td style={CELL} data-records>
                        {version.counts.total}
                      </td>
                      {options.locales.map((locale) => (
                        <td key={locale} style={CELL} data-locale={locale}>
                          {version.counts.byLocale[locale] ?? 0}
                        </td>
                      ))}
                      {CONSENT_CHANNELS.map((channel) => (
                        <td key={channel} style={CELL} data-channel={channel}>
                          {version.counts.byChannel[channel]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <figure style={{ margin: '1em 0 0' }}>
              <figcaption style={PANEL_MUTED}>
                {t('dashboardChart', { days: DAYS })} (max {chart.max})
              </figcaption>
              <svg
                className="policy-dashboard-chart"
                role="img"
                aria-label={t('dashboardChart', { days: DAYS })}
                viewBox={`0 0 ${chart.width} ${chart.height}`}
                width="100%"
                style={{ maxWidth: chart.width, height: 'auto', display: 'block' }}
              >
                <line
                  x1={0}
                  y1={chart.height - 0.5}
                  x2={chart.width}
                  y2={chart.height - 0.5}
                  stroke="currentColor"
                  strokeOpacity={0.3}
                />
                {chart.bars.map((bar) => (
                  <rect
                    key={bar.day}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    fill="#1a7f37"
                  >
                    <title>
                      {bar.day}: {bar.count}
                    </title>
                  </rect>
                ))}
              </svg>
            </figure>
          </section>
        )
      })}
    </div>
  )
}
