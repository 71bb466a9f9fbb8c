/**
 * Benchmarks of the policy diff engine against jsdiff's `diffWords` over the whole text (every
 * section's text joined), the obvious implementation it replaces. Policies are generated in
 * memory from Latvian-like syllables; nothing is written to disk.
 *
 * Run alone with `npx tsx bench/diff.ts`, or through `runDiffBench()`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'

import { diffWords } from 'diff'

import {
  diffPolicy,
  DIFF_LEVELS,
  type DiffInputSection,
  type PolicyDiff,
} from '../src/diff/index.js'
import { reviseSeedText, toDiffInput } from '../src/diff/testing/seedRevision.js'
import { parsePolicyText } from '../src/plaintext/parse.js'
import { serializeBlocks } from '../src/plaintext/serialize.js'
import type { Block } from '../src/plaintext/types.js'
import { formatTable, type BenchRow } from './table.js'

const SEED_PATH = path.resolve(import.meta.dirname, '../src/seed/texts/privacy-policy.lv.txt')

/** A small deterministic PRNG (mulberry32), so every run diffs the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CONSONANTS = [...'bcčdfgģjkķlļmnņprsštvzž', 'dz', 'dž']
const VOWELS = [...'aāeēiīouū', 'ie', 'ai', 'au']
const ENDINGS = ['s', 'a', 'u', 'i', 'ām', 'ēm', 'os', 'as', 'ai', 'ī', ' šana', 'jums']

type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]

function word(rng: Rng): string {
  let text = ''
  const syllables = 1 + Math.floor(rng() * 3)
  for (let i = 0; i < syllables; i++) text += pick(rng, CONSONANTS) + pick(rng, VOWELS)
  return text + (rng() < 0.7 ? pick(rng, ENDINGS) : '')
}

/** `count` words as sentences of 6–14 words, capitalised, with the odd comma or number. */
function prose(rng: Rng, count: number): string {
  const sentences: string[] = []
  let left = count
  while (left > 0) {
    const length = Math.min(left, 6 + Math.floor(rng() * 9))
    const words = Array.from({ length }, (_, i) =>
      rng() < 0.04
        ? String(1 + Math.floor(rng() * 30))
        : word(rng) + (i < length - 1 && rng() < 0.1 ? ',' : ''),
    )
    words[0] = words[0][0].toUpperCase() + words[0].slice(1)
    sentences.push(`${words.join(' ')}.`)
    left -= length
  }
  return sentences.join(' ')
}

/** A section of about 135 words: two or three paragraphs and a bullet list. */
function generateSection(rng: Rng, index: number): DiffInputSection {
  const blocks: Block[] = [
    { type: 'paragraph', text: prose(rng, 38 + Math.floor(rng() * 12)) },
    {
      type: 'list',
      items: Array.from({ length: 3 + Math.floor(rng() * 3) }, () =>
        prose(rng, 6 + Math.floor(rng() * 6)).replace(/\.$/, ';'),
      ),
    },
    { type: 'paragraph', text: prose(rng, 38 + Math.floor(rng() * 12)) },
  ]
  if (rng() < 0.5) blocks.push({ type: 'paragraph', text: prose(rng, 15 + Math.floor(rng() * 10)) })
  return { key: `s${index}`, heading: prose(rng, 2 + Math.floor(rng() * 3)).toUpperCase(), blocks }
}

const WORD = /[\p{L}\p{N}]+/gu

function countWords(sections: readonly DiffInputSection[]): number {
  return sections.reduce((sum, s) => sum + (serializeBlocks(s.blocks).match(WORD)?.length ?? 0), 0)
}

/** A generated policy of about `words` words in sections of about 135. */
export function generatePolicy(seed: number, words: number): DiffInputSection[] {
  const rng = random(seed)
  const sections: DiffInputSection[] = []
  let total = 0
  while (total < words) {
    const section = generateSection(rng, sections.length)
    sections.push(section)
    total += countWords([section])
  }
  return sections
}

/** Replaces each word with a new random one with probability `share`. */
export function mutate(
  sections: readonly DiffInputSection[],
  share: number,
  seed: number,
): DiffInputSection[] {
  const rng = random(seed)
  const edit = (text: string) => text.replace(WORD, (w) => (rng() < share ? word(rng) : w))
  return sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((block): Block =>
      block.type === 'paragraph'
        ? { type: 'paragraph', text: edit(block.text) }
        : { type: 'list', items: block.items.map(edit) },
    ),
  }))
}

