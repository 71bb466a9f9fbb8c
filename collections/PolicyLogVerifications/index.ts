import type { CollectionConfig } from 'payload'

import { groupLabel, verificationLabels as L } from '../../src/admin/i18n/labels.js'
import { VERIFICATION_TRIGGERS } from '../../src/evidence/verificationRuns.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { appendOnlyLogRules } from '../PolicyLogLeaves/hooks/appendOnly.js'
import { createRunVerificationEndpoint } from './runVerificationEndpoint.js'

const readOnly = { readOnly: true } as const

/**
 * One record per `verify` run (CLI, schedule, the admin's "Verify now"): when, by whom, the result
 * and what was checked. Append-only like the log it is about: an auditor reading "verified clean
 * on …" must be able to trust nobody rewrote that line through the API.
 */
export function createPolicyLogVerificationsCollection(
  options: ResolvedPolicyOptions,
): CollectionConfig {
  return {
    slug: options.slugs.verifications,
    defaultSort: '-verifiedAt',
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'verifiedAt',
      defaultColumns: ['verifiedAt', 'ok', 'findingCount', 'treeSize', 'trigger', 'triggeredBy'],
      group: groupLabel(options, 'legal'),
      description: L.description,
    },
    ...appendOnlyLogRules(options),
    endpoints: [createRunVerificationEndpoint(options)],
    timestamps: false,
    fields: [
      {
        name: 'verifiedAt',
        label: L.verifiedAt,
        type: 'date',
        required: true,
        index: true,
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'ok', label: L.ok, type: 'checkbox', required: true, admin: readOnly },
      {
        name: 'trigger',
        label: L.trigger,
        type: 'select',
        required: true,
        options: VERIFICATION_TRIGGERS.map((value) => ({ label: L.triggers[value], value })),
        admin: readOnly,
      },
      // An admin's e-mail, the OS user who ran the CLI, or the job's name.
      { name: 'triggeredBy', label: L.triggeredBy, type: 'text', admin: readOnly },
      { name: 'durationMs', label: L.durationMs, type: 'number', admin: readOnly },
      { name: 'findingCount', label: L.findingCount, type: 'number', admin: readOnly },
      // The first findings (see MAX_STORED_FINDINGS): enough to start looking; the CLI prints all.
      { name: 'findings', label: L.findings, type: 'json', admin: readOnly },
      // Set when verify itself could not run to the end (e.g. the database went away).
      { name: 'error', label: L.error, type: 'text', admin: readOnly },
      // The latest tree head when the run started: every head up to it was checked.
      { name: 'treeSize', label: L.treeSize, type: 'number', admin: readOnly },
      { name: 'rootHash', label: L.rootHash, type: 'text', admin: readOnly },
      { name: 'treeHeadTimestamp', label: L.treeHeadTimestamp, type: 'text', admin: readOnly },
      { name: 'keyId', label: L.keyId, type: 'text', admin: readOnly },
      {
        name: 'counts',
        label: L.counts,
        type: 'group',
        admin: readOnly,
        fields: (
          ['leaves', 'treeHeads', 'acceptances', 'versions', 'erased', 'purged', 'pending'] as const
        ).map((name) => ({ name, type: 'number' as const, admin: readOnly })),
      },
    ],
  }
}
