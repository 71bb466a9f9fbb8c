import type { CollectionConfig } from 'payload'

import { groupLabel, logLeafLabels as L } from '../../src/admin/i18n/labels.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { appendOnlyLogRules } from './hooks/appendOnly.js'

/**
 * The evidence log's leaves in log order (README "Evidence log"): which record each leaf is, and
 * its hash. The hash outlives the record: the retention purge deletes acceptances and marks their
 * leaves, so tree heads signed years ago still verify.
 */
export function createPolicyLogLeavesCollection(options: ResolvedPolicyOptions): CollectionConfig {
  return {
    slug: options.slugs.logLeaves,
    defaultSort: '-index',
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'leafHash',
      defaultColumns: ['index', 'kind', 'record', 'leafHash', 'recordPurgedOn'],
      group: groupLabel(options, 'legal'),
      description: L.description,
    },
    ...appendOnlyLogRules(options),
    timestamps: false,
    indexes: [{ fields: ['kind', 'record'] }],
    fields: [
      // The total order of the log: leaf 0, 1, 2, … with no gaps; unique, so two sealers racing
      // cannot both append leaf n.
      { name: 'index', type: 'number', required: true, unique: true, admin: { readOnly: true } },
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: ['acceptance', 'version'].map((value) => ({ label: value, value })),
        admin: { readOnly: true },
      },
      // The record's id as text: acceptances and versions share the column.
      { name: 'record', type: 'text', required: true, admin: { readOnly: true } },
      { name: 'leafHash', type: 'text', required: true, admin: { readOnly: true } },
      // Set by the retention purge: the record is gone on purpose, the leaf stays.
      { name: 'recordPurgedOn', type: 'text', admin: { readOnly: true } },
    ],
  }
}
