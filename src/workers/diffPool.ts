import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import { buildDraftDiff, type DraftDiffInput, type DraftDiffView } from '../admin/diff/draftDiff.js'
import { diffPolicy, type DiffInputSection, type PolicyDiff } from '../diff/index.js'
import { runDiffJob, type DiffJob, type DiffJobResult } from './diffJobs.js'

/**
 * Drafts smaller than this (characters of the stored sections, both sides) are diffed inline.
 * Measured on the 2-core development machine: at 37 000 characters a diff holds the main thread
 * 2.7 ms, where the worker's round trip (structured clone both ways) takes 6 ms; at 150 000 the
 * inline diff already stalls the loop 16 ms. Below the cutoff a worker only adds latency.
 */
export const INLINE_DIFF_CHARS = 50_000

/**
 * Starts one worker. Built, its code is the `.js` beside this module (`dist/`). Run from the
 * TypeScript sources (tests, the demo under tsx, Next's compiler, which keeps `import.meta.url`
 * pointing at the source), it is the `.ts` beside it, and the worker must register tsx's loader
 * itself first: Node 20 does not pass a parent's loader hooks (or `--import`) to a worker. (The
 * evaluated bootstrap resolves `tsx` from the working directory: the project root in tests and
 * the demo.)
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./diffWorker.js', import.meta.url))
  // Not a literal: a host's bundler follows `new URL('…', import.meta.url)` and would fail its build
  // on a `.ts` file the package does not ship.
  const file = new URL(['.', 'diffWorker.ts'].join('/'), import.meta.url).href
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(file)}) })`
  return new Worker(boot, { eval: true })
}

interface Pending {
  resolve: (result: DiffJobResult) => void
  reject: (error: Error) => void
}

/**
 * A tiny pool of worker threads for large diffs (the admin's draft panel, the storefront's diff
 * between versions), so an editor opening or publishing a megabyte draft, or a customer asking for
 * a large diff, does not stall the storefront, which shares the main thread's event loop. Node's
 * `worker_threads` directly rather than a library (piscina): two pure jobs, one message shape,
 * and no dependency to keep in step. Workers start on first use, are `unref`'d (they never keep
 * the process alive) and are replaced when one dies; a job goes to the worker with the fewest jobs.
 */
class DiffPool {
  private workers: Array<{ worker: Worker; pending: Map<number, Pending> }> = []
  private nextId = 0
  private broken = false

  constructor(private readonly size: number) {}

  run(job: DiffJob): Promise<DiffJobResult> {
    if (this.broken) return Promise.resolve(runDiffJob(job))
    const slot = this.pick()
    if (!slot) return Promise.resolve(runDiffJob(job))
    const id = this.nextId++
    return new Promise<DiffJobResult>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ id, job })
    })
  }

  async close(): Promise<void> {
    const workers = this.workers
    this.workers = []
    await Promise.all(workers.map(({ worker }) => worker.terminate()))
  }

  private pick() {
    if (this.workers.length < this.size) {
      const slot = this.spawn()
      if (slot) return slot
    }
    return this.workers.reduce<(typeof this.workers)[number] | undefined>(
      (best, slot) => (!best || slot.pending.size < best.pending.size ? slot : best),
      undefined,
    )
  }

  private spawn() {
    let worker: Worker
    try {
      worker = startWorker()
    } catch {
      // No worker file where we expected it (an unusual bundler): diff inline, as before.
      this.broken = true
      return undefined
    }
    worker.unref()
    const slot = { worker, pending: new Map<number, Pending>() }
    worker.on('message', (message: { id: number; result?: DiffJobResult; error?: string }) => {
      const job = slot.pending.get(message.id)
      slot.pending.delete(message.id)
      if (!job) return
      if (message.error !== undefined) job.reject(new Error(message.error))
      else job.resolve(message.result as DiffJobResult)
    })
    const fail = (error: Error) => {
      this.workers = this.workers.filter((other) => other !== slot)
      for (const job of slot.pending.values()) job.reject(error)
      slot.pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`diff worker exited with code ${code}`)))
    this.workers.push(slot)
    return slot
  }
}

let pool: DiffPool | undefined

function sharedPool(): DiffPool {
  pool ??= new DiffPool(Math.max(1, Math.min(2, availableParallelism() - 1)))
  return pool
}

function textSize(input: DraftDiffInput): number {
  const published = input.inForce?.text[input.locale]
  return JSON.stringify(published?.sections ?? '').length + JSON.stringify(input.draft ?? '').length
}

/**
 * {@link buildDraftDiff} off the main thread for large drafts, inline for small ones. Same input,
 * same result; only where it is computed differs.
 */
export function buildDraftDiffOffThread(
  input: DraftDiffInput,
  { inlineBelowChars = INLINE_DIFF_CHARS }: { inlineBelowChars?: number } = {},
): Promise<DraftDiffView> {
  if (!input.draft || !input.inForce || textSize(input) < inlineBelowChars) {
    return Promise.resolve(buildDraftDiff(input))
  }
  return sharedPool()
    .run({ kind: 'draft', input })
    .then((result) => result as DraftDiffView)
}

function sectionsSize(sections: readonly DiffInputSection[]): number {
  let size = 0
  for (const section of sections) {
    size += section.heading.length
    for (const block of section.blocks) {
      if (block.type === 'paragraph') size += block.text.length
      else for (const item of block.items) size += item.length
    }
  }
  return size
}

/**
 * {@link diffPolicy} off the main thread when the two versions' text is large, inline when small
 * (same cutoff as the admin's drafts). The sections go to the worker as plain strings, so the copy
 * is cheap next to the diff.
 */
export function diffPolicyOffThread(
  before: readonly DiffInputSection[],
  after: readonly DiffInputSection[],
  { inlineBelowChars = INLINE_DIFF_CHARS }: { inlineBelowChars?: number } = {},
): Promise<PolicyDiff> {
  if (sectionsSize(before) + sectionsSize(after) < inlineBelowChars) {
    return Promise.resolve(diffPolicy(before, after))
  }
  return sharedPool()
    .run({ kind: 'policy', before, after })
    .then((result) => result as PolicyDiff)
}

/** Stops the pool's workers (tests, shutdown); the next large diff starts new ones. */
export async function closeDiffPool(): Promise<void> {
  const current = pool
  pool = undefined
  await current?.close()
}
