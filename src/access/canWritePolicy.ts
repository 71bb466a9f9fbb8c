import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/**
 * Create/update access on policies: editors may save drafts, but a write that publishes
 * (`_status: 'published'`) needs the publish capability. Payload's admin calls this with
 * `_status: 'published'` to decide whether to show the Publish button, so the UI follows too.
 * This check sees only the data, not `?draft=true`: a save that asks for neither is turned into a
 * draft for non-publishers by the policies' `keepEditorsOnDrafts` hook.
 */
export const createCanWritePolicy =
  (options: ResolvedPolicyOptions): Access =>
  ({ req, data }) => {
    const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
    return publishing ? options.access.canPublish(req.user) : options.access.canEdit(req.user)
  }
