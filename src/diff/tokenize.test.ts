import { describe, expect, it } from 'vitest'

import { countWords, tokenize } from './tokenize.js'

const rebuild = ({ lead, content, space }: ReturnType<typeof tokenize>) =>
  lead + content.map((token, i) => token + space[i]).join('')

describe('tokenizing for the diff', () => {
  const text = '  Mēs glabājam datus 5 gadus: pēc tam – dzēšam.\u00a0Вы  можете\nудалить их. '

  it.each(['word', 'sentence', 'line'] as const)(
    'rebuilds the text exactly from %s tokens',
    (g) => {
      expect(rebuild(tokenize(text, g))).toBe(text)
    },
  )

  it('keeps Latvian and Cyrillic words whole and punctuation apart', () => {
    expect(tokenize('glabājam 5 gadus: удалить их.', 'word').content).toEqual([
      'glabājam',
      '5',
      'gadus',
      ':',
      'удалить',
      'их',
      '.',
    ])
  })

  it('attaches whitespace, no-break spaces included, to the token before it', () => {
    expect(tokenize('pieci\u00a0 gadi', 'word').space).toEqual(['\u00a0 ', ''])
  })

  it('splits sentences after terminal punctuation and at line breaks', () => {
    expect(tokenize('Viens divi. Trīs? Četri\npieci', 'sentence').content).toEqual([
      'Viens divi.',
      'Trīs?',
      'Četri',
      'pieci',
    ])
  })
})

describe('word counting', () => {
  it('counts words of any script and numbers, not punctuation', () => {
    expect(countWords('- Mēs glabājam 5 gadus: удалить их.')).toBe(6)
  })

  it('counts a hyphenated word as its parts', () => {
    expect(countWords('e-pasta adrese')).toBe(3)
  })
})
