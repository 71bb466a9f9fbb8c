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
import { StreamingRoot } from './merkle.js'
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

const KIND_CODE = { acceptance: 0, version: 1 } as const
const KIND_OF = ['acceptance', 'version'] as const

/**
 * The stored log as `verify` needs it, compactly (a million leaves are about 100 MB here, where
 * objects and a Merkle tree of Buffers were several times that): leaf hashes in one buffer, kinds
 * and purge marks in byte arrays, each record's position by kind. Leaves are read page by page;
 * tree heads' roots are computed while they stream past (see {@link StreamingRoot}).
 */
class StoredLog {
  size = 0
  private hashes = Buffer.alloc(32 * 1024)
  private kinds = new Uint8Array(1024)
  private purged = new Uint8Array(1024)
  private records: string[] = []
  private readonly positions = [new Map<string, number>(), new Map<string, number>()]
  /** The highest numeric acceptance id with a live leaf (records below it should all be in). */
  highestSealedAcceptance = -1

  append(leaf: StoredLeaf): number | undefined {
    if (this.size === this.kinds.length) this.grow()
    const at = this.size
    this.hashes.write(leaf.leafHash, at * 32, 32, 'hex')
    const kind = KIND_CODE[leaf.kind]
    this.kinds[at] = kind
    this.purged[at] = leaf.recordPurgedOn ? 1 : 0
    this.records.push(leaf.record)
    this.size += 1
    // A purged leaf stands for no record any more (its id may be a new record's, see LIVE_LEAF).
    if (leaf.recordPurgedOn) return undefined
    const earlier = this.positions[kind].get(leaf.record)
    if (earlier !== undefined) return earlier
    this.positions[kind].set(leaf.record, at)
    if (leaf.kind === 'acceptance' && /^\d+$/.test(leaf.record))
      this.highestSealedAcceptance = Math.max(this.highestSealedAcceptance, Number(leaf.record))
    return undefined
  }

  private grow(): void {
    const capacity = this.kinds.length * 2
    const hashes = Buffer.alloc(capacity * 32)
    this.hashes.copy(hashes)
    this.hashes = hashes
    const kinds = new Uint8Array(capacity)
    kinds.set(this.kinds)
    this.kinds = kinds
    const purged = new Uint8Array(capacity)
    purged.set(this.purged)
    this.purged = purged
  }

  positionOf(kind: StoredLeaf['kind'], record: string | number): number | undefined {
    return this.positions[KIND_CODE[kind]].get(String(record))
  }

  hashAt(position: number): Buffer {
    return this.hashes.subarray(position * 32, position * 32 + 32)
  }

  kindAt(position: number): StoredLeaf['kind'] {
    return KIND_OF[this.kinds[position]]
  }

  isPurged(position: number): boolean {
    return this.purged[position] === 1
  }

  recordAt(position: number): string {
    return this.records[position]
  }

  /** Where a leaf with this hash sits in the log, if anywhere (to name a reordering). */
  find(hash: Buffer): number {
    const stored = this.hashes.subarray(0, this.size * 32)
    for (let from = 0; ;) {
      const at = stored.indexOf(hash, from)
      if (at < 0) return -1
      if (at % 32 === 0) return at / 32
      from = at + 1
    }
  }
}

/**
 * Reads every leaf in log order, page by page, into a {@link StoredLog}; answers it and the root
 * of the stored leaves at each tree head's size (heads beyond the log get none).
 */
async function readLog(
  payload: Payload,
  options: ResolvedPolicyOptions,
  heads: StoredTreeHead[],
  findings: VerifyFinding[],
): Promise<{ log: StoredLog; roots: Map<number, string> }> {
  const log = new StoredLog()
  const streaming = new StreamingRoot()
  const sizes = [...new Set(heads.map((head) => head.treeSize))].sort((a, b) => a - b)
  const roots = new Map<number, string>()
  let nextSize = 0
  const rootsUpTo = (size: number) => {
    while (nextSize < sizes.length && sizes[nextSize] === size) {
      roots.set(size, streaming.root().toString('hex'))
      nextSize += 1
    }
  }
  rootsUpTo(0)
  for await (const page of allLeaves(payload, options)) {
    for (const leaf of page) {
      if (leaf.index !== log.size) {
        findings.push({
          subject: `leaf ${log.size}`,
          problem: `missing: the next stored leaf is ${leaf.index} (leaves deleted)`,
        })
      }
      const earlier = log.append(leaf)
      if (earlier !== undefined) {
        findings.push({
          subject: `leaf ${leaf.index}`,
          problem: `${leaf.kind} ${leaf.record} is already leaf ${earlier}`,
        })
      }
      streaming.append(log.hashAt(log.size - 1))
      rootsUpTo(log.size)
    }
  }
  return { log, roots }
}

