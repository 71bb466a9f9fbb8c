/**
 * The evidence log's cost (issue 16):
 * - `POST acceptances` over HTTP with the log on against the log off, in the same run: two app
 *   processes (jobs running, so the sealing job works beside the log-on one), driven alternately
 *   so drift of a shared machine hits both alike (target ≥ 0.9×).
 * - Sealing 100,000 new acceptances into the log (SQLite): time and the process's peak RSS.
 * - `verify` (and the seal before it) over 1,000,000 acceptances on PostgreSQL, generated in SQL
 *   with their commitments (pgcrypto's HMAC): the opt-in group `evidence log at scale`, as it
 *   takes minutes. `EVIDENCE_SCALE_ROWS` sets another size.
 */
import { execFile } from 'node:child_process'
import { performance } from 'node:perf_hooks'

import pg from 'pg'
import type { Payload } from 'payload'

import { closePayload } from '../dev/database.js'
import { sealLog } from '../src/evidence/sealLog.js'
import { verifyLog } from '../src/evidence/verifyLog.js'
import { evidenceColumnsFor } from '../src/evidence/acceptanceRecord.js'
import { sqlBulkInserter } from '../src/util/sqlBulkInsert.js'
import { appPath } from '../dev/paths.js'
import {
  policyCliArgv,
  POLICY_CLI_ENV,
  startServerProcess,
  type ServerProcess,
} from '../test/support/processes.js'
import { createStorefront, type TestStorefront } from '../test/support/storefronts.js'
import { startTestApp, type TestApp } from '../test/support/testPayload.js'
import { measure, type LoadResult } from './load.js'
import type { BenchRow } from './table.js'

const SLUG = 'privacy-policy'
const GROUP = 'evidence log'
const SEALED = 100_000
const SCALE_ROWS = Number(process.env.EVIDENCE_SCALE_ROWS ?? 1_000_000)

interface FirstVersion {
  id: number
  policy: number
  number: number
  contentHashes: Record<string, string>
}

async function firstVersion(payload: Payload): Promise<FirstVersion> {
  const { docs } = await payload.db.find<FirstVersion>({
    collection: 'policy-versions',
    sort: 'number',
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

/** Runs `work` while sampling the process's resident memory; answers its time and peak RSS. */
async function timed<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; peakMiB: number; beforeMiB: number }> {
  const mib = () => process.memoryUsage().rss / 2 ** 20
  const beforeMiB = mib()
  let peakMiB = beforeMiB
  const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, mib())), 50)
  const started = performance.now()
  try {
    const value = await work()
    peakMiB = Math.max(peakMiB, mib())
    return { value, ms: performance.now() - started, peakMiB, beforeMiB }
  } finally {
    clearInterval(sampler)
  }
}

const memoryNote = (run: { peakMiB: number; beforeMiB: number }) =>
  `peak RSS ${run.peakMiB.toFixed(0)} MiB (${run.beforeMiB.toFixed(0)} before)`

/** One app process over a fresh SQLite database, with its storefront key and the text's hash. */
async function appProcess(
  evidence: boolean,
): Promise<{ app: TestApp; server: ServerProcess; shop: TestStorefront; hash: string }> {
  const app = await startTestApp('sqlite', evidence ? {} : { plugin: { evidence: false } })
  const shop = await createStorefront(app.payload)
  const hash = (await firstVersion(app.payload)).contentHashes.lv
  // The server is its own process; this one only prepared the database.
  await closePayload(app.payload)
  const server = await startServerProcess(app.database.uri, {
    POLICY_CRON: 'true',
    ...(evidence ? {} : { POLICY_EVIDENCE: 'off' }),
  })
  return { app, server, shop, hash }
}

async function postAcceptances(
  target: { server: ServerProcess; shop: TestStorefront; hash: string },
  tag: string,
  durationSeconds: number,
): Promise<LoadResult> {
  return measure(`${target.server.url}/api/storefront/policies/${SLUG}/acceptances`, {
    method: 'POST',
    headers: { authorization: target.shop.authorization, 'content-type': 'application/json' },
    expectStatus: 201,
    connections: 10,
    durationSeconds,
    request: (index) => ({
      body: JSON.stringify({
        customerId: `bench-${tag}-${index}`,
        version: 1,
        locale: 'lv',
        contentHash: target.hash,
        channel: 'checkout',
        orderId: `order-${tag}-${index}`,
      }),
      headers: { 'idempotency-key': `${tag}-${index}-${Math.random()}` },
    }),
  })
}

