import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { formatDateTime } from '../../src/admin/format.js'
import { SHIPPED_ADMIN_STRINGS, type AdminStringKey } from '../../src/admin/i18n/index.js'
import { pickVersions } from '../../src/admin/views/comparePick.js'
import { diffStatsText, sectionsAtAGlance } from '../../src/admin/views/sectionGlance.js'
import {
  buildVersionPage,
  hashRecipe,
  type VersionDocument,
  type VersionPageInput,
} from '../../src/admin/views/versionPage.js'
import { releaseStatus } from '../../src/admin/views/releaseStatus.js'
import { SectionRowLabel } from '../../src/admin/views/SectionRowLabel.js'
import { versionState } from '../../src/admin/views/versionState.js'
import { diffPolicy } from '../../src/diff/index.js'
import { privacyPolicyPlugin } from '../../src/plugin.js'
import { toDiffSections } from '../../src/operations/diffVersions.js'
import { parsePolicyText } from '../../src/plaintext/parse.js'
import type { SnapshotSection } from '../../src/policy/types.js'
import { blocksToLexical } from '../../src/richtext/fromBlocks.js'

/** Payload's `t` over the shipped strings of one language, `{{var}}` interpolated like Payload's. */
function adminT(language: string) {
  const strings = SHIPPED_ADMIN_STRINGS[language]
  return (key: AdminStringKey, vars: Record<string, unknown> = {}) =>
    strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]))
}

function sections(text: string): SnapshotSection[] {
  return parsePolicyText(text).map((section) => ({
    key: `key-${section.number}`,
    heading: section.heading,
    body: blocksToLexical(section.blocks),
  }))
}

const LV_TEXT =
  '1. IEVADS\n\nMēs glabājam datus.\n\n- vārds\n\n- e-pasts\n\u00a0\n2. TERMIŅI\n\nDatus glabājam 5 gadus.'

const NOW = Date.parse('2026-12-02T12:00:00Z')
const timeline = [
  { number: 1, effectiveAt: '2026-01-01T00:00:00Z' },
  { number: 2, effectiveAt: '2026-06-01T00:00:00Z' },
  { number: 3, effectiveAt: '2027-01-15T08:00:00Z' },
]

describe('a published version’s state', () => {
  it('calls the newest version whose date has come "in force" and older ones superseded', () => {
    expect(versionState(timeline[1], timeline, NOW)).toBe('in-force')
    expect(versionState(timeline[0], timeline, NOW)).toBe('superseded')
  })

  it('calls a version whose date is ahead "upcoming"', () => {
    expect(versionState(timeline[2], timeline, NOW)).toBe('upcoming')
  })

  it('calls a withdrawn version withdrawn and puts the one before it back in force', () => {
    const withdrawn = { ...timeline[1], withdrawnAt: '2026-11-01T00:00:00Z' }
    const versions = [timeline[0], withdrawn, timeline[2]]
    expect(versionState(withdrawn, versions, NOW)).toBe('withdrawn')
    expect(versionState(timeline[0], versions, NOW)).toBe('in-force')
  })
})

describe('dates in the admin', () => {
  it('always carry the time of day and the zone they are read in', () => {
    expect(formatDateTime('2027-01-15T08:00:00Z', 'en', 'Europe/Riga')).toBe(
      '15 January 2027 10:00 (Europe/Riga)',
    )
    expect(formatDateTime('2027-01-15T08:00:00Z', 'en', 'UTC')).toBe('15 January 2027 08:00 (UTC)')
  })
})

