/**
 * `npm start` runs two processes (see `dev/server.ts`): the front owns the port and answers the
 * storefront API; the admin process (Next and Payload) answers everything else through the front's
 * proxy. Real HTTP against the real app, built Next included.
 */
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { blocksToLexical } from '../../src/richtext/fromBlocks.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startAppServer, type AppServer } from './support/appServer.js'

/** The storefront serves a publish from any process within this (`freshnessCheckMs` 500 ms). */
const FRESHNESS_BOUND_MS = 1000
const ADMIN_PROCESS = /Admin process \(pid (\d+)\) on (http:\/\/\S+)/

const sections = (words: string) => [
  {
    key: 's1',
    heading: 'Kas mēs esam',
    body: blocksToLexical([{ type: 'paragraph' as const, text: words }]),
  },
]

describe('the split server: storefront in front, admin process behind it', () => {
  let app: AppServer
  let adminProcess: { pid: number; url: string }
  let token: string

  beforeAll(async () => {
    app = await startAppServer()
    const line = ADMIN_PROCESS.exec(app.output())
    if (!line) throw new Error(`no admin process in the output:\n${app.output().slice(-2000)}`)
    adminProcess = { pid: Number(line[1]), url: line[2] }
    token = await loginToken(app.url, app.admin)
  }, 15 * 60_000)

  afterAll(async () => {
    await app?.stop()
  })

  it('answers the storefront API, Payload REST, the admin and the shop on one port', async () => {
    const storefront = await fetchJson<{ version: { number: number } }>(
      `${app.url}/api/storefront/policies/privacy-policy?locale=lv`,
    )
    expect(storefront.status).toBe(200)
    expect(storefront.body.version.number).toBe(1)
    expect(storefront.headers.get('x-content-type-options')).toBe('nosniff')

    const rest = await fetchJson<{ docs: unknown[] }>(`${app.url}/api/policies?depth=0&limit=1`)
    expect(rest.status).toBe(200)
    expect(rest.body.docs).toHaveLength(1)

    // The admin's security headers (next.config.mjs) come back through the proxy unchanged.
    const admin = await fetch(`${app.url}/admin/login`)
    expect(admin.status).toBe(200)
    expect(admin.headers.get('content-type')).toContain('text/html')
    expect(admin.headers.get('x-frame-options')).toBe('DENY')
    expect(await admin.text()).toContain('</html>')

    // A redirect from the admin process must send the browser back to the front, not to the
    // loopback port behind it.
    const first = await fetch(`${app.url}/shop`, { redirect: 'manual' })
    const location = first.headers.get('location')
    if (location !== null) expect(new URL(location, app.url).origin).toBe(app.url)
    const shop = await fetch(`${app.url}/shop`)
    expect(shop.status).toBe(200)
    expect(shop.url.startsWith(app.url)).toBe(true)
    expect(await shop.text()).toContain('</html>')
  })

  it('runs the admin in a process of its own, reachable only on the loopback interface', async () => {
    expect(adminProcess.pid).not.toBe(process.pid)
    expect(new URL(adminProcess.url).hostname).toBe('127.0.0.1')
    expect(new URL(adminProcess.url).port).not.toBe(new URL(app.url).port)
    // The admin process is the whole Payload app: it answers the same REST read itself.
    const direct = await fetchJson<{ docs: unknown[] }>(
      `${adminProcess.url}/api/policies?depth=0&limit=1`,
    )
    expect(direct.status).toBe(200)
  })

  it('refuses an oversized body for Payload’s routes at the front, before the admin process reads it', async () => {
    const res = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@example.com', password: 'x'.repeat(5 * 1024 * 1024) }),
    })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { errors: Array<{ code: string }> }).errors[0].code).toBe(
      'body_too_large',
    )
  })

  it('serves a version published through the admin process from the front within the freshness bound', async () => {
    const slug = `split-${Date.now().toString(36)}`
    const json = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const created = await fetchJson<{ doc: { id: number } }>(
      `${app.url}/api/policies?draft=true&locale=lv`,
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ title: 'Sadalītā', slug, sections: sections('Pirmais teksts.') }),
      },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const publish = (summary: string, words: string) =>
      fetchJson(`${app.url}/api/policies/${id}?locale=lv`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({
          _status: 'published',
          changeType: 'material',
          summary,
          sections: sections(words),
        }),
      })
    const policyUrl = `${app.url}/api/storefront/policies/${slug}?locale=lv`
    const firstSeen = async (number: number, after: number): Promise<number | null> => {
      const deadline = after + 3 * FRESHNESS_BOUND_MS
      for (;;) {
        const res = await fetchJson<{ version?: { number: number } }>(policyUrl)
        if (res.status === 200 && res.body.version?.number === number) return Date.now() - after
        if (Date.now() > deadline) return null
        await sleep(10)
      }
    }
    // Known to the front as a slug without versions first, so the publish must replace that.
    expect((await fetch(policyUrl)).status).toBe(404)

    expect((await publish('Pirmā.', 'Pirmais teksts.')).status).toBe(200)
    const v1Delay = await firstSeen(1, Date.now())
    expect(v1Delay).not.toBeNull()
    expect(v1Delay).toBeLessThanOrEqual(FRESHNESS_BOUND_MS)

    expect((await publish('Otrā.', 'Otrais teksts.')).status).toBe(200)
    const v2Delay = await firstSeen(2, Date.now())
    expect(v2Delay).not.toBeNull()
    expect(v2Delay).toBeLessThanOrEqual(FRESHNESS_BOUND_MS)
  })
})
