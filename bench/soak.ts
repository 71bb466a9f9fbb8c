/**
 * No decay (issue 17): the storefront read served for a while — 30 s by default in `npm run
 * bench`, 10 minutes with `--soak-minutes=10` — with admin reads and publishes mixed in, measured
 * in consecutive windows. The row compares the last window's throughput with the first's (target
 * ≥ 0.9×) and the app's resident memory at the end with the start. Bounded: it stops by itself.
 *
 * The first and last windows are minutes apart, and on shared cores the machine itself drifts by
 * more than the target allows in that time. So the read is also measured against its limit (a bare
 * server replaying the same response, as in the read rows: alternating rounds, median of the
 * per-round ratios) just before the first window and just after the last, and the row gives the
 * change of that ratio beside the raw one: a front that decays slows against the bare server
 * beside it, a machine that slows down slows both. (A single 10 s run of the bare server before
 * and after, tried first, moved by 0.56–1.45× on its own and made the corrected ratio noise.)
 */
import { readFileSync } from 'node:fs'

import type { BenchApp } from './app.js'
import { measuredAgainstLimit, READ_ROUNDS, type Paired } from './againstLimit.js'
import { captureResponse, startBareServer } from './bareServer.js'
import { benchFixture } from './fixture.js'
import { measureRead, readLoadGenerator, type LoadResult } from './load.js'
import type { BenchRow } from './table.js'

const GROUP = 'soak'
/** Seconds of the app (and as many of the bare server) in each measurement against the limit. */
const AGAINST_LIMIT_SECONDS = 2 * READ_ROUNDS
const READ_PATH = '/api/storefront/policies/privacy-policy?locale=lv'

function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kib / 1024
}

interface AdminTraffic {
  requests: number
  publishes: number
  failures: string[]
}

const POLICY_SLUG = 'privacy-policy'

interface StoredSection {
  heading?: string | null
  [field: string]: unknown
}

/**
 * Publishes the read policy again (an editorial change to its first heading) through Payload REST,
 * as an editor would: every publish makes the storefront build a new document, which is what a
 * growing cache or a stale read would show up under.
 */
async function publishRevision(app: BenchApp, token: string, n: number): Promise<Response> {
  const json = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const found = (await fetch(
    `${app.url}/api/policies?where[slug][equals]=${POLICY_SLUG}&depth=0&draft=true&locale=lv`,
    { headers: json },
  ).then((res) => res.json())) as { docs?: Array<{ id: number; sections?: StoredSection[] }> }
  const doc = found.docs?.[0]
  if (!doc?.sections?.length) throw new Error('the read policy was not found through REST')
  const sections = doc.sections.map((section, index) =>
    index === 0
      ? { ...section, heading: `${String(section.heading).replace(/ \(\d+\)$/, '')} (${n})` }
      : section,
  )
  return fetch(`${app.url}/api/policies/${doc.id}?locale=lv`, {
    method: 'PATCH',
    headers: json,
    body: JSON.stringify({
      _status: 'published',
      changeType: 'editorial',
      summary: `Precizējums nr. ${n}.`,
      sections,
    }),
  })
}

/**
 * Admin traffic beside the reads: Payload REST reads of the policy and a storefront version once
 * a second, and every `publishEverySeconds` a publish of the policy being read.
 */