/**
 * Each tree head: signed by the configured key, its root recomputed from the stored leaves, not
 * older than the one before. Two heads whose roots both match the same stored leaves are
 * consistent by construction (each is the root of a prefix of one sequence), so the RFC 9162
 * consistency proof between them needs no separate check; a head whose root does not match is
 * named.
 */
function checkTreeHeads(
  heads: StoredTreeHead[],
  log: StoredLog,
  roots: Map<number, string>,
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
    if (head.treeSize > log.size) {
      problem(`covers ${head.treeSize} leaves but the log has ${log.size} (leaves deleted)`)
    } else if (roots.get(head.treeSize) !== head.rootHash) {
      problem(
        'its root does not match the stored leaves (a leaf was changed, removed or reordered)',
      )
    }
    if (previous && head.timestamp < previous.timestamp)
      problem('is older than the tree head before it')
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

async function checkVersions(
  payload: Payload,
  options: ResolvedPolicyOptions,
  log: StoredLog,
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
    const index = log.positionOf('version', version.id)
    if (index === undefined) {
      report.pending += 1
      continue
    }
    seen.add(index)
    if (!versionLeafHash(versionLeafOf(version)).equals(log.hashAt(index)))
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
  log: StoredLog,
  heads: StoredTreeHead[],
  report: VerifyReport,
): Promise<Set<number>> {
  const { findings } = report
  const seen = new Set<number>()
  const latest = heads[heads.length - 1] ?? null
  const highestSealed = log.highestSealedAcceptance
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
      const index = log.positionOf('acceptance', record.id)
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
      const hash = acceptanceLeafHash(acceptanceLeafOf(record))
      if (!hash.equals(log.hashAt(index))) {
        const elsewhere = log.find(hash)
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
 * record accounted for. Read-only. Leaves and records are read page by page; what stays in memory
 * is about 100 bytes a leaf (see {@link StoredLog}).
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
  const heads = await allTreeHeads(payload, options)
  report.treeHeads = heads.length
  const { log, roots } = await readLog(payload, options, heads, findings)
  report.leaves = log.size
  checkTreeHeads(heads, log, roots, key.keyId, findings)
  const versions = await checkVersions(payload, options, log, report)
  const acceptances = await checkAcceptances(payload, options, log, heads, report)
  // Leaves whose record is gone: purged by retention, or deleted behind the log's back.
  const cutoff = retentionCutoff(now, options.retentionYears).toISOString()
  for (let index = 0; index < log.size; index += 1) {
    const kind = log.kindAt(index)
    if (kind === 'acceptance' && log.isPurged(index)) {
      report.purged += 1
      // A record sealed inside the retention period cannot have expired yet. (The first tree
      // head is exempt: it may seal records written long before the log existed.)
      const sealedBy = sealingHead(heads, index)
      if (sealedBy > 0 && heads[sealedBy].timestamp > cutoff) {
        findings.push({
          subject: `purged acceptance ${log.recordAt(index)} (leaf ${index})`,
          problem: `deleted: leaf ${index} is marked purged, but it was sealed on ${heads[sealedBy].timestamp.slice(0, 10)}, inside the retention period`,
        })
      }
      continue
    }
    if (versions.has(index) || acceptances.has(index)) continue
    findings.push({
      subject: `${kind} ${log.recordAt(index)}`,
      problem: `deleted: leaf ${index} has no record`,
    })
  }
  const covered = heads.length ? heads[heads.length - 1].treeSize : 0
  if (covered < log.size) {
    findings.push({
      subject: `leaf ${covered}`,
      problem: `${log.size - covered} leaves are covered by no signed tree head`,
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
