/**
 * `wrk` (Debian's C load generator) as the bench's read-load driver. autocannon runs in Node on
 * the same two cores as the server and caps out below what a bare Node server can answer, which
 * hid how far the read path was from the limit; wrk, one thread, does not. GET only: every read
 * row sends the same request over and over.
 */
import { spawn, spawnSync } from 'node:child_process'

import type { LoadResult } from './load.js'

let available: boolean | undefined

/** Whether `wrk` runs here (`apt-get install wrk`; `.ci/run` and the bench's README say so). */
export function wrkAvailable(): boolean {
  available ??= spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined
  return available
}

/** `1.23ms`, `850.00us`, `1.01s` → milliseconds. */
function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!match) return Number.NaN
  const n = Number(match[1])
  const unit = match[2]
  if (unit === 'us') return n / 1000
  if (unit === 'ms') return n
  if (unit === 's') return n * 1000
  return n * 60_000
}

/** The numbers the table shows, from wrk's `--latency` report. */
export function parseWrkReport(text: string): LoadResult {
  const percentile = (p: number) => {
    const match = new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(text)
    return match ? toMs(match[1]) : Number.NaN
  }
  const total = Number(/(\d+) requests in/.exec(text)?.[1] ?? Number.NaN)
  const perSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? Number.NaN)
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  return {
    perSecond,
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    unexpected: non2xx + socketErrors,
    total,
  }
}

export interface WrkOptions {
  headers?: Record<string, string>
  connections?: number
  durationSeconds?: number
  /** Ends the run early when it settles (wrk reports what it measured until then on SIGINT). */
  until?: Promise<unknown>
}

/** One wrk run (one thread) against a URL. */
export function runWrk(url: string, options: WrkOptions = {}): Promise<LoadResult> {
  const connections = options.connections ?? 10
  const args = [
    '-t1',
    `-c${connections}`,
    `-d${options.durationSeconds ?? 10}s`,
    '--latency',
    // wrk's default 2 s would count slow answers of a loaded machine as socket errors.
    '--timeout',
    '10s',
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
      '-H',
      `${name}: ${value}`,
    ]),
    url,
  ]
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => {
      if (/Requests\/sec/.test(stdout)) resolve(parseWrkReport(stdout))
      else reject(new Error(`wrk exited with ${code}\n${stdout}\n${stderr}`))
    })
    void options.until?.finally(() => {
      if (child.exitCode === null) child.kill('SIGINT')
    })
  })
}
