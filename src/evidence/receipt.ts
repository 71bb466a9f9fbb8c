import type { EvidenceReceipt } from '../client/types.js'
import { acceptanceLeafHash } from './leaf.js'
import type { MerkleTree } from './merkle.js'
import type { SignedTreeHead } from './treeHead.js'
import { acceptanceLeafOf, openingOf, type AcceptanceRecordForLeaf } from './acceptanceRecord.js'

export const RECEIPT_FORMAT = 'ppl:receipt:v1'

/**
 * The receipt of a stored acceptance: its leaf and opening, and — when it is sealed (`leafIndex`
 * below the tree head's size) — its inclusion proof against that signed tree head.
 */
export function buildReceipt(args: {
  record: AcceptanceRecordForLeaf
  sealed?: { leafIndex: number; tree: MerkleTree; head: SignedTreeHead } | null
}): EvidenceReceipt {
  const leaf = acceptanceLeafOf(args.record)
  const { sealed } = args
  const inSealedTree = sealed && sealed.leafIndex < sealed.head.treeSize
  return {
    format: RECEIPT_FORMAT,
    leaf,
    leafHash: acceptanceLeafHash(leaf).toString('hex'),
    opening: openingOf(args.record),
    inclusion: inSealedTree
      ? {
          leafIndex: sealed.leafIndex,
          treeSize: sealed.head.treeSize,
          path: sealed.tree
            .inclusionProof(sealed.leafIndex, sealed.head.treeSize)
            .map((hash) => hash.toString('hex')),
        }
      : null,
    treeHead: inSealedTree ? sealed.head : null,
  }
}
