/**
 * The limit for the write rows: the same INSERT into the same `policy_acceptances` table (same
 * indexes, same pragmas: WAL, synchronous=FULL) issued straight through the same driver, with no
 * HTTP, no Payload and no validation. Sequential (one writer, one fsync per row) and 10 writers on
 * connections of their own (SQLite: worker threads, each a libSQL connection; PostgreSQL: a pool of
 * 10). Each row is a copy of an acceptance the ledger group recorded, with fresh unique values.
 */
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import pg from 'pg'

import type { LoadResult } from './load.js'

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

function summarise(latencies: number[], seconds: number): LoadResult {
  const sorted = latencies.sort((a, b) => a - b)
  return {
    perSecond: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    unexpected: 0,
    total: sorted.length,
  }
}

/** One SQLite writer: its own libSQL connection, inserting copies of a template row for `ms`. */
const SQLITE_WRITER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createClient } = require('@libsql/client')
;(async () => {
  const client = createClient({ url: workerData.uri })
  await client.execute('PRAGMA busy_timeout = 60000')
  await client.execute('PRAGMA synchronous = FULL')
  const { rows, columns } = await client.execute('SELECT * FROM policy_acceptances LIMIT 1')
  const names = columns.filter((name) => name !== 'id')
  const template = rows[0]
  const sql = 'INSERT INTO policy_acceptances (' + names.map((n) => '"' + n + '"').join(', ') +
    ') VALUES (' + names.map(() => '?').join(', ') + ')'
  const latencies = []
  const end = Date.now() + workerData.ms
  let n = 0
  while (Date.now() < end) {
    const unique = 'raw-' + workerData.tag + '-' + workerData.writer + '-' + n++
    const args = names.map((name) =>
      name === 'idempotency_key' || name === 'customer_id' ? unique : template[name])
    const started = performance.now()
    await client.execute({ sql, args })
    latencies.push(performance.now() - started)
  }
  client.close()
  parentPort.postMessage(latencies)
})().catch((error) => { throw error })
`

async function sqliteWriters(uri: string, writers: number, seconds: number): Promise<LoadResult> {
  const tag = `${Date.now()}`
  const workers = Array.from(
    { length: writers },
    (_, writer) =>
      new Worker(SQLITE_WRITER, {
        eval: true,
        workerData: { uri, ms: seconds * 1000, tag, writer },
      }),
  )
  const results = await Promise.all(
    workers.map(async (worker) => (await once(worker, 'message'))[0] as number[]),
  )
  return summarise(results.flat(), seconds)
}

async function postgresWriters(uri: string, writers: number, seconds: number): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: uri, max: writers })
  try {
    const { rows, fields } = await pool.query('SELECT * FROM policy_acceptances LIMIT 1')
    const names = fields.map((field) => field.name).filter((name) => name !== 'id')
    const template = rows[0] as Record<string, unknown>
    const sql = `INSERT INTO policy_acceptances (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`
    const tag = `${Date.now()}`
    const end = Date.now() + seconds * 1000
    const latencies: number[] = []
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let n = 0; Date.now() < end; n++) {
          const unique = `raw-${tag}-${writer}-${n}`
          const args = names.map((name) =>
            name === 'idempotency_key' || name === 'customer_id' ? unique : template[name],
          )
          const started = performance.now()
          await pool.query(sql, args)
          latencies.push(performance.now() - started)
        }
      }),
    )
    return summarise(latencies, seconds)
  } finally {
    await pool.end()
  }
}

/** Raw INSERTs for `seconds` with `writers` concurrent writers, on the app's database. */
export function measureRawInsert(
  databaseUri: string,
  writers: number,
  seconds: number,
): Promise<LoadResult> {
  return databaseUri.startsWith('file:')
    ? sqliteWriters(databaseUri, writers, seconds)
    : postgresWriters(databaseUri, writers, seconds)
}
