/**
 * Where the plugin's admin views plug into Payload: two tabs on a policy (its draft's changes, and
 * any two versions compared) and a whole document view for published versions. Component paths
 * are package paths, resolved through the host's import map like every other plugin component.
 */
import type { CollectionAdminOptions } from 'payload'

import { adminLabel } from '../i18n/index.js'

type Components = NonNullable<CollectionAdminOptions['components']>

/** `/admin/collections/<policies>/:id/changes` and `…/compare`, as tabs after "Edit". */
export function policyAdminComponents(): Components {
  return {
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
