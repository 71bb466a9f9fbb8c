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
