import type { Payload } from 'payload'

interface SqliteClient {
  execute(sql: string): Promise<unknown>
}

/** The libSQL client of Payload's SQLite adapter, or nothing on any other database. */
function sqliteClient(payload: Payload): SqliteClient | undefined {
  if (payload.db.name !== 'sqlite') return undefined
  return (payload.db as unknown as { client?: SqliteClient }).client
}

/**
 * SQLite only marks the cells of deleted and rewritten rows free: an erased customer id would stay
 * readable in the table and index pages. `secure_delete` zeroes them instead. A host's adapter may
 * not set it on its connections, so the erasure sets it on the connection it is about to write
 * through (the app's own connections have it from the start, see dev/database.ts).
 */
export async function zeroErasedContentOnSqlite(payload: Payload): Promise<void> {
  await sqliteClient(payload)?.execute('PRAGMA secure_delete = ON')
}

/**
 * The WAL keeps every earlier copy of a page an erasure rewrote until a checkpoint, and a plain
 * checkpoint leaves those frames in the file until they are overwritten. TRUNCATE copies the
 * pages into the database and cuts the WAL to zero bytes, so the erased id is in neither file.
 * Busy readers can keep it from finishing; the next erasure or SQLite's automatic checkpoints
 * (bounded by the journal size limit) catch up then.
 */
export async function truncateWalOnSqlite(payload: Payload): Promise<void> {
  await sqliteClient(payload)?.execute('PRAGMA wal_checkpoint(TRUNCATE)')
}
