/**
 * The review hand-off and four eyes (issue 15) against a real database over real HTTP: an editor
 * asks for review (stamped by the server, not the request), publishers find the request, the
 * draft's last author may not publish it, another publisher may, and the publish answers with
 * what happened. Also: editors are not offered Payload's actions they cannot complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listPendingReviews } from '../../src/admin/review/pendingReviews.js'
import { importPolicyText } from '../../src/operations/importPolicyText.js'
import { databasesUnderTest } from '../support/databases.js'
import { createUser, seededPolicyId, seedText, SLUG } from '../support/fixtures.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

type Id = string | number
type Who = 'editor' | 'publisherA' | 'publisherB'

interface PolicyBody {
  doc?: { _status: string }
  message?: string
  errors?: Array<{
    message: string
    data?: { code?: string; errors?: Array<{ path: string; message: string }> }
  }>
}

interface ReviewDoc {
  lastEditedBy?: Id | null
  reviewRequested?: boolean | null
  reviewNote?: string | null
  reviewRequestedBy?: Id | null
  reviewRequestedAt?: string | null
}

const kinds = await databasesUnderTest()

describe.each(kinds)('the review hand-off and four eyes (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let policyId: Id
  const users = {} as Record<Who, Awaited<ReturnType<typeof createUser>>>
  const tokens = {} as Record<Who, string>

  const patch = (who: Who, query: string, data: Record<string, unknown>, language = 'en') =>
    fetchJson<PolicyBody>(`${server.url}/api/policies/${policyId}?${query}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        'accept-language': language,
        authorization: `JWT ${tokens[who]}`,
      },
      body: JSON.stringify(data),
    })

  const draft = async () =>
    (await app.payload.findByID({
      collection: 'policies',
      id: policyId,
      draft: true,
      depth: 0,
      locale: 'lv',
      overrideAccess: true,
    })) as unknown as ReviewDoc & { title: string }

  /** A new Latvian text as the draft, imported as an operator would (no user: nobody's edit). */
  let years = 5
  const importNewText = async () => {
    const next = years - 1
    await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale: 'lv',
      text: seedText('lv').replace('mēs glabājam 5 gadus', `mēs glabājam ${next} gadus`),
    })
    years = next
  }

  const versionCount = async () =>
    (await app.payload.count({ collection: 'policy-versions', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    app = await startTestApp(kind, {
      plugin: { requireSecondPublisher: true, freshnessCheckMs: 0 },
    })
    server = await startTestServer(app.payload, app.key)
    policyId = await seededPolicyId(app.payload)
    // The first user becomes an admin (`firstUserIsAdmin`): create one, so the editor is an editor.
    await createUser(app.payload, 'admin')
    users.editor = await createUser(app.payload, 'editor')
    users.publisherA = await createUser(app.payload, 'publisher')
    users.publisherB = await createUser(app.payload, 'publisher')
    for (const who of Object.keys(users) as Who[]) {
      tokens[who] = await loginToken(server.url, users[who])
    }
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  it('stamps a review request with the signed-in editor and the server’s clock, not the request’s', async () => {
    await importNewText()
    const before = Date.now()
    const res = await patch('editor', 'draft=true&locale=lv', {
      title: 'Privātuma politika (pārskatīšanai)',
      reviewRequested: true,
      reviewNote: 'Lūdzu pārbaudiet 5. sadaļu.',
      reviewRequestedBy: users.publisherB.id,
      reviewRequestedAt: '2000-01-01T00:00:00.000Z',
    })
    expect(res.status).toBe(200)
    const stored = await draft()
    expect(stored).toMatchObject({
      reviewRequested: true,
      reviewNote: 'Lūdzu pārbaudiet 5. sadaļu.',
      reviewRequestedBy: users.editor.id,
    })
    expect(Date.parse(stored.reviewRequestedAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.lastEditedBy).toBe(users.editor.id)
  })

  it('keeps the request open, with its first stamp, when a publisher saves the draft', async () => {
    const first = await draft()
    const res = await patch('publisherA', 'draft=true&locale=lv', {
      title: 'Privātuma politika (pārskatīta)',
      reviewRequested: true,
      reviewRequestedBy: users.publisherA.id,
    })
    expect(res.status).toBe(200)
    const stored = await draft()
    expect(stored).toMatchObject({
      reviewRequested: true,
      reviewRequestedBy: users.editor.id,
      reviewRequestedAt: first.reviewRequestedAt,
    })
    expect(stored.lastEditedBy).toBe(users.publisherA.id)
  })

  it('lists the pending request for publishers: a list filter and the dashboard’s query', async () => {
    const res = await fetchJson<{ totalDocs: number }>(
      `${server.url}/api/policies?draft=true&where[reviewRequested][equals]=true&depth=0`,
      { headers: { authorization: `JWT ${tokens.publisherB}` } },
    )
    expect(res.body.totalDocs).toBe(1)
    const pending = await listPendingReviews(app.payload, app.options, 'lv')
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({
      id: policyId,
      requestedBy: (users.editor as unknown as { email: string }).email,
      note: 'Lūdzu pārbaudiet 5. sadaļu.',
    })
  })

  it('refuses the draft’s last author the publish, with 403 in the admin’s language, writing nothing', async () => {
    const versions = await versionCount()
    const res = await patch(
      'publisherA',
      'locale=lv',
      { _status: 'published', changeType: 'editorial', summary: 'Precizēts nosaukums.' },
      'lv',
    )
    expect(res.status).toBe(403)
    expect(res.body.errors?.[0].data?.code).toBe('second_publisher_required')
    expect(res.body.errors?.[0].message).toBe(
      'Šo melnrakstu pēdējais saglabājāt jūs (vai mainījāt tā tekstu, publicējot): ar četru acu pārbaudi tas jāpublicē citam publicētājam.',
    )
    expect(await versionCount()).toBe(versions)
    expect((await draft()).reviewRequested).toBe(true)
  })

  it('counts a publisher who changes the text while publishing as its author', async () => {
    const res = await patch('publisherB', 'locale=lv', {
      _status: 'published',
      title: 'Privātuma politika (B labojums)',
      changeType: 'editorial',
      summary: 'Precizēts nosaukums.',
    })
    expect(res.status).toBe(403)
    expect(res.body.errors?.[0].data?.code).toBe('second_publisher_required')
  })

  it('does not offer the draft’s last author the Publish button (the admin’s permission check with the draft)', async () => {
    const canPublish = async (who: Who) => {
      const res = await fetchJson<{ update?: unknown }>(
        `${server.url}/api/policies/access/${policyId}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[who]}` },
          body: JSON.stringify({ ...(await draft()), _status: 'published' }),
        },
      )
      return Boolean(res.body.update)
    }
    expect(await canPublish('publisherA')).toBe(false)
    expect(await canPublish('publisherB')).toBe(true)
    expect(await canPublish('editor')).toBe(false)
  })

  it('lets another publisher publish it, says what happened, and closes the request', async () => {
    const versions = await versionCount()
    const res = await patch('publisherB', 'locale=lv', {
      _status: 'published',
      changeType: 'editorial',
      summary: 'Precizēts nosaukums.',
    })
    expect(res.status).toBe(200)
    expect(await versionCount()).toBe(versions + 1)
    expect(res.body.message).toMatch(
      new RegExp(
        `^Version ${versions + 1} published; in force from \\d{1,2} \\w+ \\d{4} \\d{2}:\\d{2} \\(Europe/Riga\\)\\.$`,
      ),
    )
    const stored = await draft()
    expect(stored).toMatchObject({
      reviewRequested: false,
      reviewRequestedBy: null,
      reviewNote: null,
    })
    expect(stored.lastEditedBy).toBe(users.publisherA.id)
    const pending = await listPendingReviews(app.payload, app.options)
    expect(pending).toHaveLength(0)
  })

  it('announces a scheduled version with its date, zone and the version staying in force, in Latvian', async () => {
    await importNewText()
    await patch('editor', 'draft=true&locale=lv', { title: 'Privātuma politika (2027)' })
    const versions = await versionCount()
    const res = await patch(
      'publisherA',
      'locale=lv',
      {
        _status: 'published',
        changeType: 'editorial',
        summary: 'Jauns nosaukums no 2027. gada.',
        effectiveAt: '2027-01-15T08:00:00.000Z',
      },
      'lv',
    )
    expect(res.status).toBe(200)
    expect(res.body.message).toBe(
      `${versions + 1}. versija publicēta; stāsies spēkā 2027. gada 15. janvārī 10:00 (Europe/Riga); ` +
        `līdz tam spēkā paliek ${versions}. versija.`,
    )
  })

  it('puts a publish refusal about a release field on that field, and names the field in the admin form’s toast', async () => {
    await patch('editor', 'draft=true&locale=lv', { title: 'Privātuma politika (bez veida)' })
    const json = await patch(
      'publisherB',
      'locale=lv',
      { _status: 'published', summary: 'X.' },
      'lv',
    )
    expect(json.status).toBe(400)
    const reason = 'Pirms publicēšanas izvēlieties izmaiņu veidu (būtiskas vai redakcionālas).'
    expect(json.body.errors?.[0].message).toBe(reason)
    expect(json.body.errors?.[0].data?.errors).toEqual([{ path: 'changeType', message: reason }])

    // The admin's form posts multipart `_payload`; its toast names the field instead of splitting
    // the reason at commas, and the reason goes under the field.
    const form = new FormData()
    form.set('_payload', JSON.stringify({ _status: 'published', summary: 'X.' }))
    const admin = await fetchJson<PolicyBody>(`${server.url}/api/policies/${policyId}?locale=lv`, {
      method: 'PATCH',
      headers: { 'accept-language': 'lv', authorization: `JWT ${tokens.publisherB}` },
      body: form,
    })
    expect(admin.status).toBe(400)
    expect(admin.body.errors?.[0].message).toBe('Šis lauks nav derīgs: Izmaiņu veids')
    expect(admin.body.errors?.[0].data?.errors).toEqual([{ path: 'changeType', message: reason }])
  })

  it('does not offer editors Payload’s restore, bulk edit or publish, but lets them save drafts', async () => {
    // Payload's permissions leave out what is denied.
    type Access = { collections: Record<string, { update?: unknown; create?: unknown }> }
    const general = await fetchJson<Access>(`${server.url}/api/access`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(Boolean(general.body.collections.policies.update)).toBe(false)
    expect(Boolean(general.body.collections.policies.create)).toBe(true)
    const publisher = await fetchJson<Access>(`${server.url}/api/access`, {
      headers: { authorization: `JWT ${tokens.publisherB}` },
    })
    expect(Boolean(publisher.body.collections.policies.update)).toBe(true)
    // The edit form's own check passes the document: there the editor may save a draft.
    const doc = await fetchJson<{ update?: unknown }>(
      `${server.url}/api/policies/access/${policyId}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
        body: JSON.stringify({ _status: 'draft' }),
      },
    )
    expect(Boolean(doc.body.update)).toBe(true)

    const { docs } = await app.payload.findVersions({
      collection: 'policies',
      // Restoring a published version republishes it: nothing an editor can complete.
      where: { parent: { equals: policyId }, 'version._status': { equals: 'published' } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    const restore = await fetchJson(`${server.url}/api/policies/versions/${docs[0].id}`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(restore.status).toBe(403)
    const save = await patch('editor', 'draft=true&locale=lv', { title: 'Vēl viens melnraksts' })
    expect(save.status).toBe(200)
  })
})
