import type { CSSProperties } from 'react'
import type { DocumentViewServerProps } from 'payload'

import { countVersionAcceptances } from '../../operations/ledgerCounts.js'
import { countVersionCustomers } from '../../operations/ledgerCustomers.js'
import { getCatalog } from '../../operations/policyCatalog.js'
import { getPolicyOptions } from '../../plugin.js'
import { CONSENT_CHANNELS } from '../../consent/types.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { ledgerChannelKeys } from '../i18n/labels.js'
import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'
import { buildVersionPage, type VersionDocument } from './versionPage.js'
import { StateBadge } from './StateBadge.js'

const FACTS: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  gap: '0.25em 1.5em',
  margin: '0 0 1em',
}
const HASH: CSSProperties = {
  fontFamily: 'var(--font-mono, monospace)',
  fontSize: '0.85em',
  wordBreak: 'break-all',
  // One click selects the whole hash or command, ready to copy, without any script.
  userSelect: 'all',
  background: 'var(--theme-elevation-50, #f5f5f5)',
  padding: '0.1em 0.3em',
}
// The policy text keeps a light card like the storefront it is published to.
const TEXT: CSSProperties = {
  background: '#ffffff',
  color: '#1f2328',
  padding: '1em 1.5em',
  borderRadius: 'var(--style-radius-s, 3px)',
  lineHeight: 1.55,
  maxWidth: '52em',
}
const CELL: CSSProperties = {
  padding: '0.3em 0.75em',
  borderBottom: '1px solid var(--theme-elevation-150, #ddd)',
  textAlign: 'right',
}

/**
 * The whole document view of a published version (`admin.components.views.edit.root`): the
 * version read as the policy it is, with its evidence, and no form, tabs or save buttons, since
 * nothing about a published version can change. The admin's locale switcher picks the text shown.
 */
