import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { buildConfig, getPayload, type Payload } from 'payload'

import { createAppConfig, type AppConfigOptions } from '../../dev/appConfig.js'
import { closePayload, type DatabaseKind } from '../../dev/database.js'
import { getPolicyOptions } from '../../src/plugin.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { POSTGRES_ADMIN_URI } from './databases.js'

export interface TestDatabase {
  kind: DatabaseKind
  uri: string
  drop(): Promise<void>
}

/** A fresh, empty database of the given kind, private to one test file. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const name = `policy_test_${process.pid}_${randomBytes(4).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-test-'))
    return {
      kind,
      uri: `file:${path.join(dir, 'test.db')}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    }
  }
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URI })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const uri = new URL(POSTGRES_ADMIN_URI)
    uri.pathname = `/${name}`
    return {
      kind,
      uri: uri.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const base = process.env.MONGODB_URI
  if (!base) throw new Error('MONGODB_URI is not set')
  const uri = new URL(base)
  uri.pathname = `/${name}`
  return { kind, uri: uri.toString(), drop: () => Promise.resolve() }
}

export interface TestApp {
  payload: Payload
  options: ResolvedPolicyOptions
  database: TestDatabase
  /** The instance's `getPayload` cache key (for `handleEndpoints`). */
  key: string
  close(): Promise<void>
}

/**
 * A real Payload instance with the app's config on a fresh database (migrated and seeded with the
 * Latvian policy and its translations unless `seed: false`). Each gets its own instance key.
 */
export async function startTestApp(
  kind: DatabaseKind,
  overrides: Omit<AppConfigOptions, 'databaseUri'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind)
  const config = await buildConfig(
    createAppConfig({
      databaseUri: database.uri,
      devAdmin: false,
      logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'error' } },
      ...overrides,
    }),
  )
  const key = `test-${database.uri}`
  const payload = await getPayload({ config, key })
  return {
    payload,
    key,
    options: getPolicyOptions(payload),
    database,
    close: async () => {
      await closePayload(payload).catch(() => undefined)
      await database.drop()
    },
  }
}
