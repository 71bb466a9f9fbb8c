import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countVersionAcceptances } from '../../src/operations/ledgerCounts.js'
import { purgeExpiredAcceptances, retentionCutoff } from '../../src/operations/purgeExpired.js'
import { PURGE_TASK_SLUG, LEDGER_QUEUE } from '../../src/jobs/purgeExpiredTask.js'
import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

describe('retention cutoff', () => {
  it('goes back whole calendar years', () => {
    expect(retentionCutoff(new Date('2026-11-25T10:00:00Z'), 5).toISOString()).toBe(
      '2021-11-25T10:00:00.000Z',
    )
  })

  it('clamps a leap day to the last day of February', () => {
    expect(retentionCutoff(new Date('2028-02-29T00:00:00Z'), 1).toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    )
  })
})

describe.each(kinds)('retention and ledger counts (%s)', (kind) => {
  let app: TestApp
  let shop: TestStorefront
  let version: {
    id: string | number
    number: number
    contentHashes: Record<string, string>
    policy: string | number
  }

  /** Writes a record as the acceptance endpoint does, but dated in the past. */
  async function insertAcceptance(
    customerId: string,
    acceptedAt: string,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await app.payload.db.create({
      collection: 'policy-acceptances',
      data: {
        policy: version.policy,
        policySlug: SLUG,
        version: version.id,
        versionNumber: version.number,
        customerId,
        locale: 'lv',
        contentHash: version.contentHashes.lv,
        channel: 'checkout',
        storefront: shop.id,
        acceptedAt,
        idempotencyKey: `seed-${customerId}-${acceptedAt}`,
        ...extra,
      },
    })
  }

  async function count(customerPrefix: string): Promise<number> {
    const { totalDocs } = await app.payload.count({
      collection: 'policy-acceptances',
      where: { customerId: { like: customerPrefix } },
      overrideAccess: true,
    })
    return totalDocs
  }

  beforeAll(async () => {
    app = await startTestApp(kind)
    shop = await createStorefront(app.payload)
    const { docs } = await app.payload.find({ collection: 'policy-versions', depth: 0, limit: 1 })
    version = docs[0] as unknown as typeof version
  })

  afterAll(async () => {
    await app?.close()
  })

  it('lists expired acceptances on a dry run without removing any', async () => {
    const now = new Date('2030-06-01T00:00:00Z')
    await insertAcceptance('dry-old', '2024-01-01T00:00:00.000Z')
    await insertAcceptance('dry-new', '2026-01-01T00:00:00.000Z')
    const result = await purgeExpiredAcceptances(app.payload, app.options, { now, dryRun: true })
    expect(result).toMatchObject({
      cutoff: '2025-06-01T00:00:00.000Z',
      expired: 1,
      purged: 0,
      dryRun: true,
    })
    expect(await count('dry-')).toBe(2)
  })

  it('removes acceptances older than the retention period and keeps younger ones', async () => {
    const now = new Date('2030-06-01T00:00:00Z')
    const result = await purgeExpiredAcceptances(app.payload, app.options, { now })
    expect(result).toMatchObject({ expired: 1, purged: 1 })
    expect(await count('dry-old')).toBe(0)
    expect(await count('dry-new')).toBe(1)
  })

  it('never prunes policy versions, so remaining acceptances still cite their text', async () => {
    const before = await app.payload.count({ collection: 'policy-versions' })
    await purgeExpiredAcceptances(app.payload, app.options, {
      now: new Date('2100-01-01T00:00:00Z'),
    })
    expect(await app.payload.count({ collection: 'policy-versions' })).toEqual(before)
    expect(await count('dry-')).toBe(0)
  })

  it('runs as a Payload jobs-queue task', async () => {
    await insertAcceptance('job-old', '2001-01-01T00:00:00.000Z')
    await insertAcceptance('job-new', new Date().toISOString())
    await app.payload.jobs.queue({ task: PURGE_TASK_SLUG, input: {}, queue: LEDGER_QUEUE })
    await app.payload.jobs.run({ queue: LEDGER_QUEUE })
    expect(await count('job-old')).toBe(0)
    expect(await count('job-new')).toBe(1)
  })

  it('counts a version’s acceptances by locale and channel for the admin', async () => {
    await insertAcceptance('count-a', new Date().toISOString(), {
      channel: 'reconsent',
      locale: 'en',
      contentHash: version.contentHashes.en,
    })
    await insertAcceptance('count-b', new Date().toISOString(), { channel: 'account' })
    const counts = await countVersionAcceptances(app.payload, app.options, version.id)
    const { totalDocs } = await app.payload.count({
      collection: 'policy-acceptances',
      where: { version: { equals: version.id } },
      overrideAccess: true,
    })
    expect(counts.total).toBe(totalDocs)
    expect(counts.cells.en.reconsent).toBe(1)
    expect(counts.byChannel.account).toBeGreaterThanOrEqual(1)
    expect(counts.byLocale.lv + counts.byLocale.en + counts.byLocale.ru).toBe(totalDocs)
  })
})
