import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parsePolicyText } from '../plaintext/parse.js'
import { diffPolicy } from './diffPolicy.js'
import { escapeHtml } from '../util/escapeHtml.js'
import { renderDiffHtml } from './renderHtml.js'
import { list, para, section } from './testing/builders.js'
import { diffT } from './testing/diffT.js'
import { reviseSeedText, SEED_REVISION, toDiffInput } from './testing/seedRevision.js'
import type { PolicyDiff } from './types.js'

const seedText = readFileSync(
  path.resolve(import.meta.dirname, '../seed/texts/privacy-policy.lv.txt'),
  'utf8',
)
const seedDiff = diffPolicy(
  toDiffInput(parsePolicyText(seedText)),
  toDiffInput(parsePolicyText(reviseSeedText(seedText))),
)

const en = diffT('en')

describe('HTML escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    )
  })

  it('escapes body text, headings and keys in the rendered diff', () => {
    const diff = diffPolicy(
      [section('k"1', 'A & B', para('Rakstiet uz <info@example.lv> & "mums".'))],
      [section('k"1', 'A & <B>', para('Rakstiet uz <dati@example.lv> & "mums".'))],
    )
    const html = renderDiffHtml(diff, en)
    expect(html).toContain('data-key="k&quot;1"')
    expect(html).toContain('<del title="Previous heading">A &amp; B</del>')
    expect(html).toContain('<ins title="New heading">A &amp; &lt;B&gt;</ins>')
    expect(html).toContain(
      'Rakstiet uz &lt;<del>info</del><ins>dati</ins>@example.lv&gt; &amp; &quot;mums&quot;.',
    )
    expect(html).not.toMatch(/<(?!\/?(div|style|p|span|section|h3|ins|del|br)\b)/)
  })
})

describe('HTML rendering', () => {
  const html = renderDiffHtml(seedDiff, diffT('lv'))

  it('wraps the replaced word in del and ins', () => {
    expect(html).toContain(
      `<del>${SEED_REVISION.typo.from}</del><ins>${SEED_REVISION.typo.to}</ins>`,
    )
  })

  it('wraps the changed number in del and ins', () => {
    expect(html).toContain('glabājam <del>5</del><ins>3</ins> gadus:')
  })

  it('renders an added bullet as a paragraph of its own', () => {
    expect(html).toContain(
      `<p class="ppdiff-item ppdiff-block-ins"><ins>- ${SEED_REVISION.addedBullet.item}</ins></p>`,
    )
  })

  it('renders a removed bullet as a paragraph of its own', () => {
    expect(html).toContain(
      `<p class="ppdiff-item ppdiff-block-del"><del>- ${SEED_REVISION.removedBullet.item}</del></p>`,
    )
  })

  it('keeps unchanged paragraphs of a changed section as paragraphs', () => {
    expect(html).toContain('<p>Pirms pasūtījuma veikšanas uzmanīgi izlasiet Politiku.')
  })

  it('marks each non-unchanged section with its status', () => {
    expect(html.match(/<section class="ppdiff-section ppdiff-changed"/g)).toHaveLength(4)
    expect(html.match(/<section class="ppdiff-section ppdiff-added"/g)).toHaveLength(1)
  })

  it('collapses runs of unchanged sections into one line', () => {
    expect(html).toContain('<p class="ppdiff-collapsed">Sadaļa 2 nav mainīta</p>')
    expect(html).toContain('<p class="ppdiff-collapsed">Sadaļas 6–9 nav mainītas</p>')
  })

  it('shows the number, heading and a localized badge', () => {
    expect(html).toContain(
      '<span class="ppdiff-number">10.</span> <span class="ppdiff-title">KONTAKTINFORMĀCIJA</span> ' +
        '<span class="ppdiff-badge ppdiff-badge-added">Pievienota</span>',
    )
  })

  it('is a self-contained fragment with scoped styles', () => {
    expect(html.startsWith('<div class="ppdiff" lang="lv"')).toBe(true)
    expect(html.endsWith('</div>')).toBe(true)
    const style = /<style>(.*)<\/style>/s.exec(html)?.[1] ?? ''
    const selectors = style
      .split('}')
      .filter(Boolean)
      .map((rule) => rule.split('{')[0])
    expect(selectors.every((selector) => selector.startsWith('.ppdiff'))).toBe(true)
  })

  it('renders a moved section with a moved badge', () => {
    const a = section('a', 'A', para('Pirmā.'))
    const b = section('b', 'B', para('Otrā.'))
    const out = renderDiffHtml(diffPolicy([a, b], [b, a]), en)
    expect(out).toContain('<span class="ppdiff-badge ppdiff-badge-moved">Moved</span>')
  })

  it('shows a section that only moved as one line, not as deleted and inserted text', () => {
    const a = section('a', 'Ievads', para('Pirmā.'))
    const b = section('b', 'Sīkdatnes', para('Otrā.'))
    const c = section('c', 'Kontakti', para('Trešā.'))
    const out = renderDiffHtml(diffPolicy([a, b, c], [c, a, b]), en)
    expect(out).toContain(
      '<p class="ppdiff-moved-line" data-key="c">§3 “Kontakti” moved to §1, text unchanged ' +
        '<span class="ppdiff-badge ppdiff-badge-moved">Moved</span></p>',
    )
    // The body is not repeated as deleted at §3 and inserted at §1.
    expect(out).not.toContain('Trešā')
  })

  it('marks no space that was only swapped for a no-break space', () => {
    const out = renderDiffHtml(
      diffPolicy(
        [section('a', 'A', para('Mēs izmantojam sīkdatnes.'), para('Viens divi.'))],
        [section('a', 'A', para('Mēs\u00a0izmantojam\u00a0sīkdatnes.'), para('Viens trīs.'))],
      ),
      en,
    )
    expect(out).toContain('<p>Mēs\u00a0izmantojam\u00a0sīkdatnes.</p>')
    expect(out).toContain('<del>divi</del>')
  })

  it('renders a removed section struck through', () => {
    const out = renderDiffHtml(
      diffPolicy([section('a', 'Sīkdatnes', para('Mēs izmantojam sīkdatnes.'), list('a'))], []),
      en,
    )
    expect(out).toContain('<p class="ppdiff-block-del"><del>Mēs izmantojam sīkdatnes.</del></p>')
    expect(out).toContain('<p class="ppdiff-item ppdiff-block-del"><del>- a</del></p>')
  })

  it('keeps old and new paragraphs apart when a section was replaced as a whole', () => {
    const diff = diffPolicy(
      [section('a', 'A', para('Viens divi.'), para('Trīs četri.'))],
      [section('a', 'A', para('Pieci seši.'), para('Septiņi astoņi.'))],
      { maxEditLength: 1 },
    )
    expect(renderDiffHtml(diff, en)).toContain(
      '<p class="ppdiff-block-del"><del>Trīs četri.</del></p>' +
        '<p class="ppdiff-block-ins"><ins>Pieci seši.</ins></p>',
    )
  })

  it('turns a single newline inside a paragraph into a line break', () => {
    const diff = diffPolicy(
      [section('a', 'A', para('Rinda viens\nrinda divi.'))],
      [section('a', 'A', para('Rinda viens\nrinda trīs.'))],
    )
    expect(renderDiffHtml(diff, en)).toContain(
      '<p>Rinda viens<br>rinda <del>divi</del><ins>trīs</ins>.</p>',
    )
  })
})

