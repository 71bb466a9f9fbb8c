import { DEFAULT_POLICY_SLUG } from '../defaults.js'
import type { Change, SectionDiff } from '../diff/index.js'
import { diffPolicyVersions, type PolicyDiffDocument } from '../operations/diffVersions.js'
import { getCatalog } from '../operations/policyCatalog.js'
import { optionalString, parseFlags, requireString, requireVersionNumber } from './args.js'
import type { CliCommand } from './commands.js'

export interface DiffTextOptions {
  /** Wrap markers in ANSI colours (red deletions, green insertions, bold headings). */
  color: boolean
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', bold: '\x1b[1m', reset: '\x1b[0m' }

/** The text between paragraphs both when one is skipped and when one is shown. */
const ELISION = '…'

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${ANSI.reset}` : text
}

// The markers stay even in colour, so the output reads the same to someone who cannot tell red
// from green and survives copying into an e-mail; they are git's `--word-diff=plain` markers.
function marked(change: Change, color: boolean): string {
  if (change.type === 'delete') return paint(`[-${change.text}-]`, ANSI.red, color)
  if (change.type === 'insert') return paint(`{+${change.text}+}`, ANSI.green, color)
  return change.text
}

interface Paragraph {
  parts: Change[]
  touched: boolean
}

/** Splits a section's changes into paragraphs on blank lines, as the HTML rendering does. */
function paragraphsOf(changes: readonly Change[]): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let current: Paragraph = { parts: [], touched: false }
  const close = () => {
    if (current.parts.length) paragraphs.push(current)
    current = { parts: [], touched: false }
  }
  for (const change of changes) {
    change.text.split('\n\n').forEach((piece, index) => {
      if (index > 0) close()
      if (!piece) return
      current.parts.push({ type: change.type, text: piece })
      if (change.type !== 'equal') current.touched = true
    })
  }
  close()
  return paragraphs
}

function headingLine(section: SectionDiff, color: boolean): string {
  const number = section.numberAfter ?? section.numberBefore ?? ''
  const { headingBefore, headingAfter } = section
  const title =
    headingBefore !== null && headingAfter !== null && headingBefore !== headingAfter
      ? `${marked({ type: 'delete', text: headingBefore }, color)} ${marked({ type: 'insert', text: headingAfter }, color)}`
      : (headingAfter ?? headingBefore ?? '')
  const tags = [
    section.status === 'unchanged' || section.status === 'moved' ? '' : section.status,
    section.movedFrom ? `moved from §${section.movedFrom}` : '',
  ]
    .filter(Boolean)
    .map((tag) => `[${tag}]`)
    .join(' ')
  return paint(`${number}. ${title}  ${tags}`.trimEnd(), ANSI.bold, color)
}

/**
 * A changed section shows only the paragraphs and bullets it touches, with `…` where untouched
 * ones are skipped: a typo fix in a long section should not scroll the fix off the screen. A
 * paragraph or bullet added or removed whole keeps its neighbours, which say where it sits.
 * Added and removed sections are shown whole.
 */
function sectionBody(section: SectionDiff, color: boolean): string[] {
  const paragraphs = paragraphsOf(section.changes)
  const shown = paragraphs.map((paragraph) => paragraph.touched)
  paragraphs.forEach((paragraph, index) => {
    if (!paragraph.parts.every((part) => part.type !== 'equal')) return
    if (index > 0) shown[index - 1] = true
    if (index + 1 < paragraphs.length) shown[index + 1] = true
  })
  const lines: string[] = []
  let skipped = false
  paragraphs.forEach((paragraph, index) => {
    if (!shown[index]) {
      skipped = true
      return
    }
    if (skipped) lines.push(ELISION)
    skipped = false
    lines.push(paragraph.parts.map((part) => marked(part, color)).join(''))
  })
  if (skipped && lines.length) lines.push(ELISION)
  return lines
}

function statsLine(diff: PolicyDiffDocument): string {
  const { stats } = diff
  const sections = [
    `${stats.sectionsChanged} changed`,
    `${stats.sectionsAdded} added`,
    `${stats.sectionsRemoved} removed`,
    `${stats.sectionsUnchanged} unchanged`,
    ...(stats.sectionsMoved ? [`${stats.sectionsMoved} moved`] : []),
  ].join(', ')
  const level = diff.level === 'word' ? '' : ` (some sections compared by ${diff.level})`
  return `sections: ${sections}; words: +${stats.wordsInserted} -${stats.wordsDeleted}${level}`
}

/**
 * A diff as readable text: a title line, then every changed, added, removed or moved section as a
 * heading line followed by its text with `[-deleted-]` and `{+inserted+}` markers, then a line of
 * statistics. Unchanged sections are left out (they are counted in the statistics).
 */
export function formatDiffText(diff: PolicyDiffDocument, options: DiffTextOptions): string {
  const blocks: string[] = [`${diff.slug} (${diff.locale}): version ${diff.from} → ${diff.to}`]
  for (const section of diff.sections) {
    if (section.status === 'unchanged') continue
    if (section.status === 'moved') {
      // Nothing to mark up: one line says where it went.
      const line = `§${section.movedFrom} "${section.headingAfter}" moved to §${section.numberAfter}`
      blocks.push(paint(line, ANSI.bold, options.color))
      continue
    }
    blocks.push(
      [headingLine(section, options.color), ...sectionBody(section, options.color)].join('\n\n'),
    )
  }
  blocks.push(statsLine(diff))
  return `${blocks.join('\n\n')}\n`
}

/** Colour only for a person at a terminal; `NO_COLOR` (no-color.org) turns it off there too. */
function wantsColor(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR
}

/** `diff --slug privacy-policy --from N --to M --locale lv` */
export const diffCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, {
    slug: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    locale: { type: 'string' },
  })
  const diff = await diffPolicyVersions(
    getCatalog(payload, options),
    optionalString(flags, 'slug') ?? DEFAULT_POLICY_SLUG,
    requireVersionNumber(flags, 'from'),
    requireVersionNumber(flags, 'to'),
    requireString(flags, 'locale'),
  )
  return formatDiffText(diff, { color: wantsColor() })
}
