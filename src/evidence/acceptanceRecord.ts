import {
  commitAcceptance,
  newSalt,
  type AcceptanceCommitments,
  type AcceptanceLeafFields,
  type AcceptanceOpening,
} from './leaf.js'

/**
 * The evidence columns an acceptance record carries (written with the record, in its one insert):
 * the salt, until erasure deletes it, and the commitments, which stay.
 */
export interface AcceptanceEvidenceColumns extends AcceptanceCommitments {
  evidenceSalt: string | null
}

/** An acceptance record as stored, as far as its leaf is concerned. */
export interface AcceptanceRecordForLeaf extends Partial<AcceptanceEvidenceColumns> {
  id: string | number
  policySlug: string
  versionNumber: number
  contentHash: string
  locale: string
  channel: string
  storefront: string | number | { id: string | number }
  scope: string
  acceptedAt: string
  customerId: string
  orderId?: string | null
  idempotencyKey: string
}

/** A fresh salt and the commitments to a new record's identifying values. */
export function evidenceColumnsFor(
  values: Omit<AcceptanceOpening, 'salt'>,
): AcceptanceEvidenceColumns {
  const salt = newSalt()
  return { evidenceSalt: salt, ...commitAcceptance({ ...values, salt }) }
}

/** Whether the record has its commitments (records written before the log existed do not). */
export function hasCommitments(record: AcceptanceRecordForLeaf): boolean {
  return Boolean(
    record.acceptedAtCommitment &&
    record.customerCommitment &&
    record.orderCommitment &&
    record.idempotencyKeyCommitment,
  )
}

function idOf(value: AcceptanceRecordForLeaf['storefront']): string {
  return String(typeof value === 'object' && value !== null ? value.id : value)
}

/** Databases return dates in their own shapes; the log's are ISO 8601 with milliseconds, UTC. */
export function isoInstant(value: string | Date): string {
  return new Date(value).toISOString()
}

/** The leaf of a stored acceptance. */
export function acceptanceLeafOf(record: AcceptanceRecordForLeaf): AcceptanceLeafFields {
  return {
    id: String(record.id),
    policy: record.policySlug,
    version: String(record.versionNumber),
    contentHash: record.contentHash,
    locale: record.locale,
    channel: record.channel,
    storefront: idOf(record.storefront),
    scope: record.scope,
    acceptedOn: isoInstant(record.acceptedAt).slice(0, 10),
    acceptedAtCommitment: record.acceptedAtCommitment ?? '',
    customerCommitment: record.customerCommitment ?? '',
    orderCommitment: record.orderCommitment ?? '',
    idempotencyKeyCommitment: record.idempotencyKeyCommitment ?? '',
  }
}

/** What the record's commitments open to, or null once erasure removed the salt. */
export function openingOf(record: AcceptanceRecordForLeaf): AcceptanceOpening | null {
  if (!record.evidenceSalt) return null
  return {
    salt: record.evidenceSalt,
    customerId: record.customerId,
    orderId: record.orderId ?? null,
    idempotencyKey: record.idempotencyKey,
    acceptedAt: isoInstant(record.acceptedAt),
  }
}
