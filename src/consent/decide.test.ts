import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decideConsent, type ConsentVersionFacts } from './decide.js'

const NOW = Date.parse('2026-11-25T12:00:00Z')
const PAST = (days: number) => new Date(NOW - days * 86_400_000).toISOString()
const FUTURE = (days: number) => new Date(NOW + days * 86_400_000).toISOString()

function version(
  number: number,
  changeType: ConsentVersionFacts['changeType'],
  effectiveAt = PAST(100 - number),
): ConsentVersionFacts {
  return { number, changeType, effectiveAt, summary: `v${number}` }
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
