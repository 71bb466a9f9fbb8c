import { createHmac } from 'node:crypto'

import { sql } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../dev/migrations/postgres/index.js'
import { migrations as sqliteMigrations } from '../../dev/migrations/sqlite/index.js'
import { createAppConfig } from '../../dev/appConfig.js'
import { closePayload } from '../../dev/database.js'
import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { openPayload } from '../support/openPayload.js'
import { startServerProcess } from '../support/processes.js'
import { createTestDatabase, type TestDatabase } from '../support/testPayload.js'

type SqlKind = 'sqlite' | 'postgres'

// Each adapter's migrations take its own `up`/`down` arguments; Payload types them as `unknown`.
const MIGRATIONS: Record<SqlKind, Migration[]> = {
  sqlite: sqliteMigrations as Migration[],
  postgres: postgresMigrations as Migration[],
}

interface MigrationRow {
  id: string | number
  name: string
  batch: number
  createdAt: string
}

async function migrationRows(payload: Payload): Promise<MigrationRow[]> {
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return (docs as unknown as MigrationRow[]).map(({ id, name, batch, createdAt }) => ({
    id,
    name,
    batch,
    createdAt,
  }))
}

async function publishedVersions(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'policy-versions',
    where: { policySlug: { equals: SLUG } },
    sort: 'number',
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.number as number)
}

/** Runs a Payload instance on the database and always closes it, like one app start. */
async function withStart<T>(uri: string, use: (payload: Payload) => Promise<T>): Promise<T> {
  const payload = await openPayload(uri)
  try {
    return await use(payload)
  } finally {
    await closePayload(payload)
  }
}

/**
 * Leaves a database as the previous release left it: every committed migration but the latest,
 * applied by Payload alone (without the app's start hooks, which would migrate and seed). With a
 * single committed migration that is an empty database.
 */
async function migrateAllButLatest(
  uri: string,
  committed: Migration[],
  /** Writes the previous release's data, in its schema. */
  fill?: (payload: Payload) => Promise<void>,
): Promise<void> {
  const appConfig = createAppConfig({
    databaseUri: uri,
    seed: false,
    devAdmin: false,
    logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'error' } },
  })
  const config = await buildConfig({ ...appConfig, onInit: undefined })
  const payload = await getPayload({ config, key: `previous-release-${uri}` })
  try {
    await payload.db.migrate({ migrations: committed.slice(0, -1) })
    await fill?.(payload)
  } finally {
    await closePayload(payload)
  }
}

// MongoDB has no schema to migrate (its migration list is empty), so these suites are SQL only.
const kinds = (await databasesUnderTest()).filter((kind): kind is SqlKind => kind !== 'mongodb')

describe.each(kinds)('database migrations on start (%s)', (kind) => {
  const committed = MIGRATIONS[kind]
  let database: TestDatabase
  let firstStart: MigrationRow[]

  beforeAll(async () => {
    database = await createTestDatabase(kind)
    firstStart = await withStart(database.uri, migrationRows)
  })

  afterAll(async () => {
    await database?.drop()
  })

  it('applies every committed migration to an empty database in one batch', () => {
    expect(firstStart.map((row) => row.name)).toEqual(committed.map((migration) => migration.name))
    expect(new Set(firstStart.map((row) => row.batch))).toEqual(new Set([1]))
  })

  it('runs nothing on a database that is already migrated, and serves it as before', async () => {
    const { rows, versions, policies } = await withStart(database.uri, async (payload) => ({
      rows: await migrationRows(payload),
      versions: await publishedVersions(payload),
      policies: (await payload.count({ collection: 'policies', overrideAccess: true })).totalDocs,
    }))
    expect(rows).toEqual(firstStart)
    expect(versions).toEqual([1])
    expect(policies).toBe(1)
  })

  it('applies the latest migration to a database migrated up to the one before it', async () => {
    const older = await createTestDatabase(kind)
    try {
      await migrateAllButLatest(older.uri, committed)
      const { rows, versions } = await withStart(older.uri, async (payload) => ({
        rows: await migrationRows(payload),
        versions: await publishedVersions(payload),
      }))
      expect(rows.map((row) => row.name)).toEqual(committed.map((migration) => migration.name))
      const batches = rows.map((row) => row.batch)
      expect(batches[batches.length - 1]).toBe(Math.max(...batches))
      expect(versions).toEqual([1])
    } finally {
      await older.drop()
    }
  })

  it('keeps a storefront of the auth-collection era working: its key, scope default, every permission', async () => {
    const older = await createTestDatabase(kind)
    const apiKey = 'pre-scopes-storefront-key-0123456789abcdef'
    let index = ''
    try {
      // The initial migration only: the release before `storefront_scopes`.
      await migrateAllButLatest(older.uri, MIGRATIONS[kind].slice(0, 2), async (payload) => {
        // The previous release: Payload's API-key columns, the key's HMAC as Payload indexed it.
        index = createHmac('sha256', payload.secret).update(apiKey).digest('hex')
        const insert = sql`INSERT INTO storefronts (name, enabled, enable_a_p_i_key, api_key, api_key_index)
          VALUES ('Old shop', true, true, 'encrypted', ${index})`
        const db = payload.db as unknown as {
          drizzle: {
            run?: (query: unknown) => Promise<unknown>
            execute?: (query: unknown) => Promise<unknown>
          }
        }
        await (kind === 'sqlite' ? db.drizzle.run!(insert) : db.drizzle.execute!(insert))
      })
      const stored = await withStart(older.uri, async (payload) => {
        const { docs } = await payload.db.find<Record<string, unknown>>({
          collection: 'storefronts',
          where: { name: { equals: 'Old shop' } },
          limit: 1,
          pagination: false,
        })
        return docs[0]
      })
      expect(stored).toMatchObject({
        scope: 'default',
        apiKeyIndex: index,
        permissions: ['accept', 'status', 'export', 'erase'],
      })
      expect(JSON.stringify(stored)).not.toContain('encrypted')
    } finally {
      await older.drop()
    }
  })

  it('refuses a database whose schema Payload dev mode pushed, with a clear message, without waiting for input', async () => {
    await withStart(database.uri, async (payload) => {
      // What `payload dev` (push: true) leaves behind.
      await payload.create({
        collection: 'payload-migrations',
        data: { name: 'dev', batch: -1 },
        overrideAccess: true,
      })
    })
    // A start that waited on drizzle's interactive prompt would hang: stdin is closed, and the
    // server process must have exited (not timed out) for this to pass.
    await expect(startServerProcess(database.uri, {}, 90_000)).rejects.toThrow(
      /exited with 1 before listening[\s\S]*error: This database schema was pushed by Payload dev mode and cannot be migrated safely/,
    )
  }, 120_000)
})
