import type { UIFieldServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { DraftDiffPanel } from './DraftDiffPanel.js'
import { loadDraftDiff } from './loadDraftDiff.js'

/**
 * Server component of the policies' "Changes since the published version" `ui` field: the saved
 * draft in the locale being edited against the version in force, highlighted like the storefront
 * diff. Rendered on the server with the Local API; nothing of it runs in the browser.
 */
export async function ChangesSincePublished({ id, payload, req, i18n }: UIFieldServerProps) {
  const options = getPolicyOptions(payload)
  try {
    const view = await loadDraftDiff({
      payload,
      options,
      id,
      locale: req.locale && req.locale !== 'all' ? req.locale : options.sourceLocale,
      language: i18n.language,
      req,
    })
    return <DraftDiffPanel view={view} />
  } catch (error) {
    // A read-only aid must never keep an editor from the legal text itself: log and leave it out.
    payload.logger.error({ err: error, msg: 'policy draft diff panel failed' })
    return null
  }
}
