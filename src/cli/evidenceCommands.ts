import { sealLog } from '../evidence/sealLog.js'
import os from 'node:os'

import { runRecordedVerification } from '../evidence/verificationRuns.js'
import { summarizeReport, verifyLog, type VerifyReport } from '../evidence/verifyLog.js'
import { parseFlags } from './args.js'
import { CliReportError } from './cliError.js'
import type { CliCommand } from './commands.js'

/** `seal` — seals the evidence log now (the jobs queue does it every few seconds). */
export const sealCommand: CliCommand = async ({ payload, options }, argv) => {
  parseFlags(argv, {})
  if (!options.evidence) return 'the evidence log is turned off (evidence: false)\n'
  const { added, head } = await sealLog(payload, options)
  if (!head) return 'nothing to seal: the ledger is empty\n'
  return `sealed ${added} new leaves; tree head ${head.treeSize} ${head.rootHash} at ${head.timestamp}\n`
}

/** Who ran the CLI, as the stored run names them (the OS account; the CLI has no admin login). */
function cliUser(): string {
  try {
    return `${os.userInfo().username}@${os.hostname()}`
  } catch {
    return os.hostname()
  }
}

/**
 * `verify` — recomputes the evidence log from the database and checks every tree head. Exit 0 with
 * one summary line, or 1 with one line per record, version, leaf or tree head that does not match.
 * The run is stored for the admin's dashboard (the first findings, the counts, the tree head it
 * covered); `--no-record` only checks, e.g. on a read-only replica.
 */
export const verifyCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, { 'no-record': { type: 'boolean' } })
  const report: VerifyReport = flags['no-record']
    ? await verifyLog(payload, options)
    : (await runRecordedVerification(payload, options, { trigger: 'cli', triggeredBy: cliUser() }))
        .report
  const summary = `${summarizeReport(report)}\n`
  if (report.ok) return summary
  const lines = report.findings.map(({ subject, problem }) => `${subject}: ${problem}\n`)
  throw new CliReportError(lines.join('') + summary, 1)
}
