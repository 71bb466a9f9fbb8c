import type { DocumentViewServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { DraftDiffPanel } from '../diff/DraftDiffPanel.js'
import { loadDraftDiff } from '../diff/loadDraftDiff.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { sectionsAtAGlance } from './sectionGlance.js'
import { SectionGlanceList } from './SectionGlanceList.js'

/**
 * The policy's "Changes" tab (`admin.components.views.edit.changes`): the saved draft in the
 * admin's content locale against that locale's text in force, sections at a glance first, at the
 * top of the page instead of under thousands of pixels of form. The locale is the page's own
 * (the locale switcher's), so Russian compares the Russian draft with the Russian text in force.
 */
export async function ChangesView(props: DocumentViewServerProps) {
  const { initPageResult, i18n } = props
  const { req } = initPageResult
  const payload = req.payload
  const options = getPolicyOptions(payload)
  const t = (key: AdminStringKey, vars?: Record<string, unknown>) => adminText(i18n.t, key, vars)
  const id = (props.doc as { id?: string | number } | undefined)?.id ?? initPageResult.docID
  const locale =
    req.locale && options.locales.includes(req.locale) ? req.locale : options.sourceLocale
  const view = await loadDraftDiff({
    payload,
    options,
    id: id ?? undefined,
    locale,
    language: i18n.language,
    req,
  })
  return (
    <div
      className="policy-changes-view gutter gutter--left gutter--right"
      data-locale={locale}
      style={{ paddingTop: 'var(--base, 20px)' }}
    >
      {view.kind === 'diff' ? (
        <SectionGlanceList
          title={t('changesSectionsAtAGlance')}
          items={sectionsAtAGlance(view.diff, t)}
        />
      ) : null}
      <DraftDiffPanel view={view} />
    </div>
  )
}
