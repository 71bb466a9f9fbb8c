import type { Payload, PayloadRequest } from 'payload'

/**
 * Multi-row INSERTs through the drizzle instance of Payload's SQL adapters (SQLite, PostgreSQL).
 * Payload's adapter API creates one document per call: one statement per row, and outside a
 * transaction one commit (one fsync) per row. The two places that write many rows at once — the
 * ledger's group commit and the evidence log's seal — write them here in one statement instead.
 *
 * Only for collections stored in one table (no arrays, blocks, localized or hasMany fields): then
 * each field is one column and the drizzle table's keys are Payload's field names, so a row is the
 * same `data` that `payload.db.create` takes. On any other adapter (MongoDB has no `drizzle`) this
 * returns null and the caller writes document by document through `payload.db.create`.
 */

type Row = Record<string, unknown>

interface InsertQuery extends PromiseLike<unknown> {
  onConflictDoNothing(): InsertQuery
  returning(fields: Record<string, unknown>): PromiseLike<Row[]>
}

interface DrizzleLike {
  insert(table: unknown): { values(rows: Row[]): InsertQuery }
}

interface DrizzleAdapterLike {
  drizzle?: DrizzleLike
  tables?: Record<string, Record<string, unknown>>
  tableNameMap?: Map<string, string>
  sessions?: Record<string | number, { db?: DrizzleLike } | undefined>
}

/** Payload's table name for a slug (`to-snake-case`, as `@payloadcms/drizzle` derives it). */
function snakeCase(slug: string): string {
  return slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .toLowerCase()
}

/**
 * Bound parameters per statement: SQLite's limit is 32,766 (PostgreSQL's 65,535); rows are split
 * into statements below it.
 */
const MAX_PARAMETERS = 30_000

export interface BulkInserter {
  /**
   * Inserts `rows` (in as few statements as the parameter limit allows), inside `req`'s
   * transaction when it has one. With `returning`, answers those fields of each inserted row;
   * with `skipConflicts`, rows that collide with a unique index are left out (and not returned).
   */
  insert(
    rows: Row[],
    options?: { req?: PayloadRequest; returning?: string[]; skipConflicts?: boolean },
  ): Promise<Row[]>
}

/** A bulk inserter for the collection `slug`, or null when the adapter is not drizzle-based. */
export function sqlBulkInserter(payload: Payload, slug: string): BulkInserter | null {
  const adapter = payload.db as unknown as DrizzleAdapterLike
  if (!adapter.drizzle || !adapter.tables || !adapter.tableNameMap) return null
  const tableName = adapter.tableNameMap.get(snakeCase(slug))
  const table = tableName ? adapter.tables[tableName] : undefined
  if (!table) return null
  return {
    async insert(rows, { req, returning, skipConflicts = false } = {}) {
      if (!rows.length) return []
      // The transaction's own connection when `req` holds one (PostgreSQL), as Payload's
      // adapter methods do; SQLite in this setup runs without Payload transactions.
      const transactionId = req?.transactionID ? await req.transactionID : undefined
      const db =
        (transactionId !== undefined && transactionId !== null
          ? adapter.sessions?.[transactionId]?.db
          : undefined) ?? adapter.drizzle!
      const columns = Math.max(1, Object.keys(rows[0]).length)
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns))
      const out: Row[] = []
      for (let start = 0; start < rows.length; start += perStatement) {
        let query = db.insert(table).values(rows.slice(start, start + perStatement))
        if (skipConflicts) query = query.onConflictDoNothing()
        if (returning) {
          const fields = Object.fromEntries(returning.map((name) => [name, table[name]]))
          out.push(...(await query.returning(fields)))
        } else await query
      }
      return out
    },
  }
}
