import { describe, expect, it } from 'vitest'

import { serializeBlocks } from '../plaintext/serialize.js'
import { rebuildText } from './changes.js'
import { diffBody, edits, list, para } from './testing/builders.js'

describe('word diff inside a section', () => {
  it('shows a typo fix as exactly one word deleted and one inserted', () => {
    const diff = diffBody(
      [para('Mēs aizsargājam vietnes apeklētāju, tostarp Jūsu, privātumu.')],
      [para('Mēs aizsargājam vietnes apmeklētāju, tostarp Jūsu, privātumu.')],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', 'apeklētāju'],
      ['insert', 'apmeklētāju'],
    ])
  })

  it('shows a changed number as just that number', () => {
    const diff = diffBody(
      [para('Datus mēs glabājam 5 gadus: pēc 5 gadu termiņa tos dzēšam.')],
      [para('Datus mēs glabājam 3 gadus: pēc 5 gadu termiņa tos dzēšam.')],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', '5'],
      ['insert', '3'],
    ])
  })

  it('treats Latvian letters with diacritics as part of the word', () => {
    const diff = diffBody([para('lai pārdodu preces')], [para('lai pārdotu preces')])
    expect(edits(diff.changes)).toEqual([
      ['delete', 'pārdodu'],
      ['insert', 'pārdotu'],
    ])
  })

  it('treats Cyrillic letters as word characters', () => {
    const diff = diffBody([para('Мы храним ваши данные.')], [para('Мы удаляем ваши данные.')])
    expect(edits(diff.changes)).toEqual([
      ['delete', 'храним'],
      ['insert', 'удаляем'],
    ])
  })

  it('shows a changed punctuation mark as only that mark', () => {
    const diff = diffBody([para('mēs glabājam 5 gadus:')], [para('mēs glabājam 5 gadus.')])
    expect(edits(diff.changes)).toEqual([
      ['delete', ':'],
      ['insert', '.'],
    ])
  })

  it('shows a rewritten phrase as one deletion and one insertion', () => {
    const diff = diffBody(
      [para('Mēs varam saņemt Jūsu informāciju tikai no Jums, ja Jūs izmantojat vietni.')],
      [
        para(
          'Mēs varam saņemt Jūsu informāciju arī no partneriem, ja tie to atļauj, ja Jūs izmantojat vietni.',
        ),
      ],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', 'tikai no Jums'],
      ['insert', 'arī no partneriem, ja tie to atļauj'],
    ])
  })

  it('merges word changes separated only by spaces and punctuation', () => {
    const diff = diffBody(
      [para('Mēs apkopojam šādus datus: vārds, uzvārds; adrese un tālruņa numurs.')],
      [para('Mēs apkopojam šādus datus: tālrunis, e-pasts; adrese un tālruņa numurs.')],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', 'vārds, uzvārds'],
      ['insert', 'tālrunis, e-pasts'],
    ])
  })

  it('keeps separate edits apart when many unchanged words lie between them', () => {
    const diff = diffBody(
      [para('Pirmais teikums ir garš un paliek gandrīz tāds pats kā iepriekš, pirms beigām.')],
      [para('Otrais teikums ir garš un paliek gandrīz tāds pats kā iepriekš, pirms galā.')],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', 'Pirmais'],
      ['insert', 'Otrais'],
      ['delete', 'beigām'],
      ['insert', 'galā'],
    ])
  })

  it('reports a whitespace-only change without touching the words', () => {
    const diff = diffBody([para('pieci\u00a0gadi')], [para('pieci gadi')])
    expect(edits(diff.changes)).toEqual([
      ['delete', '\u00a0'],
      ['insert', ' '],
    ])
  })
})

describe('paragraph and bullet boundaries', () => {
  it('shows an added bullet as one whole-item insert with its separator', () => {
    const diff = diffBody(
      [para('Mēs apkopojam:'), list('vārdu;', 'adresi.')],
      [para('Mēs apkopojam:'), list('vārdu;', 'tālruni;', 'adresi.')],
    )
    expect(edits(diff.changes)).toEqual([['insert', '\n\n- tālruni;']])
  })

  it('shows a removed bullet as one whole-item delete with its separator', () => {
    const diff = diffBody(
      [para('Mēs apkopojam:'), list('vārdu;', 'tālruni;', 'adresi.')],
      [para('Mēs apkopojam:'), list('vārdu;', 'adresi.')],
    )
    expect(edits(diff.changes)).toEqual([['delete', '\n\n- tālruni;']])
  })

  it('shows a bullet added at the end of a section as one insert', () => {
    const diff = diffBody([list('vārdu;')], [list('vārdu;', 'adresi.')])
    expect(edits(diff.changes)).toEqual([['insert', '\n\n- adresi.']])
  })

  it('shows a paragraph added at the start as one insert', () => {
    const diff = diffBody(
      [para('Otrā rindkopa.')],
      [para('Jauna rindkopa.'), para('Otrā rindkopa.')],
    )
    expect(edits(diff.changes)).toEqual([['insert', 'Jauna rindkopa.\n\n']])
  })

  it('does not match words of a removed paragraph with an unrelated new one', () => {
    const diff = diffBody(
      [para('Mēs glabājam datus piecus gadus.'), para('Sīkdatnes palīdz uzlabot vietni.')],
      [para('Mēs glabājam datus trīs gadus.'), para('Vietni drīkst apmeklēt ikviens.')],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', 'piecus'],
      ['insert', 'trīs'],
      ['delete', '\n\nSīkdatnes palīdz uzlabot vietni.'],
      ['insert', '\n\nVietni drīkst apmeklēt ikviens.'],
    ])
  })

  it('word-diffs an edited bullet in place', () => {
    const diff = diffBody(
      [list('pareizi apstrādātu pasūtījumu;', 'nodrošināut piekļuvi;')],
      [list('pareizi apstrādātu pasūtījumu;', 'nodrošinātu piekļuvi;')],
    )
    expect(edits(diff.changes)).toEqual([
      ['delete', 'nodrošināut'],
      ['insert', 'nodrošinātu'],
    ])
  })
})

