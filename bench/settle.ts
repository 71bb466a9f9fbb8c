/**
 * Waits until the app is idle before a group measures it, so that no group is measured beside
 * work the one before it left behind in the app (the admin process's jobs sealing the ledger
 * group's acceptances into the evidence log, say) on the same two cores. In the runs of
 * 2026-12-03 the app was idle within 3–5 s of every group.
 */
import { setTimeout as sleep } from 'node:timers/promises'

import type { BenchApp } from './app.js'
import { cpuMicros } from './processCpu.js'

/** Idle: the app's processes together used less than this share of one core for a second. */
const IDLE_SHARE = 0.05
/** Seconds in a row that must be idle. */
const IDLE_SECONDS = 3
/** Gives up waiting after this long, and says so. */
const MAX_WAIT_SECONDS = 300

function appCpuMicros(app: BenchApp): number {
  return cpuMicros(app.pid) + (app.admin ? cpuMicros(app.admin.pid) : 0)
}

/** Seconds waited until the app was idle, or null when it never was within the bound. */
export async function settled(app: BenchApp): Promise<number | null> {
  const started = performance.now()
  let idleFor = 0
  while (performance.now() - started < MAX_WAIT_SECONDS * 1000) {
    const before = appCpuMicros(app)
    await sleep(1000)
    const used = appCpuMicros(app) - before
    // Without /proc (NaN) there is nothing to wait for.
    if (!(used >= IDLE_SHARE * 1e6)) idleFor += 1
    else idleFor = 0
    if (idleFor >= IDLE_SECONDS) return (performance.now() - started) / 1000
  }
  return null
}