describe('HTML localization', () => {
  const diff: PolicyDiff = seedDiff

  it.each([
    ['lv', 'Apzīmējumi:', 'pievienots teksts', 'dzēsts teksts'],
    ['en', 'Legend:', 'inserted text', 'deleted text'],
    ['ru', 'Обозначения:', 'добавленный текст', 'удалённый текст'],
  ] as const)('renders the legend in %s', (locale, label, inserted, deleted) => {
    const html = renderDiffHtml(diff, diffT(locale))
    expect(html).toContain(
      `<span class="ppdiff-legend-label">${label}</span> <ins>${inserted}</ins> <del>${deleted}</del>`,
    )
    expect(html).toContain(`lang="${locale}"`)
  })

  it.each([
    ['en', 'Summary: 4 sections changed, 1 section added, 19 words inserted, 7 words deleted'],
    [
      'lv',
      'Kopsavilkums: 4 sadaļas mainītas, 1 sadaļa pievienota, 19 vārdi pievienoti, 7 vārdi dzēsti',
    ],
    ['ru', 'Итого: 4 раздела изменены, 1 раздел добавлен, 19 слов добавлено, 7 слов удалено'],
  ] as const)('summarizes the statistics in %s', (locale, summary) => {
    const html = renderDiffHtml(diff, diffT(locale))
    const text = /<p class="ppdiff-summary">(.*?)<\/p>/.exec(html)?.[1].replace(/<[^>]+>/g, '')
    expect(text).toBe(summary)
  })

  it('says there are no changes when there are none', () => {
    const same = section('a', 'A', para('Teksts.'))
    expect(renderDiffHtml(diffPolicy([same], [same]), en)).toContain('No changes')
  })

  it('lets the caller set the lang attribute', () => {
    expect(renderDiffHtml(diff, en, { locale: 'en-GB' })).toMatch(
      /^<div class="ppdiff" lang="en-GB"/,
    )
  })
})
