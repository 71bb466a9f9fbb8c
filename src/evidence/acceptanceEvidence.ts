import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { PolicyError } from '../errors.js'
import { exportPolicyText } from '../operations/exportPolicyText.js'
import { ERASED_CUSTOMER_ID } from '../operations/customerAcceptances.js'
import { getCatalog } from '../operations/policyCatalog.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { isoInstant, type AcceptanceRecordForLeaf } from './acceptanceRecord.js'
import { ledgerPublicKey, receiptOf } from './acceptanceProof.js'
import type { AcceptanceEvidence } from './evidenceDocument.js'

/**
 * Everything needed to prove one acceptance to a third party (a court, an auditor, the customer):
 * the record, the exact text in its locale with its hash recomputed now, the receipt and the
 * public key. For a storefront of the record's scope; the caller checks the `export` permission.
 */
export async function readAcceptanceEvidence(
  payload: Payload,
  options: ResolvedPolicyOptions,
  { slug, id, scope }: { slug: string; id: string; scope: string },
): Promise<AcceptanceEvidence> {
  const publicKey = ledgerPublicKey(payload, options)
  const notFound = new PolicyError(404, 'acceptance_not_found', { id, slug })
  if (!/^[A-Za-z0-9]{1,64}$/.test(id)) throw notFound
  const { docs } = await payload.db.find<AcceptanceRecordForLeaf>({
    collection: options.slugs.acceptances,
    where: {
      and: [{ id: { equals: id } }, { policySlug: { equals: slug } }, { scope: { equals: scope } }],
    },
    limit: 1,
    pagination: false,
  })
  const record = docs[0]
  if (!record) throw notFound
  const text = await exportPolicyText(
    getCatalog(payload, options),
    slug,
    record.versionNumber,
    record.locale,
  )
  const storefront =
    typeof record.storefront === 'object' ? record.storefront.id : record.storefront
  return {
    record: {
      id: record.id,
      policy: record.policySlug,
      version: record.versionNumber,
      locale: record.locale,
      contentHash: record.contentHash,
      channel: record.channel,
      storefront: String(storefront),
      scope: record.scope,
      customerId: record.customerId === ERASED_CUSTOMER_ID ? null : record.customerId,
      orderId: record.orderId ?? null,
      acceptedAt: isoInstant(record.acceptedAt),
    },
    text,
    textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    receipt: await receiptOf(payload, options, record),
    publicKey,
    generatedAt: new Date().toISOString(),
  }
}

/**
 * The same evidence for a signed-in ledger reader (admin, auditor), who sees every scope: the
 * record's own policy and scope are looked up first. The caller checks the reader's access.
 */
export async function readAcceptanceEvidenceById(
  payload: Payload,
  options: ResolvedPolicyOptions,
  id: string,
): Promise<AcceptanceEvidence> {
  const notFound = new PolicyError(404, 'acceptance_unknown', { id })
  if (!/^[A-Za-z0-9]{1,64}$/.test(id)) throw notFound
  const { docs } = await payload.db.find<Pick<AcceptanceRecordForLeaf, 'policySlug' | 'scope'>>({
    collection: options.slugs.acceptances,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
  })
  if (!docs[0]) throw notFound
  return readAcceptanceEvidence(payload, options, {
    slug: docs[0].policySlug,
    id,
    scope: docs[0].scope,
  })
}