describe('the version view', () => {
  const version: VersionDocument = {
    id: 7,
    policy: 1,
    policySlug: 'privacy-policy',
    number: 2,
    publishedAt: '2026-05-20T09:30:00Z',
    effectiveAt: '2026-06-01T00:00:00Z',
    changeType: 'material',
    summary: { lv: 'Datus glabājam 3 gadus.', en: 'We keep data for 3 years.' },
    locales: ['lv', 'en'],
    contentHashes: { lv: 'a'.repeat(64), en: 'b'.repeat(64) },
    translationStatus: { lv: 'current', en: 'outdated' },
    snapshot: { lv: { title: 'Privātuma politika', sections: sections(LV_TEXT) } },
    publishedVia: 'admin',
  }
  const input = (over: Partial<VersionPageInput> = {}): VersionPageInput => ({
    version,
    versions: timeline,
    now: NOW,
    locale: 'lv',
    language: 'en',
    timeZone: 'Europe/Riga',
    publisher: 'Ilze Publisher',
    acceptances: null,
    policyHref: '/admin/collections/policies/1',
    t: adminT('en'),
    ...over,
  })

  it('reads the version as the policy it is: numbered headings, paragraphs and lists', () => {
    const page = buildVersionPage(input())
    expect(page.title).toBe('Privātuma politika')
    if (!('sections' in page.reading)) throw new Error('no text')
    expect(page.reading.sections.map((s) => `${s.number}. ${s.heading}`)).toEqual([
      '1. IEVADS',
      '2. TERMIŅI',
    ])
    expect(page.reading.sections[0].html).toContain('<ul>')
    expect(page.reading.sections[0].html).toContain('<li>e-pasts</li>')
    expect(page.reading.sections[1].html).toContain('Datus glabājam 5 gadus.')
  })

  it('states where it stands, with its dates in the configured zone and who published it', () => {
    const page = buildVersionPage(input())
    expect(page.state).toBe('in-force')
    expect(page.stateText).toBe('In force')
    expect(page.facts).toEqual([
      { label: 'Published', value: '20 May 2026 12:30 (Europe/Riga)' },
      { label: 'Takes effect', value: '1 June 2026 03:00 (Europe/Riga)' },
      { label: 'Change type', value: 'Material' },
      { label: 'Published by', value: 'Ilze Publisher via Admin panel' },
    ])
  })

  it('announces an upcoming version with its date and zone', () => {
    const page = buildVersionPage(
      input({ version: { ...version, number: 3, effectiveAt: '2027-01-15T08:00:00Z' } }),
    )
    expect(page.stateText).toBe('Takes effect 15 January 2027 10:00 (Europe/Riga)')
  })

  it('gives each language its summary, hash, translation status and the command that recomputes the hash', () => {
    const page = buildVersionPage(input())
    expect(page.languages).toEqual([
      expect.objectContaining({
        locale: 'lv',
        hash: 'a'.repeat(64),
        status: 'current',
        summary: 'Datus glabājam 3 gadus.',
        recipe: hashRecipe('privacy-policy', 2, 'lv'),
      }),
      expect.objectContaining({
        locale: 'en',
        status: 'outdated',
        summary: 'We keep data for 3 years.',
      }),
    ])
    expect(hashRecipe('privacy-policy', 2, 'lv')).toBe(
      'npx payload policy export --slug privacy-policy --version 2 --locale lv | sha256sum',
    )
  })

  it('says so instead of showing another language when the version has no text in the locale', () => {
    const page = buildVersionPage(input({ locale: 'ru', t: adminT('lv') }))
    expect(page.reading).toEqual({ locale: 'ru', missing: '2. versijai nav teksta valodā ru.' })
  })

  it('links to the comparison with the version before it, in the same locale', () => {
    expect(buildVersionPage(input({ locale: 'en' })).compare).toEqual({
      href: '/admin/collections/policies/1/compare?from=1&to=2&locale=en',
      label: 'Compare with version 1',
    })
    expect(buildVersionPage(input({ version: { ...version, number: 1 } })).compare).toBeNull()
  })
})

describe('picking two versions to compare', () => {
  it('takes the versions asked for when both exist', () => {
    expect(pickVersions([1, 2, 3], { from: '1', to: '3' })).toEqual({ from: 1, to: 3 })
    expect(pickVersions([1, 2, 3], { from: '3', to: '1' })).toEqual({ from: 3, to: 1 })
  })

  it('otherwise compares the newest version with the one before it', () => {
    expect(pickVersions([3, 1, 2], {})).toEqual({ from: 2, to: 3 })
    expect(pickVersions([1, 2, 3], { from: 'x', to: '9' })).toEqual({ from: 2, to: 3 })
    expect(pickVersions([1, 2, 3], { to: '2' })).toEqual({ from: 1, to: 2 })
  })

  it('has nothing to compare with fewer than two versions', () => {
    expect(pickVersions([1], {})).toBeNull()
  })
})

