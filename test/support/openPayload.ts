import { randomBytes } from 'node:crypto'
import { buildConfig, getPayload, type Payload } from 'payload'

import { createAppConfig, type AppConfigOptions } from '../../dev/appConfig.js'

/**
 * Payload with the app's config on an existing database, as a restarted app instance would see it
 * (migrated and seeded on init). Every call is a separate instance with its own cache key, so a
 * test can start, stop and start again on the same database; close it with `closePayload`.
 */
export async function openPayload(
  databaseUri: string,
  overrides: Omit<AppConfigOptions, 'databaseUri'> = {},
): Promise<Payload> {
  const config = await buildConfig(
    createAppConfig({
      databaseUri,
      devAdmin: false,
      logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'error' } },
      ...overrides,
    }),
  )
  return getPayload({ config, key: `open-${randomBytes(6).toString('hex')}` })
}
