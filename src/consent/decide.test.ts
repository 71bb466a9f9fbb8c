import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { LocaleChangeType, TranslationStatus } from '../policy/types.js'
import { decideConsent, type ConsentVersionFacts, type LocaleStanding } from './decide.js'

const NOW = Date.parse('2026-11-25T12:00:00Z')
const PAST = (days: number) => new Date(NOW - days * 86_400_000).toISOString()
const FUTURE = (days: number) => new Date(NOW + days * 86_400_000).toISOString()

function version(
  number: number,
  changeType: ConsentVersionFacts['changeType'],
  effectiveAt = PAST(100 - number),
): ConsentVersionFacts {
  return { number, changeType, effectiveAt }
}

describe('consent status', () => {
  it('reports a customer with no acceptance as never-accepted, without a review prompt', () => {
    const decision = decideConsent({
      acceptedVersion: null,
      versions: [version(1, 'material')],
      now: NOW,
    })
    expect(decision).toMatchObject({
      status: 'never-accepted',
      mustReview: false,
      currentVersion: 1,
    })
  })

  it('keeps a customer who accepted the version in force up to date', () => {
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [version(1, 'material')],
      now: NOW,
    })
    expect(decision).toMatchObject({ status: 'up-to-date', mustReview: false, acceptedVersion: 1 })
  })

  it('asks a returning buyer to review after a material change', () => {
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [version(1, 'material'), version(2, 'material')],
      now: NOW,
    })
    expect(decision.status).toBe('must-review')
    expect(decision.materialChanges.map((v) => v.number)).toEqual([2])
  })

  it('keeps a customer up to date after editorial-only changes', () => {
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [version(1, 'material'), version(2, 'editorial'), version(3, 'editorial')],
      now: NOW,
    })
    expect(decision).toMatchObject({ status: 'up-to-date', currentVersion: 3 })
  })

  it('still asks for review when a material change hides behind a later editorial one', () => {
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [version(1, 'material'), version(2, 'material'), version(3, 'editorial')],
      now: NOW,
    })
    expect(decision).toMatchObject({ status: 'must-review', currentVersion: 3 })
    expect(decision.materialChanges.map((v) => v.number)).toEqual([2])
  })

  it('lists every material version in between, oldest first', () => {
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [
        version(4, 'material'),
        version(2, 'material'),
        version(3, 'editorial'),
        version(1, 'material'),
      ],
      now: NOW,
    })
    expect(decision.materialChanges.map((v) => v.number)).toEqual([2, 4])
  })

  it('does not count an announced material version before its effective date', () => {
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [version(1, 'material'), version(2, 'material', FUTURE(7))],
      now: NOW,
    })
    expect(decision).toMatchObject({ status: 'up-to-date', currentVersion: 1 })
  })

  it('counts an announced material version once its effective date has come', () => {
    const versions = [version(1, 'material'), version(2, 'material', FUTURE(7))]
    const decision = decideConsent({ acceptedVersion: 1, versions, now: NOW + 8 * 86_400_000 })
    expect(decision).toMatchObject({ status: 'must-review', currentVersion: 2 })
  })

  it('keeps a customer who accepted an announced version ahead of time up to date', () => {
    const decision = decideConsent({
      acceptedVersion: 2,
      versions: [version(1, 'material'), version(2, 'material', FUTURE(7))],
      now: NOW,
    })
    expect(decision).toMatchObject({ status: 'up-to-date', acceptedVersion: 2, currentVersion: 1 })
  })

  it('treats acceptance of the current version after a material change as up to date', () => {
    const decision = decideConsent({
      acceptedVersion: 2,
      versions: [version(1, 'material'), version(2, 'material')],
      now: NOW,
    })
    expect(decision.status).toBe('up-to-date')
  })

  it('reports no current version when none is in force yet', () => {
    const decision = decideConsent({
      acceptedVersion: null,
      versions: [version(1, 'material', FUTURE(1))],
      now: NOW,
    })
    expect(decision.currentVersion).toBeNull()
  })

  it('asks for review exactly when a material version lies after the accepted one and up to the one in force', () => {
    const arbitraryVersions = fc
      .array(
        fc.record({ material: fc.boolean(), offsetDays: fc.integer({ min: -400, max: 400 }) }),
        {
          minLength: 1,
          maxLength: 12,
        },
      )
      .map((entries) =>
        entries.map((entry, index) =>
          version(index + 1, entry.material ? 'material' : 'editorial', PAST(entry.offsetDays)),
        ),
      )
    fc.assert(
      fc.property(
        arbitraryVersions,
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        (versions, accepted) => {
          const decision = decideConsent({ acceptedVersion: accepted, versions, now: NOW })
          const inForce = versions
            .filter((v) => Date.parse(v.effectiveAt) <= NOW)
            .map((v) => v.number)
          const current = inForce.length ? Math.max(...inForce) : null
          expect(decision.currentVersion).toBe(current)
          const expected =
            accepted !== null &&
            current !== null &&
            versions.some(
              (v) => v.changeType === 'material' && v.number > accepted && v.number <= current,
            )
          expect(decision.mustReview).toBe(expected)
          expect(decision.status).toBe(
            accepted === null ? 'never-accepted' : expected ? 'must-review' : 'up-to-date',
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})

/**
 * The decision table of README "Who is asked to review": a customer accepted version 1 in `en`
 * (source `lv`, every locale current), version 2 is in force. Rows: what version 2 changed (a
 * release of the source text, or a translation-only release correcting `en` or `ru`) × where `en`
 * stands in version 2. Every combination is listed, so a change to the rules changes this table.
 */
describe('who is asked to review: the decision table', () => {
  type Release = 'material' | 'editorial' | 'translation-en' | 'translation-ru'
  interface Row {
    status: 'must-review' | 'up-to-date'
    changesLocale: 'en' | 'lv'
  }
  const table: Record<Release, Record<LocaleStanding, Row>> = {
    material: {
      current: { status: 'must-review', changesLocale: 'en' },
      outdated: { status: 'must-review', changesLocale: 'lv' },
      missing: { status: 'must-review', changesLocale: 'lv' },
    },
    editorial: {
      current: { status: 'up-to-date', changesLocale: 'en' },
      outdated: { status: 'up-to-date', changesLocale: 'en' },
      missing: { status: 'up-to-date', changesLocale: 'lv' },
    },
    'translation-en': {
      current: { status: 'must-review', changesLocale: 'en' },
      outdated: { status: 'must-review', changesLocale: 'en' },
      // A translation the version does not publish cannot show its correction: nothing to ask.
      missing: { status: 'up-to-date', changesLocale: 'lv' },
    },
    'translation-ru': {
      current: { status: 'up-to-date', changesLocale: 'en' },
      outdated: { status: 'up-to-date', changesLocale: 'en' },
      missing: { status: 'up-to-date', changesLocale: 'lv' },
    },
  }

  function release(kind: Release, en: LocaleStanding): ConsentVersionFacts {
    const changeTypes: Record<string, LocaleChangeType> =
      kind === 'material' || kind === 'editorial'
        ? { lv: kind, en: kind, ru: kind }
        : {
            lv: 'none',
            en: kind === 'translation-en' ? 'material' : 'none',
            ru: kind === 'translation-ru' ? 'material' : 'none',
          }
    const translationStatus: Record<string, TranslationStatus> = { lv: 'current', ru: 'current' }
    if (en !== 'missing') translationStatus.en = en
    return {
      number: 2,
      effectiveAt: PAST(1),
      changeType: kind === 'editorial' ? 'editorial' : 'material',
      changeTypes,
      locales: en === 'missing' ? ['lv', 'ru'] : ['lv', 'en', 'ru'],
      translationStatus,
    }
  }

  const v1: ConsentVersionFacts = {
    number: 1,
    effectiveAt: PAST(30),
    changeType: 'material',
    locales: ['lv', 'en', 'ru'],
    translationStatus: { lv: 'current', en: 'current', ru: 'current' },
  }

  for (const [kind, row] of Object.entries(table) as Array<
    [Release, Record<LocaleStanding, Row>]
  >) {
    for (const [en, expected] of Object.entries(row) as Array<[LocaleStanding, Row]>) {
      it(`${kind} release, en ${en} in force: ${expected.status}, changes shown in ${expected.changesLocale}`, () => {
        const decision = decideConsent({
          acceptedVersion: 1,
          versions: [v1, release(kind, en)],
          now: NOW,
          locale: 'en',
          sourceLocale: 'lv',
        })
        expect(decision.status).toBe(expected.status)
        expect(decision.translationStatus).toBe(en)
        expect(decision.changesLocale).toBe(expected.changesLocale)
        expect(decision.materialChanges.map((v) => v.number)).toEqual(
          expected.status === 'must-review' ? [2] : [],
        )
      })
    }
  }

  it('asks a source-locale customer about a material release, never about a translation-only one', () => {
    for (const kind of ['material', 'editorial', 'translation-en', 'translation-ru'] as const) {
      const decision = decideConsent({
        acceptedVersion: 1,
        versions: [v1, release(kind, 'current')],
        now: NOW,
        locale: 'lv',
        sourceLocale: 'lv',
      })
      expect(decision.status).toBe(kind === 'material' ? 'must-review' : 'up-to-date')
      expect(decision.changesLocale).toBe('lv')
    }
  })

  it('asks once for a material change whose translation is corrected later, in the customer’s language once it is', () => {
    const v2 = { ...release('material', 'outdated'), number: 2, effectiveAt: PAST(10) }
    const v3 = { ...release('translation-en', 'current'), number: 3, effectiveAt: PAST(1) }
    const decision = decideConsent({
      acceptedVersion: 1,
      versions: [v1, v2, v3],
      now: NOW,
      locale: 'en',
      sourceLocale: 'lv',
    })
    expect(decision).toMatchObject({ status: 'must-review', changesLocale: 'en' })
    expect(decision.materialChanges.map((v) => v.number)).toEqual([2, 3])
  })

  it('never puts a withdrawn announcement in force, yet counts its material change in a later version', () => {
    const v2 = { ...release('material', 'current'), effectiveAt: FUTURE(5), withdrawnAt: PAST(1) }
    const before = decideConsent({
      acceptedVersion: 1,
      versions: [v1, v2],
      now: NOW + 6 * 86_400_000,
    })
    expect(before).toMatchObject({ status: 'up-to-date', currentVersion: 1 })
    const v3: ConsentVersionFacts = { number: 3, effectiveAt: PAST(0), changeType: 'editorial' }
    const after = decideConsent({ acceptedVersion: 1, versions: [v1, v2, v3], now: NOW })
    expect(after).toMatchObject({ status: 'must-review', currentVersion: 3 })
  })
})
