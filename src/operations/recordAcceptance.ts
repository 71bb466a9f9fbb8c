import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { sameAcceptance, type AcceptanceInput } from '../consent/input.js'
import { PolicyError } from '../errors.js'
import { versionsInTime } from '../policy/inForce.js'
import type { StorefrontClient } from '../storefront/auth.js'
import type { EvidenceReceipt } from '../client/types.js'
import { evidenceColumnsFor, type AcceptanceRecordForLeaf } from '../evidence/acceptanceRecord.js'
import { buildReceipt } from '../evidence/receipt.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { acceptanceGroupCommit } from './acceptanceGroupCommit.js'
import { getCatalog } from './policyCatalog.js'

/** What the storefront gets back: the record's identity and whether it is the version in force. */
export interface AcceptanceReceipt {
  id: string | number
  acceptedAt: string
  version: number
  current: boolean
  /**
   * The record's evidence, unsealed (`GET …/acceptances/:id/proof` adds the proof once sealed);
   * null when the evidence log is off.
   */
  receipt: EvidenceReceipt | null
}

export interface RecordAcceptanceResult {
  receipt: AcceptanceReceipt
  /** False when an `Idempotency-Key` replay returned the record written earlier. */
  created: boolean
}

interface StoredAcceptance {
  id: string | number
  customerId: string
  versionNumber: number
  locale: string
  contentHash: string
  channel: AcceptanceInput['channel']
  orderId?: string | null
  acceptedAt: string
}

/**
 * Only the replay key's holder can see its record: keys are unique per storefront within its
 * scope, not globally, so a storefront moved to another scope never replays the old scope's
 * records.
 */
async function findByIdempotencyKey(
  payload: Payload,
  options: ResolvedPolicyOptions,
  storefront: StorefrontClient,
  key: string,
): Promise<StoredAcceptance | null> {
  const { docs } = await payload.db.find<StoredAcceptance>({
    collection: options.slugs.acceptances,
    where: {
      and: [
        { scope: { equals: storefront.scope } },
        { storefront: { equals: storefront.id } },
        { idempotencyKey: { equals: key } },
      ],
    },
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? null
}

function replay(input: AcceptanceInput, record: StoredAcceptance): StoredAcceptance {
  const asInput = { ...record, version: record.versionNumber }
  if (!sameAcceptance(input, asInput)) throw new PolicyError(409, 'idempotency_key_reused')
  return record
}

/**
 * Records that a customer accepted a published version, exactly as shown to them: the hash must be
 * that version's hash in that locale, so the ledger can only ever cite text that was published.
 * Any published version may be accepted (it records what the customer saw); `current` tells the
 * storefront whether it was the one in force.
 *
 * The record carries the storefront's scope: its customer id names a person only within it.
 *
 * Idempotency rests on the database's unique (scope, storefront, idempotencyKey) index, not on a
 * read-then-write: of two requests with one key (a retry, or two at once), one insert wins and
 * the other reads the winner's record. Without a key the server makes one up, so every record has one.
 *
 * The record is written through the database adapter directly: the input was validated above, and
 * no Payload hook may alter a legal record on its way in. Acceptances arriving together share one
 * commit (see {@link acceptanceGroupCommit}); each is answered only after its commit.
 */
export async function recordAcceptance(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  input: AcceptanceInput
  storefront: StorefrontClient
  idempotencyKey: string | null
  userAgent?: string | null
}): Promise<RecordAcceptanceResult> {
  const { payload, options, slug, input, storefront } = args
  const catalog = getCatalog(payload, options)
  const metas = await catalog.versionsIncluding(slug, input.version)
  if (!metas.length) throw new PolicyError(404, 'policy_not_found', { slug })
  const meta = metas.find((candidate) => candidate.number === input.version)
  if (!meta) throw new PolicyError(404, 'version_not_found', { slug, version: input.version })
  if (!options.locales.includes(input.locale))
    throw new PolicyError(422, 'field_invalid', { field: 'locale' })
  const expectedHash = meta.contentHashes[input.locale]
  if (!expectedHash) {
    throw new PolicyError(404, 'locale_not_available', {
      locale: input.locale,
      version: meta.number,
    })
  }
  if (expectedHash !== input.contentHash) {
    throw new PolicyError(409, 'content_hash_mismatch', {
      version: meta.number,
      locale: input.locale,
    })
  }

  const isCurrent = () => versionsInTime(metas, catalog.now()).current?.number === meta.number
  const toResult = (
    record: StoredAcceptance,
    created: boolean,
    evidence: AcceptanceRecordForLeaf,
  ): RecordAcceptanceResult => ({
    receipt: {
      id: record.id,
      acceptedAt: record.acceptedAt,
      version: record.versionNumber,
      current: isCurrent(),
      receipt: options.evidence ? buildReceipt({ record: evidence }) : null,
    },
    created,
  })

  // Insert first: a first request (the common case) costs one write and no read; a retry's
  // insert fails on the unique key and is answered from the record it collided with.
  const now = new Date(catalog.now()).toISOString()
  const idempotencyKey = args.idempotencyKey ?? `auto:${randomUUID()}`
  // The evidence log's salt and commitments travel in the same insert (see src/evidence/).
  const opened = { customerId: input.customerId, orderId: input.orderId ?? null, idempotencyKey }
  const evidence = options.evidence ? evidenceColumnsFor({ ...opened, acceptedAt: now }) : {}
  try {
    const row = {
      policy: meta.policyId,
      policySlug: slug,
      version: meta.id,
      versionNumber: meta.number,
      customerId: input.customerId,
      locale: input.locale,
      contentHash: input.contentHash,
      channel: input.channel,
      orderId: input.orderId ?? null,
      storefront: storefront.id,
      scope: storefront.scope,
      acceptedAt: now,
      idempotencyKey,
      userAgent: options.captureUserAgent ? (args.userAgent?.slice(0, 512) ?? null) : null,
      createdAt: now,
      updatedAt: now,
      ...evidence,
    }
    // Shares a commit with acceptances arriving at the same moment; resolves once it committed.
    const id = await acceptanceGroupCommit(payload, options).write(row)
    const created: StoredAcceptance = {
      id,
      acceptedAt: now,
      versionNumber: meta.number,
      customerId: input.customerId,
      locale: input.locale,
      contentHash: input.contentHash,
      channel: input.channel,
      orderId: input.orderId ?? null,
    }
    const leafFields = { policySlug: slug, contentHash: input.contentHash, locale: input.locale }
    return toResult(created, true, {
      ...created,
      ...leafFields,
      ...opened,
      ...evidence,
      channel: input.channel,
      storefront: storefront.id,
      scope: storefront.scope,
      acceptedAt: now,
    })
  } catch (error) {
    // A retry, or a lost race on the unique key: the earlier record is the answer.
    const winner = args.idempotencyKey
      ? await findByIdempotencyKey(payload, options, storefront, args.idempotencyKey)
      : null
    if (winner) return toResult(replay(input, winner), false, winner as AcceptanceRecordForLeaf)
    throw error
  }
}
