import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasesUnderTest } from '../support/databases.js'
import { revisedSeedText, SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { runPolicyCli, startServerProcess, type ServerProcess } from '../support/processes.js'
import { createTestDatabase, type TestDatabase } from '../support/testPayload.js'

/** The contract: a publish from any process shows in every instance's responses within 1 s. */
const FRESHNESS_BOUND_MS = 1000

interface Served {
  version: { number: number }
  sections: unknown[]
}

interface Sighting {
  /** `Date.now()` when the response with the version arrived, or null if it never did. */
  at: number | null
  text: string
}

const kinds = await databasesUnderTest()

describe.each(kinds)('freshness across processes (%s)', (kind) => {
  let database: TestDatabase
  let dir: string
  const servers: ServerProcess[] = []
  const policyUrl = (server: ServerProcess) =>
    `${server.url}/api/storefront/policies/${SLUG}?locale=lv`

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policy-freshness-'))
    writeFileSync(path.join(dir, 'revised.lv.txt'), revisedSeedText())
    database = await createTestDatabase(kind)
    // One after the other: the first start migrates and seeds the empty database.
    servers.push(await startServerProcess(database.uri))
    servers.push(await startServerProcess(database.uri))
  })

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()))
    await database?.drop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('runs two app instances on one database, both serving version 1', async () => {
    for (const server of servers) {
      const res = await fetchJson<Served>(policyUrl(server))
      expect(res.status).toBe(200)
      expect(res.body.version.number).toBe(1)
    }
  })

  it('serves a version the CLI publishes from every instance within 1 second of the CLI exiting', async () => {
    let deadline = Number.POSITIVE_INFINITY
    // Poll each instance from before the publish until it serves version 2 (or the deadline).
    const watch = async (server: ServerProcess): Promise<Sighting> => {
      for (;;) {
        const res = await fetchJson<Served>(policyUrl(server))
        if (res.body.version.number === 2) return { at: Date.now(), text: res.text }
        if (Date.now() > deadline) return { at: null, text: res.text }
        await sleep(10)
      }
    }
    const sightings = Promise.all(servers.map(watch))

    const cli = await runPolicyCli(database.uri, [
      'import',
      '--file',
      path.join(dir, 'revised.lv.txt'),
      '--locale',
      'lv',
      '--publish',
      '--change-type',
      'material',
      '--summary',
      'Glabāšanas termiņš saīsināts līdz 3 gadiem.',
    ])
    // Watch a while past the bound, so a late instance is measured rather than cut off.
    deadline = cli.exitedAt + 3 * FRESHNESS_BOUND_MS
    // stderr carries the section matching (the revised text adds a contact section), no error.
    expect(cli.stderr).toBe('new: §10 "KONTAKTI"\n')
    expect(cli.stdout).toBe('2\n')

    const seen = await sightings
    const delays = seen.map((sighting) =>
      sighting.at === null ? null : sighting.at - cli.exitedAt,
    )
    for (const delay of delays) {
      expect(delay).not.toBeNull()
      expect(delay).toBeLessThanOrEqual(FRESHNESS_BOUND_MS)
    }
    // Every instance serves the same document for the new version.
    expect(new Set(seen.map((sighting) => sighting.text)).size).toBe(1)
    expect((JSON.parse(seen[0].text) as Served).sections).toHaveLength(10)
  }, 180_000)
})
