import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type Config, type Payload } from 'payload'

import { closePayload } from 'payload-privacy-policy/server'

export interface MinimalHost {
  payload: Payload
  /** The instance's `getPayload` cache key (for `startTestServer`). */
  key: string
  close(): Promise<void>
}

/**
 * A Payload host of its own, not the demo app: locales lv, en and de, SQLite on a temporary file
 * with the schema pushed (the host has no migrations of the plugin's; `push` is what Payload's dev
 * mode does). The test adds its collections, i18n and the plugin.
 */
export async function startMinimalHost(
  config: Pick<Config, 'collections' | 'i18n' | 'plugins'>,
): Promise<MinimalHost> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-minimal-host-'))
  const key = `host-${path.basename(dir)}`
  const built = await buildConfig({
    secret: 'host-test-secret',
    editor: lexicalEditor(),
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'host.db')}` }, push: true }),
    localization: { locales: ['lv', 'en', 'de'], defaultLocale: 'lv', fallback: false },
    logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'error' } },
    telemetry: false,
    ...config,
  })
  const payload = await getPayload({ config: built, key })
  return {
    payload,
    key,
    close: async () => {
      await closePayload(payload).catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
