import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { appPath } from '../paths'

/** Where the demo shop's storefront API key is kept between starts (git-ignored, owner-only). */
export const DEMO_KEY_FILE = appPath('data', 'demo-storefront-key')

/** The key the demo shop uses, if there is one: `DEMO_STOREFRONT_KEY`, else the key file. */
export function readDemoStorefrontKey(file = DEMO_KEY_FILE): string | null {
  const fromEnv = process.env.DEMO_STOREFRONT_KEY
  if (fromEnv) return fromEnv
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null
}

/**
 * The demo shop's key, generated on first use like the Payload secret (`src/secret.ts`): random,
 * never printed, and written once so a restart keeps working with the same storefront record.
 */
export function resolveDemoStorefrontKey(file = DEMO_KEY_FILE): string {
  const existing = readDemoStorefrontKey(file)
  if (existing) return existing
  mkdirSync(path.dirname(file), { recursive: true })
  const key = randomBytes(24).toString('hex')
  try {
    writeFileSync(file, key, { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
    return key
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim()
    throw error
  }
}
