import type { ServerProps } from 'payload'

import { isSecondPublisher } from '../../access/secondPublisher.js'
import { getPolicyOptions } from '../../plugin.js'
import { adminText } from '../i18n/index.js'

/**
 * Beside the policy's save buttons (`admin.components.edit.beforeDocumentControls`), where the
 * Publish button would be: why this user cannot publish. An editor is told to ask for review;
 * with four eyes, the draft's last author is told another publisher must publish it. Payload
 * leaves the Publish button out for both (the policies' update access), and the server refuses
 * such a publish either way.
 */
export async function PublishNotice({ id, payload, user, i18n }: ServerProps) {
  if (!payload || !i18n || !user) return null
  const options = getPolicyOptions(payload)
  let reason: 'role' | 'second-publisher' | null = null
  if (!options.access.canPublish(user)) reason = 'role'
  else if (options.requireSecondPublisher && id !== undefined) {
    const draft = (await payload.findByID({
      collection: options.slugs.policies,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      select: { lastEditedBy: true },
      disableErrors: true,
    })) as { lastEditedBy?: string | number | { id: string | number } | null } | null
    if (!isSecondPublisher(options, draft?.lastEditedBy, user.id)) reason = 'second-publisher'
  }
  if (!reason) return null
  return (
    <p
      className="policy-publish-notice"
      data-reason={reason}
      role="note"
      style={{ margin: '0 0.5em 0 0', maxWidth: '46ch', fontSize: '0.85em', lineHeight: 1.35 }}
    >
      {adminText(
        i18n.t,
        reason === 'role' ? 'publishNoticeEditor' : 'publishNoticeSecondPublisher',
      )}
    </p>
  )
}
