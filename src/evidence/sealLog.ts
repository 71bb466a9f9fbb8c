import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import {
  acceptanceLeafOf,
  evidenceColumnsFor,
  hasCommitments,
  isoInstant,
  type AcceptanceRecordForLeaf,
} from './acceptanceRecord.js'
import { acceptanceLeafHash, versionLeafHash } from './leaf.js'
import {
  appendLeaves,
  appendTreeHead,
  findLeaves,
  latestTreeHead,
  LIVE_LEAF,
  signedHead,
  type StoredLeaf,
} from './logStore.js'
import { forgetLogTree, loadLogTree } from './logTree.js'
import { evidenceSigningKey } from './signingKey.js'
import { signTreeHead, type SignedTreeHead } from './treeHead.js'
import { versionLeafOf, type VersionRecordForLeaf } from './versionRecord.js'

/**
 * How old a record must be before it is sealed. Records are sealed in id order, and a database
 * hands out ids before it commits: a record whose insert is still in flight could otherwise be
 * skipped by a seal that saw a later id. An acceptance is one autocommitted insert that takes
 * milliseconds; one still uncommitted after this long would show up in `verify` as a record
 * missing from the log, never silently.
 */
export const SEAL_SETTLE_MS = 2000

const PAGE = 1000

export interface SealResult {
  /** Leaves appended by this seal. */
  added: number
  /** The latest signed tree head (this seal's, or the one before when nothing was new). */
  head: SignedTreeHead | null
}

interface StoredAcceptanceRow extends AcceptanceRecordForLeaf {
  createdAt?: string | null
}

/** SQL ids are numbers; the log keeps them as text. */
function recordId(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text
}

async function newVersionLeaves(
  payload: Payload,
  options: ResolvedPolicyOptions,
  req: PayloadRequest,
): Promise<Array<Omit<StoredLeaf, 'index'>>> {
  const logged = await findLeaves(payload, options, { kind: { equals: 'version' } }, { req })
  const seen = new Set(logged.map((leaf) => leaf.record))
  const { docs } = await payload.db.find<VersionRecordForLeaf>({
    collection: options.slugs.versions,
    sort: 'id',
    limit: 0,
    pagination: false,
    select: {
      policySlug: true,
      number: true,
      changeType: true,
      publishedAt: true,
      effectiveAt: true,
      contentHashes: true,
    },
    req,
  })
  return docs
    .filter((version) => !seen.has(String(version.id)))
    .map((version) => ({
      kind: 'version' as const,
      record: String(version.id),
      leafHash: versionLeafHash(versionLeafOf(version)).toString('hex'),
    }))
}

/**
 * Records written before the log existed (or with it turned off) get their salt and commitments
 * now, once, before their leaf is taken.
 */
async function withCommitments(
  payload: Payload,
  options: ResolvedPolicyOptions,
  record: StoredAcceptanceRow,
  req: PayloadRequest,
): Promise<StoredAcceptanceRow> {
  if (hasCommitments(record)) return record
  const columns = evidenceColumnsFor({
    customerId: record.customerId,
    orderId: record.orderId ?? null,
    idempotencyKey: record.idempotencyKey,
    acceptedAt: isoInstant(record.acceptedAt),
  })
  await payload.db.updateOne({
    collection: options.slugs.acceptances,
    id: record.id,
    data: { ...columns },
    req,
    returning: false,
  })
  return { ...record, ...columns }
}

/** Hands the leaves of settled acceptances not in the log yet to `append`, page by page. */
async function newAcceptanceLeaves(
  payload: Payload,
  options: ResolvedPolicyOptions,
  settledBefore: number,
  req: PayloadRequest,
  append: (leaves: Array<Omit<StoredLeaf, 'index'>>) => Promise<void>,
): Promise<void> {
  const [last] = await findLeaves(
    payload,
    options,
    { and: [{ kind: { equals: 'acceptance' } }, LIVE_LEAF] },
    { limit: 1, sort: '-index', req },
  )
  let after: string | number | null = last ? recordId(last.record) : null
  for (;;) {
    const { docs } = await payload.db.find<StoredAcceptanceRow>({
      collection: options.slugs.acceptances,
      where: after === null ? {} : { id: { greater_than: after } },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      req,
    })
    const leaves: Array<Omit<StoredLeaf, 'index'>> = []
    let settled = true
    for (const doc of docs) {
      if (doc.createdAt && Date.parse(doc.createdAt) > settledBefore) {
        settled = false
        break
      }
      const record = await withCommitments(payload, options, doc, req)
      leaves.push({
        kind: 'acceptance',
        record: String(record.id),
        leafHash: acceptanceLeafHash(acceptanceLeafOf(record)).toString('hex'),
      })
    }
    await append(leaves)
    if (!settled || docs.length < PAGE) return
    after = docs[docs.length - 1].id
  }
}

