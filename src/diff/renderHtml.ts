import type { TFunction } from 'i18next'

import type { Change, ChangeType, PolicyDiff, SectionDiff } from './types.js'
import { escapeHtml } from '../util/escapeHtml.js'

export interface RenderDiffHtmlOptions {
  /** The `lang` of the fragment; defaults to the language `t` is fixed to, else none. */
  locale?: string
  /** The heading level of section titles inside the host page (default 3). */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}

/**
 * Styles scoped by the `ppdiff` class so the fragment looks right in a storefront modal without
 * admin CSS and leaves the host page alone. Colours keep a contrast ratio above 7:1.
 */
const STYLE = [
  '.ppdiff{line-height:1.5;color:#1f2328;overflow-wrap:anywhere}',
  '.ppdiff ins{background:#dafbe1;color:#053b14;text-decoration:none;border-radius:2px;padding:0 .1em}',
  '.ppdiff del{background:#ffebe9;color:#6e0414;text-decoration:line-through;border-radius:2px;padding:0 .1em}',
  '.ppdiff p{margin:0 0 .6em}',
  '.ppdiff-legend{font-size:.875em;color:#424a53}',
  '.ppdiff-summary{font-weight:600}',
  '.ppdiff-section{border-left:3px solid #d0d7de;padding:.1em 0 .1em .8em;margin:0 0 1.2em}',
  '.ppdiff-added{border-left-color:#1a7f37}',
  '.ppdiff-removed{border-left-color:#cf222e}',
  '.ppdiff-changed{border-left-color:#9a6700}',
  '.ppdiff-moved-line{border-left:3px solid #0969da;padding:.1em 0 .1em .8em;margin:0 0 1.2em;font-weight:600}',
  '.ppdiff-heading{font-size:1.05em;font-weight:700;margin:0 0 .5em}',
  '.ppdiff-badge{display:inline-block;margin-left:.5em;padding:0 .55em;border-radius:1em;font-size:.75em;font-weight:600;vertical-align:middle;background:#eaeef2;color:#24292f}',
  '.ppdiff-badge-added{background:#dafbe1;color:#053b14}',
  '.ppdiff-badge-removed{background:#ffebe9;color:#6e0414}',
  '.ppdiff-badge-changed{background:#fff8c5;color:#3b2300}',
  '.ppdiff-badge-moved{background:#ddf4ff;color:#0a3069}',
  '.ppdiff-item{padding-left:1.2em;text-indent:-1.2em}',
  '.ppdiff-collapsed{color:#57606a;font-style:italic}',
].join('')

const TAGS: Record<ChangeType, string | null> = { equal: null, insert: 'ins', delete: 'del' }

function inline(type: ChangeType, text: string): string {
  // A single newline inside a paragraph is a line break in the legal text too.
  const html = escapeHtml(text).replace(/\n/g, '<br>')
  const tag = TAGS[type]
  return tag ? `<${tag}>${html}</${tag}>` : html
}

/** Horizontal whitespace only (no line break, which is visible structure). */
const INVISIBLE_EDIT = /^[^\S\n]+$/u

/**
 * Renders a body as paragraphs: the text is split on blank lines, both versions' breaks kept,
 * so an added bullet is a paragraph of its own and an edited one keeps its place.
 */
function renderBody(changes: readonly Change[]): string {
  const paragraphs: string[] = []
  let parts: string[] = []
  let start = ''
  const types = new Set<ChangeType>()
  const close = () => {
    if (!parts.length) return
    const classes = [
      start.startsWith('- ') ? 'ppdiff-item' : '',
      types.size === 1 && types.has('insert') ? 'ppdiff-block-ins' : '',
      types.size === 1 && types.has('delete') ? 'ppdiff-block-del' : '',
    ].filter(Boolean)
    const attribute = classes.length ? ` class="${classes.join(' ')}"` : ''
    paragraphs.push(`<p${attribute}>${parts.join('')}</p>`)
    parts = []
    start = ''
    types.clear()
  }
  changes.forEach((change, index) => {
    // Display normalisation: a space swapped for a no-break space (or a run of spaces for one)
    // is nothing a reader can see, so it is shown as the new text without a mark.
    if (change.type !== 'equal' && INVISIBLE_EDIT.test(change.text)) {
      if (change.type === 'delete') return
      change = { type: 'equal', text: change.text }
    }
    const pieces = change.text.split('\n\n')
    pieces.forEach((piece, k) => {
      if (k > 0) close()
      if (!piece) return
      if (!parts.length) start = piece
      parts.push(inline(change.type, piece))
      types.add(change.type)
    })
    // Old blocks replaced by new ones as a whole (a coarse fallback) stay separate paragraphs
    // instead of gluing the last old paragraph to the first new one.
    const next = changes[index + 1]
    if (change.type === 'delete' && pieces.length > 1 && next?.text.includes('\n\n')) close()
  })
  close()
  return paragraphs.join('')
}

function badge(t: TFunction, kind: 'added' | 'removed' | 'changed' | 'moved'): string {
  const labels = {
    added: t('statusAdded'),
    removed: t('statusRemoved'),
    changed: t('statusChanged'),
    moved: t('statusMoved'),
  }
  return ` <span class="ppdiff-badge ppdiff-badge-${kind}">${escapeHtml(labels[kind])}</span>`
}

