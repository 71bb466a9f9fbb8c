/**
 * The consent ledger's storefront endpoints against their stock Payload REST equivalents, side by
 * side in one run of the real app (issue 4: `POST acceptances` ≥ 3× stock create, `consent-status`
 * ≥ 5× stock find, both with p99 < 20 ms at 10 connections).
 */
import { randomBytes } from 'node:crypto'

import { measuredAgainstLimit, READ_ROUNDS, type Paired } from './againstLimit.js'
import type { BenchApp } from './app.js'
import { captureResponse, startBareServer } from './bareServer.js'
import { benchFixture } from './fixture.js'
import { measure, readLoadGenerator, type LoadOptions, type LoadResult } from './load.js'
import { measureRawInsert } from './rawInsert.js'
import { median } from './stats.js'
import type { BenchRow } from './table.js'

const SLUG = 'privacy-policy'
const GROUP = 'consent ledger'
const CUSTOMERS = 5000

/** Alternating rounds of the write row against its limit, and each round's length. */
const PAIRED_ROUNDS = 6
const PAIRED_ROUND_SECONDS = 3

/**
 * The endpoint and its raw-INSERT limit in alternating rounds (endpoint, limit, limit, endpoint,
 * …): on two shared cores other work drifts within a minute, and two long runs 40 s apart put
 * that drift into their ratio (0.45–1.00× across runs of one code). Each round's ratio compares
 * runs seconds apart; the row reports their median.
 */
async function alternatingAgainstLimit(
  endpoint: () => Promise<LoadResult>,
  limit: () => Promise<LoadResult>,
): Promise<{ ratios: number[]; median: number }> {
  const ratios: number[] = []
  for (let round = 0; round < PAIRED_ROUNDS / 2; round++) {
    const ours = await endpoint()
    const firstLimit = await limit()
    const secondLimit = await limit()
    const oursAgain = await endpoint()
    ratios.push(ours.perSecond / firstLimit.perSecond, oursAgain.perSecond / secondLimit.perSecond)
  }
  return { ratios, median: median(ratios) }
}

/** A loaded machine times some requests out: said on stderr, not a reason to lose the run. */
function checked(name: string, result: LoadResult): LoadResult {
  if (result.unexpected > 0) {
    process.stderr.write(`${name}: ${result.unexpected} of ${result.total} responses unexpected\n`)
  }
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

/**
 * `consent-status` for one customer against its HTTP limit: a bare `node:http` server replaying the
 * app's answer byte for byte, in alternating rounds (as the read rows). Unlike the policy read,
 * every answer is looked up in the database (a new acceptance counts at once), so this ratio says
 * how much of the machine the lookup and the handler leave; it has no target of its own.
 */
async function statusAgainstLimit(
  app: BenchApp,
  path: string,
  headers: Record<string, string>,
  connections: number,
): Promise<Paired> {
  const bare = await startBareServer({ [path]: await captureResponse(app.url + path, headers) })
  try {
    return await measuredAgainstLimit(app, bare, {
      path,
      headers,
      connections,
      durationSeconds: 2 * READ_ROUNDS,
    })
  } finally {
    await bare.stop()
  }
}

export async function runConsentLedgerBench(
  app: BenchApp,
  { connections = 10, durationSeconds = 10 } = {},
): Promise<BenchRow[]> {
  const fixture = await benchFixture(app)
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
  const postOptions: LoadOptions = {
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
  }
  const postUrl = `${app.url}/api/storefront/policies/${SLUG}/acceptances`
  const ours = await run('POST acceptances', postUrl, postOptions, durationSeconds)
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

  const statusLimit = await statusAgainstLimit(
    app,
    `/api/storefront/policies/${SLUG}/consent-status?customerId=${customer(7)}&locale=lv`,
    { authorization: fixture.storefront.authorization },
    connections,
  )

  // The limit, right after the app's own writes and on the same database and table.
  const rawSequential = await measureRawInsert(app.databaseUri, 1, durationSeconds)
  const rawConcurrent = await measureRawInsert(app.databaseUri, connections, durationSeconds)
  const paired = await alternatingAgainstLimit(
    () => measure(postUrl, { ...postOptions, durationSeconds: PAIRED_ROUND_SECONDS }),
    () => measureRawInsert(app.databaseUri, connections, PAIRED_ROUND_SECONDS),
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
  const limitRow = (name: string, result: LoadResult): BenchRow => ({
    group: GROUP,
    name,
    perSecond: result.perSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    target: 'limit',
    note: `${database}, same table, indexes and pragmas, no HTTP`,
  })
  return [
    row('Payload REST POST /api/policy-acceptances', stockCreate, null, '', 'baseline'),
    {
      ...row(
        `POST /api/storefront/policies/${SLUG}/acceptances`,
        ours,
        stockCreate,
        createLabel,
        '≥ 3× stock, p99 < 20 ms, ≥ 0.5× limit',
      ),
      limit: `raw INSERT, ${connections} writers ${rawConcurrent.perSecond.toFixed(0)}/s`,
      ofLimit: paired.median,
      note:
        `of limit: median of ${paired.ratios.length} alternating ${PAIRED_ROUND_SECONDS} s rounds ` +
        `of this endpoint and the ${connections}-writer raw INSERT ` +
        `(${paired.ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; ` +
        `the two ${durationSeconds} s runs apart: ${(ours.perSecond / rawConcurrent.perSecond).toFixed(2)}×); ` +
        `${(ours.perSecond / rawSequential.perSecond).toFixed(2)}× the sequential raw INSERT`,
    },
    limitRow('raw INSERT through the driver, 1 writer (one fsync each)', rawSequential),
    limitRow(`raw INSERT through the driver, ${connections} writers`, rawConcurrent),
    row(
      'Payload REST GET /api/policy-acceptances?where[customerId]…&limit=1',
      stockFind,
      null,
      '',
      'baseline',
    ),
    row(`GET …/${SLUG}/consent-status`, status, stockFind, findLabel, '≥ 5× baseline, p99 < 20 ms'),
    {
      group: GROUP,
      name: '… one customer, against its limit',
      perSecond: statusLimit.ours.perSecond,
      p50Ms: statusLimit.ours.p50Ms,
      p99Ms: statusLimit.ours.p99Ms,
      limit: `bare node:http ${statusLimit.limit.perSecond.toFixed(0)} req/s, p99 ${statusLimit.limit.p99Ms.toFixed(2)} ms`,
      ofLimit: statusLimit.ratio,
      target: 'informational',
      note:
        `${readLoadGenerator()}; median of ${statusLimit.rounds} alternating rounds; each answer looked up in ${database}; ` +
        `CPU ${statusLimit.cpuPerRequest.ours.toFixed(0)} µs a request, limit’s ${statusLimit.cpuPerRequest.limit.toFixed(0)} µs` +
        (statusLimit.ours.unexpected ? `; ${statusLimit.ours.unexpected} unexpected` : ''),
    },
  ]
}
