/**
 * No decay (issue 17): the storefront read served for a while — 30 s by default in `npm run
 * bench`, 10 minutes with `--soak-minutes=10` — with admin reads and publishes mixed in, measured
 * in consecutive windows. The row compares the last window's throughput with the first's (target
 * ≥ 0.9×) and the app's resident memory at the end with the start. Bounded: it stops by itself.
 */
import { readFileSync } from 'node:fs'

import type { BenchApp } from './app.js'
import { measureRead, readLoadGenerator, type LoadResult } from './load.js'
import type { BenchRow } from './table.js'

const GROUP = 'soak'
const READ_PATH = '/api/storefront/policies/privacy-policy?locale=lv'

function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kib / 1024
}

/** Admin traffic beside the reads: Payload REST reads of the policy and ledger, once a second. */
async function adminTraffic(app: BenchApp, stop: { done: boolean }): Promise<number> {
  let requests = 0
  while (!stop.done) {
    await Promise.all([
      fetch(`${app.url}/api/policies?depth=0&limit=1`).then((res) => res.arrayBuffer()),
      fetch(`${app.url}/api/storefront/policies/privacy-policy/versions/1?locale=en`).then((res) =>
        res.arrayBuffer(),
      ),
    ])
    requests += 2
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return requests
}

export async function runSoakBench(
  app: BenchApp,
  { totalSeconds = 30, connections = 10 } = {},
): Promise<BenchRow[]> {
  const windowSeconds = totalSeconds >= 300 ? 60 : Math.max(5, Math.floor(totalSeconds / 3))
  const windows = Math.max(2, Math.floor(totalSeconds / windowSeconds))
  const url = app.url + READ_PATH
  await measureRead(url, { connections, durationSeconds: 2 })
  const rssStart = rssMiB(app.pid)
  const stop = { done: false }
  const admin = adminTraffic(app, stop)
  const results: LoadResult[] = []
  try {
    for (let i = 0; i < windows; i++) {
      results.push(await measureRead(url, { connections, durationSeconds: windowSeconds }))
    }
  } finally {
    stop.done = true
  }
  const adminRequests = await admin
  const rssEnd = rssMiB(app.pid)
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
      note: `${windows} × ${windowSeconds} s, ${connections} connections, ${readLoadGenerator()}, ${adminRequests} admin requests beside`,
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
      note: `app RSS ${rssStart.toFixed(0)} → ${rssEnd.toFixed(0)} MiB${unexpected ? `; ${unexpected} unexpected responses` : ''}`,
    },
  ]
}
