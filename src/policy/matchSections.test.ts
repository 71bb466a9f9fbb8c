import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  describeSectionMatching,
  matchSections,
  SECTION_MATCH_THRESHOLD,
  sectionSimilarity,
  type KeyedSection,
} from './matchSections.js'

const draft: KeyedSection[] = [
  { key: 'who-we-are', heading: 'Who we are', text: 'We are Example Ltd, registered in Riga.' },
  {
    key: 'what-we-collect',
    heading: 'What we collect',
    text: 'Your name, your e-mail address and the orders you place with us.',
  },
  {
    key: 'cookies',
    heading: 'Cookies',
    text: 'We use cookies to keep you signed in and to count visits to our pages.',
  },
  {
    key: 'changes',
    heading: 'Changes to this policy',
    text: 'We tell you by e-mail before a change to this policy takes effect.',
  },
]
const strip = (sections: KeyedSection[]) => sections.map(({ heading, text }) => ({ heading, text }))
const keysOf = (sections: KeyedSection[], matches: Array<number | null>) =>
  matches.map((match) => (match === null ? null : sections[match].key))

describe('section identity by content', () => {
  it('keeps every key when the same text is imported again', () => {
    const { matches, summary } = matchSections(draft, strip(draft))
    expect(keysOf(draft, matches)).toEqual(draft.map((section) => section.key))
    expect(summary).toMatchObject({ added: [], removed: [], moved: [], renamed: [], unchanged: 4 })
  })

  it('gives an inserted section a new identity and renumbers no key onto other text', () => {
    const incoming = strip(draft)
    incoming.splice(2, 0, { heading: 'Data Privacy Framework', text: 'We take part in the DPF.' })
    const { matches, summary } = matchSections(draft, incoming)
    expect(keysOf(draft, matches)).toEqual([
      'who-we-are',
      'what-we-collect',
      null,
      'cookies',
      'changes',
    ])
    expect(summary.added).toEqual([{ number: 3, heading: 'Data Privacy Framework' }])
    expect(summary.moved).toEqual([])
  })

  it('removes a section that disappeared without shifting the keys after it', () => {
    const incoming = strip(draft).filter((_, index) => index !== 1)
    const { matches, summary } = matchSections(draft, incoming)
    expect(keysOf(draft, matches)).toEqual(['who-we-are', 'cookies', 'changes'])
    expect(summary.removed).toEqual([
      { key: 'what-we-collect', number: 2, heading: 'What we collect' },
    ])
  })

  it('follows a moved section and reports it as moved from its old number to its new one', () => {
    const incoming = strip(draft)
    const [cookies] = incoming.splice(2, 1)
    incoming.unshift(cookies)
    const { matches, summary } = matchSections(draft, incoming)
    expect(keysOf(draft, matches)).toEqual(['cookies', 'who-we-are', 'what-we-collect', 'changes'])
    expect(summary.moved).toEqual([{ key: 'cookies', from: 3, to: 1, heading: 'Cookies' }])
  })

  it('keeps the key of a renamed section whose body is kept, and reports the rename', () => {
    const incoming = strip(draft)
    incoming[2] = { ...incoming[2], heading: 'Tracking technologies' }
    const { matches, summary } = matchSections(draft, incoming)
    expect(keysOf(draft, matches)[2]).toBe('cookies')
    expect(summary.renamed).toEqual([
      {
        key: 'cookies',
        number: 3,
        headingBefore: 'Cookies',
        headingAfter: 'Tracking technologies',
      },
    ])
  })

  it('keeps the key of a section whose heading stays while its body is rewritten in part', () => {
    const incoming = strip(draft)
    incoming[3] = {
      heading: 'Changes to this policy',
      text: 'We tell you on our website thirty days before a change to this policy takes effect.',
    }
    expect(keysOf(draft, matchSections(draft, incoming).matches)[3]).toBe('changes')
  })

  it('does not take a rewritten section with a new heading for the old one (below the threshold)', () => {
    const incoming = strip(draft)
    incoming[3] = { heading: 'Government requests', text: 'We answer lawful requests only.' }
    expect(sectionSimilarity(draft[3], incoming[3])).toBeLessThan(SECTION_MATCH_THRESHOLD)
    const { matches, summary } = matchSections(draft, incoming)
    expect(matches[3]).toBeNull()
    expect(summary.removed.map((section) => section.key)).toEqual(['changes'])
  })

  it('takes a lone section rewritten in place for the one it replaces (Buffer v04→v05 "Cookie Statement")', () => {
    const incoming = strip(draft)
    incoming[2] = {
      heading: 'Use of cookies and similar technology',
      text:
        'At Example we use small tools to remember your preferences and keep your account secure. ' +
        'We use cookies to keep you signed in and to count visits to our pages. You can manage ' +
        'your choices at any time in the settings of your browser or in our cookie banner.',
    }
    expect(sectionSimilarity(draft[2], incoming[2])).toBeLessThan(SECTION_MATCH_THRESHOLD)
    const { matches, summary } = matchSections(draft, incoming)
    expect(keysOf(draft, matches)[2]).toBe('cookies')
    expect(summary.renamed.map((section) => section.key)).toEqual(['cookies'])
  })

  it('does not pair a rewritten section in place when other sections around it changed too', () => {
    const padding =
      ' Alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november' +
      ' oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu one two.'
    const incoming = strip(draft).slice(0, 2)
    incoming.push({ heading: 'Tracking', text: draft[2].text + padding })
    incoming.push({ heading: 'Updates', text: draft[3].text + padding })
    // Each alone would qualify in place; two rewritten sections in one gap are not told apart.
    expect(sectionSimilarity(draft[2], incoming[2])).toBeLessThan(SECTION_MATCH_THRESHOLD)
    const { matches } = matchSections(draft, incoming)
    expect(matches.slice(2)).toEqual([null, null])
  })

  it('ignores numbering, case, punctuation and whitespace kinds when looking for exact copies', () => {
    const incoming = strip(draft).map((section) => ({
      heading: `${section.heading.toUpperCase()}:`,
      text: section.text.replace(/ /g, '\u00a0'),
    }))
    const { matches, summary } = matchSections(draft, incoming)
    expect(matches).toEqual([0, 1, 2, 3])
    expect(summary.renamed).toEqual([])
    expect(summary.changed).toEqual([])
  })

  it('pairs repeated look-alike sections in their order', () => {
    const twins: KeyedSection[] = [
      { key: 'a', heading: 'Examples', text: 'For example, a newsletter.' },
      { key: 'b', heading: 'Examples', text: 'For example, a newsletter.' },
    ]
    expect(matchSections(twins, strip(twins)).matches).toEqual([0, 1])
  })

  it('describes the matching in lines an editor reads before publishing', () => {
    const incoming = strip(draft)
    const [cookies] = incoming.splice(2, 1)
    incoming.unshift({ ...cookies, heading: 'Cookies and similar technologies' })
    incoming.push({ heading: 'Contact', text: 'Write to privacy@example.com.' })
    incoming.splice(
      incoming.findIndex((s) => s.heading === 'What we collect'),
      1,
    )
    expect(describeSectionMatching(matchSections(draft, incoming).summary)).toEqual([
      'new: §4 "Contact"',
      'removed: §2 "What we collect" (what-we-collect)',
      'moved: §3 → §1 "Cookies and similar technologies" (cookies)',
      'renamed: §1 "Cookies" → "Cookies and similar technologies" (cookies)',
    ])
  })
})

