import path from 'node:path'

/**
 * The app's root folder. The npm scripts, the CLI and the tests all run from it; `data/`, `seed/`
 * and `migrations/` are resolved against it rather than against source files, whose location
 * differs once Next has bundled them.
 */
export const APP_ROOT = process.env.POLICY_APP_ROOT ?? process.cwd()

export const appPath = (...segments: string[]): string => path.resolve(APP_ROOT, ...segments)
