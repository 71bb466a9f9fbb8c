/**
 * The consent ledger's storefront endpoints against their stock Payload REST equivalents, side by
 * side in one run of the real app (issue 4: `POST acceptances` ≥ 3× stock create, `consent-status`
 * ≥ 5× stock find, both with p99 < 20 ms at 10 connections).
 */
import { randomBytes } from 'node:crypto'
import { buildConfig, getPayload } from 'payload'

import { createAppConfig } from '../dev/appConfig.js'
import { closePayload } from '../dev/database.js'
import { createStorefront } from '../test/support/storefronts.js'
import type { BenchApp } from './app.js'
import { measure, type LoadOptions, type LoadResult } from './load.js'
import type { BenchRow } from './table.js'

const SLUG = 'privacy-policy'
const GROUP = 'consent ledger'
const CUSTOMERS = 5000

interface Fixture {
  storefront: { id: string | number; authorization: string }
  adminJwt: string
  version: { id: string | number; policy: string | number; hash: string }
}

/** A storefront key and an admin session on the running app's database. */
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

function checked(name: string, result: LoadResult): LoadResult {
  if (result.unexpected > 0)
    throw new Error(`${name}: ${result.unexpected} of ${result.total} responses unexpected`)
  return result
}

/** Warms up briefly, then measures. */
async function run(
  name: string,
  url: string,
  options: LoadOptions,
  durationSeconds: number,
): Promise<LoadResult> {
  await measure(url, { ...options, durationSeconds: 2 })
  return checked(name, await measure(url, { ...options, durationSeconds }))
}

export async function runConsentLedgerBench(
  app: BenchApp,
  { connections = 10, durationSeconds = 10 } = {},
): Promise<BenchRow[]> {
  const fixture = await prepare(app)
  const tag = randomBytes(4).toString('hex')
  const customer = (index: number) => `bench-${tag}-${index % CUSTOMERS}`
  const acceptance = {
    version: 1,
    locale: 'lv',
    contentHash: fixture.version.hash,
    channel: 'checkout',
  }
  const stockHeaders = {
    authorization: `JWT ${fixture.adminJwt}`,
    'content-type': 'application/json',
  }

  const stockCreate = await run(
    'stock create',
    `${app.url}/api/policy-acceptances`,
    {
      method: 'POST',
      headers: stockHeaders,
      expectStatus: 201,
      connections,
      request: (index) => ({
        body: JSON.stringify({
          ...acceptance,
          versionNumber: 1,
          policy: fixture.version.policy,
          policySlug: SLUG,
          version: fixture.version.id,
          customerId: customer(index),
          storefront: fixture.storefront.id,
          acceptedAt: new Date().toISOString(),
          idempotencyKey: `${tag}-stock-${index}-${Math.random()}`,
        }),
      }),
    },
    durationSeconds,
  )
  const ours = await run(
    'POST acceptances',
    `${app.url}/api/storefront/policies/${SLUG}/acceptances`,
    {
      method: 'POST',
      headers: {
        authorization: fixture.storefront.authorization,
        'content-type': 'application/json',
      },
      expectStatus: 201,
      connections,
      request: (index) => ({
        body: JSON.stringify({ ...acceptance, customerId: customer(index) }),
        headers: { 'idempotency-key': `${tag}-ours-${index}-${Math.random()}` },
      }),
    },
    durationSeconds,
  )
  const stockFind = await run(
    'stock find',
    `${app.url}/api/policy-acceptances`,
    {
      headers: stockHeaders,
      connections,
      request: (index) => ({
        path: `/api/policy-acceptances?where[customerId][equals]=${customer(index * 7)}&sort=-acceptedAt&limit=1&depth=0`,
      }),
    },
    durationSeconds,
  )
  const status = await run(
    'consent-status',
    `${app.url}/api/storefront/policies/${SLUG}/consent-status`,
    {
      headers: { authorization: fixture.storefront.authorization },
      connections,
      request: (index) => ({
        path: `/api/storefront/policies/${SLUG}/consent-status?customerId=${customer(index * 7)}&locale=lv`,
      }),
    },
    durationSeconds,
  )

  const database = app.databaseUri.startsWith('file:') ? 'SQLite' : 'PostgreSQL'
  const note = `${connections} connections, ${durationSeconds} s each, ${database}`
  const row = (
    name: string,
    result: LoadResult,
    baseline: LoadResult | null,
    label: string,
    target: string,
  ): BenchRow => ({
    group: GROUP,
    name,
    perSecond: result.perSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    baseline: baseline ? label : undefined,
    ratio: baseline ? result.perSecond / baseline.perSecond : 1,
    target,
    note: baseline ? undefined : note,
  })
  const createLabel = `stock create ${stockCreate.perSecond.toFixed(0)} req/s`
  const findLabel = `stock find ${stockFind.perSecond.toFixed(0)} req/s`
  return [
    row('Payload REST POST /api/policy-acceptances', stockCreate, null, '', 'baseline'),
    row(
      `POST /api/storefront/policies/${SLUG}/acceptances`,
      ours,
      stockCreate,
      createLabel,
      '≥ 3× baseline, p99 < 20 ms',
    ),
    row(
      'Payload REST GET /api/policy-acceptances?where[customerId]…&limit=1',
      stockFind,
      null,
      '',
      'baseline',
    ),
    row(`GET …/${SLUG}/consent-status`, status, stockFind, findLabel, '≥ 5× baseline, p99 < 20 ms'),
  ]
}