describe('sections at a glance', () => {
  it('lists every section with its status, by number and heading', () => {
    const before = sections(LV_TEXT)
    const after = sections(
      '1. IEVADS\n\nMēs glabājam datus.\n\n- vārds\n\n- e-pasts\n\u00a0\n2. TERMIŅI\n\nDatus glabājam 3 gadus.\n\u00a0\n3. SĪKDATNES\n\nMēs izmantojam sīkdatnes.',
    )
    const diff = diffPolicy(toDiffSections(before), toDiffSections(after))
    const t = adminT('lv')
    expect(sectionsAtAGlance(diff, t).map((s) => [s.label, s.statusText])).toEqual([
      ['1. IEVADS', 'nemainīta'],
      ['2. TERMIŅI', 'mainīta'],
      ['3. SĪKDATNES', 'pievienota'],
    ])
    expect(diffStatsText(diff, adminT('en'))).toBe(
      'Sections: 1 changed, 1 added, 0 removed, 1 unchanged. Words: +4 / −1.',
    )
  })
})

describe('a policy’s releases in words', () => {
  it('announces a scheduled version with its date and zone and the version that stays in force', () => {
    const status = releaseStatus(timeline, NOW, 'en', 'Europe/Riga', adminT('en'))
    expect(status.inForce).toEqual({ number: 2, text: 'Version 2 in force' })
    expect(status.upcoming?.announcement).toBe(
      'Version 3 published; takes effect 15 January 2027 10:00 (Europe/Riga); version 2 stays in force until then.',
    )
  })

  it('has nothing to announce once the scheduled version is in force', () => {
    const later = Date.parse('2027-02-01T00:00:00Z')
    const status = releaseStatus(timeline, later, 'lv', 'Europe/Riga', adminT('lv'))
    expect(status).toEqual({ inForce: { number: 3, text: 'Spēkā 3. versija' }, upcoming: null })
  })
})

describe('section rows of the policy form', () => {
  const label = (props: Parameters<typeof SectionRowLabel>[0]) =>
    renderToStaticMarkup(createElement(SectionRowLabel, props))

  it('are labelled by number and heading instead of "Section 05"', () => {
    const data = { sections: [{ heading: 'IEVADS' }, { heading: ' TERMIŅI ' }] }
    expect(label({ data, rowNumber: 2, rowLabel: 'Sadaļa 02' })).toContain('2. TERMIŅI<')
  })

  it('keep Payload’s label for a row without a heading yet', () => {
    expect(label({ data: { sections: [{}] }, rowNumber: 1, rowLabel: 'Section 01' })).toContain(
      'Section 01',
    )
  })
})

describe('Payload’s own strings in the Latvian and Russian admin', () => {
  const install = (translations?: Record<string, unknown>) =>
    privacyPolicyPlugin()({
      secret: 'test',
      db: {} as Config['db'],
      localization: { locales: ['lv', 'en', 'ru'], defaultLocale: 'lv' },
      ...(translations ? { i18n: { translations } } : {}),
    }).i18n?.translations as Record<string, Record<string, Record<string, unknown>>>

  it('read "Pievienot: Sadaļa" instead of the ungrammatical "Pievienot Sadaļa"', () => {
    expect(install().lv.general.addLabel).toBe('Pievienot: {{label}}')
    expect(install().ru.general.createNewLabel).toBe('Создать: {{label}}')
  })

  it('give Lexical’s bullet list a Latvian label instead of its raw key', () => {
    expect(install().lv.lexical).toEqual({ unorderedList: { label: 'Aizzīmju saraksts' } })
  })

  it('leave a host’s own wording in place', () => {
    const own = install({ lv: { general: { addLabel: 'Jauna: {{label}}' } } })
    expect(own.lv.general.addLabel).toBe('Jauna: {{label}}')
    expect(own.lv.privacyPolicy).toBeDefined()
  })
})
