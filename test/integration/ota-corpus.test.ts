/**
 * Real revision histories: three public privacy policies recorded by Open Terms Archive, imported
 * version after version as one policy each (plain text, then the original Markdown) and diffed pair
 * by pair. Expectations are in test/fixtures/ota-corpus-pairs.json, derived by reading the pairs
 * and with an independent word-level reference (see its `_note`), not from this module's output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PolicyError } from '../../src/errors.js'
import { diffPolicyVersions, type PolicyDiffDocument } from '../../src/operations/diffVersions.js'
import {
  importPolicyText,
  type ImportPolicyTextArgs,
} from '../../src/operations/importPolicyText.js'
import { getCatalog } from '../../src/operations/policyCatalog.js'
import { appPath } from '../../dev/paths.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

/** CI clones the repository with shared/ beside it. */
const CORPUS = path.resolve(appPath(), '../shared/corpus/open-terms-archive')

interface PairExpectation {
  added: string[]
  removed: string[]
  moved: string[]
  changed: string[]
  wordsInserted: number
  wordsDeleted: number
  /** A wider margin for a pair where the reference and a reader disagree (reason in the fixture). */
  wordTolerance?: number
}

const EXPECTED = JSON.parse(
  readFileSync(appPath('test', 'fixtures', 'ota-corpus-pairs.json'), 'utf8'),
) as Record<string, PairExpectation>

/** Section level of each service's conversion (SOURCE.md), and GitHub's folded empty heading. */
const SERVICES = [
  { name: 'GitHub', headingLevel: 2, foldEmptyHeadings: true },
  { name: 'Buffer', headingLevel: 3, foldEmptyHeadings: false },
  { name: 'UptimeRobot', headingLevel: 2, foldEmptyHeadings: false },
] as const

const versionsOf = (service: string) =>
  readdirSync(path.join(CORPUS, service, 'text'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -4))
    .sort()

/** What the module reports for a pair, in the fixture's terms. */
function observed(diff: PolicyDiffDocument): PairExpectation {
  const headings = (status: string) =>
    diff.sections.filter((s) => s.status === status).map((s) => s.headingAfter ?? '')
  return {
    added: headings('added'),
    removed: diff.sections.filter((s) => s.status === 'removed').map((s) => s.headingBefore ?? ''),
    moved: diff.sections.filter((s) => s.movedFrom !== undefined).map((s) => s.headingAfter ?? ''),
    changed: headings('changed'),
    wordsInserted: diff.stats.wordsInserted,
    wordsDeleted: diff.stats.wordsDeleted,
  }
}

/**
 * "Within a few words of a word-level reference". The reference (difflib's longest common
 * subsequence of words) keeps every common word it can, so an exact diff cannot report many fewer
 * changes; the module may report more where it shows a rewritten sentence replaced whole rather
 * than keeping scattered common words ("the", "of", "repository") inside it: up to 10 % more, or
 * the pair's documented `wordTolerance`.
 */
const closeTo = (actual: number, expected: number, tolerance?: number) =>
  actual >= expected - 5 &&
  actual <= expected + (tolerance ?? Math.max(5, Math.ceil(expected * 0.1)))

const sorted = (list: string[]) => [...list].sort()

describe.skipIf(!existsSync(CORPUS))('real revision histories (Open Terms Archive corpus)', () => {
  let app: TestApp
  /** Published version number per service, format and corpus version. */
  const published = new Map<string, number>()
  const refusedAsMaterial: string[] = []

  async function importAll(format: 'text' | 'markdown') {
    for (const service of SERVICES) {
      const slug = `ota-${service.name.toLowerCase()}-${format}`
      for (const version of versionsOf(service.name)) {
        const file =
          format === 'text'
            ? path.join(CORPUS, service.name, 'text', `${version}.txt`)
            : path.join(CORPUS, service.name, 'markdown', `${version}.md`)
        const args: ImportPolicyTextArgs = {
          payload: app.payload,
          options: app.options,
          slug,
          locale: 'lv',
          title: `${service.name} Privacy Policy`,
          text: readFileSync(file, 'utf8'),
          format,
          markdown: {
            headingLevel: service.headingLevel,
            foldEmptyHeadings: service.foldEmptyHeadings,
          },
        }
        const summary = `${service.name} ${version}`
        let result = await importPolicyText({
          ...args,
          publish: { changeType: 'material', summary },
        }).catch((error: unknown) => {
          if (error instanceof PolicyError && error.code === 'release_invisible_only') return null
          throw error
        })
        if (!result) {
          refusedAsMaterial.push(`${slug} ${version}`)
          result = await importPolicyText({
            ...args,
            publish: { changeType: 'editorial', summary },
          })
        }
        expect(result.published, `${slug} ${version} publishes a version`).not.toBeNull()
        published.set(`${slug} ${version}`, result.published ?? 0)
      }
    }
  }

  beforeAll(async () => {
    app = await startTestApp('sqlite', { seed: false })
    await importAll('text')
    await importAll('markdown')
  }, 600_000)

  afterAll(async () => {
    await app?.close()
  })

  const pairs = SERVICES.flatMap((service) => {
    const versions = versionsOf(service.name)
    return [
      ...versions.slice(1).map((to, i) => [service.name, versions[i], to] as const),
      [service.name, versions[0], versions[versions.length - 1]] as const,
    ]
  })

  it('refuses only the whitespace-only UptimeRobot v07→v08 release as material (it is recorded as editorial)', () => {
    expect(refusedAsMaterial.sort()).toEqual([
      'ota-uptimerobot-markdown v08',
      'ota-uptimerobot-text v08',
    ])
  })

  describe.each(['text', 'markdown'] as const)('imported as %s', (format) => {
    it.each(pairs)(
      '%s %s→%s: the sections and words a reader finds changed',
      async (name, a, b) => {
        const slug = `ota-${name.toLowerCase()}-${format}`
        const diff = await diffPolicyVersions(
          getCatalog(app.payload, app.options),
          slug,
          published.get(`${slug} ${a}`) ?? 0,
          published.get(`${slug} ${b}`) ?? 0,
          'lv',
        )
        const expected = EXPECTED[`${name} ${a}-${b}`]
        const actual = observed(diff)
        expect(sorted(actual.added)).toEqual(sorted(expected.added))
        expect(sorted(actual.removed)).toEqual(sorted(expected.removed))
        expect(sorted(actual.moved)).toEqual(sorted(expected.moved))
        expect(sorted(actual.changed)).toEqual(sorted(expected.changed))
        expect(
          closeTo(actual.wordsInserted, expected.wordsInserted, expected.wordTolerance),
          `words inserted ${actual.wordsInserted}, reference ${expected.wordsInserted}`,
        ).toBe(true)
        expect(
          closeTo(actual.wordsDeleted, expected.wordsDeleted, expected.wordTolerance),
          `words deleted ${actual.wordsDeleted}, reference ${expected.wordsDeleted}`,
        ).toBe(true)
      },
    )
  })
})
