import { parseArgs } from 'node:util'

import { CliUsageError } from './cliError.js'

export type Flags = Record<string, string | boolean | undefined>

/** Parses `--name value` flags strictly: an unknown flag is a usage error, not silently ignored. */
export function parseFlags(
  argv: string[],
  spec: Record<string, { type: 'string' | 'boolean' }>,
): Flags {
  try {
    return parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error))
  }
}

export function requireString(flags: Flags, name: string): string {
  const value = flags[name]
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`--${name} is required`)
  return value
}

export function optionalString(flags: Flags, name: string): string | undefined {
  const value = flags[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function requireVersionNumber(flags: Flags, name: string): number {
  const raw = requireString(flags, name)
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new CliUsageError(`--${name} must be a positive whole number, got "${raw}"`)
  }
  return Number(raw)
}
