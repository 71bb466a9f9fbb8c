import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parsePolicyText } from '../plaintext/parse.js'
import { serializeBlocks } from '../plaintext/serialize.js'
import { rebuildText } from './changes.js'
import { diffPolicy } from './diffPolicy.js'
import { edits, list, para, section } from './testing/builders.js'
import { reviseSeedText, SEED_REVISION, toDiffInput } from './testing/seedRevision.js'

const seedText = readFileSync(
  path.resolve(import.meta.dirname, '../seed/texts/privacy-policy.lv.txt'),
  'utf8',
)
const seed = toDiffInput(parsePolicyText(seedText))
const revised = toDiffInput(parsePolicyText(reviseSeedText(seedText)))

describe('policy diff of the revised Latvian seed', () => {
  const diff = diffPolicy(seed, revised)
  const byNumber = (n: number) => diff.sections.find((s) => s.key === `section-${n}`)

  it('changes exactly the edited sections and adds the new one', () => {
    const statuses = diff.sections.map((s) => [s.key, s.status])
    expect(statuses).toEqual([
      ['section-1', 'changed'],
      ['section-2', 'unchanged'],
      ['section-3', 'changed'],
      ['section-4', 'changed'],
      ['section-5', 'changed'],
      ['section-6', 'unchanged'],
      ['section-7', 'unchanged'],
      ['section-8', 'unchanged'],
      ['section-9', 'unchanged'],
      ['section-10', 'added'],
    ])
  })

  it('shows the typo fix in section 1 as one word replaced', () => {
    expect(edits(byNumber(1)?.changes ?? [])).toEqual([
      ['delete', SEED_REVISION.typo.from],
      ['insert', SEED_REVISION.typo.to],
    ])
  })

  it('shows the bullet added in section 3 as one whole item', () => {
    expect(edits(byNumber(3)?.changes ?? [])).toEqual([
      ['insert', `\n\n- ${SEED_REVISION.addedBullet.item}`],
    ])
  })

  it('shows the bullet removed from section 4 as one whole item', () => {
    expect(edits(byNumber(4)?.changes ?? [])).toEqual([
      ['delete', `\n\n- ${SEED_REVISION.removedBullet.item}`],
    ])
  })

  it('shows the changed retention period in section 5 as just the number', () => {
    expect(edits(byNumber(5)?.changes ?? [])).toEqual([
      ['delete', SEED_REVISION.number.deleted],
      ['insert', SEED_REVISION.number.inserted],
    ])
  })

  it('shows the new final section as one insert of its body', () => {
    const added = byNumber(10)
    expect(added).toMatchObject({ headingBefore: null, numberBefore: null, numberAfter: 10 })
    expect(added?.changes).toEqual([{ type: 'insert', text: SEED_REVISION.addedSection.text }])
  })

  it('keeps each unchanged section as a single equal change', () => {
    const unchanged = diff.sections.filter((s) => s.status === 'unchanged')
    for (const s of unchanged) {
      expect(s.changes).toEqual([
        { type: 'equal', text: serializeBlocks(seed[(s.numberBefore ?? 0) - 1].blocks) },
      ])
    }
  })

  it('counts the inserted and deleted words', () => {
    expect(diff.stats).toEqual({
      sectionsAdded: 1,
      sectionsRemoved: 0,
      sectionsChanged: 4,
      sectionsUnchanged: 5,
      sectionsMoved: 0,
      // apmeklētāju, 3, maksājuma datums un summa (4), the new section's 13 words (e-pasta and
      // privatums@example.lv count as 2 and 3)
      wordsInserted: 1 + 1 + 4 + 13,
      // apeklētāju, 5, pārdodu mūsu preces un pakalpojumus (5)
      wordsDeleted: 1 + 1 + 5,
    })
  })

  it('diffs every section at word level', () => {
    expect(diff.level).toBe('word')
  })
})

