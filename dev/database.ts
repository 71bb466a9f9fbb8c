import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { EventEmitter } from 'node:events'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations as mongodbMigrations } from './migrations/mongodb/index.js'
import { migrations as postgresMigrations } from './migrations/postgres/index.js'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js'
import { appPath } from './paths.js'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The embedded default: a SQLite file under `data/`, created on first start. */
export const DEFAULT_DATABASE_URI = `file:${appPath('data', 'policy.db')}`

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:') || uri === ':memory:') return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//…@')}" is not supported: use file:…, postgres://… or mongodb://…`,
  )
}

/** Each adapter's migrations take that adapter's own `up`/`down` arguments. */
interface AdapterMigration {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

const MIGRATIONS: Record<DatabaseKind, AdapterMigration[]> = {
  sqlite: sqliteMigrations,
  postgres: postgresMigrations,
  mongodb: mongodbMigrations,
}

/**
 * Picks the adapter from `DATABASE_URI`. The schema is never pushed (`push: false`): drizzle's push
 * can stop on an interactive "create or rename column?" prompt, which would hang a server start.
 * Every SQL database goes through the migrations in `migrations/<kind>/`, run by {@link migrateDatabase}.
 */
export function createDatabaseAdapter(
  uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
): DatabaseAdapterObj {
  const kind = databaseKind(uri)
  if (kind === 'sqlite') {
    if (uri.startsWith('file:') && !uri.startsWith('file::memory:')) {
      mkdirSync(appPath('data'), { recursive: true, mode: 0o700 })
      keepDatabaseFilesPrivate(uri)
    }
    return withSecureDeleteOnEveryConnection(
      sqliteAdapter({
        client: { url: uri },
        push: false,
        migrationDir: appPath('dev', 'migrations', 'sqlite'),
        // Concurrent writers (app instances, the CLI) wait for the lock instead of failing at once.
        busyTimeout: 5000,
        // FULL, not NORMAL: in WAL mode NORMAL survives a process crash, but a power loss may drop
        // the last commits, and an acknowledged acceptance must never be lost. (libSQL opens a new
        // connection after each transaction, with SQLite's default FULL, so NORMAL would not even
        // hold for long.) The price is one fsync per commit, about 0.2 ms on the development disk.
        wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
      }),
    )
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: uri, max: 10 },
      push: false,
      migrationDir: appPath('dev', 'migrations', 'postgres'),
    })
  }
  return mongooseAdapter({ url: uri, migrationDir: appPath('dev', 'migrations', 'mongodb') })
}

interface LibsqlClient {
  execute(sql: string): Promise<unknown>
  transaction(mode?: string): Promise<unknown>
}

const SECURE_DELETE = 'PRAGMA secure_delete = ON'

/**
 * Every connection to the SQLite file zeroes deleted content (`secure_delete`), so an erased or
 * purged customer id does not stay readable in free space of the table and index pages (the WAL
 * is truncated after an erasure by the plugin). The pragma is per connection, and libSQL hands its
 * connection to each transaction and opens a fresh one for the next statement, so it is set again
 * on that one too, not only on the first the adapter configures.
 */
function withSecureDeleteOnEveryConnection(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args)
      const connect = adapter.connect
      if (!connect) return adapter
      adapter.connect = async function (this: typeof adapter, options) {
        await connect.call(this, options)
        const client = (this as unknown as { client: LibsqlClient }).client
        await client.execute(SECURE_DELETE)
        const transaction = client.transaction.bind(client)
        client.transaction = async (mode) => {
          const handedOver = await transaction(mode)
          await client.execute(SECURE_DELETE)
          return handedOver
        }
      }
      return adapter
    },
  }
}

/**
 * Makes the SQLite database owner-only (0600) before the adapter opens it: it holds the consent
 * ledger and user accounts. SQLite creates the `-wal` and `-shm` files with the permissions of the
 * database file, so creating that file 0600 here (or tightening an existing one) covers all three,
 * whatever the process umask.
 */
export function keepDatabaseFilesPrivate(uri: string): void {
  const file = uri.startsWith('file://')
    ? fileURLToPath(uri)
    : uri.slice('file:'.length).split('?')[0]
  closeSync(openSync(file, 'a', 0o600))
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600)
  }
}

/**
 * Brings the schema up to date with the committed migrations, on every start. A database whose
 * schema was pushed in Payload's dev mode cannot be migrated safely, and drizzle would ask about
 * it interactively; we refuse with a message instead, so a start never hangs on a prompt.
 */
export async function migrateDatabase(payload: Payload, uri: string): Promise<void> {
  const kind = databaseKind(uri)
  const migrations = MIGRATIONS[kind]
  if (!migrations.length) return
  const pushed = await payload.db
    .findOne({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
    .catch(() => null)
  if (pushed) {
    throw new Error(
      'This database schema was pushed by Payload dev mode and cannot be migrated safely. ' +
        'Back it up and start on an empty database (or remove the dev migration row after checking the schema).',
    )
  }
  // Payload types migrations generically (`args: unknown`); the adapter passes its own arguments.
  await payload.db.migrate({ migrations: migrations as Migration[] })
}

/**
 * Keeps a lost PostgreSQL connection from taking the process down. node-postgres reports an idle
 * pooled connection that the server ends (a restart, a failover, an idle-session timeout) as an
 * `error` event on the pool, and Payload's adapter does not listen for it: unheard, the event is an
 * uncaught exception that stops the app. The pool has already dropped that connection; the next
 * query opens a new one.
 */
export function surviveLostPostgresConnections(payload: Payload): void {
  const pool = (payload.db as { pool?: EventEmitter }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error: Error) => {
    payload.logger.warn({
      err: error,
      msg: 'PostgreSQL closed an idle connection; the next query opens a new one',
    })
  })
}

export { closePayload } from 'payload-privacy-policy/server'
