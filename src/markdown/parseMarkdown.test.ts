import { describe, expect, it } from 'vitest'

import { lexicalToHtml } from '../richtext/toHtml.js'
import { parsePolicyMarkdown } from './parseMarkdown.js'

const md = [
  'Before any heading.',
  '# Privacy policy',
  'We are **Example Ltd**, see [our site](https://example.com/about) and _our terms_.',
  '## What we collect',
  '- your name',
  '- your [e-mail](mailto:a@example.com) address',
  '  - nested item',
  '### Details',
  'A cell<br>with a break.',
].join('\n\n')

describe('Markdown policy import', () => {
  it('starts a section at every heading of the chosen level or above', () => {
    const sections = parsePolicyMarkdown(md, { headingLevel: 2 })
    expect(sections.map((s) => [s.number, s.heading])).toEqual([
      [1, 'Introduction'],
      [2, 'Privacy policy'],
      [3, 'What we collect'],
    ])
  })

  it('keeps deeper headings as bold text of their section', () => {
    const [, , collect] = parsePolicyMarkdown(md, { headingLevel: 2 })
    expect(lexicalToHtml(collect.body)).toContain('<p><strong>Details</strong></p>')
  })

  it('keeps links with their URL and emphasis in the body, and only the words in the plain text', () => {
    const [, policy] = parsePolicyMarkdown(md)
    expect(lexicalToHtml(policy.body)).toBe(
      '<p>We are <strong>Example Ltd</strong>, see <a href="https://example.com/about">our site</a> and <em>our terms</em>.</p>',
    )
    expect(policy.blocks).toEqual([
      { type: 'paragraph', text: 'We are Example Ltd, see our site and our terms.' },
    ])
  })

  it('turns lists into bullets, flattening nested items in the plain text', () => {
    const [, , collect] = parsePolicyMarkdown(md)
    expect(collect.blocks[0]).toEqual({
      type: 'list',
      items: ['your name', 'your e-mail address', 'nested item'],
    })
  })

  it('reads <br> inside a line as a line break', () => {
    const [, , collect] = parsePolicyMarkdown(md, { headingLevel: 2 })
    expect(collect.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'A cell\nwith a break.' })
  })

  it('starts a section at a level-3 heading when the level is 3', () => {
    expect(parsePolicyMarkdown(md, { headingLevel: 3 }).map((s) => s.heading)).toContain('Details')
  })

  it('folds a heading with no text into the next section only when asked (GitHub "GitHub Privacy Statement")', () => {
    const text = '## Intro\n\nHello.\n\n## GitHub Privacy Statement\n\n## Summary\n\nText.'
    expect(parsePolicyMarkdown(text).map((s) => [s.heading, s.blocks.length])).toEqual([
      ['Intro', 1],
      ['GitHub Privacy Statement', 0],
      ['Summary', 1],
    ])
    const folded = parsePolicyMarkdown(text, { foldEmptyHeadings: true })
    expect(folded.map((s) => s.heading)).toEqual(['Intro', 'Summary'])
    expect(folded[1].blocks[0]).toEqual({ type: 'paragraph', text: 'GitHub Privacy Statement' })
  })
})
