import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { DraftDiffPanel } from '../../src/admin/diff/DraftDiffPanel.js'
import {
  buildDraftDiff,
  type DraftDiffInput,
  type PanelVersion,
} from '../../src/admin/diff/draftDiff.js'
import { createChangesSincePublishedField } from '../../src/admin/diff/field.js'
import { SHIPPED_ADMIN_STRINGS } from '../../src/admin/i18n/index.js'
import { resources } from '../../src/i18n/resources.js'
import { parsePolicyText } from '../../src/plaintext/parse.js'
import type { SnapshotSection } from '../../src/policy/types.js'
import { blocksToLexical } from '../../src/richtext/fromBlocks.js'
import { revisedSeedText, seedText } from '../support/fixtures.js'

/** Sections as stored: keys by number, which import keeps for sections matched by number. */
function storedSections(text: string): SnapshotSection[] {
  return parsePolicyText(text).map((section) => ({
    key: `key-${section.number}`,
    heading: section.heading,
    body: blocksToLexical(section.blocks),
  }))
}

const inForce: PanelVersion = {
  number: 1,
  effectiveAt: '2026-01-15T10:00:00.000Z',
  text: { lv: { title: 'Privātuma politika', sections: storedSections(seedText('lv')) } },
}

const revisedDraft = { sections: storedSections(revisedSeedText()) }

/** The panel with the shipped strings, as a host without `strings` has it. */
const build = (input: Omit<DraftDiffInput, 'strings'>) =>
  buildDraftDiff({ ...input, strings: resources })

const render = (view: ReturnType<typeof buildDraftDiff>) =>
  renderToStaticMarkup(createElement(DraftDiffPanel, { view }))

describe('the "Changes since the published version" panel', () => {
  it('diffs the saved draft against the version in force, section by section', () => {
    const view = build({
      draft: revisedDraft,
      inForce,
      upcoming: null,
      locale: 'lv',
      language: 'en',
    })
    expect(view.kind).toBe('diff')
    if (view.kind !== 'diff') return
    expect(view.diff.stats).toMatchObject({
      sectionsChanged: 4,
      sectionsAdded: 1,
      sectionsRemoved: 0,
      sectionsUnchanged: 5,
    })
    expect(
      view.diff.sections.filter((section) => section.status !== 'unchanged').map((s) => s.key),
    ).toEqual(['key-1', 'key-3', 'key-4', 'key-5', 'key-10'])
  })

  it('renders the typo, the number and the bullets with <ins> and <del>', () => {
    const html = render(
      build({
        draft: revisedDraft,
        inForce,
        upcoming: null,
        locale: 'lv',
        language: 'en',
      }),
    )
    expect(html).toContain('<del>apeklētāju</del><ins>apmeklētāju</ins>')
    expect(html).toContain('<del>5</del><ins>3</ins>')
    expect(html).toContain('<ins>- maksājuma datums.</ins>')
    expect(html).toContain('<del>- sagatavotu anonīmu statistiku par vietnes izmantošanu.</del>')
    expect(html).toContain('<h4 class="ppdiff-heading">')
  })

  it('titles and explains the panel in the admin’s language, the diff keeping the content’s lang', () => {
    const html = render(
      build({
        draft: revisedDraft,
        inForce,
        upcoming: null,
        locale: 'lv',
        language: 'ru',
      }),
    )
    expect(html).toContain('<h3 style="margin:0 0 0.5em">Изменения с опубликованной версии</h3>')
    expect(html).toContain('в сравнении с версией 1, действующей с 15 января 2026')
    expect(html).toContain('<div class="ppdiff" lang="lv"')
    expect(html).toContain('Обозначения:')
  })

  it('mentions a published version that is not in force yet', () => {
    const view = build({
      draft: revisedDraft,
      inForce,
      upcoming: { number: 2, effectiveAt: '2026-03-01T00:00:00.000Z', text: {} },
      locale: 'lv',
      language: 'en',
    })
    expect(view.messages.upcoming).toBe(
      'Version 2 is already published and takes effect on March 1, 2026.',
    )
    expect(render(view)).toContain('takes effect on March 1, 2026')
  })

  it('reports no changes for a draft equal to the version in force', () => {
    const view = build({
      draft: { sections: inForce.text.lv?.sections },
      inForce,
      upcoming: null,
      locale: 'lv',
      language: 'en',
    })
    expect(view.kind === 'diff' && view.diff.stats.sectionsUnchanged).toBe(9)
    expect(render(view)).toContain('No changes')
  })

  it('asks for a save on the create view, before there is a draft', () => {
    const view = build({
      draft: null,
      inForce,
      upcoming: null,
      locale: 'lv',
      language: 'en',
    })
    expect(view.kind).toBe('unsaved')
    const html = render(view)
    expect(html).toContain('Save the draft to see what it changes.')
    expect(html).not.toContain('ppdiff')
  })

  it('says there is nothing to compare with before the first version takes effect', () => {
    const view = build({
      draft: revisedDraft,
      inForce: null,
      upcoming: null,
      locale: 'lv',
      language: 'lv',
    })
    expect(view.kind).toBe('not-in-force')
    expect(view.messages.lead).toBe(
      'Neviena šīs politikas versija vēl nav spēkā, tāpēc melnrakstu nav ar ko salīdzināt.',
    )
  })

  it('says so when the version in force has no text in the locale being edited', () => {
    const view = build({
      draft: revisedDraft,
      inForce,
      upcoming: null,
      locale: 'en',
      language: 'en',
    })
    expect(view.kind).toBe('locale-missing')
    expect(view.messages.lead).toContain(
      'Version 1, the one in force, has no text in this language (en)',
    )
  })

  it('still compares a draft with an untranslated section (missing heading and body)', () => {
    const sections = storedSections(seedText('lv'))
    const draft = { sections: [...sections, { key: 'key-10', heading: null, body: null }] }
    const view = build({ draft, inForce, upcoming: null, locale: 'lv', language: 'en' })
    expect(view.kind === 'diff' && view.diff.stats.sectionsAdded).toBe(1)
  })

  it('falls back to English labels for an admin language the module has no texts for', () => {
    const view = build({ draft: null, inForce, upcoming: null, locale: 'lv', language: 'de' })
    expect(view.messages.title).toBe('Changes since the published version')
  })

  it('reads a regional admin language in its base language', () => {
    const view = build({ draft: null, inForce, upcoming: null, locale: 'lv', language: 'ru-RU' })
    expect(view.messages.title).toBe('Изменения с опубликованной версии')
  })
})

describe('the panel’s field', () => {
  it('is a ui field (no column, no schema) pointing at the server component in the import map', () => {
    const field = createChangesSincePublishedField({ adminStrings: SHIPPED_ADMIN_STRINGS })
    expect(field.type).toBe('ui')
    expect(field.admin?.components?.Field).toBe('payload-privacy-policy/rsc#ChangesSincePublished')
    expect(field.admin?.disableListColumn).toBe(true)
  })
})
