/**
 * The diff pool's worker: builds the admin panel's diff view off the main thread. Only the pure
 * diff engine and its renderer are loaded here, never Payload.
 */
import { parentPort } from 'node:worker_threads'

import { buildDraftDiff, type DraftDiffInput } from '../admin/diff/draftDiff.js'

interface Job {
  id: number
  input: DraftDiffInput
}

parentPort?.on('message', ({ id, input }: Job) => {
  try {
    parentPort?.postMessage({ id, view: buildDraftDiff(input) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
