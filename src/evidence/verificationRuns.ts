import { performance } from 'node:perf_hooks'
import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { latestTreeHead, type StoredTreeHead } from './logStore.js'
import { keyIdOf, publicKeyFromBase64, verifyTreeHead } from './treeHead.js'
import { verifyLog, type VerifyFinding, type VerifyReport } from './verifyLog.js'

/** What started a `verify` run. */
export const VERIFICATION_TRIGGERS = ['cli', 'schedule', 'admin'] as const
export type VerificationTrigger = (typeof VERIFICATION_TRIGGERS)[number]

/**
 * Findings kept on a stored run. A tampered ledger can yield one finding per record; the record is
 * a pointer ("look here, run the CLI"), not a second copy of the ledger.
 */
export const MAX_STORED_FINDINGS = 100

/** A stored `verify` run, as the `policy-log-verifications` collection holds it. */
export interface VerificationRun {
  id?: string | number
  verifiedAt: string
  ok: boolean
  trigger: VerificationTrigger
  triggeredBy: string | null
  durationMs: number
  findingCount: number
  findings: VerifyFinding[]
  error: string | null
  treeSize: number | null
  rootHash: string | null
  treeHeadTimestamp: string | null
  keyId: string | null
  counts: Pick<
    VerifyReport,
    'leaves' | 'treeHeads' | 'acceptances' | 'versions' | 'erased' | 'purged' | 'pending'
  > | null
}

export interface RecordedVerification {
  /** The full report (all findings), as `verifyLog` returned it. */
  report: VerifyReport
  run: VerificationRun
}

/** The stored form of a finished run: the report's counts, its first findings, the head it covered. */
export function verificationRunOf(
  report: VerifyReport,
  head: StoredTreeHead | null,
  base: Pick<VerificationRun, 'verifiedAt' | 'trigger' | 'triggeredBy' | 'durationMs'>,
): VerificationRun {
  const { leaves, treeHeads, acceptances, versions, erased, purged, pending } = report
  return {
    ...base,
    ok: report.ok,
    findingCount: report.findings.length,
    findings: report.findings.slice(0, MAX_STORED_FINDINGS),
    error: null,
    treeSize: head?.treeSize ?? null,
    rootHash: head?.rootHash ?? null,
    treeHeadTimestamp: head?.timestamp ?? null,
    keyId: report.keyId,
    counts: { leaves, treeHeads, acceptances, versions, erased, purged, pending },
  }
}

/**
 * Runs `verifyLog` and stores the run: when, by whom, the result (capped findings), the counts and
 * the latest tree head it covered. The head is read before verify starts, so verify's own read of
 * the heads includes it: "verified through tree size N" is never more than was checked. A run that
 * fails is stored too (with its error) and the error rethrown: an auditor sees that the check did
 * not happen rather than an old green result.
 */
export async function runRecordedVerification(
  payload: Payload,
  options: ResolvedPolicyOptions,
  {
    trigger,
    triggeredBy = null,
    req,
    now,
  }: {
    trigger: VerificationTrigger
    triggeredBy?: string | null
    req?: PayloadRequest
    now?: Date
  },
): Promise<RecordedVerification> {
  const verifiedAt = (now ?? new Date()).toISOString()
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  let report: VerifyReport
  let head: StoredTreeHead | null
  try {
    head = await latestTreeHead(payload, options)
    report = await verifyLog(payload, options, now ? { now } : {})
  } catch (error) {
    const run: VerificationRun = {
      verifiedAt,
      trigger,
      triggeredBy,
      durationMs: elapsed(),
      ok: false,
      findingCount: 0,
      findings: [],
      error: error instanceof Error ? error.message : String(error),
      treeSize: null,
      rootHash: null,
      treeHeadTimestamp: null,
      keyId: null,
      counts: null,
    }
    await storeRun(payload, options, run, req)
    throw error
  }
  const run = verificationRunOf(report, head, {
    verifiedAt,
    trigger,
    triggeredBy,
    durationMs: elapsed(),
  })
  return { report, run: await storeRun(payload, options, run, req) }
}

async function storeRun(
  payload: Payload,
  options: ResolvedPolicyOptions,
  run: VerificationRun,
  req?: PayloadRequest,
): Promise<VerificationRun> {
  // The collection refuses every write through the API (create: denyAll); the run is the server's
  // own statement, written with access overridden, like the ledger's other server-side records.
  const doc = await payload.create({
    collection: options.slugs.verifications,
    data: { ...run },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { ...run, id: doc.id }
}

/** The most recent stored run, or null when verify never ran. */
export async function latestVerification(
  payload: Payload,
  options: ResolvedPolicyOptions,
): Promise<VerificationRun | null> {
  const { docs } = await payload.find({
    collection: options.slugs.verifications,
    sort: '-verifiedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (docs[0] as unknown as VerificationRun | undefined) ?? null
}

/** The latest signed tree head as the admin shows it: is its signature good, and by which key. */
export interface TreeHeadStatus {
  treeSize: number
  rootHash: string
  timestamp: string
  /** SHA-256 of the raw public key that signed it (hex): the key's fingerprint. */
  keyId: string
  signatureValid: boolean
  /** Whether that key is the one the server signs with now (a head from before a key change is not). */
  signedByCurrentKey: boolean
}

export async function latestTreeHeadStatus(
  payload: Payload,
  options: ResolvedPolicyOptions,
  currentKeyId: string,
): Promise<TreeHeadStatus | null> {
  const head = await latestTreeHead(payload, options)
  if (!head) return null
  // The stored key must be the one the head names, or anyone could store a head with their own.
  const keyId = keyIdOf(Buffer.from(head.publicKey, 'base64'))
  let signatureValid = false
  try {
    signatureValid =
      keyId === head.keyId && verifyTreeHead(publicKeyFromBase64(head.publicKey), head)
  } catch {
    signatureValid = false
  }
  return {
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    timestamp: head.timestamp,
    keyId,
    signatureValid,
    signedByCurrentKey: keyId === currentKeyId,
  }
}
