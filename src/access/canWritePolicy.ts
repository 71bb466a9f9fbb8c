import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { isSecondPublisher } from './secondPublisher.js'

/**
 * Create/update access on policies: editors may save drafts, but a write that publishes
 * (`_status: 'published'`) needs the publish capability. Payload's admin calls this with
 * `_status: 'published'` to decide whether to show the Publish button, so the UI follows too.
 * This check sees only the data, not `?draft=true`: a save that asks for neither is turned into a
 * draft for non-publishers by the policies' `keepEditorsOnDrafts` hook.
 *
 * Without any data, Payload is asking whether the user may change policies in general (its
 * permissions object, computed once per admin page): that answer decides the draft history's
 * "Restore this version" (which republishes an old version) and the list's bulk edit, publish and
 * unpublish, none of which an editor could complete. So it is the publish capability. Every real
 * write and the edit form's own check pass data, and editors keep saving drafts.
 */
export const createCanWritePolicy =
  (options: ResolvedPolicyOptions): Access =>
  ({ req, data }) => {
    if (data === undefined || data === null) return options.access.canPublish(req.user)
    return canWriteData(options, req.user, data)
  }

/**
 * Create access on policies: as `createCanWritePolicy`, except that the general question (no data)
 * is the edit capability: an editor may start a new policy as a draft.
 */
export const createCanCreatePolicy =
  (options: ResolvedPolicyOptions): Access =>
  ({ req, data }) =>
    data === undefined || data === null
      ? options.access.canEdit(req.user)
      : canWriteData(options, req.user, data)

/**
 * Four eyes, as far as the data tells: Payload's admin asks whether the user may publish with the
 * stored draft as data (its `lastEditedBy` included), so the draft's last author is not offered
 * the Publish button. A real publish sends the form, which does not carry `lastEditedBy`; the
 * policies' `authorship` hook refuses it there, in the admin's language.
 */
function canWriteData(
  options: ResolvedPolicyOptions,
  user: Parameters<ResolvedPolicyOptions['access']['canEdit']>[0],
  data: unknown,
): boolean {
  const { _status, lastEditedBy } = data as {
    _status?: unknown
    lastEditedBy?: string | number | { id: string | number } | null
  }
  if (_status !== 'published') return options.access.canEdit(user)
  return options.access.canPublish(user) && isSecondPublisher(options, lastEditedBy, user?.id)
}