async function logOnOffOverHttp(): Promise<BenchRow> {
  const off = await appProcess(false)
  const on = await appProcess(true)
  try {
    const rounds = 3
    const seconds = 5
    const totals = { off: 0, on: 0, offP99: 0, onP99: 0 }
    await postAcceptances(off, 'warm-off', 2)
    await postAcceptances(on, 'warm-on', 2)
    for (let round = 0; round < rounds; round += 1) {
      const a = await postAcceptances(off, `off-${round}`, seconds)
      const b = await postAcceptances(on, `on-${round}`, seconds)
      totals.off += a.perSecond / rounds
      totals.on += b.perSecond / rounds
      totals.offP99 = Math.max(totals.offP99, a.p99Ms)
      totals.onP99 = Math.max(totals.onP99, b.p99Ms)
    }
    return {
      group: GROUP,
      name: 'POST acceptances over HTTP, log on (sealing job running)',
      perSecond: totals.on,
      p99Ms: totals.onP99,
      baseline: `log off ${totals.off.toFixed(0)} req/s`,
      ratio: totals.on / totals.off,
      target: '≥ 0.9×',
      note: `SQLite, 10 connections, ${rounds} × ${seconds} s each, alternating; log off p99 ${totals.offP99.toFixed(1)} ms`,
    }
  } finally {
    await on.server.stop()
    await off.server.stop()
    await on.app.database.drop()
    await off.app.database.drop()
  }
}

/**
 * `n` acceptances as the endpoint writes them (salt and commitments included), written in bulk:
 * the bench measures the seal, not how the records got there.
 */
async function writeAcceptances(app: TestApp, n: number, tag: string): Promise<void> {
  const version = await firstVersion(app.payload)
  const shop = await createStorefront(app.payload)
  const bulk = sqlBulkInserter(app.payload, app.options.slugs.acceptances)
  if (!bulk) throw new Error('the evidence bench needs a SQL database')
  const at = new Date(Date.now() - 10_000).toISOString()
  for (let start = 0; start < n; start += 5000) {
    const rows = Array.from({ length: Math.min(5000, n - start) }, (_, i) => {
      const key = `${tag}-${start + i}`
      const opened = { customerId: `customer-${key}`, orderId: null, idempotencyKey: key }
      return {
        policy: version.policy,
        policySlug: SLUG,
        version: version.id,
        versionNumber: version.number,
        locale: 'lv',
        contentHash: version.contentHashes.lv,
        channel: 'checkout',
        storefront: shop.id,
        scope: shop.scope,
        ...opened,
        acceptedAt: at,
        createdAt: at,
        updatedAt: at,
        ...evidenceColumnsFor({ ...opened, acceptedAt: at }),
      }
    })
    await bulk.insert(rows)
  }
}

async function sealInBulk(): Promise<BenchRow[]> {
  const app = await startTestApp('sqlite')
  try {
    await sealLog(app.payload, app.options, { settleMs: 0 })
    await writeAcceptances(app, SEALED, 'seal')
    const seal = await timed(() => sealLog(app.payload, app.options, { settleMs: 0 }))
    const verify = await timed(() => verifyLog(app.payload, app.options))
    return [
      {
        group: GROUP,
        name: `seal ${seal.value.added.toLocaleString('en')} new leaves (one tree head), SQLite`,
        coldMs: seal.ms,
        note: `${((seal.ms / seal.value.added) * 1000).toFixed(0)} µs a leaf; ${memoryNote(seal)}`,
      },
      {
        group: GROUP,
        name: `verify ${verify.value.leaves.toLocaleString('en')} leaves and records, SQLite`,
        coldMs: verify.ms,
        note: `${verify.value.ok ? 'clean' : `${verify.value.findings.length} findings`}; ${memoryNote(verify)}`,
      },
    ]
  } finally {
    await app.close()
  }
}

export async function runEvidenceLogBench(): Promise<BenchRow[]> {
  return [await logOnOffOverHttp(), ...(await sealInBulk())]
}

