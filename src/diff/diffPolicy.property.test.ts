import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Block } from '../plaintext/types.js'
import { displayNormalize } from '../plaintext/displayText.js'
import { serializeBlocks } from '../plaintext/serialize.js'
import { rebuildText } from './changes.js'
import { diffPolicy } from './diffPolicy.js'
import type { DiffInputSection, DiffOptions, PolicyDiff } from './types.js'

const LETTERS = [...'abcdeklmsvzāčēģīķļņšūžAĀŠŽдежийлмнопрыэяДЖЯ']
const PUNCTUATION = [',', '.', ';', ':', '–', '-', '(', ')', '"', "'", '&', '<', '>', '/', '?', '!']
const SPACES = [' ', ' ', ' ', ' ', '  ', '\u00a0', ' \u00a0', '\n', '\t', '\n\n']

const wordArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 })
      .map((l) => l.join('')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2030 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) },
)
const textArb = fc
  .array(fc.tuple(wordArb, fc.constantFrom(...SPACES)), { maxLength: 14 })
  .chain((parts) =>
    fc.constantFrom(
      parts.map(([word, space]) => word + space).join(''),
      parts
        .map(([word, space]) => word + space)
        .join('')
        .trim(),
    ),
  )
const blockArb: fc.Arbitrary<Block> = fc.oneof(
  { weight: 3, arbitrary: textArb.map((text): Block => ({ type: 'paragraph', text })) },
  {
    weight: 2,
    arbitrary: fc.array(textArb, { maxLength: 4 }).map((items): Block => ({ type: 'list', items })),
  },
)
const sectionArb = fc.record({ heading: textArb, blocks: fc.array(blockArb, { maxLength: 4 }) })
const policyArb = fc
  .array(sectionArb, { maxLength: 6 })
  .map((sections) => sections.map((s, i): DiffInputSection => ({ key: `k${i}`, ...s })))

const OPS = [
  'replaceWord',
  'insertWord',
  'deleteWord',
  'addParagraph',
  'removeBlock',
  'addBullet',
  'removeBullet',
  'editHeading',
  'moveSection',
  'addSection',
  'removeSection',
  'respace',
  'rekey',
] as const
const editArb = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  word: wordArb,
  text: textArb,
  section: sectionArb,
})
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never

/** Edits one word of a paragraph or bullet text, keeping the other words and their spacing. */
function editWords(text: string, edit: Edit): string {
  const parts = text.split(/(\s+)/)
  const at = (edit.c % (parts.length + 1)) & ~1
  if (edit.op === 'insertWord') parts.splice(at, 0, edit.word, ' ')
  else if (edit.op === 'deleteWord') parts.splice(at, 2)
  else parts[at] = edit.word
  return parts.join('')
}

function editText(blocks: Block[], edit: Edit): void {
  if (!blocks.length) return
  const block = blocks[edit.b % blocks.length]
  if (block.type === 'paragraph') block.text = editWords(block.text, edit)
  else if (block.items.length) {
    const i = edit.c % block.items.length
    block.items[i] = editWords(block.items[i], edit)
  }
}