/** The baseline's input: every section's heading and body, as one text. */
const wholeText = (sections: readonly DiffInputSection[]): string =>
  sections.map((s) => `${s.heading}\n\n${serializeBlocks(s.blocks)}`).join('\n\n')

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function median(fn: () => unknown, iterations: number): number {
  const times = Array.from({ length: iterations }, () => time(fn)).sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

interface Baseline {
  ms: number
  gaveUp: boolean
  label: string
}

/** `diffWords` over the whole text, with a timeout so a hopeless diff cannot hang the run. */
function baselineRun(before: string, after: string, timeoutMs: number): () => boolean {
  return () => diffWords(before, after, { timeout: timeoutMs }) === undefined
}

function describeBaseline(ms: number, gaveUp: boolean): Baseline {
  const label = gaveUp
    ? `diffWords whole text: gave up after ${Math.round(ms)} ms`
    : `diffWords whole text: ${ms.toFixed(1)} ms`
  return { ms, gaveUp, label }
}

/** One timed baseline run, for baselines too slow to repeat. */
function baselineOnce(before: string, after: string, timeoutMs: number): Baseline {
  const run = baselineRun(before, after, timeoutMs)
  let gaveUp = false
  const ms = time(() => {
    gaveUp = run()
  })
  return describeBaseline(ms, gaveUp)
}

/**
 * Median times of ours and the baseline, run alternately so that load from other processes on
 * this shared machine hits both alike and the ratio stays meaningful.
 */
function compare(
  ours: () => unknown,
  before: string,
  after: string,
  timeoutMs: number,
  iterations: number,
  oursPerBaseline = 1,
): { ours: number; base: Baseline } {
  const run = baselineRun(before, after, timeoutMs)
  const oursTimes: number[] = []
  const baseTimes: number[] = []
  let gaveUp = false
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < oursPerBaseline; k++) oursTimes.push(time(ours))
    baseTimes.push(
      time(() => {
        gaveUp ||= run()
      }),
    )
  }
  const mid = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
  return { ours: mid(oursTimes), base: describeBaseline(mid(baseTimes), gaveUp) }
}

function levels(diff: PolicyDiff): string {
  const counts = DIFF_LEVELS.map(
    (level) => [level, diff.sections.filter((s) => s.level === level).length] as const,
  )
  return counts
    .filter(([, n]) => n)
    .map(([level, n]) => `${level} ${n}`)
    .join(', ')
}

function ratioNote(base: Baseline): string {
  return base.gaveUp ? 'ratio is a lower bound: the baseline hit its timeout' : ''
}

const join = (...notes: string[]) => notes.filter(Boolean).join('; ')

const generated = (words: number, share: number, seed: number) => {
  const before = generatePolicy(seed, words)
  return { before, after: mutate(before, share, seed + 1) }
}

function seedScenario(): BenchRow {
  const seedText = readFileSync(SEED_PATH, 'utf8')
  const before = toDiffInput(parsePolicyText(seedText))
  const after = toDiffInput(parsePolicyText(reviseSeedText(seedText)))
  for (let i = 0; i < 50; i++) diffPolicy(before, after)
  const { ours, base } = compare(
    () => diffPolicy(before, after),
    wholeText(before),
    wholeText(after),
    5_000,
    200,
    3,
  )
  return {
    group: 'diff',
    name: 'seed vs revised seed (warm)',
    p50Ms: ours,
    baseline: base.label,
    ratio: base.ms / ours,
    target: '< 5 ms warm',
    note: join(`${countWords(before)} words, ${before.length} sections`, ratioNote(base)),
  }
}

function fewChangesScenario(): BenchRow {
  const { before, after } = generated(10_000, 0.02, 1)
  const cold = time(() => diffPolicy(before, after))
  const { ours, base } = compare(
    () => diffPolicy(before, after),
    wholeText(before),
    wholeText(after),
    10_000,
    21,
    3,
  )
  return {
    group: 'diff',
    name: '10k words, 2% changed',
    p50Ms: ours,
    coldMs: cold,
    baseline: base.label,
    ratio: base.ms / ours,
    target: '≥ 6×',
    note: join(
      `${before.length} sections`,
      `levels: ${levels(diffPolicy(before, after))}`,
      ratioNote(base),
    ),
  }
}

function halfChangedScenario(): BenchRow {
  const { before, after } = generated(10_000, 0.5, 2)
  const ours = median(() => diffPolicy(before, after), 11)
  const base = baselineOnce(wholeText(before), wholeText(after), 10_000)
  return {
    group: 'diff',
    name: '10k words, 50% changed',
    p50Ms: ours,
    baseline: base.label,
    ratio: base.ms / ours,
    target: 'informational',
    note: join(`levels: ${levels(diffPolicy(before, after))}`, ratioNote(base)),
  }
}

function hugeScenario(): BenchRow {
  const { before, after } = generated(100_000, 0.5, 3)
  let diff: PolicyDiff | undefined
  // One run on input this process has not diffed yet: what an editor opening the diff waits.
  const cold = time(() => {
    diff = diffPolicy(before, after)
  })
  const base = baselineOnce(wholeText(before), wholeText(after), 20_000)
  return {
    group: 'diff',
    name: '100k words, 50% changed (cold)',
    coldMs: cold,
    baseline: base.label,
    ratio: base.ms / cold,
    target: '< 2 s cold, usable result',
    note: join(
      `${countWords(before)} words, ${before.length} sections`,
      diff ? `levels: ${levels(diff)}` : '',
      ratioNote(base),
    ),
  }
}

/** Runs the diff benchmarks and returns one row per scenario. */
export async function runDiffBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const scenario of [seedScenario, fewChangesScenario, halfChangedScenario, hugeScenario]) {
    // Between scenarios, let a runner's pending output and timers go before the next busy stretch.
    await nextTurn()
    rows.push(scenario())
  }
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatTable(await runDiffBench()))
}
