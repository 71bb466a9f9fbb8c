import type { Payload } from 'payload'

import type { EvidenceReceipt, LedgerPublicKey } from '../client/types.js'
import { PolicyError } from '../errors.js'
import type { ResolvedPolicyOptions } from '../types.js'
import type { AcceptanceRecordForLeaf } from './acceptanceRecord.js'
import { latestTreeHead, leafOfRecord, signedHead } from './logStore.js'
import { loadLogTree } from './logTree.js'
import { buildReceipt } from './receipt.js'
import { evidenceSigningKey } from './signingKey.js'
import type { SignedTreeHead } from './treeHead.js'

/** Who asks for a proof: a storefront sees its own scope only. */
export interface ProofRequester {
  id: string | number
  scope: string
  /** Whether it may read every record of the scope (`export`), not only its own. */
  mayExport: boolean
}

function assertEvidenceOn(options: ResolvedPolicyOptions): void {
  if (!options.evidence) throw new PolicyError(404, 'evidence_log_off')
}

/** The receipt of a stored acceptance, with its inclusion proof once it is sealed. */
export async function receiptOf(
  payload: Payload,
  options: ResolvedPolicyOptions,
  record: AcceptanceRecordForLeaf,
): Promise<EvidenceReceipt> {
  const [leaf, head] = await Promise.all([
    leafOfRecord(payload, options, 'acceptance', record.id),
    latestTreeHead(payload, options),
  ])
  if (!leaf || !head || leaf.index >= head.treeSize) return buildReceipt({ record })
  const tree = await loadLogTree(payload, options)
  return buildReceipt({
    record,
    sealed: { leafIndex: leaf.index, tree, head: signedHead(head) },
  })
}

/**
 * An acceptance's receipt for a storefront of its scope. The opening (customer and order id,
 * idempotency key, salt) is personal data: only the storefront that recorded it, or one allowed to
 * export the scope's customers, gets it.
 */
export async function readAcceptanceProof(
  payload: Payload,
  options: ResolvedPolicyOptions,
  { slug, id, requester }: { slug: string; id: string; requester: ProofRequester },
): Promise<{ id: string | number; receipt: EvidenceReceipt }> {
  assertEvidenceOn(options)
  const notFound = new PolicyError(404, 'acceptance_not_found', { id, slug })
  if (!/^[A-Za-z0-9]{1,64}$/.test(id)) throw notFound
  const { docs } = await payload.db.find<AcceptanceRecordForLeaf>({
    collection: options.slugs.acceptances,
    where: {
      and: [
        { id: { equals: id } },
        { policySlug: { equals: slug } },
        { scope: { equals: requester.scope } },
      ],
    },
    limit: 1,
    pagination: false,
  })
  const record = docs[0]
  if (!record) throw notFound
  const receipt = await receiptOf(payload, options, record)
  const storefront =
    typeof record.storefront === 'object' ? record.storefront.id : record.storefront
  const own = String(storefront) === String(requester.id)
  return {
    id: record.id,
    receipt: own || requester.mayExport ? receipt : { ...receipt, opening: null },
  }
}

/** The key tree heads are signed with, as the public endpoint publishes it. */
export function ledgerPublicKey(payload: Payload, options: ResolvedPolicyOptions): LedgerPublicKey {
  assertEvidenceOn(options)
  const key = evidenceSigningKey(payload, options)
  return { algorithm: 'Ed25519', publicKey: key.publicKeyBase64, keyId: key.keyId }
}

/** The latest signed tree head, for monitors comparing what different parties were shown. */
export async function readLatestTreeHead(
  payload: Payload,
  options: ResolvedPolicyOptions,
): Promise<SignedTreeHead> {
  assertEvidenceOn(options)
  const head = await latestTreeHead(payload, options)
  if (!head) throw new PolicyError(404, 'evidence_log_empty')
  return signedHead(head)
}