describe('policy diff', () => {
  it('reports a heading-only change as changed with an all-equal body', () => {
    const diff = diffPolicy(
      [section('a', 'Sīkdatnes', para('Mēs izmantojam sīkdatnes.'))],
      [section('a', 'Sīkfaili', para('Mēs izmantojam sīkdatnes.'))],
    )
    expect(diff.sections[0]).toMatchObject({
      status: 'changed',
      headingBefore: 'Sīkdatnes',
      headingAfter: 'Sīkfaili',
      changes: [{ type: 'equal', text: 'Mēs izmantojam sīkdatnes.' }],
    })
  })

  it('reports identical sections as unchanged', () => {
    const s = section('a', 'Sīkdatnes', para('Mēs izmantojam sīkdatnes.'), list('a', 'b'))
    const diff = diffPolicy([s], [structuredClone(s)])
    expect(diff.sections[0]).toMatchObject({
      status: 'unchanged',
      changes: [{ type: 'equal', text: 'Mēs izmantojam sīkdatnes.\n\n- a\n\n- b' }],
    })
  })

  it('gives an empty unchanged section no changes', () => {
    const diff = diffPolicy([section('a', 'Tukša')], [section('a', 'Tukša')])
    expect(diff.sections[0]).toMatchObject({ status: 'unchanged', changes: [] })
  })

  it('reports a removed section with its old key, number and text', () => {
    const diff = diffPolicy(
      [section('a', 'Ievads', para('Teksts.')), section('b', 'Beigas', para('Vairs nav.'))],
      [section('a', 'Ievads', para('Teksts.'))],
    )
    expect(diff.sections[1]).toEqual({
      key: 'b',
      status: 'removed',
      moved: false,
      headingBefore: 'Beigas',
      headingAfter: null,
      numberBefore: 2,
      numberAfter: null,
      level: 'word',
      changes: [{ type: 'delete', text: 'Vairs nav.' }],
    })
  })

  it('uses the new key and numbers for a section matched by heading', () => {
    const diff = diffPolicy(
      [section('old', 'Kontakti', para('E-pasts.'))],
      [section('new-0', 'Ievads', para('Sveiki.')), section('new', 'KONTAKTI', para('E-pasts.'))],
    )
    expect(diff.sections[1]).toMatchObject({
      key: 'new',
      status: 'changed',
      numberBefore: 1,
      numberAfter: 2,
    })
  })

  it('counts a moved section in the stats without calling it changed', () => {
    const a = section('a', 'A', para('Pirmā.'))
    const b = section('b', 'B', para('Otrā.'))
    const c = section('c', 'C', para('Trešā.'))
    const diff = diffPolicy([a, b, c], [c, a, b])
    expect(diff.stats).toMatchObject({ sectionsMoved: 1, sectionsUnchanged: 3, sectionsChanged: 0 })
    expect(diff.sections[0]).toMatchObject({ key: 'c', moved: true, status: 'moved', movedFrom: 3 })
    expect(diff.sections.slice(1).map((s) => s.status)).toEqual(['unchanged', 'unchanged'])
  })

  it('says where a changed section that also moved came from', () => {
    const a = section('a', 'A', para('Pirmā.'))
    const b = section('b', 'B', para('Otrā.'))
    const c = section('c', 'C', para('Trešā.'))
    const diff = diffPolicy([a, b, c], [section('c', 'C', para('Trešā, labota.')), a, b])
    expect(diff.sections[0]).toMatchObject({ key: 'c', status: 'changed', movedFrom: 3 })
    expect(diff.sections[1]).not.toHaveProperty('movedFrom')
  })

  it('pairs a moved section with a new key by its text, not as removed + added', () => {
    const a = section('a', 'A', para('Pirmā sadaļa ar garāku tekstu.'))
    const b = section('b', 'B', para('Otrā sadaļa ar citu tekstu.'))
    const diff = diffPolicy([a, b], [section('b2', 'B', para('Otrā sadaļa ar citu tekstu.')), a])
    expect(diff.stats).toMatchObject({ sectionsAdded: 0, sectionsRemoved: 0, sectionsMoved: 1 })
  })

  it('reports a section whose only differences are invisible as unchanged with a note (UptimeRobot v07→v08: spaces → no-break spaces)', () => {
    const before = section('a', 'Cookies', para('We use cookies on our site.'))
    const after = section('a', 'Cookies', para('We\u00a0use cookies  on our\u00a0site.'))
    const diff = diffPolicy([before], [after])
    expect(diff.sections[0]).toMatchObject({ status: 'unchanged', note: 'invisible-changes' })
    expect(diff.stats).toMatchObject({ sectionsChanged: 0, wordsInserted: 0, wordsDeleted: 0 })
    expect(rebuildText(diff.sections[0].changes, 'after')).toBe(
      'We\u00a0use cookies  on our\u00a0site.',
    )
  })

  it('reports text in another Unicode composition (NFD) as unchanged', () => {
    const nfc = 'Sīkdatnes ir mazi faili.'
    const diff = diffPolicy(
      [section('a', 'Sīkdatnes', para(nfc))],
      [section('a', 'Sīkdatnes'.normalize('NFD'), para(nfc.normalize('NFD')))],
    )
    expect(diff.sections[0]).toMatchObject({ status: 'unchanged', note: 'invisible-changes' })
    expect(diff.stats).toMatchObject({ wordsInserted: 0, wordsDeleted: 0 })
  })

  it('reports the coarsest level any section used', () => {
    const diff = diffPolicy(
      [section('a', 'A', para('Viens divi.')), section('b', 'B', para('Trīs četri pieci.'))],
      [section('a', 'Ā', para('Viens divi.')), section('b', 'B', para('Seši septiņi astoņi.'))],
      { maxEditLength: 1 },
    )
    expect(diff.sections.map((s) => s.level)).toEqual(['word', 'section'])
    expect(diff.level).toBe('section')
  })

  it('rebuilds both texts of the seed diff exactly', () => {
    const diff = diffPolicy(seed, revised)
    for (const s of diff.sections) {
      const old = s.numberBefore === null ? '' : serializeBlocks(seed[s.numberBefore - 1].blocks)
      const next = s.numberAfter === null ? '' : serializeBlocks(revised[s.numberAfter - 1].blocks)
      expect(rebuildText(s.changes, 'before')).toBe(old)
      expect(rebuildText(s.changes, 'after')).toBe(next)
    }
  })

  it('returns an empty diff for two empty policies', () => {
    expect(diffPolicy([], [])).toEqual({
      level: 'word',
      sections: [],
      stats: {
        sectionsAdded: 0,
        sectionsRemoved: 0,
        sectionsChanged: 0,
        sectionsUnchanged: 0,
        sectionsMoved: 0,
        wordsInserted: 0,
        wordsDeleted: 0,
      },
    })
  })
})
