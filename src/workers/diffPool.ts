import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import { buildDraftDiff, type DraftDiffInput, type DraftDiffView } from '../admin/diff/draftDiff.js'

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
  resolve: (view: DraftDiffView) => void
  reject: (error: Error) => void
}

/**
 * A tiny pool of worker threads for the admin's diffs, so an editor opening or publishing a
 * megabyte draft does not stall the storefront, which shares the main thread's event loop. Node's
 * `worker_threads` directly rather than a library (piscina): one kind of job, one message shape,
 * and no dependency to keep in step. Workers start on first use, are `unref`'d (they never keep
 * the process alive) and are replaced when one dies; a job goes to the worker with the fewest jobs.
 */
class DiffPool {
  private workers: Array<{ worker: Worker; pending: Map<number, Pending> }> = []
  private nextId = 0
  private broken = false

  constructor(private readonly size: number) {}

  run(input: DraftDiffInput): Promise<DraftDiffView> {
    if (this.broken) return Promise.resolve(buildDraftDiff(input))
    const slot = this.pick()
    if (!slot) return Promise.resolve(buildDraftDiff(input))
    const id = this.nextId++
    return new Promise<DraftDiffView>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ id, input })
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
    worker.on('message', (message: { id: number; view?: DraftDiffView; error?: string }) => {
      const job = slot.pending.get(message.id)
      slot.pending.delete(message.id)
      if (!job) return
      if (message.error !== undefined) job.reject(new Error(message.error))
      else job.resolve(message.view as DraftDiffView)
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
  pool ??= new DiffPool(Math.max(1, Math.min(2, availableParallelism() - 1)))
  return pool.run(input)
}

/** Stops the pool's workers (tests, shutdown); the next large diff starts new ones. */
export async function closeDiffPool(): Promise<void> {
  const current = pool
  pool = undefined
  await current?.close()
}
