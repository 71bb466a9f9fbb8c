import { createHmac, randomBytes } from 'node:crypto'

import type { AcceptanceLeaf } from '../client/types.js'
import { hashLeaf, type Hash } from './merkle.js'

/**
 * The canonical leaf encodings of the evidence log (README "Evidence log" documents them for
 * outside verifiers). A leaf's data is a JSON array of strings, serialized as RFC 8785 (JCS) does
 * — for an array of strings that is exactly ECMAScript's `JSON.stringify` — in UTF-8. The first
 * element names the leaf type and its version, so no acceptance can be read as a version and a
 * later format never collides with this one.
 */

export const ACCEPTANCE_LEAF_TYPE = 'ppl:acceptance:v1'
export const VERSION_LEAF_TYPE = 'ppl:version:v1'

/**
 * An acceptance as the log commits to it. Identifying values (customer id, order id, idempotency
 * key, the exact time) appear only as commitments: HMAC-SHA256 keyed with the record's random salt
 * (see {@link commit}). The day of acceptance stays in the clear, as erasure keeps it too.
 */
export type AcceptanceLeafFields = AcceptanceLeaf

/** Field order in the encoding; never reorder: it is the format. */
export const ACCEPTANCE_LEAF_ORDER = [
  'id',
  'policy',
  'version',
  'contentHash',
  'locale',
  'channel',
  'storefront',
  'scope',
  'acceptedOn',
  'acceptedAtCommitment',
  'customerCommitment',
  'orderCommitment',
  'idempotencyKeyCommitment',
] as const satisfies ReadonlyArray<keyof AcceptanceLeafFields>

/** A published version as the log commits to it: its identity, its release facts, its hashes. */
export interface VersionLeafFields {
  id: string
  policy: string
  number: string
  changeType: string
  publishedAt: string
  effectiveAt: string
  /** Content hash per locale. */
  contentHashes: Record<string, string>
}

function utf8Json(values: readonly string[]): Buffer {
  for (const value of values) {
    if (typeof value !== 'string') throw new TypeError('every leaf value is a string')
  }
  return Buffer.from(JSON.stringify(values), 'utf8')
}

/** The bytes of an acceptance leaf. */
export function encodeAcceptanceLeaf(fields: AcceptanceLeafFields): Buffer {
  return utf8Json([ACCEPTANCE_LEAF_TYPE, ...ACCEPTANCE_LEAF_ORDER.map((name) => fields[name])])
}

/**
 * The bytes of a version leaf: type, id, policy, number, change type, published and effective
 * instants, then `locale, hash` pairs sorted by locale code (UTF-16 code unit order).
 */
export function encodeVersionLeaf(fields: VersionLeafFields): Buffer {
  const locales = Object.keys(fields.contentHashes).sort()
  return utf8Json([
    VERSION_LEAF_TYPE,
    fields.id,
    fields.policy,
    fields.number,
    fields.changeType,
    fields.publishedAt,
    fields.effectiveAt,
    ...locales.flatMap((locale) => [locale, fields.contentHashes[locale]]),
  ])
}

export function acceptanceLeafHash(fields: AcceptanceLeafFields): Hash {
  return hashLeaf(encodeAcceptanceLeaf(fields))
}

export function versionLeafHash(fields: VersionLeafFields): Hash {
  return hashLeaf(encodeVersionLeaf(fields))
}

const SALT_BYTES = 32
/** Salts drawn per call to the system's random source (as Node's own `randomUUID` does). */
const SALTS_PER_DRAW = 128
let saltPool = Buffer.alloc(0)
let saltOffset = 0

/**
 * A fresh per-record salt: 32 random bytes, hex. Every acceptance needs one, and a draw from the
 * CSPRNG costs microseconds however little it returns, so salts come from a pool drawn 128 at a
 * time; each pool byte is used once and zeroed once handed out.
 */
export function newSalt(): string {
  if (saltOffset >= saltPool.length) {
    saltPool = randomBytes(SALT_BYTES * SALTS_PER_DRAW)
    saltOffset = 0
  }
  const end = saltOffset + SALT_BYTES
  const salt = saltPool.toString('hex', saltOffset, end)
  saltPool.fill(0, saltOffset, end)
  saltOffset = end
  return salt
}

/**
 * The commitment to one field's value: HMAC-SHA256 keyed with the salt's 32 bytes over the JSON
 * array `[field, value]` (`value` null when absent), lower-case hex. Without the salt it reveals
 * nothing, not even for a guessable value such as a short customer number; with it, anyone can
 * check a claimed value. Erasure deletes the salt, which leaves the commitment linked to no one.
 */
export function commit(salt: string, field: string, value: string | null): string {
  if (!/^[0-9a-f]{64}$/.test(salt)) throw new TypeError('a salt is 32 bytes of lower-case hex')
  return createHmac('sha256', Buffer.from(salt, 'hex'))
    .update(JSON.stringify([field, value]), 'utf8')
    .digest('hex')
}

/** What the commitments of an acceptance open to: known to the shop and kept until erasure. */
export interface AcceptanceOpening {
  salt: string
  customerId: string
  orderId: string | null
  idempotencyKey: string
  /** ISO 8601 instant with milliseconds, e.g. `2026-12-02T05:10:00.000Z`. */
  acceptedAt: string
}

export interface AcceptanceCommitments {
  acceptedAtCommitment: string
  customerCommitment: string
  orderCommitment: string
  idempotencyKeyCommitment: string
}

/** The commitments to an acceptance's identifying values. */
export function commitAcceptance(opening: AcceptanceOpening): AcceptanceCommitments {
  const { salt } = opening
  return {
    acceptedAtCommitment: commit(salt, 'acceptedAt', opening.acceptedAt),
    customerCommitment: commit(salt, 'customerId', opening.customerId),
    orderCommitment: commit(salt, 'orderId', opening.orderId),
    idempotencyKeyCommitment: commit(salt, 'idempotencyKey', opening.idempotencyKey),
  }
}

/** Which commitments an opening does not match (empty: it opens them all). */
export function mismatchedCommitments(
  commitments: AcceptanceCommitments,
  opening: AcceptanceOpening,
): Array<keyof AcceptanceCommitments> {
  const expected = commitAcceptance(opening)
  return (Object.keys(expected) as Array<keyof AcceptanceCommitments>).filter(
    (name) => expected[name] !== commitments[name],
  )
}
