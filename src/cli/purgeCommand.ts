import { purgeExpiredAcceptances } from '../operations/purgeExpired.js'
import { parseFlags } from './args.js'
import type { CliCommand } from './commands.js'

/** `purge-expired [--dry-run]` — the retention purge the jobs queue runs daily, on demand. */
export const purgeCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, { 'dry-run': { type: 'boolean' } })
  const result = await purgeExpiredAcceptances(payload, options, {
    dryRun: Boolean(flags['dry-run']),
  })
  const verb = result.dryRun ? 'would purge' : 'purged'
  return `${verb} ${result.expired} acceptances accepted before ${result.cutoff} (retention ${options.retentionYears} years)\n`
}
