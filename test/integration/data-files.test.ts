import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { readOrCreateSecretFile } from '../../dev/secret.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const mode = (file: string) => statSync(file).mode & 0o777

describe('data files are owner-only', () => {
  let app: TestApp | undefined
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-secret-'))

  afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates the SQLite database and its -wal and -shm files 0600 on a fresh start, under the usual umask 022', async () => {
    const previous = process.umask(0o022)
    try {
      app = await startTestApp('sqlite')
    } finally {
      process.umask(previous)
    }
    const file = app.database.uri.slice('file:'.length)
    // A write makes sure the WAL and its index exist.
    await app.payload.find({ collection: 'policies', depth: 0, overrideAccess: true })
    expect(mode(file)).toBe(0o600)
    expect(mode(`${file}-wal`)).toBe(0o600)
    expect(mode(`${file}-shm`)).toBe(0o600)
  })

  it('creates the Payload secret file 0600', () => {
    const file = path.join(dir, 'payload-secret')
    readOrCreateSecretFile(file, 32)
    expect(mode(file)).toBe(0o600)
  })
})
