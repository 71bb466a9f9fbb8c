import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPolicyText, publishPolicy } from '../../src/operations/importPolicyText.js'
import { PolicyCatalog } from '../../src/operations/policyCatalog.js'
import { databasesUnderTest } from '../support/databases.js'
import { revisedSeedText, seededPolicyId, SLUG } from '../support/fixtures.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

/** The freshness interval of these catalogs; their clock is moved by hand. */
const INTERVAL_MS = 1000

describe.each(kinds)('policy catalog freshness (%s)', (kind) => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp(kind)
  })

  afterAll(async () => {
    await app?.close()
  })

  /** Publishes the next version (each call a different text and summary). */
  let published = 0
  async function publishNextVersion(): Promise<void> {
    published += 1
    await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale: 'lv',
      text: revisedSeedText().replace('privatums@example.com', `dati${published}@example.com`),
    })
    await publishPolicy({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      policyId: await seededPolicyId(app.payload),
      locale: 'lv',
      release: { changeType: 'material', summary: `Izmaiņas nr. ${published}.` },
    })
  }

  const newest = (metas: Array<{ number: number }>) => metas[0]?.number

  it('serves the known versions while a check past half the interval runs, then the published one', async () => {
    let now = 0
    const catalog = new PolicyCatalog(
      app.payload,
      { ...app.options, freshnessCheckMs: INTERVAL_MS },
      () => now,
    )
    expect(newest(await catalog.versions(SLUG))).toBe(1)
    await publishNextVersion()
    // Within the first half nothing is asked: version 1 is still what was last seen.
    now = INTERVAL_MS / 2 - 1
    expect(newest(await catalog.versions(SLUG))).toBe(1)
    // Past half: the answer comes at once from what is known, and the check starts beside it…
    now = INTERVAL_MS / 2 + 1
    expect(newest(await catalog.versions(SLUG))).toBe(1)
    // …and once it is in, the new version is served.
    await expect.poll(async () => newest(await catalog.versions(SLUG))).toBe(2)
  })

  it('waits for the database once the last check is a whole interval old', async () => {
    let now = 0
    const catalog = new PolicyCatalog(
      app.payload,
      { ...app.options, freshnessCheckMs: INTERVAL_MS },
      () => now,
    )
    const before = newest(await catalog.versions(SLUG)) ?? 0
    await publishNextVersion()
    now = INTERVAL_MS
    // No stale answer here: what was seen is as old as a publish may stay invisible.
    expect(newest(await catalog.versions(SLUG))).toBe(before + 1)
  })
})
