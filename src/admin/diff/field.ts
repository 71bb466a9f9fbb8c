import type { UIField } from 'payload'

import type { ResolvedPolicyOptions } from '../../types.js'
import { uiFieldLabel } from '../i18n/labels.js'

/**
 * The policies' "Changes since the published version" panel as a `ui` field: no data, no column,
 * no schema change; its server component is resolved through the app's import map (component
 * paths are relative to `admin.importMap.baseDir`, the app's `src`).
 */
export function createChangesSincePublishedField(
  options: Pick<ResolvedPolicyOptions, 'adminStrings'>,
): UIField {
  return {
    name: 'changesSincePublished',
    type: 'ui',
    label: uiFieldLabel(options, 'policyChangesSincePublished'),
    admin: {
      disableListColumn: true,
      components: { Field: 'payload-privacy-policy/rsc#ChangesSincePublished' },
    },
  }
}
