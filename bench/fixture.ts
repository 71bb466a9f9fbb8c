/**
 * What the app-driven groups share: a storefront key and an admin session on the running app's
 * database, made once per run by one Payload instance in the bench process (a second instance in
 * the same process left the app refusing the second admin's login).
 */
import { randomBytes } from 'node:crypto'
import { buildConfig, getPayload } from 'payload'

import { createAppConfig } from '../dev/appConfig.js'
import { closePayload } from '../dev/database.js'
import { createStorefront } from '../test/support/storefronts.js'
import type { BenchApp } from './app.js'

export interface Fixture {
  storefront: { id: string | number; authorization: string }
  adminJwt: string
  version: { id: string | number; policy: string | number; hash: string }
}

async function prepare(app: BenchApp): Promise<Fixture> {
  const config = await buildConfig(
    createAppConfig({
      databaseUri: app.databaseUri,
      seed: false,
      devAdmin: false,
      logger: { options: { level: 'error' } },
    }),
  )
  const payload = await getPayload({ config, key: 'bench-prepare' })
  const password = randomBytes(12).toString('hex')
  const email = `bench-${Date.now()}@example.com`
  try {
    const storefront = await createStorefront(payload, { name: 'Benchmark shop' })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password, roles: ['admin'] },
    })
    const { docs } = await payload.find({
      collection: 'policy-versions',
      depth: 0,
      limit: 1,
      sort: 'number',
    })
    const doc = docs[0] as unknown as {
      id: number
      policy: number
      contentHashes: Record<string, string>
    }
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error(`admin login failed with ${login.status}`)
    return {
      storefront,
      adminJwt: token,
      version: { id: doc.id, policy: doc.policy, hash: doc.contentHashes.lv },
    }
  } finally {
    await closePayload(payload)
  }
}

const fixtures = new Map<string, Promise<Fixture>>()

/** The run's fixture on `app`, made on first use. */
export function benchFixture(app: BenchApp): Promise<Fixture> {
  let fixture = fixtures.get(app.url)
  if (!fixture) {
    fixture = prepare(app)
    fixtures.set(app.url, fixture)
  }
  return fixture
}