export async function VersionView(props: DocumentViewServerProps) {
  const { initPageResult, i18n } = props
  const { req } = initPageResult
  const payload = req.payload
  const options = getPolicyOptions(payload)
  const t = (key: AdminStringKey, vars?: Record<string, unknown>) => adminText(i18n.t, key, vars)
  const id = (props.doc as { id?: string | number } | undefined)?.id ?? initPageResult.docID
  if (id === undefined || id === null) return null
  const version = (await payload.findByID({
    collection: options.slugs.versions,
    id,
    depth: 0,
    overrideAccess: false,
    req,
    disableErrors: true,
  })) as unknown as (VersionDocument & { publishedBy?: string | number | null }) | null
  if (!version) return null

  const catalog = getCatalog(payload, options)
  const versions = await catalog.versions(version.policySlug)
  const mayReadLedger = options.access.canReadLedger(req.user)
  const [publisher, acceptances] = await Promise.all([
    version.publishedBy
      ? payload
          .findByID({
            collection: options.slugs.users,
            id: version.publishedBy,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          .then((user) => {
            const found = user as { name?: string | null; email?: string | null } | null
            return found?.name || found?.email || null
          })
      : Promise.resolve(null),
    mayReadLedger
      ? Promise.all([
          countVersionCustomers(payload, options, version.id),
          countVersionAcceptances(payload, options, version.id),
        ]).then(([customers, counts]) => ({ customers, counts }))
      : Promise.resolve(null),
  ])
  const locale =
    req.locale && options.locales.includes(req.locale) ? req.locale : options.sourceLocale
  const policyId = typeof version.policy === 'object' ? version.policy.id : version.policy
  const adminRoute = payload.config.routes.admin === '/' ? '' : payload.config.routes.admin
  const page = buildVersionPage({
    version,
    versions,
    now: Date.now(),
    locale,
    language: i18n.language,
    timeZone: options.timeZone,
    publisher,
    acceptances,
    policyHref: `${adminRoute}/collections/${options.slugs.policies}/${policyId}`,
    t,
  })
  const listHref = `${adminRoute}/collections/${options.slugs.versions}`

  return (
    <div className="policy-version-view gutter gutter--left gutter--right" data-state={page.state}>
      <p style={{ margin: 'var(--base, 20px) 0 0.5em' }}>
        <a href={listHref}>← {t('viewBackToList')}</a>
      </p>
      <h1 style={{ margin: '0 0 0.25em' }}>
        {page.heading}
        {page.title ? <span style={{ fontWeight: 400 }}> · {page.title}</span> : null}{' '}
        <StateBadge state={page.state} text={page.stateText} />
      </h1>
      <p style={PANEL_MUTED}>{t('viewImmutable')}</p>

      <dl style={FACTS} className="policy-version-facts">
        {page.facts.map((fact) => (
          <div key={fact.label} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 600 }}>{fact.label}</dt>
            <dd style={{ margin: 0 }}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {page.compare ? (
        <p>
          <a className="policy-version-compare" href={page.compare.href}>
            {page.compare.label}
          </a>
        </p>
      ) : null}

      <section style={PANEL_FRAME} className="policy-version-languages">
        <h2 style={{ margin: '0 0 0.5em', fontSize: '1.2em' }}>{t('viewLanguages')}</h2>
        {page.languages.map((language) => (
          <div
            key={language.locale}
            data-locale={language.locale}
            className="policy-version-language"
            style={{ margin: '0 0 1em' }}
          >
            <h3 style={{ margin: '0 0 0.25em', fontSize: '1em' }}>
              <a href={`?locale=${encodeURIComponent(language.locale)}`}>{language.locale}</a>
              <span style={{ fontWeight: 400 }}> — {language.statusText}</span>
            </h3>
            <p style={{ margin: '0 0 0.25em' }}>
              <strong>{t('viewSummary')}:</strong> {language.summary ?? t('viewNoSummary')}
            </p>
            <p style={{ margin: '0 0 0.25em' }}>
              {t('viewContentHash')}:{' '}
              <code className="policy-version-hash" style={HASH}>
                {language.hash}
              </code>
            </p>
            <p style={{ ...PANEL_MUTED, margin: 0 }}>
              {t('viewHashRecipe')} <code style={HASH}>{language.recipe}</code>
            </p>
          </div>
        ))}
      </section>

      {page.acceptances ? (
        <section style={PANEL_FRAME} className="policy-version-acceptances">
          <h2 style={{ margin: '0 0 0.5em', fontSize: '1.2em' }}>
            {t('viewAcceptances')}:{' '}
            <span data-customers={page.acceptances.customers}>
              {page.acceptances.customers} {t('viewCustomers')}
            </span>
            {' · '}
            <span data-records={page.acceptances.counts.total}>
              {page.acceptances.counts.total} {t('viewRecords')}
            </span>
          </h2>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={{ ...CELL, textAlign: 'left' }}>{t('ledgerLocale')}</th>
                {CONSENT_CHANNELS.map((channel) => (
                  <th key={channel} style={CELL}>
                    {t(ledgerChannelKeys[channel])}
                  </th>
                ))}
                <th style={CELL}>{t('ledgerTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {options.locales.map((code) => (
                <tr key={code}>
                  <td style={{ ...CELL, textAlign: 'left' }}>{code}</td>
                  {CONSENT_CHANNELS.map((channel) => (
                    <td key={channel} style={CELL}>
                      {page.acceptances?.counts.cells[code]?.[channel] ?? 0}
                    </td>
                  ))}
                  <td style={{ ...CELL, fontWeight: 600 }}>
                    {page.acceptances?.counts.byLocale[code] ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <p style={PANEL_MUTED}>{t('viewAcceptancesHidden')}</p>
      )}

      <section className="policy-version-text" lang={page.reading.locale}>
        <h2 style={{ margin: 'var(--base, 20px) 0 0.5em', fontSize: '1.2em' }}>
          {t('viewReading', { locale: page.reading.locale })}
        </h2>
        {'missing' in page.reading ? (
          <p>{page.reading.missing}</p>
        ) : (
          <article style={TEXT}>
            {page.title ? <h2 style={{ marginTop: 0 }}>{page.title}</h2> : null}
            {page.reading.sections.map((section) => (
              <section key={section.key} data-section={section.key}>
                <h3>
                  {section.number}. {section.heading}
                </h3>
                <div dangerouslySetInnerHTML={{ __html: section.html }} />
              </section>
            ))}
          </article>
        )}
      </section>
    </div>
  )
}
