import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { readLeaves } from './logStore.js'
import { MerkleTree } from './merkle.js'

/**
 * The log's Merkle tree, kept in memory per Payload instance and brought up to date from the
 * database on use. Leaves are append-only, so what is cached never goes stale; only new leaves
 * (sealed by this or another process) are read. About 64 bytes a leaf: 64 MB per million.
 */
const trees = new WeakMap<Payload, MerkleTree>()

export async function loadLogTree(
  payload: Payload,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
): Promise<MerkleTree> {
  let tree = trees.get(payload)
  if (!tree) {
    tree = new MerkleTree()
    trees.set(payload, tree)
  }
  for (;;) {
    const page = await readLeaves(payload, options, { fromIndex: tree.size, req })
    if (!page.length) return tree
    for (const leaf of page) {
      if (leaf.index !== tree.size) {
        forgetLogTree(payload)
        throw new Error(`evidence log: leaf ${tree.size} is missing (found ${leaf.index})`)
      }
      tree.append(Buffer.from(leaf.leafHash, 'hex'))
    }
  }
}

/** Drops the cached tree (after a failed seal appended leaves that were never committed). */
export function forgetLogTree(payload: Payload): void {
  trees.delete(payload)
}
