/** Small builders that keep the diff tests readable. */
import type { Block } from '../../plaintext/types.js'
import { diffPolicy } from '../diffPolicy.js'
import type { Change, DiffInputSection, DiffOptions, SectionDiff } from '../types.js'

export const para = (text: string): Block => ({ type: 'paragraph', text })

export const list = (...items: string[]): Block => ({ type: 'list', items })

export const section = (key: string, heading: string, ...blocks: Block[]): DiffInputSection => ({
  key,
  heading,
  blocks,
})

/** Diffs one section's old and new body (same key and heading) and returns its diff. */
export function diffBody(
  before: readonly Block[],
  after: readonly Block[],
  options?: DiffOptions,
): SectionDiff {
  const diff = diffPolicy(
    [section('s', 'Heading', ...before)],
    [section('s', 'Heading', ...after)],
    options,
  )
  return diff.sections[0]
}

/** The inserted and deleted runs of a section, as `['insert' | 'delete', text]` pairs. */
export function edits(changes: readonly Change[]): Array<[Change['type'], string]> {
  return changes
    .filter((change) => change.type !== 'equal')
    .map((change) => [change.type, change.text])
}
