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

/** A statement drizzle built once, run with fresh values (`placeholder` names → values). */
interface PreparedLike {
  execute(values: Record<string, unknown>): PromiseLike<unknown>
}

interface InsertQuery extends PromiseLike<unknown> {
  onConflictDoNothing(): InsertQuery
  returning(fields: Record<string, unknown>): InsertQuery & PromiseLike<Row[]>
  prepare(name?: string): PreparedLike
}

interface DrizzleLike {
  insert(table: unknown): { values(rows: Row[]): InsertQuery }
}

/**
 * drizzle's `sql.placeholder(name)`, without importing drizzle-orm: the plugin does not depend on
 * it (a MongoDB host has none), and the adapter's copy is the one that must recognise it. drizzle
 * tells its entities apart by this globally registered symbol, not by class identity, precisely so
 * that values from another copy of the library are recognised.
 */
class Placeholder {
  constructor(readonly name: string) {}
}
Object.defineProperty(Placeholder, Symbol.for('drizzle:entityKind'), { value: 'Placeholder' })

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

/**
 * Statements of up to this many rows are built once per shape and kept (see `preparedInsert`):
 * the ledger's group commit writes batches of one to a few dozen rows, many times a second.
 */
const MAX_PREPARED_ROWS = 64

/** A statement's shape: the same shape is the same SQL, so it is built once. */
interface Shape {
  rows: number
  keys: string[]
  returning?: string[]
  skipConflicts: boolean
}

/**
 * The fields every row sets (undefined counts as unset: drizzle then writes the column's
 * default), or null when the rows do not all set the same ones — a prepared statement's
 * placeholders must cover the same columns in every row.
 */
function commonKeys(rows: Row[]): string[] | null {
  const keys = Object.keys(rows[0]).filter((key) => rows[0][key] !== undefined)
  for (const row of rows) {
    let set = 0
    for (const key in row) if (row[key] !== undefined) set += 1
    if (set !== keys.length || keys.some((key) => row[key] === undefined)) return null
  }
  return keys
}

interface ColumnLike {
  mapToDriverValue?(value: unknown): unknown
}

const nullSafeColumns = new WeakMap<object, boolean>()

/**
 * Whether a null reaches the database as NULL through a placeholder of this column. A plain
 * insert sends a null as is, but drizzle maps a placeholder's value through its column even when
 * null, and some columns' mappings turn null into something else or throw (JSON columns write
 * `'null'`, SQLite booleans 0, dates call a method on it). Rows with a null in such a column take
 * the plain path.
 */
function mapsNullToNull(column: unknown): boolean {
  if (typeof column !== 'object' || column === null) return false
  let safe = nullSafeColumns.get(column)
  if (safe === undefined) {
    try {
      const typed = column as ColumnLike
      safe = typeof typed.mapToDriverValue === 'function' && typed.mapToDriverValue(null) === null
    } catch {
      safe = false
    }
    nullSafeColumns.set(column, safe)
  }
  return safe
}

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

/**
 * A bulk inserter for the collection `slug`, or null when the adapter is not drizzle-based.
 *
 * Outside a transaction, statements of up to MAX_PREPARED_ROWS rows are drizzle prepared queries
 * kept per shape (row count, fields, options): building the SQL of a multi-row INSERT walks every
 * value of every row through drizzle's query builder, and on the ledger's write path that was
 * most of the Node-side cost of a commit. A prepared query only fills in the values (each still
 * mapped by its column, as drizzle maps a plain insert's). It is unnamed on PostgreSQL — parsed
 * by the server each time, as before — so connection poolers in transaction mode are unaffected.
 */
export function sqlBulkInserter(payload: Payload, slug: string): BulkInserter | null {
  const adapter = payload.db as unknown as DrizzleAdapterLike
  if (!adapter.drizzle || !adapter.tables || !adapter.tableNameMap) return null
  const tableName = adapter.tableNameMap.get(snakeCase(slug))
  const table = tableName ? adapter.tables[tableName] : undefined
  if (!table) return null

  const build = (
    db: DrizzleLike,
    rows: Row[],
    { returning, skipConflicts }: Omit<Shape, 'rows' | 'keys'>,
  ): InsertQuery => {
    let query = db.insert(table).values(rows)
    if (skipConflicts) query = query.onConflictDoNothing()
    if (returning) {
      query = query.returning(Object.fromEntries(returning.map((name) => [name, table[name]])))
    }
    return query
  }

  // Per drizzle instance: an adapter that reconnects gets a new one, and new statements with it.
  const preparedByDb = new WeakMap<DrizzleLike, Map<string, PreparedLike>>()
  const preparedInsert = (db: DrizzleLike, shape: Shape): PreparedLike => {
    let prepared = preparedByDb.get(db)
    if (!prepared) {
      prepared = new Map()
      preparedByDb.set(db, prepared)
    }
    const key = JSON.stringify(shape)
    let statement = prepared.get(key)
    if (!statement) {
      const placeholders = Array.from({ length: shape.rows }, (_, row) =>
        Object.fromEntries(
          shape.keys.map((name, column) => [name, new Placeholder(`${row}_${column}`)]),
        ),
      )
      statement = build(db, placeholders, shape).prepare()
      prepared.set(key, statement)
    }
    return statement
  }

  return {
    async insert(rows, { req, returning, skipConflicts = false } = {}) {
      if (!rows.length) return []
      // The transaction's own connection when `req` holds one (PostgreSQL), as Payload's
      // adapter methods do; SQLite in this setup runs without Payload transactions.
      const transactionId = req?.transactionID ? await req.transactionID : undefined
      const session =
        transactionId !== undefined && transactionId !== null
          ? adapter.sessions?.[transactionId]?.db
          : undefined
      const db = session ?? adapter.drizzle!
      const keys = !session && rows.length <= MAX_PREPARED_ROWS ? commonKeys(rows) : null
      const preparable =
        keys !== null &&
        rows.every((row) => keys.every((name) => row[name] !== null || mapsNullToNull(table[name])))
      if (preparable) {
        const values: Record<string, unknown> = {}
        rows.forEach((row, r) => keys.forEach((name, c) => (values[`${r}_${c}`] = row[name])))
        const statement = preparedInsert(db, { rows: rows.length, keys, returning, skipConflicts })
        const result = await statement.execute(values)
        return returning ? (result as Row[]) : []
      }
      const columns = Math.max(1, Object.keys(rows[0]).length)
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns))
      const out: Row[] = []
      for (let start = 0; start < rows.length; start += perStatement) {
        const query = build(db, rows.slice(start, start + perStatement), {
          returning,
          skipConflicts,
        })
        if (returning) out.push(...((await query) as Row[]))
        else await query
      }
      return out
    },
  }
}