/** Distinct made-up sections: each a heading word and a body of words no other section uses. */
const sectionsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 })
  .map((ids) =>
    ids.map((id) => ({
      key: `s${id}`,
      heading: `Heading ${id}`,
      text: Array.from({ length: 6 }, (_, word) => `w${id}x${word}`).join(' '),
    })),
  )

describe('section identity by content (property)', () => {
  it('keeps every surviving section its key through any insertions, removals and reorderings', () => {
    fc.assert(
      fc.property(
        sectionsArb,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 3 }),
        (sections, keep, seed, inserted) => {
          const survivors = sections.filter((_, index) => keep[index])
          // A deterministic shuffle from the seed.
          const shuffled = survivors
            .map((section, index) => ({ section, order: (index * 7919 + seed) % 101 }))
            .sort((a, b) => a.order - b.order)
            .map(({ section }) => section)
          const incoming: Array<{ heading: string; text: string; key?: string }> = [...shuffled]
          for (let i = 0; i < inserted; i++) {
            incoming.splice((seed + i) % (incoming.length + 1), 0, {
              heading: `New ${i}`,
              text: `fresh${i} words${i} only${i}`,
            })
          }
          const { matches, summary } = matchSections(sections, strip(incoming as KeyedSection[]))
          incoming.forEach((section, index) => {
            const match = matches[index]
            expect(match === null ? undefined : sections[match].key).toBe(section.key)
          })
          expect(summary.added).toHaveLength(inserted)
          expect(summary.removed).toHaveLength(sections.length - survivors.length)
        },
      ),
    )
  })
})
