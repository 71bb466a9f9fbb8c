/* global process */
// `npm run build` (and `prepack`): the published package in dist/, from nothing each time so a
// removed module never lingers in a tarball. tsc emits code, declarations, source maps and the
// imported JSON; the seed texts, which `src/seed/index.ts` reads beside itself, are copied.
import { execFileSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
cpSync('src/seed/texts', 'dist/src/seed/texts', { recursive: true })
