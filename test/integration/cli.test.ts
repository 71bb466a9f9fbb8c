import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../dev/database.js'
import { revisedSeedText, seedText, SLUG } from '../support/fixtures.js'
import { openPayload } from '../support/openPayload.js'
import { runPolicyCli } from '../support/processes.js'

/** What a command may have written: published versions, saved drafts, the policy document. */
interface Written {
  versions: number
  drafts: number
  updatedAt: string
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '')

/** `import` arguments that publish a Latvian text file as a material change. */
const publishMaterial = (file: string, summary: string) => [
  'import',
  '--file',
  file,
  '--locale',
  'lv',
  '--publish',
  '--change-type',
  'material',
  '--summary',
  summary,
]

describe('policy CLI (npm run policy)', () => {
  let dir: string
  let databaseUri: string
  let payload: Payload
  const file = (name: string) => path.join(dir, name)
  const cli = (...args: string[]) => runPolicyCli(databaseUri, args)

  async function written(): Promise<Written> {
    const versions = await payload.count({ collection: 'policy-versions', overrideAccess: true })
    const drafts = await payload.countVersions({ collection: 'policies', overrideAccess: true })
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { equals: SLUG } },
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    return {
      versions: versions.totalDocs,
      drafts: drafts.totalDocs,
      updatedAt: String(docs[0].updatedAt),
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cli-'))
    databaseUri = `file:${file('cli.db')}`
    writeFileSync(file('revised.lv.txt'), revisedSeedText())
    writeFileSync(file('typo-fixed.lv.txt'), seedText('lv').replace('apeklētāju', 'apmeklētāju'))
    writeFileSync(file('no-heading.lv.txt'), 'Šim tekstam nav virsraksta.\n\nTikai rindkopas.')
    // The test's own view of the database (migrated and seeded like the app) for counting writes.
    payload = await openPayload(databaseUri)
  })

  afterAll(async () => {
    if (payload) await closePayload(payload)
    rmSync(dir, { recursive: true, force: true })
  })

  describe('export', () => {
    it('prints version 1 in Latvian byte for byte as the seed file', async () => {
      const result = await cli('export', '--slug', SLUG, '--version', '1', '--locale', 'lv')
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(seedText('lv'))
    })

    it('uses the seeded privacy policy when --slug is left out', async () => {
      const result = await cli('export', '--version', '1', '--locale', 'en')
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(seedText('en'))
    })

    it('fails with one error line for a version that does not exist', async () => {
      const result = await cli('export', '--version', '7', '--locale', 'lv')
      expect(result.code).not.toBe(0)
      expect(result.stdout).toBe('')
      expect(lines(result.stderr)).toEqual([
        'error: Version 7 of the policy "privacy-policy" does not exist.',
      ])
    })
  })

  describe('import', () => {
    it('refuses a material publish while translations are out of date, naming the stale sections, and writes nothing', async () => {
      // The typo fix leaves English and Russian complete but translated from the old §1.
      const before = await written()
      const result = await cli(
        ...publishMaterial(file('typo-fixed.lv.txt'), 'Labota drukas kļūda.'),
      )
      expect(result.code).not.toBe(0)
      expect(result.stdout).toBe('')
      expect(lines(result.stderr)).toHaveLength(1)
      expect(result.stderr).toMatch(/^error: .*en: §1; ru: §1/)
      // Refused before the first write: no version, and no draft either.
      expect(await written()).toEqual(before)
    })

    it('saves a draft without --publish and says so', async () => {
      const before = await written()
      const result = await cli('import', '--file', file('revised.lv.txt'), '--locale', 'lv')
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('draft saved\n')
      const after = await written()
      expect(after.versions).toBe(before.versions)
      expect(after.drafts).toBe(before.drafts + 1)
    })

    it('publishes the text as the next version with --publish and prints its number', async () => {
      const result = await cli(
        ...publishMaterial(
          file('revised.lv.txt'),
          'Glabāšanas termiņš saīsināts līdz 3 gadiem; pievienota sadaļa par saziņu.',
        ),
      )
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('2\n')
      expect((await written()).versions).toBe(2)
    })

    it('gives back the imported text on export of the new version (lossless round trip)', async () => {
      const result = await cli('export', '--version', '2', '--locale', 'lv')
      expect(result.stdout).toBe(revisedSeedText())
    })

    it('leaves version 1 byte for byte as it was', async () => {
      const result = await cli('export', '--version', '1', '--locale', 'lv')
      expect(result.stdout).toBe(seedText('lv'))
    })
  })

  describe('bad input', () => {
    it.each([
      [
        'a file that does not exist',
        () => ['--file', file('missing.txt'), '--locale', 'lv'],
        /ENOENT/,
      ],
      [
        'an unknown locale',
        () => ['--file', file('revised.lv.txt'), '--locale', 'de'],
        /language "de" is not supported/,
      ],
      [
        'an unknown change type',
        () => [
          '--file',
          file('revised.lv.txt'),
          '--locale',
          'lv',
          '--publish',
          '--change-type',
          'foo',
          '--summary',
          'x',
        ],
        /--change-type must be material or editorial/,
      ],
      [
        'a text with no section heading',
        () => ['--file', file('no-heading.lv.txt'), '--locale', 'lv'],
        /expected a section heading/,
      ],
      [
        'release notes without --publish',
        () => ['--file', file('revised.lv.txt'), '--locale', 'lv', '--change-type', 'material'],
        /need --publish/,
      ],
      [
        'an unknown flag',
        () => ['--file', file('revised.lv.txt'), '--locale', 'lv', '--publsh'],
        /--publsh/,
      ],
    ])(
      'refuses %s with one error line, a non-zero exit and nothing written',
      async (_label, args, reason) => {
        const before = await written()
        const result = await cli('import', ...args())
        expect(result.code).not.toBe(0)
        expect(result.stdout).toBe('')
        const errorLines = lines(result.stderr)
        expect(errorLines).toHaveLength(1)
        expect(errorLines[0]).toMatch(/^error: /)
        expect(errorLines[0]).toMatch(reason)
        expect(await written()).toEqual(before)
      },
    )

    it('refuses an unknown command with the usage and a non-zero exit', async () => {
      const before = await written()
      const result = await cli('frobnicate')
      expect(result.code).not.toBe(0)
      expect(result.stdout).toBe('')
      const errorLines = lines(result.stderr)
      expect(errorLines[0]).toBe('unknown command "frobnicate"')
      expect(errorLines.filter((line) => line.startsWith('usage:'))).toHaveLength(1)
      expect(await written()).toEqual(before)
    })
  })

  describe('grant-role', () => {
    it('adds one of the plugin’s roles to an existing user', async () => {
      // The first account becomes an admin by itself; the next one is the user to promote.
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: 'owner@example.com', password: 'owner-password-1' },
      })
      const created = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: 'legacy@example.com', password: 'legacy-password-1' },
      })
      expect(created.roles).toEqual(['editor'])
      const result = await cli('grant-role', '--email', 'legacy@example.com', '--role', 'publisher')
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('legacy@example.com now has the roles editor, publisher\n')
      const after = await payload.findByID({
        collection: 'users',
        id: created.id,
        depth: 0,
        overrideAccess: true,
      })
      expect(after.roles).toEqual(['editor', 'publisher'])
    })

    it('refuses an unknown role and an unknown e-mail with one error line', async () => {
      const role = await cli('grant-role', '--email', 'legacy@example.com', '--role', 'owner')
      expect(role.code).toBe(2)
      expect(lines(role.stderr)).toEqual([
        expect.stringMatching(/^error: --role must be one of admin, /),
      ])
      const email = await cli('grant-role', '--email', 'nobody@example.com', '--role', 'admin')
      expect(email.code).toBe(2)
      expect(lines(email.stderr)).toEqual(['error: no user with the e-mail nobody@example.com'])
    })
  })
})
