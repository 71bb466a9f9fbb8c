import type { CSSProperties } from 'react'
import type { DocumentViewServerProps } from 'payload'

import { renderDiffHtml } from '../../diff/index.js'
import { PolicyError } from '../../errors.js'
import { getT } from '../../i18n/index.js'
import { diffPolicyVersions } from '../../operations/diffVersions.js'
import { getCatalog } from '../../operations/policyCatalog.js'
import { getPolicyOptions } from '../../plugin.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { PANEL_MUTED } from '../panelStyles.js'
import { pickVersions } from './comparePick.js'
import { diffStatsText, sectionsAtAGlance } from './sectionGlance.js'
import { SectionGlanceList } from './SectionGlanceList.js'

// The diff keeps its own light card: its colours are chosen for contrast on white.
const CARD: CSSProperties = {
  background: '#ffffff',
  color: '#1f2328',
  padding: '1em 1.5em',
  borderRadius: 'var(--style-radius-s, 3px)',
  maxWidth: '56em',
}
const FORM: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.75em 1.5em',
  alignItems: 'end',
  margin: '0 0 1em',
}

/**
 * The policy's "Compare versions" tab (`admin.components.views.edit.compare`): any two published
 * versions in any locale, section-aligned and word by word, drawn by the same renderer as the
 * storefront's diff. A plain GET form picks them, so the URL of a comparison can be shared.
 */
export async function CompareView(props: DocumentViewServerProps) {
  const { initPageResult, i18n, searchParams = {} } = props
  const { req } = initPageResult
  const payload = req.payload
  const options = getPolicyOptions(payload)
  const t = (key: AdminStringKey, vars?: Record<string, unknown>) => adminText(i18n.t, key, vars)
  const slug = (props.doc as { slug?: string } | undefined)?.slug
  if (!slug) return null

  const catalog = getCatalog(payload, options)
  // Someone may have published a moment ago: an admin page asks the database, not the window.
  catalog.invalidate(slug)
  const versions = await catalog.versions(slug)
  const locale =
    req.locale && options.locales.includes(req.locale) ? req.locale : options.sourceLocale
  const pick = pickVersions(
    versions.map((version) => version.number),
    searchParams,
  )
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b)

  let body
  if (!pick) {
    body = <p>{t('compareNeedTwo')}</p>
  } else {
    try {
      const diff = await diffPolicyVersions(catalog, slug, pick.from, pick.to, locale)
      const html = renderDiffHtml(diff, getT(i18n.language, 'diff', options.strings), {
        locale,
        headingLevel: 3,
      })
      body = (
        <>
          <p style={PANEL_MUTED} className="policy-compare-lead">
            {t('compareLead', { from: pick.from, to: pick.to, locale })} {diffStatsText(diff, t)}
          </p>
          <SectionGlanceList
            title={t('changesSectionsAtAGlance')}
            items={sectionsAtAGlance(diff, t)}
          />
          <div
            className="policy-compare-diff"
            lang={locale}
            style={CARD}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </>
      )
    } catch (error) {
      if (!(error instanceof PolicyError) || error.code !== 'diff_locale_missing') throw error
      body = (
        <p className="policy-compare-missing">
          {t('compareMissingLocale', { number: error.vars.version, locale })}
        </p>
      )
    }
  }

  const select = (name: 'from' | 'to', label: string, value: number | undefined) => (
    <label style={{ display: 'grid', gap: '0.25em' }}>
      <span>{label}</span>
      <select name={name} defaultValue={value} data-testid={`compare-${name}`}>
        {numbers.map((number) => (
          <option key={number} value={number}>
            {number}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <div className="policy-compare-view gutter gutter--left gutter--right">
      <h2 style={{ margin: 'var(--base, 20px) 0 0.5em' }}>{t('compareTitle')}</h2>
      {numbers.length >= 2 ? (
        <form method="get" style={FORM} className="policy-compare-form">
          {select('from', t('compareFrom'), pick?.from)}
          {select('to', t('compareTo'), pick?.to)}
          <label style={{ display: 'grid', gap: '0.25em' }}>
            <span>{t('viewLanguage')}</span>
            <select name="locale" defaultValue={locale} data-testid="compare-locale">
              {options.locales.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {t('compareShow')}
          </button>
        </form>
      ) : null}
      {body}
    </div>
  )
}
