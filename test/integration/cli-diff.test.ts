import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatDiffText } from '../../src/cli/diffCommand.js'
import { diffPolicyVersions } from '../../src/operations/diffVersions.js'
import { importPolicyText } from '../../src/operations/importPolicyText.js'
import { getCatalog } from '../../src/operations/policyCatalog.js'
import { appPath } from '../../dev/paths.js'
import { revisedSeedText, SLUG } from '../support/fixtures.js'
import { POLICY_CLI_ENV, policyCliArgv } from '../support/processes.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

function runCli(args: string[], databaseUri: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, policyCliArgv(args), {
      cwd: appPath(),
      env: { ...process.env, ...POLICY_CLI_ENV, DATABASE_URI: databaseUri },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

// The CLI is the same code on every database; SQLite keeps the spawned processes cheap.
describe('policy diff CLI (sqlite)', () => {
  let app: TestApp
  let run: CliRun

  beforeAll(async () => {
    app = await startTestApp('sqlite')
    await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale: 'lv',
      text: revisedSeedText(),
      publish: { changeType: 'editorial', summary: 'Glabāšanas termiņš saīsināts.' },
    })
    run = await runCli(
      ['diff', '--slug', SLUG, '--from', '1', '--to', '2', '--locale', 'lv'],
      app.database.uri,
    )
  })

  afterAll(async () => {
    await app?.close()
  })

  it('exits 0 and prints a title line naming the versions', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`${SLUG} (lv): version 1 → 2`)
  })

  it('prints a heading line for each changed or added section and none for unchanged ones', () => {
    const headings = run.stdout.split('\n').filter((line) => /^\d+\. /.test(line))
    expect(headings).toEqual([
      '1. PRIVĀTUMA POLITIKA  [changed]',
      '3. MAKSĀJUMA INFORMĀCIJA  [changed]',
      '4. KĀDEĻ MĒS APKOPOJAM JŪSU DATUS  [changed]',
      '5. CIK ILGI MĒS UZGLABĀJAM JŪSU DATUS  [changed]',
      '10. KONTAKTI  [added]',
    ])
  })

  it('marks deletions with [-…-] and insertions with {+…+}', () => {
    expect(run.stdout).toContain('vietnes [-apeklētāju-]{+apmeklētāju+}, tostarp')
    expect(run.stdout).toContain('glabājam [-5-]{+3+} gadus')
    expect(run.stdout).toContain('{+- maksājuma datums.+}')
    expect(run.stdout).toContain('[-- sagatavotu anonīmu statistiku par vietnes izmantošanu.-]')
    expect(run.stdout).toContain('{+Jautājumus par šo politiku sūtiet uz privatums@example.com.+}')
  })

  it('leaves untouched paragraphs of a changed section out, marked with …', () => {
    expect(run.stdout).not.toContain('Pirms pasūtījuma veikšanas')
    expect(run.stdout).toContain('\n\n…\n\n')
  })

  it('uses no colours when stdout is not a terminal', () => {
    expect(run.stdout).not.toContain('\x1b[')
  })

  it('ends with a line of statistics', () => {
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[lines.length - 1]).toMatch(
      /^sections: 4 changed, 1 added, 0 removed, 5 unchanged; words: \+\d+ -8$/,
    )
  })

  it('colours markers and headings for a terminal, keeping the markers', async () => {
    const diff = await diffPolicyVersions(getCatalog(app.payload, app.options), SLUG, 1, 2, 'lv')
    const text = formatDiffText(diff, { color: true })
    expect(text).toContain('\x1b[31m[-apeklētāju-]\x1b[0m\x1b[32m{+apmeklētāju+}\x1b[0m')
    expect(text).toContain('\x1b[1m10. KONTAKTI  [added]\x1b[0m')
  })

  it('exits 2 with a one-line reason for a version that is not a number', async () => {
    const bad = await runCli(
      ['diff', '--from', 'abc', '--to', '2', '--locale', 'lv'],
      app.database.uri,
    )
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toBe('error: --from must be a positive whole number, got "abc"\n')
  })

  it('exits 1 naming the version that has no text in the locale', async () => {
    const bad = await runCli(
      ['diff', '--from', '1', '--to', '2', '--locale', 'en'],
      app.database.uri,
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toBe(
      'error: Version 2 of the policy has no text in "en", so it cannot be compared in that language.\n',
    )
  })
})
