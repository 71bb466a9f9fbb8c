import { describe, expect, it } from 'vitest'

import { MAX_STORED_FINDINGS, verificationRunOf } from './verificationRuns.js'
import type { VerifyReport } from './verifyLog.js'

const report = (findings: number): VerifyReport => ({
  ok: findings === 0,
  leaves: 7,
  treeHeads: 2,
  acceptances: 5,
  versions: 2,
  erased: 1,
  purged: 0,
  pending: 1,
  keyId: 'ab'.repeat(32),
  findings: Array.from({ length: findings }, (_, i) => ({
    subject: `acceptance ${i}`,
    problem: 'changed since it was sealed (leaf 1)',
  })),
})

const base = {
  verifiedAt: '2026-12-02T08:00:00.000Z',
  trigger: 'cli' as const,
  triggeredBy: 'ops@host',
  durationMs: 12,
}

const head = {
  treeSize: 7,
  rootHash: 'cd'.repeat(32),
  timestamp: '2026-12-02T07:59:58.000Z',
  keyId: 'ab'.repeat(32),
  signature: 'c2ln',
  publicKey: 'a2V5',
}

describe('a stored verification run', () => {
  it('records a clean run with its counts and the tree head it covered', () => {
    expect(verificationRunOf(report(0), head, base)).toEqual({
      ...base,
      ok: true,
      findingCount: 0,
      findings: [],
      error: null,
      treeSize: 7,
      rootHash: head.rootHash,
      treeHeadTimestamp: head.timestamp,
      keyId: head.keyId,
      counts: {
        leaves: 7,
        treeHeads: 2,
        acceptances: 5,
        versions: 2,
        erased: 1,
        purged: 0,
        pending: 1,
      },
    })
  })

  it('keeps the first findings of a tampered ledger and the count of all of them', () => {
    const run = verificationRunOf(report(MAX_STORED_FINDINGS + 5), head, base)
    expect(run.ok).toBe(false)
    expect(run.findingCount).toBe(MAX_STORED_FINDINGS + 5)
    expect(run.findings).toHaveLength(MAX_STORED_FINDINGS)
    expect(run.findings[0]).toEqual({
      subject: 'acceptance 0',
      problem: 'changed since it was sealed (leaf 1)',
    })
  })

  it('says no tree head was covered when the log was never sealed', () => {
    const run = verificationRunOf(report(0), null, base)
    expect([run.treeSize, run.rootHash, run.treeHeadTimestamp]).toEqual([null, null, null])
  })
})
