/**
 * The diff engine on real revision histories: every consecutive pair of the Open Terms Archive
 * corpus (../shared/corpus/open-terms-archive), keyed as the import keys them (section identity by
 * content), diffed cold (the first run in this process) and warm (median of repeated runs), with
 * jsdiff's `diffWords` over the whole text as the baseline. Skipped when the corpus is absent.
 *
 * Run alone with `npx tsx --conditions=production bench/corpus.ts`, or as `npm run bench -- corpus`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

import { diffWords } from 'diff'

import { diffPolicy, type DiffInputSection } from '../src/diff/index.js'
import { parsePolicyText } from '../src/plaintext/parse.js'
import { serializeBlocks } from '../src/plaintext/serialize.js'
import { matchSections } from '../src/policy/matchSections.js'
import { assignSectionKeys } from '../src/policy/sectionKeys.js'
import { formatTable, type BenchRow } from './table.js'

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/open-terms-archive')
const SERVICES = ['GitHub', 'Buffer', 'UptimeRobot']
const WARM_RUNS = 5

/** Each version's sections, keyed through the history as successive imports would key them. */
function keyedHistory(service: string): Array<{ version: string; sections: DiffInputSection[] }> {
  const dir = path.join(CORPUS, service, 'text')
  const history: Array<{ version: string; sections: DiffInputSection[] }> = []
  let draft: DiffInputSection[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const parsed = parsePolicyText(readFileSync(path.join(dir, file), 'utf8'))
    const keyed = draft.map((s) => ({
      key: s.key,
      heading: s.heading,
      text: serializeBlocks(s.blocks),
    }))
    const { matches } = matchSections(
      keyed,
      parsed.map((s) => ({ heading: s.heading, text: serializeBlocks(s.blocks) })),
    )
    draft = assignSectionKeys(
      parsed.map((s, i) => {
        const match = matches[i]
        return {
          key: match === null ? null : keyed[match].key,
          heading: s.heading,
          blocks: s.blocks,
        }
      }),
    )
    history.push({ version: file.slice(0, -4), sections: draft })
  }
  return history
}

const wholeText = (sections: readonly DiffInputSection[]): string =>
  sections.map((s) => `${s.heading}\n\n${serializeBlocks(s.blocks)}`).join('\n\n')

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

export function runCorpusBench(): Promise<BenchRow[]> {
  if (!existsSync(CORPUS)) return Promise.resolve([])
  const rows: BenchRow[] = []
  for (const service of SERVICES) {
    const history = keyedHistory(service)
    for (let i = 1; i < history.length; i++) {
      const before = history[i - 1].sections
      const after = history[i].sections
      const cold = time(() => diffPolicy(before, after))
      const warm: number[] = []
      const base: number[] = []
      const [oldText, newText] = [wholeText(before), wholeText(after)]
      for (let run = 0; run < WARM_RUNS; run++) {
        warm.push(time(() => diffPolicy(before, after)))
        base.push(time(() => diffWords(oldText, newText, { timeout: 5000 })))
      }
      const { stats } = diffPolicy(before, after)
      rows.push({
        group: 'corpus',
        name: `${service} ${history[i - 1].version}→${history[i].version}`,
        p50Ms: median(warm),
        coldMs: cold,
        baseline: `diffWords whole text: ${median(base).toFixed(1)} ms`,
        ratio: median(base) / median(warm),
        target: 'informational',
        note:
          `+${stats.wordsInserted} −${stats.wordsDeleted} words; ${stats.sectionsChanged} changed, ` +
          `${stats.sectionsAdded} added, ${stats.sectionsRemoved} removed, ${stats.sectionsMoved} moved`,
      })
    }
  }
  return Promise.resolve(rows)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runCorpusBench()
  process.stdout.write(`${formatTable(rows)}\n`)
}