describe('fallback levels', () => {
  const kept1 = 'Pirmais teikums paliek tieši tāds pats kā iepriekšējā politikas versijā.'
  const kept2 = 'Arī trešais teikums paliek tieši tāds pats kā iepriekš.'
  const before = [para(`${kept1} Otrais runā par sīkdatnēm un to glabāšanu. ${kept2}`)]
  const after = [para(`${kept1} Jaunais apraksta pavisam citas lietas nekā agrāk. ${kept2}`)]

  it('diffs at word level when jsdiff finishes within the limits', () => {
    expect(diffBody(before, after).level).toBe('word')
  })

  it('falls back to sentences when the word diff exceeds maxEditLength', () => {
    const diff = diffBody(before, after, { maxEditLength: 4 })
    expect(diff.level).toBe('sentence')
    expect(edits(diff.changes)).toEqual([
      ['delete', 'Otrais runā par sīkdatnēm un to glabāšanu.'],
      ['insert', 'Jaunais apraksta pavisam citas lietas nekā agrāk.'],
    ])
  })

  it('keeps the text invariant at a fallback level', () => {
    const diff = diffBody(before, after, { maxEditLength: 4 })
    expect(rebuildText(diff.changes, 'before')).toBe(serializeBlocks(before))
    expect(rebuildText(diff.changes, 'after')).toBe(serializeBlocks(after))
  })

  it('falls back to lines when the sentence diff exceeds maxEditLength too', () => {
    const sentences = (second: string, fourth: string) =>
      `Mēs apkopojam tikai nepieciešamos datus. ${second} Mēs tos glabājam drošā vietā. ${fourth}`
    const old = [para(sentences('Dati netiek nodoti citiem.', 'Jūs varat tos dzēst.'))]
    const next = [para(sentences('Dati netiek pārdoti citiem.', 'Jūs varat tos labot.'))]
    // Words: 2 replaced (4 edits); sentences: 2 replaced (4 edits); lines: 1 replaced (2 edits).
    const diff = diffBody(old, next, { maxEditLength: 3 })
    expect(diff.level).toBe('line')
    expect(rebuildText(diff.changes, 'before')).toBe(serializeBlocks(old))
    expect(rebuildText(diff.changes, 'after')).toBe(serializeBlocks(next))
  })

  it('reaches the section level when every finer level gives up', () => {
    const diff = diffBody(
      [para('Viens divi.'), para('Trīs četri.')],
      [para('Pieci seši.'), para('Septiņi astoņi.')],
      { maxEditLength: 1 },
    )
    expect(diff.level).toBe('section')
    expect(diff.changes).toEqual([
      { type: 'delete', text: 'Viens divi.\n\nTrīs četri.' },
      { type: 'insert', text: 'Pieci seši.\n\nSeptiņi astoņi.' },
    ])
  })

  it('reaches the section level when the time budget is already spent', () => {
    const diff = diffBody([para('Viens divi.')], [para('Trīs četri.')], { timeoutMs: 0 })
    expect(diff.level).toBe('section')
    expect(rebuildText(diff.changes, 'after')).toBe('Trīs četri.')
  })

  it('gives up on a huge rewrite within the section timeout', () => {
    const words = (seed: number) =>
      Array.from({ length: 20_000 }, (_, i) => `v${(i * seed) % 7919}ā`).join(' ')
    const old = [para(words(31))]
    const next = [para(words(37))]
    const diff = diffBody(old, next, { timeoutMs: 20 })
    // A coarser level proves the word diff was stopped by its timeout (it would otherwise run for
    // minutes); no wall-clock assertion, which a loaded machine would break (timings are bench/'s).
    expect(diff.level).not.toBe('word')
    expect(rebuildText(diff.changes, 'before')).toBe(serializeBlocks(old))
    expect(rebuildText(diff.changes, 'after')).toBe(serializeBlocks(next))
  }, 30_000)

  it('goes straight to the section level once the policy budget is spent', () => {
    const diff = diffBody([para('Viens divi trīs.')], [para('Viens divi četri.')], { budgetMs: 0 })
    expect(diff.level).toBe('section')
  })
})
