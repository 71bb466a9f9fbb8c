import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { appPath } from './paths.js'

/** What the production build is made from; a change to any of these means "rebuild". */
const BUILD_INPUTS = [
  'src',
  'collections',
  'locales',
  'dev/app',
  'dev/demo',
  'dev/locales',
  'dev/appConfig.ts',
  'dev/payload.config.ts',
  'dev/next.config.mjs',
  'dev/tsconfig.json',
  'package-lock.json',
  'tsconfig.json',
]

const FINGERPRINT_FILE = appPath('dev', '.next', 'policy-build-fingerprint')

function collectFiles(entry: string, into: string[]): void {
  if (!existsSync(entry)) return
  if (statSync(entry).isFile()) {
    into.push(entry)
    return
  }
  for (const name of readdirSync(entry).sort()) collectFiles(path.join(entry, name), into)
}

/** A hash of every build input's path and content (content, not mtime: a fresh clone has new mtimes). */
export function buildFingerprint(): string {
  const files: string[] = []
  for (const input of BUILD_INPUTS) collectFiles(appPath(input), files)
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(path.relative(appPath(), file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

/**
 * Builds the Next app when there is no build yet or its inputs changed since the last one, so
 * `npm start` on a fresh clone (or after a pull) needs no separate build step.
 */
export function ensureProductionBuild(): void {
  const fingerprint = buildFingerprint()
  const built =
    existsSync(appPath('dev', '.next', 'BUILD_ID')) &&
    existsSync(FINGERPRINT_FILE) &&
    readFileSync(FINGERPRINT_FILE, 'utf8') === fingerprint
  if (built) return
  console.log('Building the app (first start or sources changed)…')
  const result = spawnSync(
    process.execPath,
    [appPath('node_modules', 'next', 'dist', 'bin', 'next'), 'build', '--webpack', 'dev'],
    {
      cwd: appPath(),
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    },
  )
  if (result.status !== 0)
    throw new Error(`next build failed (exit ${result.status ?? result.signal})`)
  writeFileSync(FINGERPRINT_FILE, fingerprint)
}
