import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sealLog } from '../../src/evidence/sealLog.js'
import { exportPolicyText } from '../../src/operations/exportPolicyText.js'
import { getCatalog } from '../../src/operations/policyCatalog.js'
import { databasesUnderTest } from '../support/databases.js'
import { createUser, SLUG, type Role } from '../support/fixtures.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

/** The PDF's text as pdf.js extracts it, every run of whitespace one space (lines wrap on paper). */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: true })
  return squeeze(text)
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

describe.each(kinds)('evidence export (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  const tokens = {} as Record<Role, string>
  const accepted = {} as Record<'lv' | 'ru', number>
  const api = (path: string) => `${server.url}/api${path}`

  async function contentHashOf(locale: string) {
    const res = await fetchJson<{ contentHash: string }>(
      api(`/storefront/policies/${SLUG}?locale=${locale}`),
    )
    return res.body.contentHash
  }

  beforeAll(async () => {
    app = await startTestApp(kind)
    server = await startTestServer(app.payload, app.key)
    shop = await createStorefront(app.payload)
    for (const locale of ['lv', 'ru'] as const) {
      const res = await fetchJson<{ id: number }>(api(`/storefront/policies/${SLUG}/acceptances`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: shop.authorization },
        body: JSON.stringify({
          customerId: `cust-pdf-${locale}`,
          orderId: `order-${locale}`,
          version: 1,
          locale,
          contentHash: await contentHashOf(locale),
          channel: 'checkout',
        }),
      })
      expect(res.status).toBe(201)
      accepted[locale] = res.body.id
    }
    await sealLog(app.payload, app.options, { settleMs: 0 })
    for (const role of ['admin', 'auditor', 'editor'] as Role[]) {
      tokens[role] = await loginToken(server.url, await createUser(app.payload, role))
    }
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  /** The evidence as the HTML export states it: its text is the reference the PDF must match. */
  async function htmlEvidence(id: number) {
    const res = await fetch(api(`/storefront/policies/${SLUG}/acceptances/${id}/evidence`), {
      headers: { authorization: shop.authorization },
    })
    return res.text()
  }

  it.each(['lv', 'ru'] as const)(
    'renders the %s acceptance as a PDF whose extracted text is the exact text accepted',
    async (locale) => {
      const id = accepted[locale]
      const res = await fetch(
        api(`/storefront/policies/${SLUG}/acceptances/${id}/evidence?format=pdf`),
        {
          headers: { authorization: shop.authorization },
        },
      )
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="acceptance-${id}-evidence.pdf"`,
      )
      const bytes = await res.arrayBuffer()
      expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-')
      const text = await pdfText(bytes)
      // The exact text, as `npm run policy -- export` gives it (what the content hash is of).
      const exact = await exportPolicyText(getCatalog(app.payload, app.options), SLUG, 1, locale)
      expect(exact).toMatch(locale === 'lv' ? /[āčēģīķļņšūž]/ : /[а-яё]/)
      // Every character of it, in order (the line breaks are the page's).
      expect(text).toContain(squeeze(exact))
      const html = await htmlEvidence(id)
      for (const value of [
        /content hash cited<\/th><td><code>([0-9a-f]{64})/i,
        /Leaf hash<\/th><td><code>([0-9a-f]{64})/,
        /Tree head root<\/th><td><code>([0-9a-f]{64})/,
      ]) {
        expect(text).toContain(html.match(value)![1])
      }
      expect(text).toContain('matches the hash the acceptance cites')
      expect(text).toContain(`cust-pdf-${locale}`)
      expect(text).toContain('How to verify')
      expect(text).toContain('RFC 9162 §2.1.3.2')
    },
  )

  it('refuses an unknown format, naming the ones there are', async () => {
    const res = await fetchJson<{ code: string; error: string }>(
      api(`/storefront/policies/${SLUG}/acceptances/${accepted.lv}/evidence?format=docx`),
      { headers: { authorization: shop.authorization } },
    )
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('parameter_invalid')
    expect(res.body.error).toContain('html, pdf, json')
  })

  describe('the admin download', () => {
    const download = (role: Role, id: number | string, format: string) =>
      fetch(api(`/policy-acceptances/${id}/evidence?format=${format}`), {
        headers: { authorization: `JWT ${tokens[role]}` },
      })

    it('gives admins and auditors the same document in each format, as a file to save', async () => {
      for (const role of ['admin', 'auditor'] as Role[]) {
        const html = await download(role, accepted.ru, 'html')
        expect(html.status).toBe(200)
        expect(html.headers.get('content-disposition')).toBe(
          `attachment; filename="acceptance-${accepted.ru}-evidence.html"`,
        )
        expect(await html.text()).toContain('cust-pdf-ru')
        const pdf = await download(role, accepted.ru, 'pdf')
        expect(pdf.headers.get('content-type')).toBe('application/pdf')
        expect(await pdfText(await pdf.arrayBuffer())).toContain('cust-pdf-ru')
        const json = (await (await download(role, accepted.ru, 'json')).json()) as Record<
          string,
          unknown
        >
        expect(json).toMatchObject({ recordId: String(accepted.ru), piiPrincipalId: 'cust-pdf-ru' })
      }
    })

    it('refuses editors and anonymous callers, and names an unknown acceptance', async () => {
      const editor = await download('editor', accepted.lv, 'html')
      expect(editor.status).toBe(403)
      expect(((await editor.json()) as { code: string }).code).toBe('admin_forbidden')
      const anonymous = await fetch(api(`/policy-acceptances/${accepted.lv}/evidence`))
      expect(anonymous.status).toBe(401)
      const missing = await download('admin', 999_999, 'html')
      expect(missing.status).toBe(404)
      expect(((await missing.json()) as { code: string }).code).toBe('acceptance_unknown')
    })
  })
})
