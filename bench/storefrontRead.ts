/**
 * The storefront read path against stock Payload REST on the same policy document, side by side
 * in one run of the real app (issue 2: ≥ 10× the baseline's throughput, p99 < 10 ms, 304s at
 * least as fast as the full response).
 */
import type { BenchApp } from './app.js'
import { measure, type LoadResult } from './load.js'
import type { BenchRow } from './table.js'

const SLUG = 'privacy-policy'
const GROUP = 'storefront read'
const WARM_UP_SECONDS = 2

export interface StorefrontReadOptions {
  connections?: number
  durationSeconds?: number
}

async function policyId(app: BenchApp): Promise<string | number> {
  const res = await fetch(`${app.url}/api/policies?where[slug][equals]=${SLUG}&depth=0&limit=1`)
  const body = (await res.json()) as { docs?: Array<{ id: string | number }> }
  const id = body.docs?.[0]?.id
  if (res.status !== 200 || id === undefined) throw new Error(`no ${SLUG} through Payload REST`)
  return id
}

async function currentEtag(url: string): Promise<string> {
  const res = await fetch(url)
  const etag = res.headers.get('etag')
  if (res.status !== 200 || !etag) throw new Error(`${url} answered ${res.status} without an ETag`)
  return etag
}

function checked(name: string, result: LoadResult): LoadResult {
  if (result.unexpected > 0) {
    throw new Error(
      `${name}: ${result.unexpected} of ${result.total} responses were not as expected`,
    )
  }
  return result
}

/** Measures the four endpoints, each after a short warm-up; returns one row per endpoint. */
export async function runStorefrontReadBench(
  app: BenchApp,
  { connections = 10, durationSeconds = 10 }: StorefrontReadOptions = {},
): Promise<BenchRow[]> {
  const id = await policyId(app)
  const policyUrl = `${app.url}/api/storefront/policies/${SLUG}?locale=lv`
  const etag = await currentEtag(policyUrl)
  const endpoints = [
    {
      name: `Payload REST GET /api/policies/${id}?depth=0`,
      url: `${app.url}/api/policies/${id}?depth=0`,
    },
    { name: `GET /api/storefront/policies/${SLUG}?locale=lv`, url: policyUrl },
    {
      name: '… same with If-None-Match (304)',
      url: policyUrl,
      headers: { 'if-none-match': etag },
      expectStatus: 304,
    },
    {
      name: `GET /api/storefront/policies/${SLUG}/versions/1?locale=lv`,
      url: `${app.url}/api/storefront/policies/${SLUG}/versions/1?locale=lv`,
    },
  ]
  const results: LoadResult[] = []
  for (const endpoint of endpoints) {
    const options = { headers: endpoint.headers, expectStatus: endpoint.expectStatus, connections }
    await measure(endpoint.url, { ...options, durationSeconds: WARM_UP_SECONDS })
    results.push(
      checked(endpoint.name, await measure(endpoint.url, { ...options, durationSeconds })),
    )
  }
  const [baseline, policy, notModified, version] = results
  const baselineLabel = `Payload REST findByID ${baseline.perSecond.toFixed(0)} req/s`
  const row = (name: string, result: LoadResult, target: string): BenchRow => ({
    group: GROUP,
    name,
    perSecond: result.perSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    baseline: baselineLabel,
    ratio: result.perSecond / baseline.perSecond,
    target,
  })
  const note = `${connections} connections, ${durationSeconds} s each, load generator in the same machine`
  return [
    { ...row(endpoints[0].name, baseline, 'baseline'), baseline: undefined, note },
    row(endpoints[1].name, policy, '≥ 10× baseline, p99 < 10 ms'),
    row(endpoints[2].name, notModified, `≥ policy GET (${policy.perSecond.toFixed(0)} req/s)`),
    row(endpoints[3].name, version, 'informational'),
  ]
}
