import type { CheckboxField, SelectField, TextField, UIField } from 'payload'

import { STALE_TRANSLATION_CHOICES } from '../../translations/publishPlan.js'
import type { ResolvedPolicyOptions } from '../../types.js'
import {
  staleTranslationChoiceLabels,
  translationFieldLabels as L,
  uiFieldLabel,
} from '../i18n/labels.js'

/**
 * On a section row, per translation locale: the hash of the source section's text the translation
 * was made from. Written only by the translation-tracking hook; editors never see or type it.
 */
export function createTranslatedFromField(): TextField {
  return {
    name: 'translatedFrom',
    type: 'text',
    localized: true,
    admin: { hidden: true },
  }
}

/**
 * The "Translations" panel (edit view) and column (list view): which sections of which locale are
 * out of date with the source. A `ui` field: no data, no schema change; its server components are
 * resolved through the app's import map (paths relative to `admin.importMap.baseDir`, `src`).
 */
export function createTranslationStatusField(
  options: Pick<ResolvedPolicyOptions, 'adminStrings'>,
): UIField {
  return {
    name: 'translations',
    type: 'ui',
    label: uiFieldLabel(options, 'translationsField'),
    admin: {
      components: {
        Field: 'payload-privacy-policy/rsc#TranslationStatusField',
        Cell: 'payload-privacy-policy/rsc#TranslationStatusCell',
      },
    },
  }
}

/**
 * The editor's "this translation still says what the source says" action (after a typo fix in the
 * source, say): saved in a translation locale, it marks every section of that locale current. The
 * hook consumes it and stores it unticked, so it never silently applies to a later edit.
 */
export function createTranslationReviewedField(): CheckboxField {
  return {
    name: 'translationReviewed',
    type: 'checkbox',
    defaultValue: false,
    label: L.reviewed,
    admin: {
      position: 'sidebar',
      description: L.reviewedDescription,
      // Offered only in a translation locale, listing the sections it marks current (see there).
      components: { Description: 'payload-privacy-policy/rsc#TranslationReviewedDescription' },
    },
  }
}

/**
 * A release field: what a publish does with translations that are out of date with the source.
 * No default on purpose: a material change with stale translations waits for an explicit choice.
 */
export function createStaleTranslationsField(): SelectField {
  return {
    name: 'staleTranslations',
    type: 'select',
    label: L.stale,
    options: STALE_TRANSLATION_CHOICES.map((value) => ({
      value,
      label: staleTranslationChoiceLabels[value],
    })),
    admin: { description: L.staleDescription },
  }
}
