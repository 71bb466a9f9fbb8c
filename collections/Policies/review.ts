import type { Field } from 'payload'

import { adminLabel as label, adminRecord } from '../../src/admin/i18n/index.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'

/**
 * The review hand-off's fields, in the sidebar: the state of the request in words (who asked,
 * when, and a column in the list), the editor's tick and note, and — hidden, stamped by the
 * policies' `reviewRequest` and `authorship` hooks from the signed-in user — who asked, when, and
 * who saved the draft last (for four eyes).
 */
export function createReviewFields(options: ResolvedPolicyOptions): Field {
  const users = options.slugs.users
  return {
    type: 'collapsible',
    label: label('reviewGroup'),
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'reviewStatus',
        type: 'ui',
        label: adminRecord(options.adminStrings, 'reviewColumn'),
        admin: {
          components: {
            Field: 'payload-privacy-policy/rsc#ReviewRequestStatus',
            Cell: 'payload-privacy-policy/rsc#ReviewRequestCell',
          },
        },
      },
      // Top-level fields, not a group: Payload 3.90 renders no sub-fields of a group placed in a
      // sidebar collapsible.
      {
        name: 'reviewRequested',
        type: 'checkbox',
        label: label('reviewRequested'),
        defaultValue: false,
        admin: { description: label('reviewRequestedDescription') },
      },
      { name: 'reviewNote', type: 'textarea', label: label('reviewNote') },
      {
        name: 'reviewRequestedBy',
        type: 'relationship',
        relationTo: users,
        label: label('reviewRequestedBy'),
        admin: { hidden: true },
      },
      {
        name: 'reviewRequestedAt',
        type: 'date',
        label: label('reviewRequestedAt'),
        admin: { hidden: true },
      },
      {
        name: 'lastEditedBy',
        type: 'relationship',
        relationTo: users,
        label: label('reviewLastEditedBy'),
        admin: { hidden: true },
      },
    ],
  }
}
