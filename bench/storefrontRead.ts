/**
 * The storefront read path, each row beside two baselines measured in the same run: stock Payload
 * REST on the same policy document (issue 2: ≥ 10× its throughput) and the limit — a bare
 * `node:http` server sending the same status, headers and bytes (issue 17: ≥ 0.8× its
 * throughput, p99 ≤ 1.5× its p99, 304 at least as fast as the full response).
 */
import type { BenchApp } from './app.js'
import { bareKey, captureResponse, startBareServer, type CapturedResponse } from './bareServer.js'
import { measureRead, readLoadGenerator, type LoadResult } from './load.js'
import { measuredAgainstLimit, READ_ROUNDS } from './againstLimit.js'
import type { BenchRow } from './table.js'

const SLUG = 'privacy-policy'
const GROUP = 'storefront read'
const WARM_UP_SECONDS = 2

export interface StorefrontReadOptions {
  connections?: number
  durationSeconds?: number
  /** The rows' group, e.g. to tell the rows measured after the soak from the fresh ones. */
  group?: string
}

async function policyId(app: BenchApp): Promise<string | number> {
  const res = await fetch(`${app.url}/api/policies?where[slug][equals]=${SLUG}&depth=0&limit=1`)
  const body = (await res.json()) as { docs?: Array<{ id: string | number }> }
  const id = body.docs?.[0]?.id
  if (res.status !== 200 || id === undefined) throw new Error(`no ${SLUG} through Payload REST`)
  return id
}

/** Unexpected answers (wrong status, socket errors, timeouts) are printed, not hidden. */
function unexpectedNote(result: LoadResult): string {
  return result.unexpected > 0 ? `; ${result.unexpected} of ${result.total} unexpected` : ''
}

interface ReadEndpoint {
  name: string
  path: string
  headers?: Record<string, string>
  expectStatus?: number
  target: string
}

/** Warms up briefly, then measures. */
async function measured(
  url: string,
  endpoint: ReadEndpoint,
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  // wrk counts 2xx and 3xx alike; the captured status says which one the row gets.
  const options = { headers: endpoint.headers, expectStatus: endpoint.expectStatus, connections }
  await measureRead(url, { ...options, durationSeconds: WARM_UP_SECONDS })
  return measureRead(url, { ...options, durationSeconds })
}

