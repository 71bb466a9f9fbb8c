import type { Payload } from 'payload'

import { contentHash } from '../hash/contentHash.js'
import { ERASED_CUSTOMER_ID } from '../operations/customerAcceptances.js'
import { retentionCutoff } from '../operations/purgeExpired.js'
import type { StoredVersion } from '../operations/versionQueries.js'
import { snapshotText } from '../policy/snapshot.js'
import type { ResolvedPolicyOptions } from '../types.js'
import {
  acceptanceLeafOf,
  isoInstant,
  openingOf,
  type AcceptanceRecordForLeaf,
} from './acceptanceRecord.js'
import { acceptanceLeafHash, mismatchedCommitments, versionLeafHash } from './leaf.js'
import { allLeaves, allTreeHeads, type StoredLeaf, type StoredTreeHead } from './logStore.js'
import { MerkleTree, verifyConsistency } from './merkle.js'
import { SEAL_SETTLE_MS } from './sealLog.js'
import { evidenceSigningKey } from './signingKey.js'
import { publicKeyFromBase64, verifyTreeHead } from './treeHead.js'
import { versionLeafOf } from './versionRecord.js'

/**
 * How late a record may be sealed after its acceptance time before `verify` calls it back-dated:
 * the sealing job runs every few seconds, so a record that a later seal skipped, or that appears
 * in the log long after the time it claims, was written after the fact.
 */
export const BACKDATING_GRACE_MS = SEAL_SETTLE_MS + 60_000

/** One thing that does not match, named so an auditor can find it. */
export interface VerifyFinding {
  /** E.g. `acceptance 12`, `version 3 of privacy-policy`, `tree head 7`, `leaf 41`. */
  subject: string
  problem: string
}

export interface VerifyReport {
  ok: boolean
  leaves: number
  treeHeads: number
  acceptances: number
  versions: number
  /** Acceptances whose customer was erased (their leaves verify; they name no one). */
  erased: number
  /** Leaves of records the retention purge removed. */
  purged: number
  /** Records newer than the latest seal: not in the log yet. */
  pending: number
  keyId: string
  findings: VerifyFinding[]
}

const PAGE = 5000

interface LeafIndex {
  tree: MerkleTree
  leaves: StoredLeaf[]
  byRecord: Map<string, number>
}

const recordKey = (kind: StoredLeaf['kind'], record: string | number) => `${kind}:${record}`

async function readLog(
  payload: Payload,
  options: ResolvedPolicyOptions,
  findings: VerifyFinding[],
): Promise<LeafIndex> {
  const tree = new MerkleTree()
  const leaves: StoredLeaf[] = []
  const byRecord = new Map<string, number>()
  for await (const page of allLeaves(payload, options)) {
    for (const leaf of page) {
      if (leaf.index !== leaves.length) {
        findings.push({
          subject: `leaf ${leaves.length}`,
          problem: `missing: the next stored leaf is ${leaf.index} (leaves deleted)`,
        })
      }
      const key = recordKey(leaf.kind, leaf.record)
      if (leaf.recordPurgedOn) {
        // Stands for no record any more (its id may be a new record's, see LIVE_LEAF).
      } else if (byRecord.has(key)) {
        findings.push({
          subject: `leaf ${leaf.index}`,
          problem: `${leaf.kind} ${leaf.record} is already leaf ${byRecord.get(key)}`,
        })
      } else byRecord.set(key, leaves.length)
      leaves.push(leaf)
      tree.append(Buffer.from(leaf.leafHash, 'hex'))
    }
  }
  return { tree, leaves, byRecord }
}

/** Each tree head: signed by the configured key, its root recomputed, consistent with the one before. */
function checkTreeHeads(
  heads: StoredTreeHead[],
  log: LeafIndex,
  keyId: string,
  findings: VerifyFinding[],
): void {
  let previous: StoredTreeHead | null = null
  for (const head of heads) {
    const subject = `tree head ${head.treeSize}`
    const problem = (text: string) => findings.push({ subject, problem: text })
    let signed = false
    try {
      signed = verifyTreeHead(publicKeyFromBase64(head.publicKey), head)
    } catch {
      signed = false
    }
    if (!signed) problem('the signature does not verify')
    if (head.keyId !== keyId) problem(`signed by key ${head.keyId}, not the configured ${keyId}`)
    if (head.treeSize > log.tree.size) {
      problem(`covers ${head.treeSize} leaves but the log has ${log.tree.size} (leaves deleted)`)
    } else if (log.tree.root(head.treeSize).toString('hex') !== head.rootHash) {
      problem(
        'its root does not match the stored leaves (a leaf was changed, removed or reordered)',
      )
    }
    if (previous) {
      if (head.timestamp < previous.timestamp) problem('is older than the tree head before it')
      if (head.treeSize <= log.tree.size) {
        const consistent = verifyConsistency({
          firstSize: previous.treeSize,
          secondSize: head.treeSize,
          firstRoot: Buffer.from(previous.rootHash, 'hex'),
          secondRoot: Buffer.from(head.rootHash, 'hex'),
          proof: log.tree.consistencyProof(previous.treeSize, head.treeSize),
        })
        if (!consistent) problem(`is not an extension of tree head ${previous.treeSize}`)
      }
    }
    previous = head
  }
}