async function adminTraffic(
  app: BenchApp,
  token: string,
  publishEverySeconds: number,
  stop: { done: boolean },
): Promise<AdminTraffic> {
  const traffic: AdminTraffic = { requests: 0, publishes: 0, failures: [] }
  let lastPublish = performance.now()
  while (!stop.done) {
    const statuses = await Promise.all([
      fetch(`${app.url}/api/policies?depth=0&limit=1`).then(async (res) => {
        await res.arrayBuffer()
        return res.status
      }),
      fetch(`${app.url}/api/storefront/policies/${POLICY_SLUG}/versions/1?locale=en`).then(
        async (res) => {
          await res.arrayBuffer()
          return res.status
        },
      ),
    ])
    traffic.requests += 2
    for (const status of statuses) if (status !== 200) traffic.failures.push(`read ${status}`)
    if (performance.now() - lastPublish >= publishEverySeconds * 1000) {
      lastPublish = performance.now()
      const res = await publishRevision(app, token, traffic.publishes + 2)
      const text = await res.text()
      traffic.requests += 2
      if (res.status === 200) traffic.publishes += 1
      else traffic.failures.push(`publish ${res.status} ${text.slice(0, 120)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return traffic
}

function rssNote(label: string, start: number, end: number): string {
  return `${label} RSS ${start.toFixed(0)} → ${end.toFixed(0)} MiB`
}

export async function runSoakBench(
  app: BenchApp,
  { totalSeconds = 30, connections = 10 } = {},
): Promise<BenchRow[]> {
  const token = (await benchFixture(app)).adminJwt
  // About twenty publishes in the 10-minute soak, at least two in a short one.
  const publishEverySeconds = Math.max(5, Math.min(30, Math.floor(totalSeconds / 3)))
  const windowSeconds = totalSeconds >= 300 ? 60 : Math.max(5, Math.floor(totalSeconds / 3))
  const windows = Math.max(2, Math.floor(totalSeconds / windowSeconds))
  const url = app.url + READ_PATH
  // Each measurement against the limit warms both servers up first; capturing the response
  // builds and caches the body.
  const bare = await startBareServer({ [READ_PATH]: await captureResponse(url) })
  const againstLimit = (): Promise<Paired> =>
    measuredAgainstLimit(app, bare, {
      path: READ_PATH,
      connections,
      durationSeconds: AGAINST_LIMIT_SECONDS,
    })
  // The bare server lives until the last measurement against it, also when a window fails.
  const measuredAround = async () => {
    const limitBefore = await againstLimit()
    const rssStart = rssMiB(app.pid)
    const adminRssStart = rssMiB(app.admin?.pid)
    const stop = { done: false }
    const admin = adminTraffic(app, token, publishEverySeconds, stop)
    const results: LoadResult[] = []
    try {
      for (let i = 0; i < windows; i++) {
        results.push(await measureRead(url, { connections, durationSeconds: windowSeconds }))
      }
    } finally {
      stop.done = true
    }
    const traffic = await admin
    const limitAfter = await againstLimit()
    return { limitBefore, rssStart, adminRssStart, results, traffic, limitAfter }
  }
  const { limitBefore, rssStart, adminRssStart, results, traffic, limitAfter } =
    await measuredAround().finally(() => bare.stop())
  const rssEnd = rssMiB(app.pid)
  const adminRssEnd = rssMiB(app.admin?.pid)
  const first = results[0]
  const last = results[results.length - 1]
  const unexpected = results.reduce((sum, r) => sum + r.unexpected, 0)
  return [
    {
      group: GROUP,
      name: `GET ${READ_PATH}, first ${windowSeconds} s window`,
      perSecond: first.perSecond,
      p50Ms: first.p50Ms,
      p99Ms: first.p99Ms,
      target: 'baseline',
      note:
        `${windows} × ${windowSeconds} s, ${connections} connections, ${readLoadGenerator()}; ` +
        `beside: ${traffic.requests} admin requests, ${traffic.publishes} publishes of this policy; ` +
        `windows ${results.map((r) => r.perSecond.toFixed(0)).join(', ')} req/s`,
    },
    {
      group: GROUP,
      name: `… last ${windowSeconds} s window`,
      perSecond: last.perSecond,
      p50Ms: last.p50Ms,
      p99Ms: last.p99Ms,
      baseline: `first window ${first.perSecond.toFixed(0)} req/s`,
      ratio: last.perSecond / first.perSecond,
      target: '≥ 0.9× first window, RSS stable',
      note: [
        `${(limitAfter.ratio / limitBefore.ratio).toFixed(2)}× with the machine's drift taken ` +
          `out (against a bare node:http server, ${limitBefore.rounds} alternating rounds each: ` +
          `${limitBefore.ratio.toFixed(2)}× of it before the first window, ` +
          `${limitAfter.ratio.toFixed(2)}× after the last)`,
        rssNote(app.admin ? 'front' : 'app', rssStart, rssEnd),
        ...(app.admin ? [rssNote('admin process', adminRssStart, adminRssEnd)] : []),
        ...(unexpected ? [`${unexpected} unexpected responses`] : []),
        ...(traffic.failures.length
          ? [`ADMIN FAILURES ${traffic.failures.length}: ${traffic.failures[0]}`]
          : []),
      ].join('; '),
    },
  ]
}
