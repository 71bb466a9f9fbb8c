import type { Payload, PayloadRequest, Where } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { sqlBulkInserter } from '../util/sqlBulkInsert.js'
import type { SignedTreeHead } from './treeHead.js'

/**
 * Storage of the evidence log (leaves and signed tree heads). The log is written and read through
 * the database adapter directly, here only: its collections refuse every write through Payload
 * (append-only guards), and reading thousands of leaves needs no hooks, access or relationships.
 */

export type LeafKind = 'acceptance' | 'version'

export interface StoredLeaf {
  index: number
  kind: LeafKind
  /** The record's id as text. */
  record: string
  leafHash: string
  recordPurgedOn?: string | null
}

export interface StoredTreeHead extends SignedTreeHead {
  /** The signing key's raw public key, base64. */
  publicKey: string
}

const PAGE = 10_000

function leavesOf(options: ResolvedPolicyOptions) {
  return options.slugs.logLeaves
}

/** Leaves from `fromIndex` on, in log order, at most `limit`. */
export async function readLeaves(
  payload: Payload,
  options: ResolvedPolicyOptions,
  {
    fromIndex = 0,
    limit = PAGE,
    req,
  }: { fromIndex?: number; limit?: number; req?: PayloadRequest } = {},
): Promise<StoredLeaf[]> {
  const { docs } = await payload.db.find<StoredLeaf>({
    collection: leavesOf(options),
    where: { index: { greater_than_equal: fromIndex } },
    sort: 'index',
    limit,
    pagination: false,
    req,
  })
  return docs.map((doc) => ({
    index: Number(doc.index),
    kind: doc.kind,
    record: String(doc.record),
    leafHash: doc.leafHash,
    recordPurgedOn: doc.recordPurgedOn ?? null,
  }))
}

/** Every leaf, in log order, page by page. */
export async function* allLeaves(
  payload: Payload,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
): AsyncGenerator<StoredLeaf[]> {
  let fromIndex = 0
  for (;;) {
    const page = await readLeaves(payload, options, { fromIndex, req })
    if (!page.length) return
    yield page
    fromIndex = page[page.length - 1].index + 1
  }
}

export async function findLeaves(
  payload: Payload,
  options: ResolvedPolicyOptions,
  where: Where,
  { limit = 0, sort = 'index', req }: { limit?: number; sort?: string; req?: PayloadRequest } = {},
): Promise<StoredLeaf[]> {
  const { docs } = await payload.db.find<StoredLeaf>({
    collection: leavesOf(options),
    where,
    sort,
    limit,
    pagination: false,
    req,
  })
  return docs.map((doc) => ({ ...doc, index: Number(doc.index), record: String(doc.record) }))
}

/**
 * A leaf whose record is still there. SQLite may hand a purged record's id to a new record (it
 * reuses the highest rowid once that row is gone), so a purged leaf never stands for a record.
 */
export const LIVE_LEAF: Where = { recordPurgedOn: { exists: false } }

/** The leaf of one record, if it is in the log. */
export async function leafOfRecord(
  payload: Payload,
  options: ResolvedPolicyOptions,
  kind: LeafKind,
  record: string | number,
): Promise<StoredLeaf | null> {
  const [leaf] = await findLeaves(
    payload,
    options,
    { and: [{ kind: { equals: kind } }, { record: { equals: String(record) } }, LIVE_LEAF] },
    { limit: 1 },
  )
  return leaf ?? null
}

/**
 * Appends leaves in one multi-row INSERT (a few for very large seals) where the adapter is
 * drizzle-based (SQLite, PostgreSQL): one statement per leaf made a large seal cost one write per
 * leaf. Payload's adapter API has no bulk create for every adapter, so on any other (MongoDB) the
 * leaves go one document each. The unique leaf index makes a racing sealer's insert fail rather
 * than fork the log (see `sealLog`).
 */
export async function appendLeaves(
  payload: Payload,
  options: ResolvedPolicyOptions,
  leaves: StoredLeaf[],
  req: PayloadRequest,
): Promise<void> {
  const rows = leaves.map((leaf) => ({
    index: leaf.index,
    kind: leaf.kind,
    record: leaf.record,
    leafHash: leaf.leafHash,
  }))
  const bulk = sqlBulkInserter(payload, leavesOf(options))
  if (bulk) {
    await bulk.insert(rows, { req })
    return
  }
  for (const data of rows) {
    await payload.db.create({ collection: leavesOf(options), data, req, returning: false })
  }
}

/** Marks the leaves of purged records: their records are gone on purpose. */
export async function markLeavesPurged(
  payload: Payload,
  options: ResolvedPolicyOptions,
  records: Array<string | number>,
  day: string,
  req?: PayloadRequest,
): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    await payload.db.updateMany({
      collection: leavesOf(options),
      where: {
        and: [
          { kind: { equals: 'acceptance' } },
          { record: { in: records.slice(i, i + 500).map(String) } },
          LIVE_LEAF,
        ],
      },
      data: { recordPurgedOn: day },
      req,
      returning: false,
    })
  }
}

function toHead(doc: StoredTreeHead): StoredTreeHead {
  return {
    treeSize: Number(doc.treeSize),
    rootHash: doc.rootHash,
    timestamp: doc.timestamp,
    keyId: doc.keyId,
    signature: doc.signature,
    publicKey: doc.publicKey,
  }
}

export async function latestTreeHead(
  payload: Payload,
  options: ResolvedPolicyOptions,
  req?: PayloadRequest,
): Promise<StoredTreeHead | null> {
  const { docs } = await payload.db.find<StoredTreeHead>({
    collection: options.slugs.treeHeads,
    sort: '-treeSize',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ? toHead(docs[0]) : null
}

/** Every tree head, smallest first. */
export async function allTreeHeads(
  payload: Payload,
  options: ResolvedPolicyOptions,
): Promise<StoredTreeHead[]> {
  const { docs } = await payload.db.find<StoredTreeHead>({
    collection: options.slugs.treeHeads,
    sort: 'treeSize',
    limit: 0,
    pagination: false,
  })
  return docs.map(toHead)
}

export async function appendTreeHead(
  payload: Payload,
  options: ResolvedPolicyOptions,
  head: StoredTreeHead,
  req: PayloadRequest,
): Promise<void> {
  await payload.db.create({
    collection: options.slugs.treeHeads,
    data: { ...head },
    req,
    returning: false,
  })
}

/** The public part of a stored head (what receipts carry). */
export function signedHead(head: StoredTreeHead): SignedTreeHead {
  const { publicKey: _publicKey, ...signed } = head
  return signed
}
