import { describe, expect, it } from 'vitest'

import { alignSections, longestIncreasingSubsequence, type AlignableSection } from './align.js'

const s = (key: string, heading: string, text = ''): AlignableSection => ({ key, heading, text })

describe('section alignment', () => {
  it('matches a renumbered section by its key', () => {
    const rows = alignSections(
      [s('a', 'Privātuma politika'), s('b', 'Maksājuma informācija')],
      [s('new', 'Ievads'), s('a', 'Privātuma politika'), s('b', 'Maksājuma informācija')],
    )
    expect(rows).toEqual([
      { before: null, after: 0, moved: false },
      { before: 0, after: 1, moved: false },
      { before: 1, after: 2, moved: false },
    ])
  })

  it('matches by key even when the heading was rewritten', () => {
    const rows = alignSections([s('a', 'Sīkdatnes')], [s('a', 'Kā mēs izmantojam sīkfailus')])
    expect(rows).toEqual([{ before: 0, after: 0, moved: false }])
  })

  it('matches sections whose keys differ by their normalized heading', () => {
    const rows = alignSections(
      [s('old-1', '4. KĀDEĻ MĒS APKOPOJAM JŪSU DATUS')],
      [s('new-1', 'Kādeļ mēs apkopojam Jūsu datus?')],
    )
    expect(rows).toEqual([{ before: 0, after: 0, moved: false }])
  })

  it('matches sections whose keys differ by heading word overlap', () => {
    const rows = alignSections(
      [s('x', 'Cik ilgi mēs uzglabājam Jūsu datus')],
      [s('y', 'Cik ilgi mēs glabājam Jūsu datus')],
    )
    expect(rows).toEqual([{ before: 0, after: 0, moved: false }])
  })

  it('matches a renamed section by its body when the heading shares too few words', () => {
    const body =
      'Mēs regulāri pārskatām mūsu konfidencialitātes politiku un publicējam izmaiņas šeit.'
    const rows = alignSections([s('x', 'Izmaiņas politikā', body)], [s('y', 'Grozījumi', body)])
    expect(rows).toEqual([{ before: 0, after: 0, moved: false }])
  })

  it('does not match sections whose keys, headings and bodies all differ', () => {
    const rows = alignSections(
      [s('x', 'Sīkdatnes', 'Mēs izmantojam sīkfailus.')],
      [s('y', 'Lietotāja tiesības', 'Jums ir tiesības pieprasīt datu kopiju.')],
    )
    expect(rows).toEqual([
      { before: 0, after: null, moved: false },
      { before: null, after: 0, moved: false },
    ])
  })

  it('reports a new section as added and a dropped one as removed', () => {
    const rows = alignSections(
      [s('a', 'Ievads'), s('b', 'Sīkdatnes'), s('c', 'Tiesības')],
      [s('a', 'Ievads'), s('c', 'Tiesības'), s('d', 'Kontakti')],
    )
    expect(rows).toEqual([
      { before: 0, after: 0, moved: false },
      { before: 1, after: null, moved: false },
      { before: 2, after: 1, moved: false },
      { before: null, after: 2, moved: false },
    ])
  })

  it('places a removed first section before everything else', () => {
    const rows = alignSections([s('a', 'Ievads'), s('b', 'Sīkdatnes')], [s('b', 'Sīkdatnes')])
    expect(rows).toEqual([
      { before: 0, after: null, moved: false },
      { before: 1, after: 0, moved: false },
    ])
  })

  it('flags a section that changed its relative order as moved', () => {
    const rows = alignSections(
      [s('a', 'A'), s('b', 'B'), s('c', 'C'), s('d', 'D')],
      [s('a', 'A'), s('d', 'D'), s('b', 'B'), s('c', 'C')],
    )
    expect(rows.filter((row) => row.moved).map((row) => row.after)).toEqual([1])
  })

  it('does not flag sections shifted by an insertion as moved', () => {
    const rows = alignSections(
      [s('a', 'A'), s('b', 'B')],
      [s('n', 'Jauna'), s('a', 'A'), s('b', 'B')],
    )
    expect(rows.some((row) => row.moved)).toBe(false)
  })
})

describe('longest increasing subsequence', () => {
  it('keeps the longest run in order', () => {
    expect([...longestIncreasingSubsequence([0, 3, 1, 2])].sort()).toEqual([0, 2, 3])
  })

  it('is empty for no values', () => {
    expect(longestIncreasingSubsequence([]).size).toBe(0)
  })
})

describe('section alignment after identity by content', () => {
  it('does not pair differently keyed sections on a similar heading alone (GitHub v08→v09: "Retention of personal data" is not "Sharing of Personal Data")', () => {
    const rows = alignSections(
      [
        s(
          'retention',
          'Retention of personal data',
          'We keep your data as long as your account is active.',
        ),
      ],
      [
        s(
          'sharing',
          'Sharing of Personal Data',
          'We share data with affiliates, vendors and partners.',
        ),
      ],
    )
    expect(rows.filter((row) => row.before !== null && row.after !== null)).toEqual([])
  })

  it('pairs differently keyed sections whose heading and body are alike', () => {
    const body = 'We keep your data as long as your account is active and as the law requires.'
    const rows = alignSections(
      [s('retention', 'Retention of personal data', body)],
      [s('retention-2', 'Retention of Personal Data', `${body} Then we delete it.`)],
    )
    expect(rows).toEqual([{ before: 0, after: 0, moved: false }])
  })
})
