import { buildDraftDiff, type DraftDiffInput, type DraftDiffView } from '../admin/diff/draftDiff.js'
import { diffPolicy, type DiffInputSection, type PolicyDiff } from '../diff/index.js'

/** The work the diff pool does: pure functions of plain data, so it runs the same on any thread. */
export type DiffJob =
  | { kind: 'draft'; input: DraftDiffInput }
  | { kind: 'policy'; before: readonly DiffInputSection[]; after: readonly DiffInputSection[] }

export type DiffJobResult = DraftDiffView | PolicyDiff

export function runDiffJob(job: DiffJob): DiffJobResult {
  return job.kind === 'draft' ? buildDraftDiff(job.input) : diffPolicy(job.before, job.after)
}
