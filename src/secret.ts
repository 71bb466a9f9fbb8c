import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { appPath } from './paths'

/**
 * Payload's secret signs sessions and keys the storefront API-key index, so it must survive
 * restarts. `PAYLOAD_SECRET` wins; otherwise one is generated on first start into
 * `data/payload-secret` (git-ignored, owner-only) so a fresh clone needs no hand-made files.
 */
export function resolvePayloadSecret(file = appPath('data', 'payload-secret')): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
    return secret
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim()
    throw error
  }
}