/** The tree head that first covered each leaf index, found by binary search. */
function sealingHead(heads: StoredTreeHead[], index: number): number {
  let low = 0
  let high = heads.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (heads[mid].treeSize > index) {
      found = mid
      high = mid - 1
    } else low = mid + 1
  }
  return found
}

/** Where a record's recomputed leaf sits in the log, if anywhere (to name a reordering). */
function positionOf(log: LeafIndex, hash: string): number {
  return log.leaves.findIndex((leaf) => leaf.leafHash === hash)
}

async function checkVersions(
  payload: Payload,
  options: ResolvedPolicyOptions,
  log: LeafIndex,
  report: VerifyReport,
): Promise<Set<number>> {
  const { findings } = report
  const seen = new Set<number>()
  const { docs } = await payload.db.find<StoredVersion>({
    collection: options.slugs.versions,
    sort: 'id',
    limit: 0,
    pagination: false,
  })
  for (const version of docs) {
    report.versions += 1
    const subject = `version ${version.number} of ${version.policySlug} (id ${version.id})`
    for (const [locale, frozen] of Object.entries(version.snapshot ?? {})) {
      if (contentHash(snapshotText(frozen)) !== version.contentHashes?.[locale]) {
        findings.push({
          subject,
          problem: `its frozen ${locale} text does not match its content hash (text changed)`,
        })
      }
    }
    for (const locale of Object.keys(version.contentHashes ?? {})) {
      if (!version.snapshot?.[locale])
        findings.push({ subject, problem: `its frozen ${locale} text is missing` })
    }
    const index = log.byRecord.get(recordKey('version', String(version.id)))
    if (index === undefined) {
      report.pending += 1
      continue
    }
    seen.add(index)
    const hash = versionLeafHash(versionLeafOf(version)).toString('hex')
    if (hash !== log.leaves[index].leafHash)
      findings.push({ subject, problem: `changed since it was sealed (leaf ${index})` })
  }
  return seen
}

function checkOpening(record: AcceptanceRecordForLeaf, subject: string, report: VerifyReport) {
  const opening = openingOf(record)
  if (!opening) {
    if (record.customerId === ERASED_CUSTOMER_ID) report.erased += 1
    else report.findings.push({ subject, problem: 'its salt is missing but it was not erased' })
    return
  }
  const commitments = {
    acceptedAtCommitment: record.acceptedAtCommitment ?? '',
    customerCommitment: record.customerCommitment ?? '',
    orderCommitment: record.orderCommitment ?? '',
    idempotencyKeyCommitment: record.idempotencyKeyCommitment ?? '',
  }
  const fields = {
    acceptedAtCommitment: 'acceptedAt',
    customerCommitment: 'customerId',
    orderCommitment: 'orderId',
    idempotencyKeyCommitment: 'idempotencyKey',
  } as const
  for (const name of mismatchedCommitments(commitments, opening)) {
    report.findings.push({
      subject,
      problem: `its ${fields[name]} does not match its commitment (changed)`,
    })
  }
}

