import type { Payload, PayloadRequest } from 'payload'

import { getCatalog } from '../../operations/policyCatalog.js'
import type { SectionSource } from '../../operations/diffVersions.js'
import { versionsInTime } from '../../policy/inForce.js'
import type { VersionMeta } from '../../policy/types.js'
import type { ResolvedPolicyOptions } from '../../types.js'
import { buildDraftDiffOffThread } from '../../workers/diffPool.js'
import { buildDraftDiff, type DraftDiffView, type PanelVersion } from './draftDiff.js'

/** The part of a policy draft the panel reads, in one locale. */
interface DraftPolicy {
  slug: string
  sections?: SectionSource[] | null
}

export interface LoadDraftDiffArgs {
  payload: Payload
  options: ResolvedPolicyOptions
  /** The policy being edited; undefined on the create view. */
  id?: string | number
  /** The content locale being edited. */
  locale: string
  /** The admin's interface language. */
  language: string
  /** The admin request: the draft is read with its user's access rights. */
  req?: PayloadRequest
}

/**
 * Reads what the "Changes since the published version" panel compares: the policy's latest saved
 * draft in `locale` (no fallback: a missing translation must look missing) and the version in
 * force, then builds the panel's view with {@link buildDraftDiff} (in a worker thread when large).
 */
export async function loadDraftDiff(args: LoadDraftDiffArgs): Promise<DraftDiffView> {
  const { payload, options, id, locale, language, req } = args
  const { strings } = options
  const empty = { draft: null, inForce: null, upcoming: null, locale, language, strings }
  if (id === undefined) return buildDraftDiff(empty)
  const draft = (await payload.findByID({
    collection: options.slugs.policies,
    id,
    draft: true,
    locale,
    fallbackLocale: false,
    depth: 0,
    select: { slug: true, sections: true },
    overrideAccess: !req,
    req,
    disableErrors: true,
  })) as unknown as DraftPolicy | null
  if (!draft) return buildDraftDiff(empty)

  const catalog = getCatalog(payload, options)
  // The editor may have published a moment ago: ask the database instead of trusting the
  // storefront's freshness window, which exists for request rates an admin page never sees.
  catalog.invalidate(draft.slug)
  const metas = await catalog.versions(draft.slug)
  const { current, upcoming } = versionsInTime(metas, catalog.now())
  const panelVersion = async (meta: VersionMeta | null): Promise<PanelVersion | null> =>
    meta && {
      number: meta.number,
      effectiveAt: meta.effectiveAt,
      text: await catalog.snapshot(draft.slug, meta),
    }
  // A megabyte draft takes seconds to diff: in a worker, so the storefront keeps answering.
  return buildDraftDiffOffThread({
    draft,
    inForce: await panelVersion(current),
    upcoming: upcoming && { number: upcoming.number, effectiveAt: upcoming.effectiveAt, text: {} },
    locale,
    language,
    strings,
  })
}
