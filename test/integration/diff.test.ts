import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadDraftDiff } from '../../src/admin/diff/loadDraftDiff.js'
import type { DraftDiffView } from '../../src/admin/diff/draftDiff.js'
import { countWords, type Change, type SectionDiff } from '../../src/diff/index.js'
import { diffPolicyVersions, type PolicyDiffDocument } from '../../src/operations/diffVersions.js'
import { importPolicyText, publishPolicy } from '../../src/operations/importPolicyText.js'
import { getCatalog } from '../../src/operations/policyCatalog.js'
import { databasesUnderTest } from '../support/databases.js'
import { createUser, revisedSeedText, seededPolicyId, SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface VersionBody {
  sections: Array<{ key: string; heading: string; text: string }>
}

const ADDED_SECTION_TEXT = 'Jautājumus par šo politiku sūtiet uz privatums@example.com.'

/** What the revised seed (`revisedSeedText`) changes, by section number in the new version. */
const EXPECTED_EDITS: Record<number, Array<[Change['type'], string]>> = {
  1: [
    ['delete', 'apeklētāju'],
    ['insert', 'apmeklētāju'],
  ],
  3: [['insert', '\n\n- maksājuma datums.']],
  4: [['delete', '\n\n- sagatavotu anonīmu statistiku par vietnes izmantošanu.']],
  5: [
    ['delete', '5'],
    ['insert', '3'],
  ],
  10: [['insert', ADDED_SECTION_TEXT]],
}

const edits = (section: SectionDiff) =>
  section.changes
    .filter((change) => change.type !== 'equal')
    .map((change) => [change.type, change.text])

const rebuild = (changes: readonly Change[], skip: Change['type']) =>
  changes
    .filter((change) => change.type !== skip)
    .map((change) => change.text)
    .join('')

const kinds = await databasesUnderTest()

describe.each(kinds)('policy diff service (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  /** The admin panel's view of the revised draft, taken before it was published. */
  let draftView: DraftDiffView
  const api = (path: string) => `${server.url}/api/storefront${path}`
  const diffUrl = (query: string) => api(`/policies/${SLUG}/diff?${query}`)

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    const { payload, options } = app
    const { policyId } = await importPolicyText({
      payload,
      options,
      slug: SLUG,
      locale: 'lv',
      text: revisedSeedText(),
    })
    const editor = await createUser(payload, 'editor')
    draftView = await loadDraftDiff({
      payload,
      options,
      id: policyId,
      locale: 'lv',
      language: 'lv',
      req: await createLocalReq({ locale: 'lv', user: editor }, payload),
    })
    const published = await publishPolicy({
      payload,
      options,
      slug: SLUG,
      policyId,
      locale: 'lv',
      // Editorial: the diff does not depend on the change type, and the stale translations then
      // need no publishing decision. en and ru lack section 10, so v2 has Latvian text only.
      release: { changeType: 'editorial', summary: 'Glabāšanas termiņš saīsināts.' },
    })
    expect(published).toBe(2)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('the revised seed published as version 2, in Latvian', () => {
    let diff: PolicyDiffDocument

    beforeAll(async () => {
      const res = await fetchJson<PolicyDiffDocument>(diffUrl('from=1&to=2&locale=lv'))
      expect(res.status).toBe(200)
      diff = res.body
    })

    it('names the policy, the locale and both versions', () => {
      expect(diff).toMatchObject({ slug: SLUG, locale: 'lv', from: 1, to: 2 })
    })

    it('reports sections 1, 3, 4 and 5 changed, section 10 added and every other one unchanged', () => {
      const statuses = Object.fromEntries(
        diff.sections.map((section): [string, string] => [
          String(section.numberAfter),
          section.status,
        ]),
      )
      expect(statuses).toEqual({
        1: 'changed',
        2: 'unchanged',
        3: 'changed',
        4: 'changed',
        5: 'changed',
        6: 'unchanged',
        7: 'unchanged',
        8: 'unchanged',
        9: 'unchanged',
        10: 'added',
      })
      expect(diff.sections.every((section) => !section.moved)).toBe(true)
    })

    it('marks exactly the fixed typo, the changed number and the added and removed bullets', () => {
      for (const section of diff.sections) {
        expect(edits(section), `section ${section.numberAfter}`).toEqual(
          EXPECTED_EDITS[section.numberAfter ?? 0] ?? [],
        )
      }
      const added = diff.sections.find((section) => section.status === 'added')
      expect(added).toMatchObject({ headingBefore: null, headingAfter: 'KONTAKTI' })
    })

    it('counts the sections and the words inserted and deleted', () => {
      expect(diff.stats).toMatchObject({
        sectionsAdded: 1,
        sectionsRemoved: 0,
        sectionsChanged: 4,
        sectionsUnchanged: 5,
        // apmeklētāju, maksājuma datums, 3, and the new section's words.
        wordsInserted: 4 + countWords(ADDED_SECTION_TEXT),
        // apeklētāju, the six words of the removed bullet, 5.
        wordsDeleted: 8,
      })
      expect(diff.level).toBe('word')
    })

    it('rebuilds each version’s section text exactly from the changes', async () => {
      const v1 = await fetchJson<VersionBody>(api(`/policies/${SLUG}/versions/1?locale=lv`))
      const v2 = await fetchJson<VersionBody>(api(`/policies/${SLUG}/versions/2?locale=lv`))
      const oldText = new Map(v1.body.sections.map((section) => [section.key, section.text]))
      const newText = new Map(v2.body.sections.map((section) => [section.key, section.text]))
      for (const section of diff.sections) {
        expect(rebuild(section.changes, 'insert')).toBe(oldText.get(section.key) ?? '')
        expect(rebuild(section.changes, 'delete')).toBe(newText.get(section.key) ?? '')
      }
      expect(diff.sections.map((section) => section.key)).toEqual([...newText.keys()])
    })

    it('compares in reverse when from is greater than to', async () => {
      const res = await fetchJson<PolicyDiffDocument>(diffUrl('from=2&to=1&locale=lv'))
      expect(res.status).toBe(200)
      expect(res.body.stats).toMatchObject({ sectionsRemoved: 1, sectionsChanged: 4 })
      expect(edits(res.body.sections[0])).toEqual([
        ['delete', 'apmeklētāju'],
        ['insert', 'apeklētāju'],
      ])
    })

    it('reports every section unchanged when a version is compared with itself', async () => {
      const res = await fetchJson<PolicyDiffDocument>(diffUrl('from=2&to=2&locale=lv'))
      expect(res.body.stats).toMatchObject({
        sectionsUnchanged: 10,
        wordsInserted: 0,
        wordsDeleted: 0,
      })
    })
  })

  describe('as HTML', () => {
    it('highlights the same words and bullets with <ins> and <del>', async () => {
      const res = await fetch(diffUrl('from=1&to=2&locale=lv&format=html'))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const html = await res.text()
      expect(html).toContain('<del>apeklētāju</del><ins>apmeklētāju</ins>')
      expect(html).toContain('<del>5</del><ins>3</ins>')
      expect(html).toContain('<ins>- maksājuma datums.</ins>')
      expect(html).toContain('<del>- sagatavotu anonīmu statistiku par vietnes izmantošanu.</del>')
      expect(html).toContain(`<ins>${ADDED_SECTION_TEXT}</ins>`)
      expect(html.match(/<(ins|del)>/g)).toHaveLength(2 + 6 + 1)
    })

    it('is a self-contained fragment with its own styles and a legend in the diff’s language', async () => {
      const html = await (await fetch(diffUrl('from=1&to=2&locale=lv&format=html'))).text()
      expect(html.startsWith('<div class="ppdiff" lang="lv"')).toBe(true)
      expect(html).toContain('<style>.ppdiff{')
      expect(html).toContain('Apzīmējumi:')
      expect(html).not.toMatch(/<(html|head|body|script|link)\b/)
    })
  })

  describe('caching', () => {
    it('serves the diff as immutable with an ETag', async () => {
      const res = await fetchJson(diffUrl('from=1&to=2&locale=lv'))
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
    })

    it('answers If-None-Match with the current ETag with 304 and no body, for JSON and HTML', async () => {
      for (const query of ['from=1&to=2&locale=lv', 'from=1&to=2&locale=lv&format=html']) {
        const first = await fetch(diffUrl(query))
        const etag = first.headers.get('etag') ?? ''
        const second = await fetch(diffUrl(query), { headers: { 'if-none-match': etag } })
        expect(second.status).toBe(304)
        expect(await second.text()).toBe('')
      }
    })

    it('gives JSON and HTML their own ETags', async () => {
      const json = await fetch(diffUrl('from=1&to=2&locale=lv'))
      const html = await fetch(diffUrl('from=1&to=2&locale=lv&format=html'))
      expect(json.headers.get('etag')).not.toBe(html.headers.get('etag'))
    })

    it('serves a second identical request the same body from the memo', async () => {
      const first = await fetchJson(diffUrl('from=1&to=2&locale=lv'))
      const second = await fetchJson(diffUrl('from=1&to=2&locale=lv'))
      expect(second.text).toBe(first.text)
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
      const catalog = getCatalog(app.payload, app.options)
      const computed = await diffPolicyVersions(catalog, SLUG, 1, 2, 'lv')
      // The very same object: computed once, then handed out from the catalog's memo.
      expect(await diffPolicyVersions(catalog, SLUG, 1, 2, 'lv')).toBe(computed)
      expect(JSON.stringify(computed)).toBe(first.text)
    })
  })

  describe('errors', () => {
    it.each([
      ['from that is not an integer', 'from=abc&to=2&locale=lv', 400, 'parameter_not_integer'],
      ['to that is a fraction', 'from=1&to=1.5&locale=lv', 400, 'parameter_not_integer'],
      ['a missing from', 'to=2&locale=lv', 400, 'parameter_missing'],
      ['an unknown format', 'from=1&to=2&locale=lv&format=pdf', 400, 'parameter_invalid'],
      ['an unknown version', 'from=1&to=99&locale=lv', 404, 'version_not_found'],
      ['an unknown locale', 'from=1&to=2&locale=de', 404, 'locale_unknown'],
    ])('answers %s with JSON { error }', async (_label, query, status, code) => {
      const res = await fetchJson<{ error: string; code: string }>(diffUrl(query))
      expect(res.status).toBe(status)
      expect(res.body.code).toBe(code)
      expect(res.body.error.length).toBeGreaterThan(5)
    })

    it('answers 404 for an unknown policy', async () => {
      const res = await fetchJson<{ code: string }>(
        api('/policies/terms/diff?from=1&to=2&locale=lv'),
      )
      expect(res.status).toBe(404)
      expect(res.body.code).toBe('policy_not_found')
    })

    it('answers 404 naming the version that lacks the locale (v2 was imported in Latvian only)', async () => {
      const res = await fetchJson<{ error: string; code: string }>(diffUrl('from=1&to=2&locale=en'))
      expect(res.status).toBe(404)
      expect(res.body).toEqual({
        code: 'diff_locale_missing',
        error:
          'Version 2 of the policy has no text in "en", so it cannot be compared in that language.',
      })
    })
  })

  describe('the admin panel before publishing', () => {
    it('showed the draft’s changes against version 1 exactly as the published diff reports them', async () => {
      const published = await diffPolicyVersions(
        getCatalog(app.payload, app.options),
        SLUG,
        1,
        2,
        'lv',
      )
      expect(draftView.kind).toBe('diff')
      if (draftView.kind !== 'diff') return
      const shape = (sections: readonly SectionDiff[]) =>
        sections.map(({ status, headingBefore, headingAfter, changes }) => ({
          status,
          headingBefore,
          headingAfter,
          changes,
        }))
      expect(shape(draftView.diff.sections)).toEqual(shape(published.sections))
      expect(draftView.diff.stats).toEqual(published.stats)
      expect(draftView.html).toContain('<del>apeklētāju</del><ins>apmeklētāju</ins>')
      expect(draftView.messages.lead).toContain('versiju 1')
    })

    it('shows no changes once the draft is published', async () => {
      const view = await loadDraftDiff({
        payload: app.payload,
        options: app.options,
        id: await seededPolicyId(app.payload),
        locale: 'lv',
        language: 'en',
      })
      expect(view.kind).toBe('diff')
      if (view.kind !== 'diff') return
      expect(view.diff.stats).toMatchObject({ sectionsUnchanged: 10, wordsInserted: 0 })
      expect(view.messages.lead).toContain('version 2')
    })
  })

  describe('a rewrite too large for a word-level diff', () => {
    /** 20 000 words from one vocabulary: similar enough to pair, too many edits to diff by word. */
    const hugeSection = (seed: number) =>
      `11. LIELA SADAĻA\n\n${Array.from({ length: 20_000 }, (_, i) => `v${(i * seed) % 7919}ā`).join(' ')}`

    beforeAll(async () => {
      for (const seed of [31, 37]) {
        await importPolicyText({
          payload: app.payload,
          options: app.options,
          slug: SLUG,
          locale: 'lv',
          text: `${revisedSeedText()}\n\n${hugeSection(seed)}`,
          publish: { changeType: 'editorial', summary: `Liela sadaļa ${seed}.` },
        })
      }
    })

    it('falls back to a coarser level, still rebuilding both texts exactly', async () => {
      const res = await fetchJson<PolicyDiffDocument>(diffUrl('from=3&to=4&locale=lv'))
      expect(res.status).toBe(200)
      expect(res.body.level).not.toBe('word')
      const changed = res.body.sections.filter((section) => section.status !== 'unchanged')
      expect(changed.map((section) => section.numberAfter)).toEqual([11])
      const [old, next] = await Promise.all(
        [3, 4].map((n) => fetchJson<VersionBody>(api(`/policies/${SLUG}/versions/${n}?locale=lv`))),
      )
      expect(rebuild(changed[0].changes, 'insert')).toBe(old.body.sections[10].text)
      expect(rebuild(changed[0].changes, 'delete')).toBe(next.body.sections[10].text)
    })

    it('lets shared caches keep a coarse diff for an hour, not a year', async () => {
      // The fallback depends on how busy the machine was; another instance may do better.
      const res = await fetch(diffUrl('from=3&to=4&locale=lv'))
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600')
    })
  })
})
