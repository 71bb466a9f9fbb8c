import type { CollectionConfig } from 'payload'

import { groupLabel, treeHeadLabels as L } from '../../src/admin/i18n/labels.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { appendOnlyLogRules } from '../PolicyLogLeaves/hooks/appendOnly.js'

/** Signed tree heads: each says, under the evidence key, "the first treeSize leaves have this root". */
export function createPolicyTreeHeadsCollection(options: ResolvedPolicyOptions): CollectionConfig {
  return {
    slug: options.slugs.treeHeads,
    defaultSort: '-treeSize',
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'rootHash',
      defaultColumns: ['treeSize', 'rootHash', 'timestamp', 'keyId'],
      group: groupLabel(options, 'legal'),
      description: L.description,
    },
    ...appendOnlyLogRules(options),
    timestamps: false,
    fields: [
      { name: 'treeSize', type: 'number', required: true, unique: true, admin: { readOnly: true } },
      { name: 'rootHash', type: 'text', required: true, admin: { readOnly: true } },
      // Text, not a date column: the signature covers this exact string, and a database's date
      // type could hand it back in another form.
      { name: 'timestamp', type: 'text', required: true, admin: { readOnly: true } },
      { name: 'keyId', type: 'text', required: true, admin: { readOnly: true } },
      // The raw public key (base64), so heads signed before a key change still verify.
      { name: 'publicKey', type: 'text', required: true, admin: { readOnly: true } },
      { name: 'signature', type: 'text', required: true, admin: { readOnly: true } },
    ],
  }
}
