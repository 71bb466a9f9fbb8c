import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister.js'
import { createCanEdit } from '../../src/access/canEdit.js'
import { policyAdminComponents, policyReleaseField } from '../../src/admin/views/config.js'
import { createChangesSincePublishedField } from '../../src/admin/diff/field.js'
import {
  createStaleTranslationsField,
  createTranslatedFromField,
  createTranslationReviewedField,
  createTranslationStatusField,
} from '../../src/admin/translations/fields.js'
import { adminText } from '../../src/admin/i18n/index.js'
import {
  changeTypeLabels,
  groupLabel,
  policyLabels as L,
  validationLabels,
} from '../../src/admin/i18n/labels.js'
import { createCanCreatePolicy, createCanWritePolicy } from '../../src/access/canWritePolicy.js'
import { createPublishedOrEditors } from '../../src/access/publishedOrEditors.js'
import { CHANGE_TYPES } from '../../src/policy/types.js'
import { isValidSectionKey } from '../../src/policy/sectionKeys.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { policyBodyEditor } from './editor.js'
import { createReviewFields } from './review.js'
import { assignSectionKeysHook } from './hooks/assignSectionKeys.js'
import { createAuthorshipHook } from './hooks/authorship.js'
import {
  clearReleaseForm,
  clearReleaseSummary,
  createCheckReleaseNotesHook,
} from './hooks/checkReleaseNotes.js'
import { defaultRequestLocaleHook } from './hooks/defaultRequestLocale.js'
import { createKeepEditorsOnDraftsHook } from './hooks/keepEditorsOnDrafts.js'
import { createPreventDeleteWithVersionsHook } from './hooks/preventDeleteWithVersions.js'
import { createRecordVersionOnPublishHook } from './hooks/recordVersionOnPublish.js'
import { createReviewRequestHook } from './hooks/reviewRequest.js'
import { createTrackTranslationsHook } from './hooks/trackTranslations.js'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const validateSlug: TextFieldSingleValidation = (value, { req }) =>
  (typeof value === 'string' && SLUG_PATTERN.test(value)) ||
  getTranslation(validationLabels.slug, req.i18n)

const validateSectionKey: TextFieldSingleValidation = (value, { req }) =>
  value == null ||
  value === '' ||
  isValidSectionKey(value) ||
  getTranslation(validationLabels.sectionKey, req.i18n)

/** Legal texts: one document per policy, edited as drafts, frozen into a version on publish. */
export function createPoliciesCollection(options: ResolvedPolicyOptions): CollectionConfig {
  const canWrite = createCanWritePolicy(options)
  return {
    slug: options.slugs.policies,
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'title',
      defaultColumns: [
        'title',
        'slug',
        '_status',
        'releaseStatus',
        'reviewStatus',
        'translations',
        'updatedAt',
      ],
      group: groupLabel(options, 'legal'),
      description: L.description,
      components: policyAdminComponents(),
    },
    access: {
      read: createPublishedOrEditors(options),
      create: createCanCreatePolicy(options),
      update: canWrite,
      delete: createCanAdminister(options),
      // Draft history is for editors; the public reads published versions from the storefront API.
      // (A `Where` here would be applied to version rows, where `_status` is `version._status`.)
      readVersions: createCanEdit(options),
    },
    versions: {
      // Every draft and publish is kept: Payload's default of 100 would silently delete history.
      maxPerDoc: 0,
      drafts: { autosave: false },
    },
    hooks: {
      beforeOperation: [defaultRequestLocaleHook, createKeepEditorsOnDraftsHook(options)],
      beforeValidate: [assignSectionKeysHook],
      beforeChange: [
        // Four eyes first: a publish its own author may not make is refused before anything else.
        createAuthorshipHook(options),
        createCheckReleaseNotesHook(options),
        createTrackTranslationsHook(options),
        createReviewRequestHook(options),
        clearReleaseForm,
      ],
      afterChange: [createRecordVersionOnPublishHook(options)],
      beforeDelete: [createPreventDeleteWithVersionsHook(options)],
    },
    fields: [
      // What is in force and what is scheduled, above everything else on the page.
      policyReleaseField(options),
      { name: 'title', type: 'text', label: L.title, localized: true, required: true },
      {
        name: 'slug',
        type: 'text',
        label: L.slug,
        required: true,
        unique: true,
        index: true,
        admin: { position: 'sidebar', description: L.slugDescription },
        validate: validateSlug,
      },
      createTranslationReviewedField(),
      // Which sections of which translation are out of date with the source, before editing them.
      createTranslationStatusField(options),
      {
        name: 'sections',
        type: 'array',
        minRows: 1,
        label: L.sections,
        labels: { singular: L.section, plural: L.sections },
        admin: {
          initCollapsed: false,
          // "5. How long we keep your data" rather than "Section 05".
          components: { RowLabel: 'payload-privacy-policy/rsc#SectionRowLabel' },
        },
        fields: [
          {
            name: 'key',
            type: 'text',
            label: L.key,
            admin: { readOnly: true, description: L.keyDescription },
            validate: validateSectionKey,
          },
          { name: 'heading', type: 'text', label: L.heading, localized: true, required: true },
          {
            name: 'body',
            type: 'richText',
            label: L.body,
            localized: true,
            required: true,
            editor: policyBodyEditor,
          },
          createTranslatedFromField(),
        ],
      },
      // Editors read what the draft changes, section by section, before they publish it.
      createChangesSincePublishedField(options),
      {
        type: 'collapsible',
        label: L.nextRelease,
        admin: { position: 'sidebar' },
        fields: [
          {
            name: 'changeType',
            type: 'select',
            label: L.changeType,
            options: CHANGE_TYPES.map((value) => ({ label: changeTypeLabels[value], value })),
            admin: { description: L.changeTypeDescription },
          },
          {
            name: 'summary',
            type: 'textarea',
            label: L.summary,
            localized: true,
            admin: { description: L.summaryDescription },
            hooks: { beforeChange: [clearReleaseSummary] },
          },
          {
            name: 'effectiveAt',
            type: 'date',
            label: L.effectiveAt,
            // The picker shows and reads the time in the plugin's zone, named beside it
            // (Payload stores the instant in UTC and the zone in `effectiveAt_tz`).
            timezone: {
              supportedTimezones: [{ label: options.timeZone, value: options.timeZone }],
              defaultTimezone: options.timeZone,
            },
            admin: {
              // Year-month-day and 24-hour in every admin language: no AM/PM or day/month to misread.
              date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
              description: ({ t }) =>
                `${L.effectiveAtDescription({ t })} ${adminText(t as never, 'policyEffectiveAtZone', { zone: options.timeZone })}`,
            },
          },
          createStaleTranslationsField(),
        ],
      },
      // Hand the draft to a publisher; who saved it last (four eyes).
      createReviewFields(options),
    ],
  }
}
