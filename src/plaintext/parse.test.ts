import { describe, expect, it } from 'vitest'

import { parsePolicyTextWithWarnings, policyTextProblem } from './parse.js'

describe('plain-text policy parser', () => {
  it('starts a section at each next number', () => {
    const { sections, warnings } = parsePolicyTextWithWarnings('1. A\n\nOne.\n\n2. B\n\nTwo.')
    expect(sections.map((s) => [s.number, s.heading])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ])
    expect(warnings).toEqual([])
  })

  it('keeps a numbered line that jumps the sequence as text of its section and warns (Buffer "10. Your California Privacy Rights")', () => {
    const text =
      '1. Intro\n\nHello.\n\n2. Your rights\n\n10. Your California Privacy Rights\n\nMore.'
    const { sections, warnings } = parsePolicyTextWithWarnings(text)
    expect(sections).toHaveLength(2)
    expect(sections[1].blocks).toEqual([
      { type: 'paragraph', text: '10. Your California Privacy Rights' },
      { type: 'paragraph', text: 'More.' },
    ])
    expect(warnings).toEqual([
      {
        line: 7,
        message:
          '"10. Your California Privacy Rights" looks like a heading but section 3 comes next; it was kept as text of section 2 "Your rights"',
      },
    ])
  })

  it('reads a numbered list inside a section as text without a warning', () => {
    const text = '1. Intro\n\nHello.\n\n2. Steps\n\n1. First\n\n2. Second'
    const { sections, warnings } = parsePolicyTextWithWarnings(text)
    expect(sections).toHaveLength(2)
    expect(sections[1].blocks).toHaveLength(2)
    expect(warnings).toEqual([])
  })
})

describe('what a publish would refuse in a text', () => {
  it('names a section with a heading and no text (GitHub "4. GitHub Privacy Statement")', () => {
    const { sections } = parsePolicyTextWithWarnings(
      '1. Intro\n\nHello.\n\n2. GitHub Privacy Statement\n\n3. Summary\n\nText.',
    )
    expect(policyTextProblem(sections)).toBe(
      'section 2 "GitHub Privacy Statement" has a heading and no text',
    )
  })

  it('accepts a text where every section has a heading and a body', () => {
    const { sections } = parsePolicyTextWithWarnings('1. Intro\n\n- a bullet')
    expect(policyTextProblem(sections)).toBeNull()
  })
})
