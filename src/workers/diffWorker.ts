/**
 * The diff pool's worker: runs the admin panel's and the storefront's large diffs off the main
 * thread. Only the pure diff engine and its renderer are loaded here, never Payload.
 */
import { parentPort } from 'node:worker_threads'

import { runDiffJob, type DiffJob } from './diffJobs.js'

interface Message {
  id: number
  job: DiffJob
}

parentPort?.on('message', ({ id, job }: Message) => {
  try {
    parentPort?.postMessage({ id, result: runDiffJob(job) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
