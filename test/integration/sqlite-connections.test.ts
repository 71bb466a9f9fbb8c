/**
 * What the ledger's guarantees need from SQLite, on the connection that serves requests (libSQL
 * replaces its connection after every transaction, so it is checked after Payload has run some):
 * every commit fsynced (an acknowledged acceptance survives a power loss), and a write that meets
 * another process's lock (the CLI, a second app instance) waits for it instead of failing.
 */
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface ClientInternals {
  execute(sql: string): Promise<{ rows: Array<Record<string, unknown>> }>
}

describe('SQLite connections', () => {
  let app: TestApp
  let client: ClientInternals

  beforeAll(async () => {
    // Seeding publishes version 1 inside Payload transactions, and one more runs here: the
    // connection checked below is not the one the adapter configured.
    app = await startTestApp('sqlite')
    const transactionID = await app.payload.db.beginTransaction()
    if (transactionID) await app.payload.db.commitTransaction(transactionID)
    client = (app.payload.db as unknown as { client: ClientInternals }).client
  }, 120_000)

  afterAll(async () => {
    await app?.close()
  })

  /**
   * Another writer (the CLI, a second app instance) holding the write lock for `ms`. It must run on
   * another thread: libSQL waits for a lock synchronously, blocking this one.
   */
  async function holdWriteLock(ms: number): Promise<Worker> {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads')
       const { createClient } = require('@libsql/client')
       const client = createClient({ url: workerData.uri })
       ;(async () => {
         const tx = await client.transaction('write')
         parentPort.postMessage('locked')
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms)
         await tx.commit()
         client.close()
       })()`,
      { eval: true, workerData: { uri: app.database.uri, ms } },
    )
    await once(worker, 'message')
    return worker
  }

  async function pragma(name: string): Promise<unknown> {
    const { rows } = await client.execute(`PRAGMA ${name}`)
    return Object.values(rows[0] ?? {})[0]
  }

  it('keeps the busy timeout and synchronous=FULL after transactions', async () => {
    expect(await pragma('busy_timeout')).toBeGreaterThanOrEqual(5000)
    expect(await pragma('synchronous')).toBe(2) // FULL
    expect(await pragma('journal_mode')).toBe('wal')
  })

  it('zeroes deleted content (secure_delete) on the replaced connection too', async () => {
    expect(await pragma('secure_delete')).toBe(1)
  })

  it('waits for another connection’s write lock instead of failing with SQLITE_BUSY', async () => {
    const other = await holdWriteLock(300)
    const started = Date.now()
    const created = await createStorefront(app.payload, { name: 'Waits for the lock' })
    await once(other, 'exit')
    expect(created.id).toBeDefined()
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
  })
})
