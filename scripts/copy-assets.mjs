// The build's non-TypeScript files: tsc emits code, declarations and imported JSON, but not the
// seed texts, which `src/seed/index.ts` reads beside itself.
import { cpSync } from 'node:fs'

cpSync('src/seed/texts', 'dist/src/seed/texts', { recursive: true })
