import { describe, expect, it } from 'vitest'

import type { BuiltSnapshot } from '../../src/policy/snapshot.js'
import type { SnapshotLocale } from '../../src/policy/types.js'
import { blocksToLexical } from '../../src/richtext/fromBlocks.js'
import { applyTranslationPlan, planTranslationPublish } from '../../src/translations/publishPlan.js'
import type { LocaleTranslationReport } from '../../src/translations/staleness.js'

const ref = (number: number) => ({ key: `s${number}`, number, heading: `H${number}` })

function report(
  locale: string,
  state: LocaleTranslationReport['state'],
  stale: number[] = [],
  missing: number[] = [],
): LocaleTranslationReport {
  return { locale, state, stale: stale.map(ref), missing: missing.map(ref), hasTitle: true }
}

const current = [report('en', 'current'), report('ru', 'current')]
const enStale = [report('en', 'outdated', [3]), report('ru', 'current')]
const BOTH = ['lv', 'en', 'ru']

describe('publishing with stale translations', () => {
  it('publishes current translations as they are, flagged current', () => {
    const plan = planTranslationPublish({
      changeType: 'material',
      choice: null,
      reports: current,
      previousLocales: BOTH,
    })
    expect(plan).toEqual({
      ok: true,
      locales: [
        { locale: 'en', text: 'draft', status: 'current' },
        { locale: 'ru', text: 'draft', status: 'current' },
      ],
      withheld: [],
    })
  })

  it('refuses a material change with a stale translation until the editor chooses', () => {
    const plan = planTranslationPublish({
      changeType: 'material',
      choice: null,
      reports: enStale,
      previousLocales: BOTH,
    })
    expect(plan).toEqual({ ok: false, reason: 'choice-required', blocking: [enStale[0]] })
  })

  it('holds the publish when the editor chose to hold', () => {
    for (const changeType of ['material', 'editorial'] as const) {
      const plan = planTranslationPublish({
        changeType,
        choice: 'hold',
        reports: enStale,
        previousLocales: BOTH,
      })
      expect(plan).toMatchObject({ ok: false, reason: 'held' })
    }
  })

  it('lets "hold" through when nothing is stale', () => {
    const plan = planTranslationPublish({
      changeType: 'material',
      choice: 'hold',
      reports: current,
      previousLocales: BOTH,
    })
    expect(plan.ok).toBe(true)
  })

  it('serves the previous text of a stale locale, flagged outdated, on "publish-previous"', () => {
    const plan = planTranslationPublish({
      changeType: 'material',
      choice: 'publish-previous',
      reports: enStale,
      previousLocales: BOTH,
    })
    expect(plan).toMatchObject({
      ok: true,
      locales: [
        { locale: 'en', text: 'previous', status: 'outdated' },
        { locale: 'ru', text: 'draft', status: 'current' },
      ],
    })
  })

  it('publishes an editorial change with the stale translation as it is, flagged outdated', () => {
    const plan = planTranslationPublish({
      changeType: 'editorial',
      choice: null,
      reports: enStale,
      previousLocales: BOTH,
    })
    expect(plan).toMatchObject({
      ok: true,
      locales: [{ locale: 'en', text: 'draft', status: 'outdated' }, { locale: 'ru' }],
    })
  })

  it('never publishes an incomplete translation, unless its previous text is chosen', () => {
    const reports = [report('en', 'incomplete', [1], [10]), report('ru', 'current')]
    const plain = planTranslationPublish({
      changeType: 'material',
      choice: null,
      reports,
      previousLocales: BOTH,
    })
    expect(plain).toMatchObject({ ok: true, withheld: ['en'] })
    const previous = planTranslationPublish({
      changeType: 'material',
      choice: 'publish-previous',
      reports,
      previousLocales: BOTH,
    })
    expect(previous).toMatchObject({
      ok: true,
      locales: [{ locale: 'en', text: 'previous', status: 'outdated' }, { locale: 'ru' }],
      withheld: [],
    })
  })

  it('withholds a stale locale the previous version does not have when its previous text is chosen', () => {
    const plan = planTranslationPublish({
      changeType: 'material',
      choice: 'publish-previous',
      reports: enStale,
      previousLocales: ['lv', 'ru'],
    })
    expect(plan).toMatchObject({ ok: true, withheld: ['en'] })
  })
})

describe('assembling the version text', () => {
  const frozen = (title: string): SnapshotLocale => ({
    title,
    sections: [
      { key: 's1', heading: title, body: blocksToLexical([{ type: 'paragraph', text: title }]) },
    ],
  })
  const built: BuiltSnapshot = {
    snapshot: { lv: frozen('lv new'), en: frozen('en draft'), ru: frozen('ru draft') },
    locales: ['lv', 'en', 'ru'],
    contentHashes: { lv: 'lv-new', en: 'en-draft', ru: 'ru-draft' },
  }
  const previous = {
    snapshot: { lv: frozen('lv old'), en: frozen('en old'), ru: frozen('ru old') },
    contentHashes: { lv: 'lv-old', en: 'en-old', ru: 'ru-old' },
  }

  it('takes each locale whole from the draft or the previous version, never mixing the two', () => {
    const release = applyTranslationPlan({
      built,
      plan: {
        ok: true,
        locales: [
          { locale: 'en', text: 'previous', status: 'outdated' },
          { locale: 'ru', text: 'draft', status: 'current' },
        ],
        withheld: [],
      },
      sourceLocale: 'lv',
      locales: ['lv', 'en', 'ru'],
      previous,
    })
    expect(release.locales).toEqual(['lv', 'en', 'ru'])
    expect(release.snapshot.lv.title).toBe('lv new')
    expect(release.snapshot.en).toEqual(previous.snapshot.en)
    expect(release.contentHashes).toEqual({ lv: 'lv-new', en: 'en-old', ru: 'ru-draft' })
    expect(release.translationStatus).toEqual({ lv: 'current', en: 'outdated', ru: 'current' })
  })

  it('leaves out withheld locales', () => {
    const release = applyTranslationPlan({
      built,
      plan: {
        ok: true,
        locales: [{ locale: 'ru', text: 'draft', status: 'current' }],
        withheld: ['en'],
      },
      sourceLocale: 'lv',
      locales: ['lv', 'en', 'ru'],
      previous: null,
    })
    expect(release.locales).toEqual(['lv', 'ru'])
    expect(release.contentHashes.en).toBeUndefined()
    expect(release.translationStatus).toEqual({ lv: 'current', ru: 'current' })
  })
})