/** `rows` acceptances with salts and commitments, generated by PostgreSQL itself. */
async function generateInPostgres(app: TestApp, rows: number): Promise<void> {
  const version = await firstVersion(app.payload)
  const shop = await createStorefront(app.payload)
  const client = new pg.Client({ connectionString: app.database.uri })
  await client.connect()
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pgcrypto')
    const commitment = (field: string, value: string) =>
      `encode(hmac(convert_to('["${field}",' || ${value} || ']', 'UTF8'), salt, 'sha256'), 'hex')`
    for (let from = 1; from <= rows; from += 250_000) {
      const to = Math.min(rows, from + 249_999)
      await client.query(
        `INSERT INTO policy_acceptances
           (policy_id, policy_slug, version_id, version_number, customer_id, scope, locale,
            content_hash, channel, storefront_id, accepted_at, idempotency_key, created_at,
            updated_at, evidence_salt, accepted_at_commitment, customer_commitment,
            order_commitment, idempotency_key_commitment)
         SELECT $1, $2, $3, $4, 'gen-' || g, $5, 'lv', $6, 'checkout', $7, at, 'gen-' || g, at, at,
                encode(salt, 'hex'),
                ${commitment('acceptedAt', `'"' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`)},
                ${commitment('customerId', `'"gen-' || g || '"'`)},
                ${commitment('orderId', `'null'`)},
                ${commitment('idempotencyKey', `'"gen-' || g || '"'`)}
         FROM (SELECT g, gen_random_bytes(32) AS salt,
                      date_trunc('milliseconds', now() - interval '10 seconds') AS at
               FROM generate_series($8::bigint, $9::bigint) AS g) AS generated`,
        [
          version.policy,
          SLUG,
          version.id,
          version.number,
          shop.scope,
          version.contentHashes.lv,
          Number(shop.id),
          from,
          to,
        ],
      )
    }
    await client.query('ANALYZE policy_acceptances')
  } finally {
    await client.end()
  }
}

/**
 * `npm run policy -- verify` in a process of its own, as an auditor runs it: its wall time and
 * peak resident memory (GNU time's maximum RSS), free of whatever the bench process holds.
 */
function verifyInItsOwnProcess(
  databaseUri: string,
): Promise<{ ms: number; peakMiB: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    execFile(
      '/usr/bin/time',
      ['-f', 'maxrss_kb=%M', process.execPath, ...policyCliArgv(['verify'])],
      {
        cwd: appPath(),
        env: { ...process.env, ...POLICY_CLI_ENV, DATABASE_URI: databaseUri },
        maxBuffer: 64 * 2 ** 20,
        timeout: 60 * 60_000,
      },
      (error, stdout, stderr) => {
        const peak = /maxrss_kb=(\d+)/.exec(stderr)
        if (!peak) return reject(error ?? new Error(`no peak RSS from GNU time: ${stderr}`))
        resolve({
          ms: performance.now() - started,
          peakMiB: Number(peak[1]) / 1024,
          output: `${stdout}`.trim().split('\n').pop() ?? '',
        })
      },
    )
  })
}

/** The opt-in group `evidence log at scale`: seal and verify 1,000,000 acceptances (PostgreSQL). */
export async function runEvidenceScaleBench(): Promise<BenchRow[]> {
  const app = await startTestApp('postgres')
  try {
    await sealLog(app.payload, app.options, { settleMs: 0 })
    const generate = await timed(() => generateInPostgres(app, SCALE_ROWS))
    const seal = await timed(() => sealLog(app.payload, app.options, { settleMs: 0 }))
    const verify = await verifyInItsOwnProcess(app.database.uri)
    const rows = SCALE_ROWS.toLocaleString('en')
    return [
      {
        group: `${GROUP} at scale`,
        name: `seal ${seal.value.added.toLocaleString('en')} new leaves (one tree head), PostgreSQL`,
        coldMs: seal.ms,
        note: `${rows} acceptances generated in SQL in ${(generate.ms / 1000).toFixed(0)} s; in the bench process, ${memoryNote(seal)}`,
      },
      {
        group: `${GROUP} at scale`,
        name: `npm run policy -- verify over ${rows} acceptances, PostgreSQL`,
        coldMs: verify.ms,
        note: `own process, peak RSS ${verify.peakMiB.toFixed(0)} MiB (process start included); ${verify.output.slice(0, 60)}`,
      },
    ]
  } finally {
    await app.close()
  }
}
