import type { CollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPolicyOptions, privacyPolicyPlugin, privacyPolicySeed } from 'payload-privacy-policy'
import type { PrivacyPolicyPluginOptions } from '../../src/types.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startMinimalHost, type MinimalHost } from '../support/minimalHost.js'

/** A host's own users, as Payload's blank template has them: no roles. */
const hostUsers: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  fields: [],
}

/** The host's config around the plugin: its own users and nothing else. */
function startHost(plugin: PrivacyPolicyPluginOptions): Promise<MinimalHost> {
  return startMinimalHost({ collections: [hostUsers], plugins: [privacyPolicyPlugin(plugin)] })
}

describe('the plugin in a host of its own (sqlite)', () => {
  let host: MinimalHost
  let server: TestServer

  beforeAll(async () => {
    host = await startHost({ seed: privacyPolicySeed(), slugs: { storefronts: 'shop-clients' } })
    server = await startTestServer(host.payload, host.key)
  })

  afterAll(async () => {
    await server?.close()
    await host?.close()
  })

  it('makes the host’s first user an admin who can read the policies', async () => {
    const { payload } = host
    const first = await payload.create({
      collection: 'users',
      data: { email: 'owner@example.com', password: 'owner-password-1' },
    })
    const second = await payload.create({
      collection: 'users',
      data: { email: 'clerk@example.com', password: 'clerk-password-1' },
    })
    expect(first.roles).toEqual(['admin'])
    expect(second.roles).toEqual(['editor'])
    const { docs } = await payload.find({
      collection: 'policies',
      user: { ...first, collection: 'users' },
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(docs.map((doc) => String(doc.slug))).toEqual(['privacy-policy'])
  })

  it('seeds the shipped policy in the host’s locales and leaves de untranslated', async () => {
    const lv = await fetchJson<{ version: { number: number }; sections: unknown[] }>(
      `${server.url}/api/storefront/policies/privacy-policy?locale=lv`,
    )
    expect(lv.status).toBe(200)
    expect(lv.body.version.number).toBe(1)
    expect(lv.body.sections).toHaveLength(9)
    const en = await fetchJson(`${server.url}/api/storefront/policies/privacy-policy?locale=en`)
    expect(en.status).toBe(200)
    const de = await fetchJson<{ code?: string }>(
      `${server.url}/api/storefront/policies/privacy-policy?locale=de`,
    )
    expect(de.status).toBe(404)
    // The seed's Russian text has nowhere to go: the host has no ru locale.
    expect(getPolicyOptions(host.payload).locales).toEqual(['lv', 'en', 'de'])
  })

  it('serves its storefront collection under the slug the host chose', async () => {
    const { payload } = host
    expect(payload.collections['shop-clients']).toBeDefined()
    expect(payload.collections['storefronts']).toBeUndefined()
    const storefront = await payload.create({
      collection: 'shop-clients',
      overrideAccess: true,
      data: { name: 'Host shop', enabled: true, apiKey: 'host-shop-key-0001-0123456789abcdef' },
    })
    expect(storefront.id).toBeDefined()
  })
})

describe('the plugin disabled in a host (sqlite)', () => {
  let host: MinimalHost
  let server: TestServer

  beforeAll(async () => {
    host = await startHost({ disabled: true, seed: privacyPolicySeed() })
    server = await startTestServer(host.payload, host.key)
  })

  afterAll(async () => {
    await server?.close()
    await host?.close()
  })

  it('keeps the collections but seeds nothing and serves no storefront API', async () => {
    const { payload } = host
    expect(payload.collections['policies']).toBeDefined()
    expect(await payload.count({ collection: 'policies', overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
    const response = await fetchJson<{ code?: string }>(
      `${server.url}/api/storefront/policies/privacy-policy`,
    )
    // Payload's own "route not found", not the storefront API's `policy_not_found`.
    expect(response.status).toBe(404)
    expect(response.body?.code).toBeUndefined()
  })
})