/** Measures stock Payload, then each storefront endpoint and its bare twin back to back. */
export async function runStorefrontReadBench(
  app: BenchApp,
  {
    connections = 10,
    durationSeconds = 2 * READ_ROUNDS,
    group = GROUP,
  }: StorefrontReadOptions = {},
): Promise<BenchRow[]> {
  const id = await policyId(app)
  const policyPath = `/api/storefront/policies/${SLUG}?locale=lv`
  const policy = await captureResponse(app.url + policyPath)
  const etag = policy.headers.etag
  if (policy.status !== 200 || !etag) throw new Error(`${policyPath} answered ${policy.status}`)
  const endpoints: ReadEndpoint[] = [
    {
      name: `GET ${policyPath}`,
      path: policyPath,
      target: '≥ 10× stock, ≥ 0.8× limit, p99 ≤ 1.5× limit’s',
    },
    {
      name: '… same with If-None-Match (304)',
      path: policyPath,
      headers: { 'if-none-match': etag },
      expectStatus: 304,
      target: '≥ the 200 above, ≥ 0.8× limit',
    },
    {
      name: `GET /api/storefront/policies/${SLUG}/versions/1?locale=lv`,
      path: `/api/storefront/policies/${SLUG}/versions/1?locale=lv`,
      target: '≥ 0.8× limit',
    },
  ]
  const captured: Record<string, CapturedResponse> = {}
  for (const endpoint of endpoints) {
    const conditional = endpoint.headers?.['if-none-match'] !== undefined
    captured[bareKey(endpoint.path, conditional)] = await captureResponse(
      app.url + endpoint.path,
      endpoint.headers,
    )
  }
  const bare = await startBareServer(captured)
  const stockEndpoint: ReadEndpoint = {
    name: `Payload REST GET /api/policies/${id}?depth=0`,
    path: `/api/policies/${id}?depth=0`,
    target: 'baseline',
  }
  // Stock Payload is measured where it runs: in the admin process (Next and Payload), asked
  // directly, so the front's proxy hop does not slow the baseline the ratios divide by.
  const stockBase = app.admin?.url ?? app.url
  const rows: BenchRow[] = []
  try {
    const stock = await measured(stockBase + stockEndpoint.path, stockEndpoint, connections, 10)
    const note =
      `${connections} connections, ${readLoadGenerator()} on the same machine; each read row: ${durationSeconds} s of the app and as long of its limit, in ${READ_ROUNDS} alternating rounds` +
      (app.admin ? '; asked of the admin process (Next + Payload) directly' : '')
    rows.push({
      group,
      name: stockEndpoint.name,
      perSecond: stock.perSecond,
      p50Ms: stock.p50Ms,
      p99Ms: stock.p99Ms,
      target: 'baseline',
      note: note + unexpectedNote(stock),
    })
    let fullPerSecond = 0
    for (const endpoint of endpoints) {
      const paired = await measuredAgainstLimit(app, bare, {
        ...endpoint,
        connections,
        durationSeconds,
      })
      const { ours, limit } = paired
      if (endpoint === endpoints[0]) fullPerSecond = ours.perSecond
      rows.push({
        group,
        name: endpoint.name,
        perSecond: ours.perSecond,
        p50Ms: ours.p50Ms,
        p99Ms: ours.p99Ms,
        baseline: `stock ${stock.perSecond.toFixed(0)} req/s`,
        ratio: ours.perSecond / stock.perSecond,
        limit: `bare node:http ${limit.perSecond.toFixed(0)} req/s, p99 ${limit.p99Ms.toFixed(2)} ms`,
        ofLimit: paired.ratio,
        target: endpoint.target,
        note:
          `median of ${paired.rounds} alternating rounds; p99 ${paired.p99Ratio.toFixed(2)}× the limit’s` +
          `; CPU ${paired.cpuPerRequest.ours.toFixed(0)} µs a request, limit’s ${paired.cpuPerRequest.limit.toFixed(0)} µs` +
          (endpoint.expectStatus === 304
            ? `; ${(ours.perSecond / fullPerSecond).toFixed(2)}× the 200`
            : '') +
          unexpectedNote(ours),
      })
    }
    if (app.admin) {
      rows.push(await nextOnlyHostRow(app.admin.url, policyPath, stock, connections, group))
    }
  } finally {
    await bare.stop()
  }
  return rows
}

/**
 * Issue 17, item 5: a host without the custom server serves the storefront API through Payload's
 * endpoint mechanism (`storefront/payloadEndpoints.ts`) behind Next's route handler. The split
 * server's admin process is exactly that — Next's request handler and Payload, no fast path — so
 * the same read is asked of it directly, beside stock Payload REST on the same process.
 */
async function nextOnlyHostRow(
  adminUrl: string,
  policyPath: string,
  stock: LoadResult,
  connections: number,
  group: string,
): Promise<BenchRow> {
  const endpoint: ReadEndpoint = { name: policyPath, path: policyPath, target: 'informational' }
  const result = await measured(adminUrl + policyPath, endpoint, connections, 10)
  return {
    group,
    name: `Next-only host: GET ${policyPath} as a Payload endpoint`,
    perSecond: result.perSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    baseline: `stock ${stock.perSecond.toFixed(0)} req/s`,
    ratio: result.perSecond / stock.perSecond,
    target: 'informational (≥ stock)',
    note:
      'the admin process asked directly: Next’s request handler and Payload’s endpoint, no fast path' +
      unexpectedNote(result),
  }
}
