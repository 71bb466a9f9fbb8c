import type { UIField } from 'payload'

/**
 * The policies' "Changes since the published version" panel as a `ui` field: no data, no column,
 * no schema change; its server component is resolved through the app's import map (component
 * paths are relative to `admin.importMap.baseDir`, the app's `src`).
 */
export function createChangesSincePublishedField(): UIField {
  return {
    name: 'changesSincePublished',
    type: 'ui',
    label: {
      en: 'Changes since the published version',
      lv: 'Izmaiņas kopš publicētās versijas',
      ru: 'Изменения с опубликованной версии',
    },
    admin: {
      disableListColumn: true,
      components: { Field: 'payload-privacy-policy/rsc#ChangesSincePublished' },
    },
  }
}
