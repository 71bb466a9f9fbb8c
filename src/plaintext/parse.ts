import type { Block, NumberedSectionText } from './types.js'
import { BULLET_PREFIX } from './serialize.js'

/** Thrown for text that is not in the plain-text policy format; `line` is 1-based. */
export class PolicyTextParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`)
    this.name = 'PolicyTextParseError'
  }
}

const HEADING = /^(\d{1,4})\.[ \t\u00a0]+(\S.*)$/

/**
 * A line of only whitespace separates paragraphs. JavaScript's `\s` covers the no-break spaces
 * (U+00A0, U+202F, U+2007 via Zs) and the BOM that word processors leave on "empty" lines.
 */
const BLANK_LINE = /^\s*$/

interface Paragraph {
  text: string
  line: number
}

function splitParagraphs(text: string): Paragraph[] {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const paragraphs: Paragraph[] = []
  let current: string[] = []
  let startLine = 0
  lines.forEach((raw, index) => {
    if (BLANK_LINE.test(raw)) {
      if (current.length) paragraphs.push({ text: current.join('\n'), line: startLine })
      current = []
      return
    }
    if (!current.length) startLine = index + 1
    current.push(raw.trimEnd())
  })
  if (current.length) paragraphs.push({ text: current.join('\n'), line: startLine })
  return paragraphs
}

function appendBullet(blocks: Block[], item: string): void {
  const last = blocks[blocks.length - 1]
  if (last?.type === 'list') last.items.push(item)
  else blocks.push({ type: 'list', items: [item] })
}

/**
 * Parses the plain-text policy format: a single-line paragraph `N. TITLE` starts section N (N must
 * grow, so a numbered sentence inside a section stays a paragraph), paragraphs are separated by
 * blank lines, a paragraph starting with `- ` is a bullet and consecutive bullets form one list.
 *
 * @throws PolicyTextParseError when text precedes the first heading or there is no section at all.
 */
export function parsePolicyText(text: string): NumberedSectionText[] {
  const sections: NumberedSectionText[] = []
  for (const paragraph of splitParagraphs(text)) {
    const heading = paragraph.text.includes('\n') ? null : HEADING.exec(paragraph.text)
    const previous = sections[sections.length - 1]
    if (heading && (!previous || Number(heading[1]) > previous.number)) {
      sections.push({ number: Number(heading[1]), heading: heading[2].trim(), blocks: [] })
      continue
    }
    if (!previous) {
      throw new PolicyTextParseError('expected a section heading like "1. TITLE"', paragraph.line)
    }
    if (paragraph.text.startsWith(BULLET_PREFIX)) {
      appendBullet(previous.blocks, paragraph.text.slice(BULLET_PREFIX.length).trim())
    } else {
      previous.blocks.push({ type: 'paragraph', text: paragraph.text.trim() })
    }
  }
  if (!sections.length) throw new PolicyTextParseError('the text has no sections', 1)
  return sections
}
