import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PolicyError, localizeError } from '../../src/errors.js'
import {
  importPolicyText,
  previewPolicyImport,
  type ImportPolicyTextArgs,
} from '../../src/operations/importPolicyText.js'
import { runPolicyCli } from '../support/processes.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

/** A small English-only policy in the plain-text format (the demo's source locale is lv). */
function policyText(sections: Array<[string, string]>): string {
  return sections.map(([heading, body], i) => `${i + 1}. ${heading}\n\n${body}`).join('\n\n')
}

const WHO: [string, string] = ['Who we are', 'We are Example Ltd, registered in Riga, Latvia.']
const COLLECT: [string, string] = [
  'What we collect',
  'Your name, your e-mail address and the orders you place with us.',
]
const COOKIES: [string, string] = [
  'Cookies',
  'We use cookies to keep you signed in and to count visits to our pages.',
]
const CHANGES: [string, string] = [
  'Changes to this policy',
  'We tell you by e-mail before a change to this policy takes effect.',
]
const DPF: [string, string] = [
  'Data Privacy Framework (DPF)',
  'We comply with the EU-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce.',
]

describe('import: section identity by content, all-or-nothing (sqlite)', () => {
  let app: TestApp
  let payload: Payload
  const run = (slug: string, text: string, extra: Partial<ImportPolicyTextArgs> = {}) =>
    importPolicyText({ payload, options: app.options, slug, locale: 'lv', text, ...extra })

  /** The draft's sections in lv: key and heading, in order. */
  async function draftKeys(slug: string): Promise<Array<[string, string]>> {
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { equals: slug } },
      draft: true,
      locale: 'lv',
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })
    const sections = (docs[0]?.sections ?? []) as Array<{ key: string; heading: string }>
    return sections.map((section) => [section.key, section.heading])
  }

  async function counts(slug: string) {
    const policies = await payload.count({
      collection: 'policies',
      where: { slug: { equals: slug } },
      overrideAccess: true,
    })
    const drafts = await payload.countVersions({ collection: 'policies', overrideAccess: true })
    const versions = await payload.count({ collection: 'policy-versions', overrideAccess: true })
    return { policies: policies.totalDocs, drafts: drafts.totalDocs, versions: versions.totalDocs }
  }

  beforeAll(async () => {
    app = await startTestApp('sqlite')
    payload = app.payload
  })

  afterAll(async () => {
    await app?.close()
  })

  it('keeps every key when a section is inserted mid-policy (GitHub v05→v06 regression: keys named the wrong clause)', async () => {
    await run('insert', policyText([WHO, COLLECT, COOKIES, CHANGES]))
    const before = await draftKeys('insert')
    const result = await run('insert', policyText([WHO, COLLECT, DPF, COOKIES, CHANGES]))
    expect(await draftKeys('insert')).toEqual([
      before[0],
      before[1],
      ['data-privacy-framework-dpf', DPF[0]],
      before[2],
      before[3],
    ])
    expect(result.matching.added).toEqual([{ number: 3, heading: DPF[0] }])
    expect(result.matching.removed).toEqual([])
  })

  it('removes a section that disappeared and keeps the keys after it', async () => {
    await run('remove', policyText([WHO, COLLECT, COOKIES, CHANGES]))
    const result = await run('remove', policyText([WHO, COOKIES, CHANGES]))
    expect(await draftKeys('remove')).toEqual([
      ['who-we-are', WHO[0]],
      ['cookies', COOKIES[0]],
      ['changes-to-this-policy', CHANGES[0]],
    ])
    expect(result.matching.removed.map((section) => section.key)).toEqual(['what-we-collect'])
  })

  it('follows a moved, renamed section with its key and reports the move and the rename', async () => {
    await run('move', policyText([WHO, COLLECT, COOKIES, CHANGES]))
    const result = await run(
      'move',
      policyText([['Cookies and tracking', COOKIES[1]], WHO, COLLECT, CHANGES]),
    )
    expect((await draftKeys('move')).map(([key]) => key)).toEqual([
      'cookies',
      'who-we-are',
      'what-we-collect',
      'changes-to-this-policy',
    ])
    expect(result.matching.moved).toEqual([
      { key: 'cookies', from: 3, to: 1, heading: 'Cookies and tracking' },
    ])
    expect(result.matching.renamed).toEqual([
      { key: 'cookies', number: 1, headingBefore: 'Cookies', headingAfter: 'Cookies and tracking' },
    ])
  })

  it('previews the matching without writing anything', async () => {
    await run('preview', policyText([WHO, COLLECT]))
    const before = await counts('preview')
    const keys = await draftKeys('preview')
    const preview = await previewPolicyImport({
      payload,
      options: app.options,
      slug: 'preview',
      locale: 'lv',
      text: policyText([COLLECT, WHO, DPF]),
    })
    expect(preview.matching.added).toEqual([{ number: 3, heading: DPF[0] }])
    expect(preview.matching.moved).toHaveLength(1)
    expect(await counts('preview')).toEqual(before)
    expect(await draftKeys('preview')).toEqual(keys)
  })

  describe('a text the publish would refuse writes nothing', () => {
    const noBody = policyText([WHO]) + '\n\n2. GitHub Privacy Statement\n\n3. Cookies\n\nText.'
    const expectedReason =
      'The policy text cannot be read: section 2 "GitHub Privacy Statement" has a heading and no text.'

    it.each([
      ['without --publish', undefined],
      ['with --publish', { changeType: 'material' as const, summary: 'New text.' }],
    ])('on a new slug, %s: no policy is created', async (_label, publish) => {
      const before = await counts('refused-new')
      const error = await run('refused-new', noBody, { publish }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PolicyError)
      expect(localizeError(error as PolicyError, 'en')).toBe(expectedReason)
      expect(await counts('refused-new')).toEqual({ ...before, policies: 0 })
    })

    it('on an existing policy: no draft is saved and the next import still sees the old keys', async () => {
      await run('refused', policyText([WHO, COLLECT]))
      const before = await counts('refused')
      const keys = await draftKeys('refused')
      await expect(run('refused', noBody)).rejects.toThrow(PolicyError)
      expect(await counts('refused')).toEqual(before)
      expect(await draftKeys('refused')).toEqual(keys)
    })
  })

  it('writes nothing when the release summary is the previous version’s (the publish hook would refuse it after the draft save)', async () => {
    const publish = { changeType: 'material' as const, summary: 'Same words.' }
    await run('summary', policyText([WHO, COLLECT]), { publish })
    const before = await counts('summary')
    const keys = await draftKeys('summary')
    const error = await run('summary', policyText([WHO, COLLECT, COOKIES]), { publish }).catch(
      (e: unknown) => e,
    )
    expect((error as PolicyError).code).toBe('release_summary_stale')
    expect(await counts('summary')).toEqual(before)
    expect(await draftKeys('summary')).toEqual(keys)
  })

  describe('invisible changes', () => {
    const text = policyText([WHO, COLLECT])
    const invisible = text.replace('registered in Riga', 'registered\u00a0in\u00a0Riga')

    beforeAll(async () => {
      await run('invisible', text, { publish: { changeType: 'material', summary: 'First.' } })
    })

    it('refuses a material release whose text differs from the version in force only in whitespace, writing nothing', async () => {
      const before = await counts('invisible')
      const error = await run('invisible', invisible, {
        publish: { changeType: 'material', summary: 'Spacing.' },
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PolicyError)
      expect((error as PolicyError).code).toBe('release_invisible_only')
      expect(await counts('invisible')).toEqual(before)
    })

    it('refuses the same material release published from the admin, recording no version', async () => {
      // A draft saved without --publish is allowed; the publish itself is refused.
      await run('invisible', invisible)
      const before = await counts('invisible')
      const { docs } = await payload.find({
        collection: 'policies',
        where: { slug: { equals: 'invisible' } },
        depth: 0,
        overrideAccess: true,
      })
      await expect(
        payload.update({
          collection: 'policies',
          id: docs[0].id,
          locale: 'lv',
          overrideAccess: true,
          data: { _status: 'published', changeType: 'material', summary: 'Spacing.' },
        }),
      ).rejects.toThrow(/only in spacing or character encoding/)
      expect((await counts('invisible')).versions).toBe(before.versions)
    })

    it('records the same text as an editorial release', async () => {
      const result = await run('invisible', invisible, {
        publish: { changeType: 'editorial', summary: 'No-break spaces.' },
      })
      expect(result.published).toBe(2)
    })
  })

  describe('Markdown', () => {
    const markdown = [
      'Intro text before any heading.',
      '## Who we are',
      'We are **Example Ltd**, see [our site](https://example.com/about) and _our terms_.',
      '## What we collect',
      '- your name',
      '- your [e-mail](mailto:a@example.com) address',
      '### Details',
      'Kept as bold text of the section.',
    ].join('\n\n')

    it('starts sections at headings of the chosen level, keeps links with their URL and emphasis', async () => {
      const result = await run('markdown', markdown, { format: 'markdown' })
      expect(result.matching.added.map((section) => section.heading)).toEqual([
        'Introduction',
        'Who we are',
        'What we collect',
      ])
      const { docs } = await payload.find({
        collection: 'policies',
        where: { slug: { equals: 'markdown' } },
        draft: true,
        locale: 'lv',
        depth: 0,
        overrideAccess: true,
      })
      const bodies = JSON.stringify(docs[0].sections)
      expect(bodies).toContain('"url":"https://example.com/about"')
      expect(bodies).toContain('"url":"mailto:a@example.com"')
      // Bold (1) and italic (2) format bits on the text nodes.
      expect(bodies).toMatch(/"text":"Example Ltd","format":1/)
      expect(bodies).toMatch(/"text":"our terms","format":2/)
    })
  })

  describe('CLI', () => {
    it('prints the matching with --dry-run and writes nothing', async () => {
      await run('cli-preview', policyText([WHO, COLLECT, COOKIES]))
      const before = await counts('cli-preview')
      const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'next.txt')
      writeFileSync(file, policyText([COOKIES, WHO, DPF, COLLECT]))
      const result = await runPolicyCli(
        app.database.uri,
        ['import', '--file', file, '--locale', 'lv', '--slug', 'cli-preview', '--dry-run'],
        150_000,
      )
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(result.stdout.split('\n')).toEqual([
        'sections: 1 new, 0 removed, 1 moved, 0 renamed, 0 changed, 3 unchanged',
        `new: §3 "${DPF[0]}"`,
        'moved: §3 → §1 "Cookies" (cookies)',
        'dry run: nothing written',
        '',
      ])
      expect(await counts('cli-preview')).toEqual(before)
    }, 180_000)
  })
})
