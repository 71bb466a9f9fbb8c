import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { appPath } from './paths.js'

/** A secret kept in a file, if the file exists (trimmed; empty counts as none). */
export function readSecretFile(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null
}

/**
 * A random secret persisted in `file` (owner-only), created on first use so a fresh clone needs
 * no hand-made files. Safe when several processes start at once: the first writer wins and the
 * others read its value.
 */
export function readOrCreateSecretFile(file: string, bytes: number): string {
  const existing = readSecretFile(file)
  if (existing) return existing
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(bytes).toString('hex')
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim()
    throw error
  }
}

/**
 * Payload's secret signs sessions and keys the storefront API-key index, so it must survive
 * restarts. `PAYLOAD_SECRET` wins; otherwise it lives in `data/payload-secret` (git-ignored).
 */
export function resolvePayloadSecret(file = appPath('data', 'payload-secret')): string {
  return process.env.PAYLOAD_SECRET || readOrCreateSecretFile(file, 32)
}

/**
 * The evidence log's Ed25519 signing key (a 32-byte seed, hex), kept like the Payload secret:
 * `POLICY_EVIDENCE_SIGNING_KEY` wins; otherwise `data/evidence-signing-key` (git-ignored, 0600).
 * Back it up with the database: tree heads it signed are checked against its public key.
 */
export function resolveEvidenceSigningKey(file = appPath('data', 'evidence-signing-key')): string {
  return process.env.POLICY_EVIDENCE_SIGNING_KEY || readOrCreateSecretFile(file, 32)
}
