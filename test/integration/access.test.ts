import { Forbidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasesUnderTest } from '../support/databases.js'
import { createUser, seededPolicyId, SLUG, type Role } from '../support/fixtures.js'
import { executeGraphql } from '../support/graphql.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

type Id = string | number

interface SignedIn {
  user: Awaited<ReturnType<typeof createUser>> & { email: string; roles: Role[] }
  token: string
}

// The admin first: the first account of a database always becomes an admin.
const ROLES: Role[] = ['admin', 'publisher', 'editor']

const kinds = await databasesUnderTest()

describe.each(kinds)('access control (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let policyId: Id
  let version1Id: Id
  const signedIn = {} as Record<Role, SignedIn>

  const rest = (path: string) => `${server.url}/api${path}`
  const asUser = (role: Role, init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: `JWT ${signedIn[role].token}`,
      ...init.headers,
    },
  })

  const versionCount = async (payload: Payload) =>
    (await payload.count({ collection: 'policy-versions', overrideAccess: true })).totalDocs

  const storedVersion1 = () =>
    app.payload.findByID({
      collection: 'policy-versions',
      id: version1Id,
      depth: 0,
      overrideAccess: true,
    })

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    policyId = await seededPolicyId(app.payload)
    const versions = await app.payload.find({
      collection: 'policy-versions',
      where: { number: { equals: 1 } },
      depth: 0,
      overrideAccess: true,
    })
    version1Id = versions.docs[0].id
    for (const role of ROLES) {
      const user = (await createUser(app.payload, role)) as SignedIn['user']
      expect(user.roles).toEqual([role])
      const login = await fetchJson<{ token: string }>(rest('/users/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      })
      expect(login.status).toBe(200)
      signedIn[role] = { user, token: login.body.token }
    }
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('publishing a policy', () => {
    const release = { changeType: 'editorial', summary: 'Redakcionāli labojumi.' }

    it('refuses an editor through the Local API with access control on', async () => {
      await expect(
        app.payload.update({
          collection: 'policies',
          id: policyId,
          locale: 'lv',
          draft: false,
          depth: 0,
          user: signedIn.editor.user,
          overrideAccess: false,
          data: { _status: 'published', ...release },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      expect(await versionCount(app.payload)).toBe(1)
    })

    it('refuses an editor through REST with 403', async () => {
      const res = await fetchJson(
        rest(`/policies/${policyId}?draft=false&locale=lv`),
        asUser('editor', {
          method: 'PATCH',
          body: JSON.stringify({ _status: 'published', ...release }),
        }),
      )
      expect(res.status).toBe(403)
      expect(await versionCount(app.payload)).toBe(1)
    })

    it('lets an editor save a draft through REST', async () => {
      const res = await fetchJson<{ doc: { _status: string; title: string } }>(
        rest(`/policies/${policyId}?draft=true&locale=lv`),
        asUser('editor', {
          method: 'PATCH',
          body: JSON.stringify({ title: 'Privātuma politika (labojums)' }),
        }),
      )
      expect(res.status).toBe(200)
      expect(res.body.doc).toMatchObject({
        _status: 'draft',
        title: 'Privātuma politika (labojums)',
      })
      expect(await versionCount(app.payload)).toBe(1)
    })

    it('lets a publisher publish through REST, which records version 2', async () => {
      const draft = await fetchJson<{ sections: Array<{ heading: string }> }>(
        rest(`/policies/${policyId}?draft=true&locale=lv&depth=0`),
        asUser('publisher'),
      )
      const sections = draft.body.sections.map((section, index) =>
        index === 8 ? { ...section, heading: 'IZMAIŅAS ŠAJĀ POLITIKĀ' } : section,
      )
      const res = await fetchJson(
        rest(`/policies/${policyId}?draft=false&locale=lv`),
        asUser('publisher', {
          method: 'PATCH',
          body: JSON.stringify({ _status: 'published', sections, ...release }),
        }),
      )
      expect(res.status).toBe(200)
      const { docs } = await app.payload.find({
        collection: 'policy-versions',
        sort: '-number',
        depth: 0,
        overrideAccess: true,
      })
      expect(docs.map((doc) => doc.number as number)).toEqual([2, 1])
      expect(docs[0]).toMatchObject({
        changeType: 'editorial',
        publishedBy: signedIn.publisher.user.id,
      })
    })
  })

  describe('published versions are immutable', () => {
    it.each(ROLES)(
      'refuses a REST update by %s users with 403 and leaves the version as it was',
      async (role) => {
        const before = await storedVersion1()
        const res = await fetchJson(
          rest(`/policy-versions/${version1Id}`),
          asUser(role, {
            method: 'PATCH',
            body: JSON.stringify({ label: 'forged', summary: { lv: 'forged' } }),
          }),
        )
        expect(res.status).toBe(403)
        expect(await storedVersion1()).toEqual(before)
      },
    )

    it.each(ROLES)(
      'refuses a REST delete by %s users with 403 and keeps the version',
      async (role) => {
        const before = await storedVersion1()
        const res = await fetchJson(
          rest(`/policy-versions/${version1Id}`),
          asUser(role, { method: 'DELETE' }),
        )
        expect(res.status).toBe(403)
        expect(await storedVersion1()).toEqual(before)
      },
    )

    it('refuses a REST create by an admin with 403', async () => {
      const count = await versionCount(app.payload)
      const res = await fetchJson(
        rest('/policy-versions'),
        asUser('admin', {
          method: 'POST',
          body: JSON.stringify({ label: 'forged', policy: policyId, policySlug: SLUG, number: 99 }),
        }),
      )
      expect(res.status).toBe(403)
      expect(await versionCount(app.payload)).toBe(count)
    })

    it('lets an admin read versions through GraphQL (regression: the schema failed to build, two types were named PolicyVersion)', async () => {
      const result = await executeGraphql(
        app,
        'query { PublishedPolicyVersions(sort: "number") { docs { number } } }',
        signedIn.admin.token,
      )
      expect(result.errors).toBeUndefined()
      expect(result.data).toEqual({
        PublishedPolicyVersions: { docs: [{ number: 1 }, { number: 2 }] },
      })
    })

    it('answers the GraphQL mutation updatePublishedPolicyVersion by an admin with a Forbidden error', async () => {
      const before = await storedVersion1()
      const result = await executeGraphql(
        app,
        `mutation { updatePublishedPolicyVersion(id: ${JSON.stringify(version1Id)}, data: { label: "forged" }) { id label } }`,
        signedIn.admin.token,
      )
      expect(result.errors?.map((error) => error.message)).toEqual([
        'You are not allowed to perform this action.',
      ])
      expect(result.data?.updatePublishedPolicyVersion ?? null).toBeNull()
      expect(await storedVersion1()).toEqual(before)
    })

    it('answers the GraphQL mutation deletePublishedPolicyVersion by an admin with a Forbidden error', async () => {
      const before = await storedVersion1()
      const result = await executeGraphql(
        app,
        `mutation { deletePublishedPolicyVersion(id: ${JSON.stringify(version1Id)}) { id } }`,
        signedIn.admin.token,
      )
      expect(result.errors?.map((error) => error.message)).toEqual([
        'You are not allowed to perform this action.',
      ])
      expect(await storedVersion1()).toEqual(before)
    })

    it('refuses a Local API update by an admin with access control on', async () => {
      const before = await storedVersion1()
      await expect(
        app.payload.update({
          collection: 'policy-versions',
          id: version1Id,
          depth: 0,
          user: signedIn.admin.user,
          overrideAccess: false,
          data: { label: 'forged' },
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      expect(await storedVersion1()).toEqual(before)
    })

    it('refuses a Local API delete by an admin with access control on', async () => {
      await expect(
        app.payload.delete({
          collection: 'policy-versions',
          id: version1Id,
          user: signedIn.admin.user,
          overrideAccess: false,
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      expect(await storedVersion1()).toBeTruthy()
    })

    it('refuses a Local API update even with access control overridden', async () => {
      const before = await storedVersion1()
      await expect(
        app.payload.update({
          collection: 'policy-versions',
          id: version1Id,
          depth: 0,
          overrideAccess: true,
          data: { label: 'forged' },
        }),
      ).rejects.toThrow('immutable')
      expect(await storedVersion1()).toEqual(before)
    })

    it('refuses a Local API delete even with access control overridden', async () => {
      const before = await storedVersion1()
      await expect(
        app.payload.delete({ collection: 'policy-versions', id: version1Id, overrideAccess: true }),
      ).rejects.toThrow('immutable')
      expect(await storedVersion1()).toEqual(before)
    })
  })

  describe('public reads through Payload REST', () => {
    const marker = 'NEPUBLICĒTS MELNRAKSTS'

    beforeAll(async () => {
      await app.payload.update({
        collection: 'policies',
        id: policyId,
        locale: 'lv',
        draft: true,
        depth: 0,
        user: signedIn.editor.user,
        overrideAccess: false,
        data: { title: marker },
      })
    })

    it.each([
      ['the policy by id', () => `/policies/${policyId}?locale=lv`],
      ['the policy by id with ?draft=true', () => `/policies/${policyId}?locale=lv&draft=true`],
      ['the policy list with ?draft=true', () => `/policies?locale=lv&draft=true`],
    ])('never return a draft saved after publishing: %s', async (_label, path) => {
      const res = await fetchJson(rest(path()))
      expect(res.status).toBe(200)
      expect(res.text).not.toContain(marker)
    })

    it('keep the draft history to editors (regression: it answered 500)', async () => {
      const res = await fetchJson(rest('/policies/versions?locale=lv'))
      expect(res.status).toBe(403)
      expect(res.text).not.toContain(marker)
    })

    it('still serve the published policy by id', async () => {
      const res = await fetchJson<{ _status: string; slug: string }>(
        rest(`/policies/${policyId}?locale=lv`),
      )
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ _status: 'published', slug: SLUG })
    })
  })

  describe('storefront API keys', () => {
    let storefrontAuth: string

    beforeAll(async () => {
      storefrontAuth = (await createStorefront(app.payload)).authorization
    })

    it('are no Payload user at all: the storefronts collection is not an auth collection', async () => {
      const { user } = await app.payload.auth({
        headers: new Headers({ authorization: storefrontAuth }),
      })
      expect(user).toBeNull()
    })

    it('cannot list users', async () => {
      const res = await fetchJson(rest('/users'), { headers: { authorization: storefrontAuth } })
      expect(res.status).toBe(403)
      expect(res.text).not.toContain('@example.com')
    })

    it('cannot read a user by id', async () => {
      const res = await fetchJson(rest(`/users/${signedIn.admin.user.id}`), {
        headers: { authorization: storefrontAuth },
      })
      expect(res.status).toBe(403)
      expect(res.text).not.toContain('@example.com')
    })
  })
})