async function checkAcceptances(
  payload: Payload,
  options: ResolvedPolicyOptions,
  log: LeafIndex,
  heads: StoredTreeHead[],
  report: VerifyReport,
): Promise<Set<number>> {
  const { findings } = report
  const seen = new Set<number>()
  const latest = heads[heads.length - 1] ?? null
  let highestSealed = -1
  for (const leaf of log.leaves) {
    if (leaf.kind === 'acceptance' && !leaf.recordPurgedOn && /^\d+$/.test(leaf.record))
      highestSealed = Math.max(highestSealed, Number(leaf.record))
  }
  let after: string | number | null = null
  for (;;) {
    const { docs }: { docs: AcceptanceRecordForLeaf[] } = await payload.db.find({
      collection: options.slugs.acceptances,
      where: after === null ? {} : { id: { greater_than: after } },
      sort: 'id',
      limit: PAGE,
      pagination: false,
    })
    for (const record of docs) {
      report.acceptances += 1
      const subject = `acceptance ${record.id}`
      checkOpening(record, subject, report)
      const index = log.byRecord.get(recordKey('acceptance', String(record.id)))
      const acceptedAt = Date.parse(isoInstant(record.acceptedAt))
      if (index === undefined) {
        const numericId = Number(record.id)
        if (Number.isFinite(numericId) && numericId < highestSealed) {
          findings.push({ subject, problem: 'not in the log, but later records are (inserted)' })
        } else if (
          openingOf(record) &&
          latest &&
          acceptedAt + BACKDATING_GRACE_MS < Date.parse(latest.timestamp)
        ) {
          findings.push({
            subject,
            problem: `not in the log, though accepted before the seal of ${latest.timestamp} (inserted or back-dated)`,
          })
        } else report.pending += 1
        continue
      }
      seen.add(index)
      const hash = acceptanceLeafHash(acceptanceLeafOf(record)).toString('hex')
      if (hash !== log.leaves[index].leafHash) {
        const elsewhere = positionOf(log, hash)
        findings.push({
          subject,
          problem:
            elsewhere >= 0
              ? `its leaf is at ${elsewhere}, not ${index} (reordered)`
              : `changed since it was sealed (leaf ${index})`,
        })
      }
      // Sealed long after the time it claims: written after the fact with an earlier date.
      const sealedBy = sealingHead(heads, index)
      const before = sealedBy > 0 ? heads[sealedBy - 1] : null
      if (
        before &&
        openingOf(record) &&
        acceptedAt + BACKDATING_GRACE_MS < Date.parse(before.timestamp)
      ) {
        findings.push({
          subject,
          problem: `accepted at ${isoInstant(record.acceptedAt)} but missing from the tree head of ${before.timestamp} (back-dated)`,
        })
      }
    }
    if (docs.length < PAGE) return seen
    after = docs[docs.length - 1].id
  }
}

/**
 * Checks the whole ledger against its evidence log, reading only the database and the configured
 * public key: every leaf recomputed from its record, every version's content hashes from its frozen
 * text, every tree head's signature and root, each head an extension of the one before, and every
 * record accounted for. Read-only.
 */
export async function verifyLog(
  payload: Payload,
  options: ResolvedPolicyOptions,
  { now = new Date() }: { now?: Date } = {},
): Promise<VerifyReport> {
  const key = evidenceSigningKey(payload, options)
  const findings: VerifyFinding[] = []
  const report: VerifyReport = {
    ok: false,
    leaves: 0,
    treeHeads: 0,
    acceptances: 0,
    versions: 0,
    erased: 0,
    purged: 0,
    pending: 0,
    keyId: key.keyId,
    findings,
  }
  const log = await readLog(payload, options, findings)
  report.leaves = log.leaves.length
  const heads = await allTreeHeads(payload, options)
  report.treeHeads = heads.length
  checkTreeHeads(heads, log, key.keyId, findings)
  const versions = await checkVersions(payload, options, log, report)
  const acceptances = await checkAcceptances(payload, options, log, heads, report)
  // Leaves whose record is gone: purged by retention, or deleted behind the log's back.
  const cutoff = retentionCutoff(now, options.retentionYears).toISOString()
  log.leaves.forEach((leaf, index) => {
    if (leaf.kind === 'acceptance' && leaf.recordPurgedOn) {
      report.purged += 1
      // A record sealed inside the retention period cannot have expired yet. (The first tree
      // head is exempt: it may seal records written long before the log existed.)
      const sealedBy = sealingHead(heads, index)
      if (sealedBy > 0 && heads[sealedBy].timestamp > cutoff) {
        findings.push({
          subject: `purged acceptance ${leaf.record} (leaf ${index})`,
          problem: `deleted: leaf ${index} is marked purged, but it was sealed on ${heads[sealedBy].timestamp.slice(0, 10)}, inside the retention period`,
        })
      }
      return
    }
    if (versions.has(index) || acceptances.has(index)) return
    findings.push({
      subject: `${leaf.kind} ${leaf.record}`,
      problem: `deleted: leaf ${index} has no record`,
    })
  })
  const covered = heads.length ? heads[heads.length - 1].treeSize : 0
  if (covered < log.leaves.length) {
    findings.push({
      subject: `leaf ${covered}`,
      problem: `${log.leaves.length - covered} leaves are covered by no signed tree head`,
    })
  }
  report.ok = findings.length === 0
  return report
}

/** One line: what was checked, or how many problems were found. */
export function summarizeReport(report: VerifyReport): string {
  const counts =
    `${report.leaves} leaves, ${report.treeHeads} tree heads, ${report.acceptances} acceptances ` +
    `(${report.erased} erased, ${report.pending} not sealed yet), ${report.purged} purged, ` +
    `${report.versions} versions; key ${report.keyId.slice(0, 16)}`
  return report.ok
    ? `ok: evidence log verified — ${counts}`
    : `FAILED: ${report.findings.length} problems — ${counts}`
}
