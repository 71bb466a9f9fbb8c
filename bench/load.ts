import autocannon from 'autocannon'

import { runWrk, wrkAvailable } from './wrk.js'

export interface LoadResult {
  perSecond: number
  p50Ms: number
  p99Ms: number
  /** Responses with a status other than the expected one. */
  unexpected: number
  total: number
}

export interface LoadOptions {
  method?: 'GET' | 'POST' | 'DELETE'
  headers?: Record<string, string>
  /** Builds each request's path and body; called per request (for varying customers, keys). */
  request?: (index: number) => { path?: string; body?: string; headers?: Record<string, string> }
  connections?: number
  durationSeconds?: number
  /** The status every response should have; others are counted in `unexpected`. */
  expectStatus?: number
}

/** Runs autocannon against one URL and reduces its result to the numbers the table shows. */
export async function measure(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const expected = options.expectStatus ?? 200
  let index = 0
  const instance = autocannon({
    url,
    method: options.method ?? 'GET',
    headers: options.headers,
    connections: options.connections ?? 10,
    duration: options.durationSeconds ?? 10,
    requests: options.request
      ? [
          {
            setupRequest: (req) => {
              const custom = options.request?.(index++) ?? {}
              return {
                ...req,
                ...(custom.path ? { path: custom.path } : {}),
                ...(custom.body !== undefined ? { body: custom.body } : {}),
                headers: { ...req.headers, ...custom.headers },
              }
            },
          },
        ]
      : undefined,
  })
  const result = await instance
  const stats = result.statusCodeStats ?? {}
  const matching = stats[`${expected}`]?.count ?? 0
  const unexpected = result.requests.total - matching + result.errors + result.timeouts
  return {
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    unexpected,
    total: result.requests.total,
  }
}

/** Which load generator drove the read rows (printed in their notes). */
export function readLoadGenerator(): 'wrk' | 'autocannon (fallback: no wrk here)' {
  return wrkAvailable() ? 'wrk' : 'autocannon (fallback: no wrk here)'
}

/**
 * A GET row: wrk when installed (it does not run out of CPU before the server does), else
 * autocannon, labelled as such by {@link readLoadGenerator}.
 */
export async function measureRead(
  url: string,
  options: Pick<LoadOptions, 'headers' | 'connections' | 'durationSeconds' | 'expectStatus'> & {
    until?: Promise<unknown>
  } = {},
): Promise<LoadResult> {
  if (!wrkAvailable()) return measure(url, options)
  return runWrk(url, options)
}
