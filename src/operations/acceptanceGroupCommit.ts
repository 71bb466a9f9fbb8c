import type { Payload } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { sqlBulkInserter, type BulkInserter } from '../util/sqlBulkInsert.js'

/** A ledger row as `recordAcceptance` writes it (Payload field names). */
export interface AcceptanceRow extends Record<string, unknown> {
  scope: string
  storefront: string | number
  idempotencyKey: string
}

interface Queued {
  row: AcceptanceRow
  resolve(id: string | number): void
  reject(error: unknown): void
}

/** Rows per statement: enough for any burst a few connections make, small enough to stay quick. */
const MAX_BATCH = 200

/**
 * See `maxInFlight`. One: measured in process on PostgreSQL (10 writers, 2026-12-02), three
 * overlapping statements recorded 346–505 acceptances/s where one at a time recorded 653–726.
 */
const MAX_IN_FLIGHT = 1

/** The ledger's unique (scope, storefront, idempotencyKey) key of a row. */
function uniqueKey(row: AcceptanceRow): string {
  return JSON.stringify([row.scope, String(row.storefront), row.idempotencyKey])
}

/**
 * Group commit for the consent ledger. Every commit of a durable database costs an fsync (SQLite
 * with `synchronous=FULL`, PostgreSQL with `synchronous_commit=on`), and with one commit per
 * acceptance that fsync is the ceiling on how many a server records per second. Here acceptances
 * that arrive while commits are in flight wait for one to finish and then go to the database
 * together, in one multi-row INSERT — one statement, so one transaction and one fsync — and each request is
 * answered only after that statement committed. Durability is exactly that of one insert per
 * request: nothing is acknowledged before the commit that holds it.
 *
 * Semantics stay those of single inserts:
 * - An acceptance that finds nothing to share a statement with is written alone, in a one-row
 *   INSERT without `ON CONFLICT`, after one turn of the event loop.
 * - Rows colliding with the unique (scope, storefront, idempotencyKey) index are skipped by the
 *   statement (`ON CONFLICT DO NOTHING`) and then written alone, so their insert fails as before
 *   and `recordAcceptance` answers them with the record they collided with. Two requests with one
 *   key never share a statement: the second waits for the first's, then goes alone.
 * - A statement that fails for another reason (a constraint one row breaks) fails no one: each of
 *   its rows is then written alone and answered with its own result.
 *
 * On an adapter without drizzle (MongoDB) every acceptance is written alone through
 * `payload.db.create`, as before.
 */
export class AcceptanceGroupCommit {
  private queue: Queued[] = []
  private inFlight = 0
  private scheduled = false
  /** Statements written and rows they held (to see that acceptances do share commits). */
  readonly stats = { statements: 0, rows: 0, failedStatements: 0 }

  constructor(
    private readonly insertOne: (row: AcceptanceRow) => Promise<string | number>,
    private readonly bulk: BulkInserter | null,
    /**
     * Statements in flight at once. PostgreSQL could flush overlapping commits together, but
     * with every waiting request already in the next statement, overlapping ones only split
     * batches (see MAX_IN_FLIGHT); libSQL writes synchronously, so there it makes no difference.
     */
    private readonly maxInFlight = MAX_IN_FLIGHT,
  ) {}

  /** Writes the row; resolves with its id once the statement holding it has committed. */
  write(row: AcceptanceRow): Promise<string | number> {
    if (!this.bulk) return this.insertOne(row)
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject })
      this.schedule()
    })
  }

  /**
   * Starts the next statement one turn of the event loop from now (microseconds when idle), if
   * fewer than `maxInFlight` are running. libSQL writes synchronously, blocking the loop while it
   * commits, so requests that arrived meanwhile are only read after it; the turn lets them join
   * the next statement instead of each waiting for a commit of its own.
   */
  private schedule(): void {
    if (this.scheduled || !this.queue.length || this.inFlight >= this.maxInFlight) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      if (!this.queue.length || this.inFlight >= this.maxInFlight) return
      this.inFlight += 1
      void this.commitNext().finally(() => {
        this.inFlight -= 1
        this.schedule()
      })
      this.schedule()
    })
  }

  /** Takes up to MAX_BATCH queued rows with distinct unique keys; the rest stay queued, in order. */
  private takeBatch(): Queued[] {
    const batch: Queued[] = []
    const keys = new Set<string>()
    const rest: Queued[] = []
    for (const item of this.queue) {
      const key = uniqueKey(item.row)
      if (batch.length < MAX_BATCH && !keys.has(key)) {
        keys.add(key)
        batch.push(item)
      } else rest.push(item)
    }
    this.queue = rest
    return batch
  }

  private async commitNext(): Promise<void> {
    const batch = this.takeBatch()
    if (batch.length === 1) return this.alone(batch[0])
    let inserted: Array<Record<string, unknown>>
    this.stats.statements += 1
    try {
      inserted = await this.bulk!.insert(
        batch.map((item) => item.row),
        { returning: ['id', 'scope', 'storefront', 'idempotencyKey'], skipConflicts: true },
      )
    } catch {
      this.stats.failedStatements += 1
      // One row's failure must not fail the others: each goes alone and gets its own answer.
      await Promise.all(batch.map((item) => this.alone(item)))
      return
    }
    this.stats.rows += inserted.length
    const ids = new Map<string, string | number>()
    for (const row of inserted) ids.set(uniqueKey(row as AcceptanceRow), row.id as string | number)
    const skipped: Queued[] = []
    for (const item of batch) {
      const id = ids.get(uniqueKey(item.row))
      if (id === undefined) skipped.push(item)
      else item.resolve(id)
    }
    // Collided with a record already stored: alone, so the caller sees the collision as before.
    await Promise.all(skipped.map((item) => this.alone(item)))
  }

  private async alone(item: Queued): Promise<void> {
    this.stats.statements += 1
    try {
      item.resolve(await this.insertOne(item.row))
      this.stats.rows += 1
    } catch (error) {
      item.reject(error)
    }
  }
}

const committers = new WeakMap<Payload, AcceptanceGroupCommit>()

/** The Payload instance's group commit for its ledger (one per instance, like its connections). */
export function acceptanceGroupCommit(
  payload: Payload,
  options: ResolvedPolicyOptions,
): AcceptanceGroupCommit {
  let committer = committers.get(payload)
  if (!committer) {
    const collection = options.slugs.acceptances
    const bulk = sqlBulkInserter(payload, collection)
    committer = new AcceptanceGroupCommit(
      bulk
        ? // One INSERT … RETURNING id, a statement prepared once: Payload's create costs a second
          // query and the adapter's row mapping, and a lone row is the common case at low load.
          async (row) => (await bulk.insert([row], { returning: ['id'] }))[0].id as string | number
        : async (row) => {
            const created = (await payload.db.create({
              collection,
              // Only the id: the adapter then skips re-reading the whole record.
              select: { id: true },
              data: row,
            })) as { id: string | number }
            return created.id
          },
      bulk,
    )
    committers.set(payload, committer)
  }
  return committer
}
