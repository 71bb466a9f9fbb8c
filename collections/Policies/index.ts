import type { CollectionConfig } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister'
import { createCanEdit } from '../../src/access/canEdit'
import { createChangesSincePublishedField } from '../../src/admin/diff/field'
import {
  createStaleTranslationsField,
  createTranslatedFromField,
  createTranslationReviewedField,
  createTranslationStatusField,
} from '../../src/admin/translations/fields'
import { createCanWritePolicy } from '../../src/access/canWritePolicy'
import { createPublishedOrEditors } from '../../src/access/publishedOrEditors'
import { CHANGE_TYPES } from '../../src/policy/types'
import { isValidSectionKey } from '../../src/policy/sectionKeys'
import type { ResolvedPolicyOptions } from '../../src/types'
import { policyBodyEditor } from './editor'
import { assignSectionKeysHook } from './hooks/assignSectionKeys'
import { createCheckReleaseNotesHook } from './hooks/checkReleaseNotes'
import { createPreventDeleteWithVersionsHook } from './hooks/preventDeleteWithVersions'
import { createRecordVersionOnPublishHook } from './hooks/recordVersionOnPublish'
import { createTrackTranslationsHook } from './hooks/trackTranslations'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Legal texts: one document per policy, edited as drafts, frozen into a version on publish. */
export function createPoliciesCollection(options: ResolvedPolicyOptions): CollectionConfig {
  const canWrite = createCanWritePolicy(options)
  return {
    slug: options.slugs.policies,
    labels: { singular: 'Policy', plural: 'Policies' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', '_status', 'translations', 'updatedAt'],
      group: 'Legal',
      description:
        'Edit the draft, then publish with a change type and a summary: each publish becomes an immutable version.',
    },
    access: {
      read: createPublishedOrEditors(options),
      create: canWrite,
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
      beforeValidate: [assignSectionKeysHook],
      beforeChange: [createCheckReleaseNotesHook(options), createTrackTranslationsHook(options)],
      afterChange: [createRecordVersionOnPublishHook(options)],
      beforeDelete: [createPreventDeleteWithVersionsHook(options)],
    },
    fields: [
      { name: 'title', type: 'text', localized: true, required: true },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        admin: { position: 'sidebar', description: 'Used in storefront URLs, e.g. privacy-policy.' },
        validate: (value: unknown) =>
          (typeof value === 'string' && SLUG_PATTERN.test(value)) ||
          'Use lower-case letters, digits and single hyphens.',
      },
      createTranslationReviewedField(),
      // Which sections of which translation are out of date with the source, before editing them.
      createTranslationStatusField(),
      {
        name: 'sections',
        type: 'array',
        minRows: 1,
        labels: { singular: 'Section', plural: 'Sections' },
        admin: { initCollapsed: false },
        fields: [
          {
            name: 'key',
            type: 'text',
            admin: {
              readOnly: true,
              description: 'Stable identity of the section across versions; assigned on first save.',
            },
            validate: (value: unknown) =>
              value == null || value === '' || isValidSectionKey(value) || 'Invalid section key.',
          },
          { name: 'heading', type: 'text', localized: true, required: true },
          { name: 'body', type: 'richText', localized: true, required: true, editor: policyBodyEditor },
          createTranslatedFromField(),
        ],
      },
      // Editors read what the draft changes, section by section, before they publish it.
      createChangesSincePublishedField(),
      {
        type: 'collapsible',
        label: 'Next release',
        admin: { position: 'sidebar' },
        fields: [
          {
            name: 'changeType',
            type: 'select',
            options: CHANGE_TYPES.map((value) => ({ label: value, value })),
            admin: {
              description:
                'Material: customers must re-read and accept. Editorial: wording or typo fixes only.',
            },
          },
          {
            name: 'summary',
            type: 'textarea',
            localized: true,
            admin: { description: 'What changed, in plain words; shown to customers.' },
          },
          {
            name: 'effectiveAt',
            type: 'date',
            admin: {
              date: { pickerAppearance: 'dayAndTime' },
              description: 'Leave empty (or in the past) to take effect on publish.',
            },
          },
          createStaleTranslationsField(),
        ],
      },
    ],
  }
}
