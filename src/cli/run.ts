/**
 * `payload policy <command> [flags]`: import, export and diff policy texts from a shell.
 * Output goes to stdout; on bad input, one line on stderr and a non-zero exit code.
 */
import { APIError, type SanitizedConfig } from 'payload'

import { closePayload } from '../lifecycle/closePayload.js'
import { PolicyError, localizeError } from '../errors.js'
import { FALLBACK_LANGUAGE } from '../i18n/resources.js'
import type { PolicyStrings } from '../types.js'
import { CliReportError, CliUsageError } from './cliError.js'
import { COMMANDS } from './commands.js'
import { openCliContext } from './context.js'

const USAGE = `usage: payload policy <command> [flags]
  import --file F --locale lv [--slug privacy-policy] [--title T] [--format text|markdown [--heading-level N] [--fold-empty-headings]] [--dry-run] [--publish --change-type material|editorial --summary "…"] [--effective-at ISO]
  export --slug privacy-policy --version N --locale lv
  diff --slug privacy-policy --from N --to M --locale lv
  purge-expired [--dry-run]
  grant-role --email E --role admin|publisher|editor
  seal
  verify [--no-record]`

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  // Wait for the write: exiting with a pipe's buffer unflushed would truncate the output.
  return new Promise((resolve) => stream.write(text, () => resolve()))
}

function reason(error: unknown, strings: PolicyStrings): { message: string; code: number } {
  if (error instanceof CliUsageError) return { message: error.message, code: 2 }
  // A shell speaks English here; the host's `strings` may still reword it.
  if (error instanceof PolicyError)
    return { message: localizeError(error, FALLBACK_LANGUAGE, strings), code: 1 }
  if (error instanceof APIError && error.status < 500) return { message: error.message, code: 1 }
  return { message: error instanceof Error ? error.message : String(error), code: 1 }
}

/** Runs one command on the host's config; resolves to the process exit code. */
export async function runPolicyCommand(config: SanitizedConfig, argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? COMMANDS[name] : undefined
  if (!command) {
    await write(process.stderr, `${name ? `unknown command "${name}"\n` : ''}${USAGE}\n`)
    return 2
  }
  const context = await openCliContext(config)
  try {
    const output = await command(context, rest)
    await write(process.stdout, output)
    return 0
  } catch (error) {
    if (error instanceof CliReportError) {
      await write(process.stdout, error.output)
      return error.code
    }
    const { message, code } = reason(error, context.options.strings)
    await write(process.stderr, `error: ${message.replace(/\s*\n\s*/g, ' ')}\n`)
    if (process.env.DEBUG && !(error instanceof CliUsageError)) console.error(error)
    return code
  } finally {
    await closePayload(context.payload).catch(() => undefined)
  }
}
