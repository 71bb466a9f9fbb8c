import { readFileSync } from 'node:fs'

import { DEFAULT_POLICY_SLUG } from '../defaults.js'
import { exportPolicyText } from '../operations/exportPolicyText.js'
import { importPolicyText, type ReleaseNotes } from '../operations/importPolicyText.js'
import { getCatalog } from '../operations/policyCatalog.js'
import { CHANGE_TYPES, type ChangeType } from '../policy/types.js'
import { optionalString, parseFlags, requireString, requireVersionNumber } from './args.js'
import { CliUsageError } from './cliError.js'
import type { CliContext } from './context.js'
import { diffCommand } from './diffCommand.js'
import { sealCommand, verifyCommand } from './evidenceCommands.js'
import { grantRoleCommand } from './grantRoleCommand.js'
import { purgeCommand } from './purgeCommand.js'

/** A command returns its whole stdout output (`export` prints the text byte for byte, no newline added). */
export type CliCommand = (context: CliContext, argv: string[]) => Promise<string>

function releaseNotes(
  flags: Record<string, string | boolean | undefined>,
): ReleaseNotes | undefined {
  if (!flags.publish) {
    if (flags['change-type'] || flags.summary || flags['effective-at']) {
      throw new CliUsageError('--change-type, --summary and --effective-at need --publish')
    }
    return undefined
  }
  const changeType = requireString(flags, 'change-type')
  if (!CHANGE_TYPES.includes(changeType as ChangeType)) {
    throw new CliUsageError(`--change-type must be material or editorial, got "${changeType}"`)
  }
  const effectiveAt = optionalString(flags, 'effective-at')
  if (effectiveAt !== undefined && Number.isNaN(Date.parse(effectiveAt))) {
    throw new CliUsageError(`--effective-at must be an ISO date, got "${effectiveAt}"`)
  }
  return {
    changeType: changeType as ChangeType,
    summary: optionalString(flags, 'summary') ?? '',
    effectiveAt: effectiveAt ? new Date(effectiveAt).toISOString() : undefined,
  }
}

function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new CliUsageError(`cannot read ${file}: ${reason}`)
  }
}

/** `import --file F --locale lv [--slug …] [--publish --change-type … --summary …] [--effective-at ISO]` */
export const importCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, {
    file: { type: 'string' },
    locale: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    publish: { type: 'boolean' },
    'change-type': { type: 'string' },
    summary: { type: 'string' },
    'effective-at': { type: 'string' },
  })
  const release = releaseNotes(flags)
  const result = await importPolicyText({
    payload,
    options,
    slug: optionalString(flags, 'slug') ?? DEFAULT_POLICY_SLUG,
    locale: requireString(flags, 'locale'),
    text: readTextFile(requireString(flags, 'file')),
    title: optionalString(flags, 'title'),
    publish: release,
    via: 'cli',
  })
  if (!release) return 'draft saved\n'
  return result.published === null ? 'no changes: nothing published\n' : `${result.published}\n`
}

/** `export --slug privacy-policy --version N --locale lv` */
export const exportCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, {
    slug: { type: 'string' },
    version: { type: 'string' },
    locale: { type: 'string' },
  })
  return exportPolicyText(
    getCatalog(payload, options),
    optionalString(flags, 'slug') ?? DEFAULT_POLICY_SLUG,
    requireVersionNumber(flags, 'version'),
    requireString(flags, 'locale'),
  )
}

export const COMMANDS: Record<string, CliCommand> = {
  import: importCommand,
  'purge-expired': purgeCommand,
  export: exportCommand,
  diff: diffCommand,
  'grant-role': grantRoleCommand,
  seal: sealCommand,
  verify: verifyCommand,
}
