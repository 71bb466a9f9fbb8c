import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EvidenceReceipt, LedgerPublicKey } from '../../src/client/types.js'
import { verifyReceipt } from '../../src/client/verifyReceipt.js'
import { SEAL_SETTLE_MS, sealLog } from '../../src/evidence/sealLog.js'
import { EVIDENCE_QUEUE, SEAL_TASK_SLUG } from '../../src/jobs/sealLogTask.js'
import { verifyLog, type VerifyReport } from '../../src/evidence/verifyLog.js'
import { eraseCustomerAcceptances } from '../../src/operations/customerAcceptances.js'
import { purgeExpiredAcceptances } from '../../src/operations/purgeExpired.js'
import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { runPolicyCli } from '../support/processes.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { rawSql } from '../support/rawSql.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface Accepted {
  id: number
  acceptedAt: string
  receipt: EvidenceReceipt
}

const kinds = await databasesUnderTest()

/** Seals as the job does, with no settling delay: the test's records are already committed. */
const seal = (app: TestApp) => sealLog(app.payload, app.options, { settleMs: 0 })

function problemsOf(report: VerifyReport, subject: string): string[] {
  return report.findings.filter((f) => f.subject === subject).map((f) => f.problem)
}

describe.each(kinds)('evidence log (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  let contentHash: string
  const api = (path: string) => `${server.url}/api/storefront${path}`

  async function accept(customerId: string, orderId?: string, storefront = shop) {
    const res = await fetchJson<Accepted>(api(`/policies/${SLUG}/acceptances`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: storefront.authorization },
      body: JSON.stringify({
        customerId,
        version: 1,
        locale: 'lv',
        contentHash,
        channel: 'checkout',
        ...(orderId ? { orderId } : {}),
      }),
    })
    expect(res.status).toBe(201)
    return res.body
  }

  const proof = (id: number | string, storefront = shop) =>
    fetchJson<{ id: number; receipt: EvidenceReceipt }>(
      api(`/policies/${SLUG}/acceptances/${id}/proof`),
      { headers: { authorization: storefront.authorization } },
    )

  const publicKey = async () =>
    (await fetchJson<LedgerPublicKey>(api('/ledger/public-key'))).body.publicKey

  beforeAll(async () => {
    app = await startTestApp(kind)
    server = await startTestServer(app.payload, app.key)
    shop = await createStorefront(app.payload)
    const res = await fetchJson<{ contentHash: string }>(api(`/policies/${SLUG}?locale=lv`))
    contentHash = res.body.contentHash
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('receipts', () => {
    it('answers an acceptance with its receipt: the leaf, its hash and the opening, not yet sealed', async () => {
      const accepted = await accept('cust-r1', 'order-r1')
      expect(accepted.receipt.leaf).toMatchObject({
        id: String(accepted.id),
        policy: SLUG,
        version: '1',
        contentHash,
        locale: 'lv',
        acceptedOn: accepted.acceptedAt.slice(0, 10),
      })
      expect(JSON.stringify(accepted.receipt.leaf)).not.toContain('cust-r1')
      expect(accepted.receipt.opening).toMatchObject({ customerId: 'cust-r1', orderId: 'order-r1' })
      const result = await verifyReceipt(accepted.receipt, await publicKey())
      expect(result.sealed).toBe(false)
      expect(result.problems).toEqual(['not sealed yet: fetch the proof again in a few seconds'])
    })

    it('gives a sealed receipt that verifies with only the published public key', async () => {
      const accepted = await accept('cust-r2')
      await seal(app)
      const res = await proof(accepted.id)
      expect(res.status).toBe(200)
      expect(res.body.receipt.leafHash).toBe(accepted.receipt.leafHash)
      const result = await verifyReceipt(res.body.receipt, await publicKey())
      expect(result).toEqual({ valid: true, sealed: true, problems: [] })
    })

    it('refuses a receipt altered after it was issued', async () => {
      const accepted = await accept('cust-r3')
      await seal(app)
      const { receipt } = (await proof(accepted.id)).body
      const altered = { ...receipt, opening: { ...receipt.opening!, customerId: 'cust-other' } }
      expect((await verifyReceipt(altered, await publicKey())).valid).toBe(false)
      const relabelled = { ...receipt, leaf: { ...receipt.leaf, channel: 'account' } }
      expect((await verifyReceipt(relabelled, await publicKey())).valid).toBe(false)
    })

    it('serves proofs only to keys of the same scope, and the opening only to its recorder or an exporter', async () => {
      const accepted = await accept('cust-r4')
      await seal(app)
      const elsewhere = await createStorefront(app.payload, { scope: 'other-shop' })
      expect((await proof(accepted.id, elsewhere)).status).toBe(404)
      const sibling = await createStorefront(app.payload, { permissions: ['accept'] })
      const seen = await proof(accepted.id, sibling)
      expect(seen.status).toBe(200)
      expect(seen.body.receipt.opening).toBeNull()
      expect((await verifyReceipt(seen.body.receipt, await publicKey())).valid).toBe(true)
      const unkeyed = await fetchJson(api(`/policies/${SLUG}/acceptances/${accepted.id}/proof`))
      expect(unkeyed.status).toBe(401)
    })

    it('exports one acceptance as a readable HTML document with the exact text, its hash and the proof', async () => {
      const accepted = await accept('cust-e1', 'order-e1')
      await seal(app)
      const res = await fetch(api(`/policies/${SLUG}/acceptances/${accepted.id}/evidence`), {
        headers: { authorization: shop.authorization },
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      const html = await res.text()
      const exported = await fetch(api(`/policies/${SLUG}/versions/1?locale=lv`))
      const firstSection = ((await exported.json()) as { sections: Array<{ heading: string }> })
        .sections[0].heading
      expect(html).toContain(firstSection)
      expect(html).toContain(contentHash)
      expect(html).toContain('matches the hash the acceptance cites')
      expect(html).toContain(accepted.receipt.leafHash)
      expect(html).toContain('cust-e1')
      expect(html).not.toMatch(/<script|src=|href=/)
    })

    it('exports the same acceptance as a consent record in ISO/IEC TS 27560 terms, for keys with export only', async () => {
      const accepted = await accept('cust-e2')
      await seal(app)
      const url = api(`/policies/${SLUG}/acceptances/${accepted.id}/evidence?format=json`)
      const res = await fetchJson<Record<string, unknown>>(url, {
        headers: { authorization: shop.authorization },
      })
      expect(res.body).toMatchObject({
        recordId: String(accepted.id),
        piiPrincipalId: 'cust-e2',
        consentStatus: 'given',
        privacyNotice: { noticeId: SLUG, version: 1, language: 'lv' },
      })
      const { receipt } = (res.body as { proof: { receipt: EvidenceReceipt } }).proof
      expect((await verifyReceipt(receipt, await publicKey())).valid).toBe(true)
      const acceptOnly = await createStorefront(app.payload, { permissions: ['accept'] })
      const refused = await fetchJson(url, { headers: { authorization: acceptOnly.authorization } })
      expect(refused.status).toBe(403)
    })

    it('is sealed by the Payload jobs-queue task once it has settled', async () => {
      const accepted = await accept('cust-job')
      await new Promise((resolve) => setTimeout(resolve, SEAL_SETTLE_MS + 200))
      await app.payload.jobs.queue({ task: SEAL_TASK_SLUG, input: {}, queue: EVIDENCE_QUEUE })
      await app.payload.jobs.run({ queue: EVIDENCE_QUEUE })
      const { receipt } = (await proof(accepted.id)).body
      expect(receipt.inclusion).not.toBeNull()
      expect((await verifyReceipt(receipt, await publicKey())).valid).toBe(true)
    })

    it('publishes the latest signed tree head', async () => {
      const { head } = await seal(app)
      const res = await fetchJson<{ treeSize: number; rootHash: string }>(api('/ledger/tree-head'))
      expect(res.body).toMatchObject({ treeSize: head!.treeSize, rootHash: head!.rootHash })
    })
  })

  /** A day after every record so far has expired. */
  const later = new Date(Date.now() + 6 * 366 * 86_400_000)

  describe('verify', () => {
    it('finds an untouched ledger clean', async () => {
      await seal(app)
      const report = await verifyLog(app.payload, app.options)
      expect(report.findings).toEqual([])
      expect(report).toMatchObject({ ok: true, pending: 0, versions: 1 })
    })

    it('stays clean after an erasure, which leaves the leaf but unlinks its commitments', async () => {
      const accepted = await accept('cust-erase', 'order-erase')
      await seal(app)
      await eraseCustomerAcceptances(app.payload, app.options, {
        scope: 'default',
        customerId: 'cust-erase',
      })
      const report = await verifyLog(app.payload, app.options)
      expect(report.findings).toEqual([])
      expect(report.erased).toBe(1)
      const { receipt } = (await proof(accepted.id)).body
      expect(receipt.opening).toBeNull()
      expect(receipt.leafHash).toBe(accepted.receipt.leafHash)
      expect((await verifyReceipt(receipt, await publicKey())).valid).toBe(true)
    })

    it('stays clean after the retention purge, whose removed records keep their leaves', async () => {
      await accept('cust-old')
      await seal(app)
      const purge = await purgeExpiredAcceptances(app.payload, app.options, { now: later })
      expect(purge.purged).toBeGreaterThan(0)
      const report = await verifyLog(app.payload, app.options, { now: later })
      expect(report.findings).toEqual([])
      expect(report.purged).toBe(purge.purged)
      expect(report.acceptances).toBe(0)
    })
  })

  describe('tampering directly in the database', () => {
    const ids: number[] = []
    let runDb: (statement: string) => Promise<void>

    beforeAll(async () => {
      runDb = (statement) => rawSql(app.payload, kind, statement)
      for (let i = 0; i < 6; i++) ids.push((await accept(`cust-t${i}`, `order-t${i}`)).id)
      await seal(app)
      expect((await verifyLog(app.payload, app.options, { now: later })).ok).toBe(true)
    })

    it('names records deleted as if by the retention purge while still inside the retention period', async () => {
      const report = await verifyLog(app.payload, app.options)
      // Today is inside the retention period of everything the earlier test purged "years later".
      expect(report.findings.length).toBeGreaterThan(0)
      for (const finding of report.findings) {
        expect(finding.problem).toMatch(/^deleted: leaf \d+ is marked purged, but it was sealed on/)
      }
    })

    it('names an acceptance whose field was changed', async () => {
      await runDb(`UPDATE policy_acceptances SET channel = 'account' WHERE id = ${ids[0]}`)
      const report = await verifyLog(app.payload, app.options)
      expect(report.ok).toBe(false)
      expect(problemsOf(report, `acceptance ${ids[0]}`)).toEqual([
        expect.stringMatching(/changed since it was sealed/),
      ])
    })

    it('names an acceptance whose customer id was changed', async () => {
      await runDb(`UPDATE policy_acceptances SET customer_id = 'cust-x' WHERE id = ${ids[1]}`)
      const report = await verifyLog(app.payload, app.options)
      expect(problemsOf(report, `acceptance ${ids[1]}`)).toEqual([
        'its customerId does not match its commitment (changed)',
      ])
    })

    it('names a deleted acceptance', async () => {
      await runDb(`DELETE FROM policy_acceptances WHERE id = ${ids[2]}`)
      const report = await verifyLog(app.payload, app.options)
      expect(problemsOf(report, `acceptance ${ids[2]}`)).toEqual([
        expect.stringMatching(/^deleted: leaf \d+ has no record$/),
      ])
    })

    it('names a back-dated acceptance inserted behind the log', async () => {
      // A copy of a real record under a new id, dated a day earlier, as a forger would write it.
      const columns =
        'policy_id, policy_slug, version_id, version_number, customer_id, scope, locale, content_hash, channel, storefront_id, idempotency_key, evidence_salt, accepted_at_commitment, customer_commitment, order_commitment, idempotency_key_commitment'
      const dayBefore =
        kind === 'sqlite'
          ? `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')`
          : `now() - interval '1 day'`
      await runDb(
        `INSERT INTO policy_acceptances (${columns}, accepted_at, created_at, updated_at)
         SELECT ${columns.replace('idempotency_key,', "'forged-key',")}, ${dayBefore}, ${dayBefore}, ${dayBefore}
         FROM policy_acceptances WHERE id = ${ids[3]}`,
      )
      const report = await verifyLog(app.payload, app.options)
      const inserted = report.findings.filter(
        (f) => !f.subject.endsWith(` ${ids[0]}`) && /inserted|back-dated/.test(f.problem),
      )
      expect(inserted).toHaveLength(1)
      expect(inserted[0].subject).toMatch(/^acceptance \d+$/)
    })

    it('names two acceptances whose leaves were swapped', async () => {
      const hashOf = async (id: number) => {
        const { docs } = await app.payload.db.find<{ leafHash: string }>({
          collection: 'policy-log-leaves',
          where: {
            and: [
              { kind: { equals: 'acceptance' } },
              { record: { equals: String(id) } },
              { recordPurgedOn: { exists: false } },
            ],
          },
          limit: 1,
          pagination: false,
        })
        return docs[0].leafHash
      }
      const [fourth, fifth] = [await hashOf(ids[4]), await hashOf(ids[5])]
      const setLeaf = (id: number, hash: string) =>
        runDb(
          `UPDATE policy_log_leaves SET leaf_hash = '${hash}' WHERE record = '${id}' AND record_purged_on IS NULL`,
        )
      await setLeaf(ids[4], fifth)
      await setLeaf(ids[5], fourth)
      const report = await verifyLog(app.payload, app.options)
      expect(problemsOf(report, `acceptance ${ids[4]}`)).toEqual([
        expect.stringMatching(/reordered/),
      ])
      expect(problemsOf(report, `acceptance ${ids[5]}`)).toEqual([
        expect.stringMatching(/reordered/),
      ])
      expect(report.findings.some((f) => /^tree head \d+$/.test(f.subject))).toBe(true)
    })

    it('names a version whose frozen text was edited', async () => {
      const [version] = (
        await app.payload.db.find<{ id: number; snapshot: Record<string, unknown> }>({
          collection: 'policy-versions',
          limit: 1,
          pagination: false,
        })
      ).docs
      const snapshot = JSON.stringify(version.snapshot).replace(
        'Pirms pasūtījuma',
        'Pēc pasūtījuma',
      )
      expect(snapshot).not.toBe(JSON.stringify(version.snapshot))
      const literal = `'${snapshot.replace(/'/g, "''")}'`
      await runDb(
        `UPDATE policy_versions SET snapshot = ${kind === 'sqlite' ? literal : `${literal}::jsonb`} WHERE id = ${version.id}`,
      )
      const report = await verifyLog(app.payload, app.options)
      expect(problemsOf(report, `version 1 of ${SLUG} (id ${version.id})`)).toContain(
        'its frozen lv text does not match its content hash (text changed)',
      )
    })

    it('makes `npm run policy -- verify` exit non-zero, one line per finding', async () => {
      const result = await runPolicyCli(app.database.uri, ['verify'], 120_000)
      expect(result.code).toBe(1)
      const lines = result.stdout.trim().split('\n')
      expect(lines.at(-1)).toMatch(/^FAILED: \d+ problems/)
      for (const id of [ids[0], ids[1], ids[2], ids[4], ids[5]]) {
        expect(lines.some((line) => line.startsWith(`acceptance ${id}: `))).toBe(true)
      }
      expect(lines.some((line) => line.startsWith('version 1 of '))).toBe(true)
    }, 180_000)
  })
})
