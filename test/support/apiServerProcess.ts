/**
 * A light app instance for tests that need several processes on one database: Payload with the
 * app's config on `DATABASE_URI` (migrated and seeded on init, like `npm start`), serving the
 * storefront fast path and Payload's REST endpoints exactly as `startTestServer` does, without
 * Next (whose production build takes minutes). Prints its base URL on stdout once it listens;
 * on a failed start prints `error: <reason>` on stderr and exits 1. SIGTERM stops it.
 *
 *   DATABASE_URI=file:/tmp/x.db node --import tsx test/support/apiServerProcess.ts
 *
 * `POLICY_EVIDENCE=off` starts it with the evidence log off; `POLICY_CRON=true` runs the jobs
 * queue (the sealing job) as `npm start` does.
 */
import { Writable } from 'node:stream'

import { buildConfig, getPayload } from 'payload'

import { createAppConfig } from '../../dev/appConfig.js'
import { closePayload } from '../../dev/database.js'
import { startTestServer } from './httpServer.js'

// Payload's log lines go to stderr: stdout carries only the URL the parent waits for.
const stderrLogger = {
  options: { level: process.env.TEST_LOG_LEVEL ?? 'error' },
  destination: new Writable({
    write(chunk: Buffer, _encoding, callback) {
      process.stderr.write(chunk, callback)
    },
  }),
}

async function main(): Promise<void> {
  const databaseUri = process.env.DATABASE_URI
  if (!databaseUri) throw new Error('DATABASE_URI is required')
  const config = await buildConfig(
    createAppConfig({
      databaseUri,
      devAdmin: false,
      logger: stderrLogger,
      ...(process.env.POLICY_EVIDENCE === 'off' ? { plugin: { evidence: false } } : {}),
    }),
  )
  const payload = await getPayload({ config, cron: process.env.POLICY_CRON === 'true' })
  const server = await startTestServer(payload)
  const stop = () => {
    void server
      .close()
      .then(() => closePayload(payload))
      .finally(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  process.stdout.write(`${server.url}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`, () =>
    process.exit(1),
  )
})
