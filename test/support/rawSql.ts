import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * Runs SQL on the app's own connection, as someone with database access would, bypassing
 * Payload: how the tamper tests change the ledger behind the module's back.
 */
export async function rawSql(payload: Payload, kind: string, statement: string): Promise<void> {
  const db = payload.db as unknown as {
    drizzle: {
      run?: (query: unknown) => Promise<unknown>
      execute?: (query: unknown) => Promise<unknown>
    }
  }
  const query = sql.raw(statement)
  await (kind === 'sqlite' ? db.drizzle.run!(query) : db.drizzle.execute!(query))
}
