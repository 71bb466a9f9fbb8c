/**
 * Where the plugin's admin views plug into Payload: two tabs on a policy (its draft's changes, and
 * any two versions compared) and a whole document view for published versions. Component paths
 * are package paths, resolved through the host's import map like every other plugin component.
 */
import type { CollectionAdminOptions, UIField } from 'payload'

import type { ResolvedPolicyOptions } from '../../types.js'
import { adminLabel, adminRecord } from '../i18n/index.js'

type Components = NonNullable<CollectionAdminOptions['components']>

/**
 * `/admin/collections/<policies>/:id/changes` and `…/compare`, as tabs after "Edit"; beside the
 * save buttons, why a user may not publish; and above the list, the link to the drafts awaiting
 * review.
 */
export function policyAdminComponents(): Components {
  return {
    edit: { beforeDocumentControls: ['payload-privacy-policy/rsc#PublishNotice'] },
    beforeList: ['payload-privacy-policy/rsc#PendingReviewLinks'],
    views: {
      edit: {
        changes: {
          Component: 'payload-privacy-policy/rsc#ChangesView',
          path: '/changes',
          tab: { label: adminLabel('changesTab'), href: '/changes', order: 150 },
        },
        compare: {
          Component: 'payload-privacy-policy/rsc#CompareView',
          path: '/compare',
          tab: { label: adminLabel('compareTab'), href: '/compare', order: 160 },
        },
      },
    },
  }
}

/**
 * A published version is shown, not edited: its whole document view is replaced (no form, no
 * "Edit"/"API" tabs, no save), and the list offers the comparison of versions above its table.
 */
export function versionAdminComponents(): Components {
  return {
    views: { edit: { root: { Component: 'payload-privacy-policy/rsc#VersionView' } } },
    beforeList: ['payload-privacy-policy/rsc#VersionListCompareLinks'],
  }
}

/** The policy's release state: a banner at the top of the edit form and a list column. */
export function policyReleaseField(options: Pick<ResolvedPolicyOptions, 'adminStrings'>): UIField {
  return {
    name: 'releaseStatus',
    type: 'ui',
    label: adminRecord(options.adminStrings, 'releaseColumn'),
    admin: {
      components: {
        Field: 'payload-privacy-policy/rsc#PolicyReleaseBanner',
        Cell: 'payload-privacy-policy/rsc#PolicyReleaseCell',
      },
    },
  }
}

/** A version's state (in force, upcoming with its date, superseded, withdrawn) as a list column. */
export function versionStateField(options: Pick<ResolvedPolicyOptions, 'adminStrings'>): UIField {
  return {
    name: 'state',
    type: 'ui',
    label: adminRecord(options.adminStrings, 'releaseStateColumn'),
    admin: { components: { Cell: 'payload-privacy-policy/rsc#VersionStateCell' } },
  }
}
