/**
 * A read measured against its limit (issue 17): the app and a bare `node:http` server replaying
 * the same response take turns, and the ratio is taken round by round. Used by the storefront
 * read rows and by the soak, which measures it before its first window and after its last.
 */
import { measureRead, type LoadResult } from './load.js'
import { cpuMicros } from './processCpu.js'
import { median } from './stats.js'

/** Alternating app/limit rounds per measurement (see measuredAgainstLimit). */
export const READ_ROUNDS = 13
const WARM_UP_SECONDS = 2

/** A server to measure: its base URL and, when known, its process for CPU accounting. */
export interface MeasuredServer {
  url: string
  pid?: number
}

export interface PairedRead {
  path: string
  headers?: Record<string, string>
  expectStatus?: number
  connections: number
  /** Seconds of the app in all (and as many of the bare server), split over the rounds. */
  durationSeconds: number
}

/** An endpoint measured against its bare twin: pooled results and the per-round ratios. */
export interface Paired {
  ours: LoadResult
  limit: LoadResult
  /** Median over rounds of ours ÷ limit (throughput). */
  ratio: number
  /** Median over rounds of ours ÷ limit (p99 latency). */
  p99Ratio: number
  rounds: number
  /** CPU time (user + system, all threads) per request of the app's process and the bare one. */
  cpuPerRequest: { ours: number; limit: number }
}

/** Equal-length rounds pooled: the mean rate, the median round's percentiles. */
function pooled(results: LoadResult[]): LoadResult {
  const sum = (pick: (result: LoadResult) => number) =>
    results.reduce((total, result) => total + pick(result), 0)
  return {
    perSecond: sum((result) => result.perSecond) / results.length,
    p50Ms: median(results.map((result) => result.p50Ms)),
    p99Ms: median(results.map((result) => result.p99Ms)),
    unexpected: sum((result) => result.unexpected),
    total: sum((result) => result.total),
  }
}

/**
 * The app and its bare twin in alternating rounds (app, bare, bare, app, …) after one warm-up of
 * each: on two shared cores the machine's own load drifts by tens of percent within a minute, and
 * one long run of each put that drift into the ratio. Each round's ratio compares two runs a few
 * seconds apart; the result reports their median.
 */
export async function measuredAgainstLimit(
  app: MeasuredServer,
  bare: MeasuredServer,
  read: PairedRead,
): Promise<Paired> {
  const options = {
    headers: read.headers,
    expectStatus: read.expectStatus,
    connections: read.connections,
  }
  const secondsEach = Math.max(2, Math.round(read.durationSeconds / READ_ROUNDS))
  await measureRead(app.url + read.path, { ...options, durationSeconds: WARM_UP_SECONDS })
  await measureRead(bare.url + read.path, { ...options, durationSeconds: WARM_UP_SECONDS })
  const ours: LoadResult[] = []
  const limit: LoadResult[] = []
  const cpu = { ours: 0, limit: 0 }
  for (let round = 0; round < READ_ROUNDS; round++) {
    for (const side of round % 2 === 0
      ? (['ours', 'limit'] as const)
      : (['limit', 'ours'] as const)) {
      const server = side === 'ours' ? app : bare
      const before = cpuMicros(server.pid)
      const result = await measureRead(server.url + read.path, {
        ...options,
        durationSeconds: secondsEach,
      })
      cpu[side] += cpuMicros(server.pid) - before
      ;(side === 'ours' ? ours : limit).push(result)
    }
  }
  const pooledOurs = pooled(ours)
  const pooledLimit = pooled(limit)
  return {
    ours: pooledOurs,
    limit: pooledLimit,
    ratio: median(ours.map((result, i) => result.perSecond / limit[i].perSecond)),
    p99Ratio: median(ours.map((result, i) => result.p99Ms / limit[i].p99Ms)),
    rounds: READ_ROUNDS,
    cpuPerRequest: { ours: cpu.ours / pooledOurs.total, limit: cpu.limit / pooledLimit.total },
  }
}
