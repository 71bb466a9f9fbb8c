/**
 * The evidence log's cost, in process on real SQLite databases: recording acceptances with the
 * log on (salt, four HMAC commitments and a receipt per record, same one insert) against the log
 * off, in the same run; and sealing a batch of new records into the Merkle log with its signed
 * tree head, and `verify` over them.
 */
import { performance } from 'node:perf_hooks'

import { sql } from '@payloadcms/db-sqlite'

import { sealLog } from '../src/evidence/sealLog.js'
import { verifyLog } from '../src/evidence/verifyLog.js'
import { recordAcceptance } from '../src/operations/recordAcceptance.js'
import { startTestApp, type TestApp } from '../test/support/testPayload.js'
import { createStorefront } from '../test/support/storefronts.js'
import type { BenchRow } from './table.js'

const SLUG = 'privacy-policy'
const RECORDS = 1000
const SEALED = 5000

async function recordMany(app: TestApp, n: number): Promise<number> {
  const storefront = await createStorefront(app.payload)
  const { docs } = await app.payload.db.find<{
    number: number
    contentHashes: Record<string, string>
  }>({
    collection: 'policy-versions',
    limit: 1,
    pagination: false,
  })
  const client = {
    id: storefront.id,
    name: 'bench',
    scope: 'default',
    permissions: ['accept'] as const,
  }
  const start = performance.now()
  for (let i = 0; i < n; i += 1) {
    await recordAcceptance({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      input: {
        customerId: `bench-${i}`,
        version: docs[0].number,
        locale: 'lv',
        contentHash: docs[0].contentHashes.lv,
        channel: 'checkout',
        orderId: `order-${i}`,
      },
      storefront: { ...client, permissions: [...client.permissions] },
      idempotencyKey: null,
    })
  }
  return (n / (performance.now() - start)) * 1000
}

export async function runEvidenceLogBench(): Promise<BenchRow[]> {
  const off = await startTestApp('sqlite', { plugin: { evidence: false } })
  const on = await startTestApp('sqlite')
  try {
    // Interleaved halves, so drift of a shared machine hits both alike.
    let offRate = 0
    let onRate = 0
    for (let round = 0; round < 2; round += 1) {
      offRate += (await recordMany(off, RECORDS / 2)) / 2
      onRate += (await recordMany(on, RECORDS / 2)) / 2
    }
    await sealLog(on.payload, on.options, { settleMs: 0 })
    // More records, written now in one statement (copies with fresh ids and no commitments, so
    // the seal also backfills those: one extra update a record), then sealed in one go.
    const db = on.payload.db as unknown as {
      drizzle: { run: (query: unknown) => Promise<unknown> }
    }
    await db.drizzle.run(
      sql.raw(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SEALED})
        INSERT INTO policy_acceptances (policy_id, policy_slug, version_id, version_number, customer_id, scope, locale, content_hash, channel, storefront_id, accepted_at, idempotency_key, created_at, updated_at)
        SELECT a.policy_id, a.policy_slug, a.version_id, a.version_number, 'gen-' || n.i, a.scope, a.locale, a.content_hash, a.channel, a.storefront_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'gen-' || n.i, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM n, (SELECT * FROM policy_acceptances LIMIT 1) a`),
    )
    const sealStart = performance.now()
    const sealed = await sealLog(on.payload, on.options, { settleMs: 0 })
    const sealMs = performance.now() - sealStart
    const verifyStart = performance.now()
    const report = await verifyLog(on.payload, on.options)
    const verifyMs = performance.now() - verifyStart
    return [
      {
        group: 'evidence log',
        name: `record ${RECORDS} acceptances, log on (in process)`,
        perSecond: onRate,
        baseline: 'log off, same run',
        ratio: onRate / offRate,
        target: '≥ 0.9×',
        note: `log off: ${offRate.toFixed(0)}/s`,
      },
      {
        group: 'evidence log',
        name: `seal ${sealed.added} new leaves (commitments backfilled, one tree head)`,
        coldMs: sealMs,
        note: `${((sealMs / sealed.added) * 1000).toFixed(0)} µs a leaf; log of ${sealed.head?.treeSize} leaves`,
      },
      {
        group: 'evidence log',
        name: `verify ${report.leaves} leaves and records`,
        coldMs: verifyMs,
        note: report.ok ? 'clean' : `${report.findings.length} findings`,
      },
    ]
  } finally {
    await on.close()
    await off.close()
  }
}
