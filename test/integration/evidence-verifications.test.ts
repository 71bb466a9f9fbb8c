import { initI18n } from '@payloadcms/translations'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EvidenceLogPanel } from '../../src/admin/evidence/EvidenceLogPanel.js'
import { sealLog } from '../../src/evidence/sealLog.js'
import {
  latestVerification,
  runRecordedVerification,
  type VerificationRun,
} from '../../src/evidence/verificationRuns.js'
import { VERIFY_TASK_SLUG } from '../../src/jobs/verifyLogTask.js'
import { databasesUnderTest } from '../support/databases.js'
import { createUser, SLUG, type Role } from '../support/fixtures.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { runPolicyCli } from '../support/processes.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { rawSql } from '../support/rawSql.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

const COLLECTION = 'policy-log-verifications'

describe.each(kinds)('verification record (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  let contentHash: string
  const tokens = {} as Record<Role, string>
  const emails = {} as Record<Role, string>
  const users = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>
  const ids: number[] = []

  const rest = (role: Role, path: string, init: RequestInit = {}) =>
    fetchJson<Record<string, unknown>>(`${server.url}/api/${COLLECTION}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `JWT ${tokens[role]}`,
        ...init.headers,
      },
    })

  async function accept(customerId: string) {
    const res = await fetchJson<{ id: number }>(
      `${server.url}/api/storefront/policies/${SLUG}/acceptances`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: shop.authorization },
        body: JSON.stringify({
          customerId,
          version: 1,
          locale: 'lv',
          contentHash,
          channel: 'checkout',
        }),
      },
    )
    expect(res.status).toBe(201)
    return res.body.id
  }

  beforeAll(async () => {
    app = await startTestApp(kind)
    server = await startTestServer(app.payload, app.key)
    shop = await createStorefront(app.payload)
    const res = await fetchJson<{ contentHash: string }>(
      `${server.url}/api/storefront/policies/${SLUG}?locale=lv`,
    )
    contentHash = res.body.contentHash
    for (const role of ['admin', 'auditor', 'editor', 'publisher'] as Role[]) {
      const user = await createUser(app.payload, role)
      users[role] = user
      emails[role] = String((user as { email?: unknown }).email)
      tokens[role] = await loginToken(server.url, user)
    }
    for (let i = 0; i < 3; i++) ids.push(await accept(`cust-v${i}`))
    await sealLog(app.payload, app.options, { settleMs: 0 })
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  /** The dashboard card as the admin page renders it, for one user in one admin language. */
  async function panel(role: Role, language: 'en' | 'lv' | 'ru') {
    const i18n = await initI18n({ config: app.payload.config.i18n, context: 'api', language })
    const element = await EvidenceLogPanel({
      payload: app.payload,
      user: users[role],
      i18n,
    })
    return element ? renderToStaticMarkup(element) : ''
  }

  it('shows the latest signed tree head on the dashboard, and that the log was never verified', async () => {
    const head = (
      await fetchJson<{ treeSize: number; rootHash: string; keyId: string }>(
        `${server.url}/api/storefront/ledger/tree-head`,
      )
    ).body
    const html = await panel('auditor', 'lv')
    expect(html).toContain('Pierādījumu žurnāls')
    expect(html).toContain(`data-tree-size="${head.treeSize}"`)
    expect(html).toContain(head.rootHash)
    expect(html).toContain('data-signature="valid"')
    expect(html).toContain(head.keyId.slice(0, 4) + ' ' + head.keyId.slice(4, 8))
    expect(html).toContain('Žurnāls vēl ne reizi nav pārbaudīts.')
    // Auditors read; only admins get the button.
    expect(html).not.toContain('<form')
    expect(await panel('admin', 'ru')).toContain('Проверить сейчас</button>')
    expect(await panel('editor', 'en')).toBe('')
  })

  it('stores a clean run: when, by whom, the counts and the tree head it verified', async () => {
    const { run } = await runRecordedVerification(app.payload, app.options, {
      trigger: 'cli',
      triggeredBy: 'ops@example',
    })
    const head = (
      await fetchJson<{ treeSize: number; rootHash: string }>(
        `${server.url}/api/storefront/ledger/tree-head`,
      )
    ).body
    const stored = (await rest('auditor', `/${run.id}`)).body as unknown as VerificationRun
    expect(stored).toMatchObject({
      ok: true,
      trigger: 'cli',
      triggeredBy: 'ops@example',
      findingCount: 0,
      findings: [],
      treeSize: head.treeSize,
      rootHash: head.rootHash,
      counts: { acceptances: 3, pending: 0, erased: 0 },
    })
    expect(stored.durationMs).toBeGreaterThanOrEqual(0)
    expect(Date.parse(stored.verifiedAt)).not.toBeNaN()
  })

  it('stores the run of `npm run policy -- verify`, and none with --no-record', async () => {
    const before = (await rest('admin', '?limit=0')).body.totalDocs as number
    const result = await runPolicyCli(app.database.uri, ['verify'], 120_000)
    expect(result.code).toBe(0)
    const latest = await latestVerification(app.payload, app.options)
    expect(latest).toMatchObject({ ok: true, trigger: 'cli' })
    expect(latest?.triggeredBy).toMatch(/@/)
    const quiet = await runPolicyCli(app.database.uri, ['verify', '--no-record'], 120_000)
    expect(quiet.code).toBe(0)
    expect((await rest('admin', '?limit=0')).body.totalDocs).toBe(before + 1)
  }, 240_000)

  it('lets an admin verify now: JSON for a client, back to the dashboard for the form', async () => {
    const json = await rest('admin', '/run', { method: 'POST' })
    expect(json.status).toBe(201)
    expect(json.body.run).toMatchObject({ ok: true, trigger: 'admin', triggeredBy: emails.admin })
    const html = await panel('auditor', 'lv')
    expect(html).toContain('data-ok="true"')
    expect(html).toContain('Bez problēmām')
    expect(html).toContain(`Administrators (${emails.admin})`)
    const form = await fetch(`${server.url}/api/${COLLECTION}/run`, {
      method: 'POST',
      redirect: 'manual',
      headers: { authorization: `JWT ${tokens.admin}` },
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/admin#policy-evidence-log')
  })

  it('refuses "verify now" to auditors, editors and anonymous callers', async () => {
    for (const role of ['auditor', 'editor'] as Role[]) {
      const res = await rest(role, '/run', { method: 'POST' })
      expect(res.status).toBe(403)
      expect(res.body.code).toBe('admin_forbidden')
    }
    const anonymous = await fetchJson(`${server.url}/api/${COLLECTION}/run`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    })
    expect(anonymous.status).toBe(401)
  })

  it('stores a run over a tampered ledger with the records it names', async () => {
    await rawSql(
      app.payload,
      kind,
      `UPDATE policy_acceptances SET channel = 'account' WHERE id = ${ids[0]}`,
    )
    await rawSql(app.payload, kind, `DELETE FROM policy_acceptances WHERE id = ${ids[1]}`)
    const { run, report } = await runRecordedVerification(app.payload, app.options, {
      trigger: 'schedule',
      triggeredBy: VERIFY_TASK_SLUG,
    })
    expect(report.ok).toBe(false)
    const stored = (await rest('admin', `/${run.id}`)).body as unknown as VerificationRun
    expect(stored.ok).toBe(false)
    expect(stored.findingCount).toBe(report.findings.length)
    const subjects = stored.findings.map((finding) => finding.subject)
    expect(subjects).toContain(`acceptance ${ids[0]}`)
    expect(subjects).toContain(`acceptance ${ids[1]}`)
    expect(stored.findings.find((f) => f.subject === `acceptance ${ids[0]}`)?.problem).toMatch(
      /changed since it was sealed/,
    )
    // The newest run is what the dashboard shows.
    expect((await latestVerification(app.payload, app.options))?.id).toBe(run.id)
    const html = await panel('admin', 'ru')
    expect(html).toContain(`data-finding-count="${report.findings.length}"`)
    expect(html).toContain(`Нарушений: ${report.findings.length}`)
    expect(html).toContain(`<strong>acceptance ${ids[0]}</strong>: changed since it was sealed`)
  })

  it('is written by nobody through the API, admins included', async () => {
    const [existing] = (await rest('admin', '?limit=1')).body.docs as VerificationRun[]
    const created = await rest('admin', '', {
      method: 'POST',
      body: JSON.stringify({ verifiedAt: new Date().toISOString(), ok: true, trigger: 'admin' }),
    })
    expect(created.status).toBe(403)
    const patched = await rest('admin', `/${existing.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ ok: true, findingCount: 0 }),
    })
    expect(patched.status).toBe(403)
    expect((await rest('admin', `/${existing.id}`, { method: 'DELETE' })).status).toBe(403)
    // Nor through the Local API with access overridden: the guards refuse changes outright.
    await expect(
      app.payload.update({
        collection: COLLECTION,
        id: existing.id!,
        data: { ok: true },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      app.payload.delete({ collection: COLLECTION, id: existing.id!, overrideAccess: true }),
    ).rejects.toThrow(/cannot be deleted/)
    expect((await rest('admin', `/${existing.id}`)).body).toMatchObject({ ok: existing.ok })
  })

  it('is read by admins and auditors, not by editors or publishers', async () => {
    expect((await rest('admin', '')).status).toBe(200)
    expect((await rest('auditor', '')).status).toBe(200)
    for (const role of ['editor', 'publisher'] as Role[]) {
      expect((await rest(role, '')).status).toBe(403)
    }
  })
})