function applyEdit(policy: DiffInputSection[], edit: Edit, serial: number): void {
  if (edit.op === 'addSection') {
    policy.splice(edit.a % (policy.length + 1), 0, {
      key: `new${serial}`,
      ...structuredClone(edit.section),
    })
    return
  }
  if (!policy.length) return
  const index = edit.a % policy.length
  const target = policy[index]
  const { blocks } = target
  switch (edit.op) {
    case 'replaceWord':
    case 'insertWord':
    case 'deleteWord':
      editText(blocks, edit)
      break
    case 'addParagraph':
      blocks.splice(edit.b % (blocks.length + 1), 0, { type: 'paragraph', text: edit.text })
      break
    case 'removeBlock':
      if (blocks.length) blocks.splice(edit.b % blocks.length, 1)
      break
    case 'addBullet': {
      const list = blocks.find((block) => block.type === 'list')
      if (list?.type === 'list') list.items.splice(edit.c % (list.items.length + 1), 0, edit.text)
      else blocks.push({ type: 'list', items: [edit.text] })
      break
    }
    case 'removeBullet': {
      const list = blocks.find((block) => block.type === 'list' && block.items.length)
      if (list?.type === 'list') list.items.splice(edit.c % list.items.length, 1)
      break
    }
    case 'editHeading':
      target.heading = editWords(target.heading, edit)
      break
    case 'moveSection':
      policy.splice(edit.b % policy.length, 0, ...policy.splice(index, 1))
      break
    case 'removeSection':
      policy.splice(index, 1)
      break
    case 'respace':
      for (const block of blocks) {
        if (block.type === 'paragraph')
          block.text = block.text.replace(/ /g, edit.b % 2 ? '  ' : '\u00a0')
      }
      break
    case 'rekey':
      target.key = `rekeyed${serial}`
      break
  }
}

const revisionArb = fc
  .record({ before: policyArb, edits: fc.array(editArb, { maxLength: 8 }) })
  .map(({ before, edits }) => {
    const after = structuredClone(before)
    edits.forEach((edit, serial) => applyEdit(after, edit, serial))
    return { before, after }
  })

/** Every old and new section appears once, and each section's changes rebuild both its texts. */
function expectExactRebuild(
  before: readonly DiffInputSection[],
  after: readonly DiffInputSection[],
  diff: PolicyDiff,
): void {
  const seenBefore = diff.sections.flatMap((s) => (s.numberBefore === null ? [] : [s.numberBefore]))
  const seenAfter = diff.sections.flatMap((s) => (s.numberAfter === null ? [] : [s.numberAfter]))
  expect([...seenBefore].sort((x, y) => x - y)).toEqual(before.map((_, i) => i + 1))
  expect(seenAfter).toEqual(after.map((_, i) => i + 1))
  for (const s of diff.sections) {
    const old = s.numberBefore === null ? '' : serializeBlocks(before[s.numberBefore - 1].blocks)
    const next = s.numberAfter === null ? '' : serializeBlocks(after[s.numberAfter - 1].blocks)
    expect(rebuildText(s.changes, 'before')).toBe(old)
    expect(rebuildText(s.changes, 'after')).toBe(next)
    expect(s.changes.every((change) => change.text !== '')).toBe(true)
    const looksSame = s.status === 'unchanged' || s.status === 'moved'
    if (looksSame && !s.note) expect(s.changes.every((c) => c.type === 'equal')).toBe(true)
    // A section called unchanged despite differences differs only in what a reader cannot see.
    if (looksSame) expect(displayNormalize(next)).toBe(displayNormalize(old))
    if (s.status === 'changed') {
      const sameHeading =
        displayNormalize(s.headingBefore ?? '') === displayNormalize(s.headingAfter ?? '')
      expect(sameHeading && displayNormalize(next) === displayNormalize(old)).toBe(false)
    }
    expect(s.status === 'moved').toBe(s.moved && looksSame)
    expect(s.movedFrom !== undefined).toBe(s.moved)
  }
}

describe('diff text invariant', () => {
  it('rebuilds every section’s old and new text exactly from the word diff', () => {
    fc.assert(
      fc.property(revisionArb, ({ before, after }) => {
        const diff = diffPolicy(before, after)
        expectExactRebuild(before, after, diff)
        // Tiny inputs never need a fallback: a coarser level here means the word level
        // produced changes that did not rebuild the text and was discarded.
        expect(diff.level).toBe('word')
      }),
      { numRuns: 300 },
    )
  })

  it('rebuilds every section’s old and new text exactly at fallback levels', () => {
    const limitsArb = fc.record({ maxEditLength: fc.integer({ min: 1, max: 12 }) })
    fc.assert(
      fc.property(revisionArb, limitsArb, ({ before, after }, options: DiffOptions) => {
        expectExactRebuild(before, after, diffPolicy(before, after, options))
      }),
      { numRuns: 300 },
    )
  })
})