function renderHeading(section: SectionDiff, t: TFunction, level: number): string {
  const number = section.numberAfter ?? section.numberBefore
  const { headingBefore, headingAfter } = section
  let title: string
  if (headingBefore !== null && headingAfter !== null && headingBefore !== headingAfter) {
    title =
      `<del title="${escapeHtml(t('headingBefore'))}">${escapeHtml(headingBefore)}</del> ` +
      `<ins title="${escapeHtml(t('headingAfter'))}">${escapeHtml(headingAfter)}</ins>`
  } else {
    title = escapeHtml(headingAfter ?? headingBefore ?? '')
  }
  const badges =
    (section.status === 'unchanged' || section.status === 'moved' ? '' : badge(t, section.status)) +
    (section.moved ? badge(t, 'moved') : '')
  return (
    `<h${level} class="ppdiff-heading"><span class="ppdiff-number">${number ?? ''}.</span> ` +
    `<span class="ppdiff-title">${title}</span>${badges}</h${level}>`
  )
}

/** A section that only moved is one line, "§7 … moved to §3": its text holds nothing to mark. */
function renderMoved(section: SectionDiff, t: TFunction): string {
  const line = t('movedLine', {
    from: section.movedFrom ?? section.numberBefore,
    to: section.numberAfter,
    heading: section.headingAfter ?? '',
  })
  return (
    `<p class="ppdiff-moved-line" data-key="${escapeHtml(section.key)}">` +
    `${escapeHtml(line)}${badge(t, 'moved')}</p>`
  )
}

function renderSection(section: SectionDiff, t: TFunction, level: number): string {
  if (section.status === 'moved') return renderMoved(section, t)
  const classes = ['ppdiff-section', `ppdiff-${section.status}`]
  if (section.moved) classes.push('ppdiff-moved')
  const body = renderBody(section.changes)
  return (
    `<section class="${classes.join(' ')}" data-key="${escapeHtml(section.key)}">` +
    renderHeading(section, t, level) +
    (body ? `<div class="ppdiff-body">${body}</div>` : '') +
    '</section>'
  )
}

function renderUnchanged(numbers: readonly number[], t: TFunction): string {
  const from = numbers[0]
  const to = numbers[numbers.length - 1]
  const text =
    numbers.length === 1 ? t('unchangedOne', { number: from }) : t('unchangedRange', { from, to })
  return `<p class="ppdiff-collapsed">${escapeHtml(text)}</p>`
}

function renderSummary(diff: PolicyDiff, t: TFunction): string {
  const { stats } = diff
  const parts = (
    [
      ['sectionsChanged', stats.sectionsChanged],
      ['sectionsAdded', stats.sectionsAdded],
      ['sectionsRemoved', stats.sectionsRemoved],
      ['sectionsMoved', stats.sectionsMoved],
      ['wordsInserted', stats.wordsInserted],
      ['wordsDeleted', stats.wordsDeleted],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t(key, { count }))
  const text = parts.length ? parts.join(', ') : t('noChanges')
  return (
    `<p class="ppdiff-summary"><span class="ppdiff-summary-label">${escapeHtml(t('summaryLabel'))}</span> ` +
    `${escapeHtml(text)}</p>`
  )
}

function languageOf(t: TFunction): string | undefined {
  // i18next's getFixedT attaches the language it is fixed to; TFunction's type does not say so.
  return 'lng' in t && typeof t.lng === 'string' ? t.lng : undefined
}

/**
 * Renders a policy diff as a self-contained HTML fragment: a root `<div class="ppdiff">` with a
 * scoped `<style>`, a legend, a summary of the statistics, then every added, removed, changed or
 * moved section with `<ins>`/`<del>` marking the changes. Runs of unchanged sections collapse to
 * one line ("Sections 3–5 unchanged"), numbered as in the new version. All text is escaped.
 *
 * @param t a translation function for the `diff` namespace, e.g. `getT('lv', 'diff', options.strings)`.
 */
export function renderDiffHtml(
  diff: PolicyDiff,
  t: TFunction,
  options: RenderDiffHtmlOptions = {},
): string {
  const locale = options.locale ?? languageOf(t)
  const level = options.headingLevel ?? 3
  const html: string[] = [
    `<div class="ppdiff"${locale ? ` lang="${escapeHtml(locale)}"` : ''} role="region" ` +
      `aria-label="${escapeHtml(t('title'))}">`,
    `<style>${STYLE}</style>`,
    `<p class="ppdiff-legend"><span class="ppdiff-legend-label">${escapeHtml(t('legendLabel'))}</span> ` +
      `<ins>${escapeHtml(t('legendInserted'))}</ins> <del>${escapeHtml(t('legendDeleted'))}</del></p>`,
    renderSummary(diff, t),
  ]
  let unchanged: number[] = []
  const flush = () => {
    if (unchanged.length) html.push(renderUnchanged(unchanged, t))
    unchanged = []
  }
  for (const section of diff.sections) {
    if (section.status === 'unchanged' && section.numberAfter !== null) {
      unchanged.push(section.numberAfter)
      continue
    }
    flush()
    html.push(renderSection(section, t, level))
  }
  flush()
  html.push('</div>')
  return html.join('\n')
}