/**
 * Leaves are written in statements of this many (one multi-row INSERT each) as the seal reads
 * records, so a seal holds at most this many new leaves in memory, however many it appends.
 */
const WRITE_EVERY = 5000

const running = new WeakMap<Payload, Promise<unknown>>()

/**
 * Every Payload instance runs the sealing job (tests and multi-instance deployments start many on
 * one database), so seals race. Two seals that computed the same next leaves both try to insert
 * leaf `size`, `size + 1`, …; the unique leaf index lets one through and fails the other, which
 * then starts over from the log as it now is — never a leaf twice, never a fork.
 */
const SEAL_ATTEMPTS = 4

/**
 * Seals the evidence log: appends a leaf for every published version and every settled
 * acceptance not in it yet (versions first, then acceptances, each in id order), and signs a tree
 * head over the whole log, in one transaction. Runs off the request path (the jobs queue every few
 * seconds, `npm run policy -- seal`); one seal at a time per process, and the unique leaf index
 * and tree size make a second process's concurrent seal fail instead of forking the log (it then
 * tries again over the log as the other left it, see {@link SEAL_ATTEMPTS}).
 */
export function sealLog(
  payload: Payload,
  options: ResolvedPolicyOptions,
  { now = new Date(), settleMs = SEAL_SETTLE_MS }: { now?: Date; settleMs?: number } = {},
): Promise<SealResult> {
  const previous = running.get(payload) ?? Promise.resolve()
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await seal(payload, options, now, settleMs)
        } catch (error) {
          if (attempt >= SEAL_ATTEMPTS) throw error
        }
      }
    })
  running.set(payload, next)
  return next
}

async function seal(
  payload: Payload,
  options: ResolvedPolicyOptions,
  now: Date,
  settleMs: number,
): Promise<SealResult> {
  const key = evidenceSigningKey(payload, options)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const tree = await loadLogTree(payload, options, req)
    let added = 0
    let pending: Array<Omit<StoredLeaf, 'index'>> = []
    const write = async () => {
      const leaves = pending.map((leaf, i) => ({ ...leaf, index: tree.size + i }))
      pending = []
      if (!leaves.length) return
      await appendLeaves(payload, options, leaves, req)
      for (const leaf of leaves) tree.append(Buffer.from(leaf.leafHash, 'hex'))
      added += leaves.length
    }
    const append = async (leaves: Array<Omit<StoredLeaf, 'index'>>) => {
      pending.push(...leaves)
      if (pending.length >= WRITE_EVERY) await write()
    }
    await append(await newVersionLeaves(payload, options, req))
    await newAcceptanceLeaves(payload, options, now.getTime() - settleMs, req, append)
    await write()
    if (!added) {
      const latest = await latestTreeHead(payload, options, req)
      await commitTransaction(req)
      return { added: 0, head: latest ? signedHead(latest) : null }
    }
    // Never older than the head before it: a racing sealer may have signed a later time.
    const before = await latestTreeHead(payload, options, req)
    const timestamp =
      before && before.timestamp > now.toISOString() ? before.timestamp : now.toISOString()
    const head = signTreeHead(key, {
      treeSize: tree.size,
      rootHash: tree.root().toString('hex'),
      timestamp,
    })
    await appendTreeHead(payload, options, { ...head, publicKey: key.publicKeyBase64 }, req)
    await commitTransaction(req)
    return { added, head }
  } catch (error) {
    forgetLogTree(payload)
    await killTransaction(req)
    throw error
  }
}
