import { readFileSync } from 'node:fs'

import { DEFAULT_POLICY_SLUG } from '../defaults.js'
import { exportPolicyText } from '../operations/exportPolicyText.js'
import {
  importPolicyText,
  previewPolicyImport,
  type ImportPolicyTextArgs,
  type PolicyImportPreview,
  type ReleaseNotes,
} from '../operations/importPolicyText.js'
import { describeSectionMatching } from '../policy/matchSections.js'
import { getCatalog } from '../operations/policyCatalog.js'
import { withdrawVersion } from '../operations/withdrawVersion.js'
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

function importFormat(flags: Record<string, string | boolean | undefined>) {
  const format = optionalString(flags, 'format') ?? 'text'
  if (format !== 'text' && format !== 'markdown') {
    throw new CliUsageError(`--format must be text or markdown, got "${format}"`)
  }
  const level = optionalString(flags, 'heading-level')
  if (level !== undefined && (format !== 'markdown' || !/^[1-6]$/.test(level))) {
    throw new CliUsageError('--heading-level takes 1 to 6 and needs --format markdown')
  }
  if (flags['fold-empty-headings'] && format !== 'markdown') {
    throw new CliUsageError('--fold-empty-headings needs --format markdown')
  }
  return {
    format,
    markdown: {
      ...(level ? { headingLevel: Number(level) } : {}),
      foldEmptyHeadings: Boolean(flags['fold-empty-headings']),
    },
  } as const
}

/** What an editor checks before a publish: structural changes of sections, then text warnings. */
function previewLines(preview: PolicyImportPreview): string[] {
  const { matching } = preview
  return [
    ...describeSectionMatching(matching),
    ...preview.warnings.map((warning) => `warning: line ${warning.line}: ${warning.message}`),
  ]
}

function previewReport(preview: PolicyImportPreview): string {
  const { matching } = preview
  const counts =
    `sections: ${matching.added.length} new, ${matching.removed.length} removed, ` +
    `${matching.moved.length} moved, ${matching.renamed.length} renamed, ` +
    `${matching.changed.length} changed, ${matching.unchanged} unchanged`
  return [counts, ...previewLines(preview), 'dry run: nothing written'].join('\n') + '\n'
}

/**
 * `import --file F --locale lv [--slug …] [--format text|markdown [--heading-level N]
 * [--fold-empty-headings]] [--dry-run] [--publish --change-type … --summary …] [--effective-at ISO]`
 *
 * stdout stays the contract's (the version number or `draft saved`); the section matching and any
 * warnings go to stderr, so a script reading the number is unaffected. `--dry-run` prints the
 * matching on stdout and writes nothing.
 */
export const importCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, {
    file: { type: 'string' },
    locale: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    format: { type: 'string' },
    'heading-level': { type: 'string' },
    'fold-empty-headings': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    publish: { type: 'boolean' },
    'change-type': { type: 'string' },
    summary: { type: 'string' },
    'effective-at': { type: 'string' },
  })
  const release = releaseNotes(flags)
  const args: ImportPolicyTextArgs = {
    payload,
    options,
    slug: optionalString(flags, 'slug') ?? DEFAULT_POLICY_SLUG,
    locale: requireString(flags, 'locale'),
    text: readTextFile(requireString(flags, 'file')),
    ...importFormat(flags),
    title: optionalString(flags, 'title'),
    publish: release,
    via: 'cli',
  }
  if (flags['dry-run']) return previewReport(await previewPolicyImport(args))
  const result = await importPolicyText(args)
  const notes = previewLines(result)
  if (notes.length) await writeStderr(notes.join('\n') + '\n')
  if (!release) return 'draft saved\n'
  return result.published === null ? 'no changes: nothing published\n' : `${result.published}\n`
}

function writeStderr(text: string): Promise<void> {
  return new Promise((resolve) => process.stderr.write(text, () => resolve()))
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

/** `withdraw --slug privacy-policy --version N`: takes back an announced version before it is in force. */
export const withdrawCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, { slug: { type: 'string' }, version: { type: 'string' } })
  const number = requireVersionNumber(flags, 'version')
  const withdrawn = await withdrawVersion({
    payload,
    options,
    slug: optionalString(flags, 'slug') ?? DEFAULT_POLICY_SLUG,
    number,
    via: 'cli',
  })
  return `withdrew version ${number} (${String(withdrawn.withdrawnAt)})\n`
}

export const COMMANDS: Record<string, CliCommand> = {
  import: importCommand,
  'purge-expired': purgeCommand,
  export: exportCommand,
  diff: diffCommand,
  'grant-role': grantRoleCommand,
  withdraw: withdrawCommand,
  seal: sealCommand,
  verify: verifyCommand,
}
