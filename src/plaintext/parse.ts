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

/** A line that looks like a section heading but was read as text, and why. */
export interface PolicyTextWarning {
  line: number
  message: string
}

export interface ParsedPolicyText {
  sections: NumberedSectionText[]
  warnings: PolicyTextWarning[]
}

/**
 * Parses the plain-text policy format: a single-line paragraph `N. TITLE` starts a section when N
 * is the next number (the first heading may start anywhere), paragraphs are separated by blank
 * lines, a paragraph starting with `- ` is a bullet and consecutive bullets form one list.
 *
 * A numbered line that jumps ahead of the sequence (`10. Your California Privacy Rights` inside
 * section 3) stays a paragraph of the current section and is reported as a warning: taking it for
 * a heading would silently restructure the policy around a list item. A number at or below the
 * current one (a numbered list inside a section) is plainly text and is not reported.
 *
 * @throws PolicyTextParseError when text precedes the first heading or there is no section at all.
 */
export function parsePolicyTextWithWarnings(text: string): ParsedPolicyText {
  const sections: NumberedSectionText[] = []
  const warnings: PolicyTextWarning[] = []
  for (const paragraph of splitParagraphs(text)) {
    const heading = paragraph.text.includes('\n') ? null : HEADING.exec(paragraph.text)
    const previous = sections[sections.length - 1]
    const number = heading ? Number(heading[1]) : 0
    if (heading && (!previous || number === previous.number + 1)) {
      sections.push({ number, heading: heading[2].trim(), blocks: [] })
      continue
    }
    if (!previous) {
      throw new PolicyTextParseError('expected a section heading like "1. TITLE"', paragraph.line)
    }
    if (heading && number > previous.number + 1) {
      warnings.push({
        line: paragraph.line,
        message:
          `"${paragraph.text.trim()}" looks like a heading but section ${previous.number + 1} ` +
          `comes next; it was kept as text of section ${previous.number} "${previous.heading}"`,
      })
    }
    if (paragraph.text.startsWith(BULLET_PREFIX)) {
      appendBullet(previous.blocks, paragraph.text.slice(BULLET_PREFIX.length).trim())
    } else {
      previous.blocks.push({ type: 'paragraph', text: paragraph.text.trim() })
    }
  }
  if (!sections.length) throw new PolicyTextParseError('the text has no sections', 1)
  return { sections, warnings }
}

/** {@link parsePolicyTextWithWarnings} without the warnings. */
export function parsePolicyText(text: string): NumberedSectionText[] {
  return parsePolicyTextWithWarnings(text).sections
}

/**
 * What a publish would refuse in parsed text, in words naming the section, or null: every section
 * needs a heading and a body (a version is served whole or not at all).
 */
export function policyTextProblem(sections: readonly NumberedSectionText[]): string | null {
  for (const section of sections) {
    const name = `section ${section.number} "${section.heading}"`
    if (!section.heading.trim()) return `section ${section.number} has no heading`
    const hasText = section.blocks.some((block) =>
      block.type === 'paragraph' ? block.text.trim() : block.items.some((item) => item.trim()),
    )
    if (!hasText) return `${name} has a heading and no text`
  }
  return null
}
