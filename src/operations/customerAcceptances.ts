import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { truncateWalOnSqlite, zeroErasedContentOnSqlite } from './sqliteErasure.js'

/** One acceptance as the customer's data export shows it. */
export interface ExportedAcceptance {
  id: string | number
  policy: string
  version: number
  locale: string
  contentHash: string
  channel: string
  orderId: string | null
  acceptedAt: string
}

interface StoredRecord extends Omit<ExportedAcceptance, 'policy' | 'version'> {
  policySlug: string
  versionNumber: number
  createdAt: string
  updatedAt: string
}

/**
 * A customer as a storefront names them: the id is the shop's own, so it means a person only
 * within the scope of the storefronts that share it.
 */
export interface ScopedCustomer {
  scope: string
  customerId: string
}

/**
 * The customer id every erased record carries. It cannot collide with a real id (customer ids
 * must start with a letter or digit), and being one shared value it links erased records neither
 * to the person nor to each other, while counts per version, locale and channel stay right.
 */
export const ERASED_CUSTOMER_ID = '~erased'

async function findCustomerRecords(
  payload: Payload,
  options: ResolvedPolicyOptions,
  { scope, customerId }: ScopedCustomer,
): Promise<StoredRecord[]> {
  const { docs } = await payload.db.find<StoredRecord>({
    collection: options.slugs.acceptances,
    where: { and: [{ scope: { equals: scope } }, { customerId: { equals: customerId } }] },
    sort: 'acceptedAt',
    limit: 0,
    pagination: false,
  })
  return docs
}

/** Every acceptance of a customer, across policies: the copy section 8 of the policy promises. */
export async function exportCustomerAcceptances(
  payload: Payload,
  options: ResolvedPolicyOptions,
  customer: ScopedCustomer,
): Promise<ExportedAcceptance[]> {
  const records = await findCustomerRecords(payload, options, customer)
  return records.map((record) => ({
    id: record.id,
    policy: record.policySlug,
    version: record.versionNumber,
    locale: record.locale,
    contentHash: record.contentHash,
    channel: record.channel,
    orderId: record.orderId ?? null,
    acceptedAt: record.acceptedAt,
  }))
}

/** Midnight UTC of the same day: the date stays (retention needs it), the time of day goes. */
function dayOf(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00.000Z`
}

/**
 * Erases a customer from the ledger (the right to erasure, policy section 8). Records are
 * anonymised rather than deleted, so aggregate counts per version stay true: the customer id is
 * replaced by {@link ERASED_CUSTOMER_ID}, and everything that could lead back to the person through
 * the shop's own systems goes too — the order id, the idempotency key (often built from order or
 * customer ids), the user agent, and the time of day of every timestamp the record carries
 * (acceptance, creation, update: any of them could match an order's timestamp). Only the
 * customer of the given scope is erased; the same id in another scope is another person.
 * The evidence log's salt goes too, which unlinks the record's commitments (README "Evidence log").
 * All records change in one transaction where the database supports it; on SQLite the old bytes
 * are zeroed and the WAL truncated afterwards, so no copy of the id stays in the files.
 */
export async function eraseCustomerAcceptances(
  payload: Payload,
  options: ResolvedPolicyOptions,
  customer: ScopedCustomer,
): Promise<number> {
  await zeroErasedContentOnSqlite(payload)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const records = await findCustomerRecords(payload, options, customer)
    for (const record of records) {
      await payload.db.updateOne({
        collection: options.slugs.acceptances,
        id: record.id,
        req,
        returning: false,
        data: {
          customerId: ERASED_CUSTOMER_ID,
          orderId: null,
          idempotencyKey: `~erased:${record.id}`,
          userAgent: null,
          // The evidence log's commitments stay (the leaf still verifies); without the salt
          // they open to no one.
          evidenceSalt: null,
          acceptedAt: dayOf(record.acceptedAt),
          createdAt: dayOf(record.createdAt),
          updatedAt: dayOf(record.updatedAt),
        },
      })
    }
    await commitTransaction(req)
    await truncateWalOnSqlite(payload)
    return records.length
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
