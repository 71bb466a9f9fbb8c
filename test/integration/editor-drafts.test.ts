import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasesUnderTest } from '../support/databases.js'
import { createUser, seededPolicyId, type Role } from '../support/fixtures.js'
import { executeGraphql } from '../support/graphql.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

type Id = string | number

const kinds = await databasesUnderTest()

describe.each(kinds)('an editor only ever writes drafts (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let policyId: Id
  const users = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>
  const tokens = {} as Record<Role, string>

  const published = async (payload: Payload) =>
    (await payload.findByID({
      collection: 'policies',
      id: policyId,
      locale: 'lv',
      depth: 0,
      draft: false,
      overrideAccess: true,
    })) as unknown as { _status: string; title: string }

  const latestDraft = async (payload: Payload) =>
    (await payload.findByID({
      collection: 'policies',
      id: policyId,
      locale: 'lv',
      depth: 0,
      draft: true,
      overrideAccess: true,
    })) as unknown as { _status: string; title: string }

  const patchAs = (role: Role, query: string, data: Record<string, unknown>) =>
    fetchJson<{ doc: { _status: string } }>(`${server.url}/api/policies/${policyId}?${query}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
      body: JSON.stringify(data),
    })

  beforeAll(async () => {
    app = await startTestApp(kind)
    server = await startTestServer(app.payload, app.key)
    policyId = await seededPolicyId(app.payload)
    for (const role of ['admin', 'publisher', 'editor'] as Role[]) {
      users[role] = await createUser(app.payload, role)
      tokens[role] = await loginToken(server.url, users[role])
    }
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  it('keeps the published document published when an editor saves through REST without ?draft=true (regression F6)', async () => {
    const before = await published(app.payload)
    expect(before._status).toBe('published')
    const res = await patchAs('editor', 'locale=lv', { title: 'Labojums bez draft' })
    expect(res.status).toBe(200)
    expect(res.body.doc._status).toBe('draft')
    expect(await published(app.payload)).toMatchObject({
      _status: 'published',
      title: before.title,
    })
    expect(await latestDraft(app.payload)).toMatchObject({ title: 'Labojums bez draft' })
  })

  it('turns an editor’s Local API save with draft: false into a draft when access control is on', async () => {
    const before = await published(app.payload)
    await app.payload.update({
      collection: 'policies',
      id: policyId,
      locale: 'lv',
      draft: false,
      depth: 0,
      user: users.editor,
      overrideAccess: false,
      data: { title: 'Labojums no Local API' },
    })
    expect(await published(app.payload)).toMatchObject({
      _status: 'published',
      title: before.title,
    })
    expect(await latestDraft(app.payload)).toMatchObject({ title: 'Labojums no Local API' })
  })

  it('turns an editor’s GraphQL update without draft into a draft', async () => {
    const before = await published(app.payload)
    const result = await executeGraphql(
      app,
      `mutation { updatePolicy(id: ${JSON.stringify(policyId)}, locale: lv, data: { title: "Labojums no GraphQL" }) { _status } }`,
      tokens.editor,
    )
    expect(result.errors).toBeUndefined()
    expect(await published(app.payload)).toMatchObject({
      _status: 'published',
      title: before.title,
    })
    expect(await latestDraft(app.payload)).toMatchObject({ title: 'Labojums no GraphQL' })
  })

  it('still refuses an editor who asks to publish, with 403', async () => {
    const res = await patchAs('editor', 'locale=lv', { _status: 'published' })
    expect(res.status).toBe(403)
    expect((await published(app.payload))._status).toBe('published')
  })

  it('lets a publisher save over the published document without ?draft=true, as before', async () => {
    const res = await patchAs('publisher', 'locale=lv', { title: 'Publicētāja labojums' })
    expect(res.status).toBe(200)
    expect(await published(app.payload)).toMatchObject({ title: 'Publicētāja labojums' })
  })
})
