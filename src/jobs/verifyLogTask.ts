import type { TaskConfig } from 'payload'

import { runRecordedVerification } from '../evidence/verificationRuns.js'
import type { ResolvedPolicyOptions } from '../types.js'

export const VERIFY_TASK_SLUG = 'verifyEvidenceLog'

/**
 * The scheduled `verify` (option `evidence.verifyCron`, daily by default): its run is stored like
 * the CLI's and the admin's, so the dashboard shows when the log was last checked even if nobody
 * ran it by hand. Findings are a result, not a failure: the task succeeds and is not retried.
 */
export function createVerifyLogTask(options: ResolvedPolicyOptions, queue: string): TaskConfig {
  const cron = options.evidence?.verifyCron
  return {
    slug: VERIFY_TASK_SLUG,
    label: 'Verify the policy evidence log',
    retries: 0,
    schedule: cron ? [{ cron, queue }] : undefined,
    outputSchema: [
      { name: 'ok', type: 'checkbox' },
      { name: 'findingCount', type: 'number' },
    ],
    handler: async ({ req }) => {
      const { run } = await runRecordedVerification(req.payload, options, {
        trigger: 'schedule',
        triggeredBy: VERIFY_TASK_SLUG,
      })
      if (!run.ok) {
        req.payload.logger.error(`Evidence log verification: ${run.findingCount} findings.`)
      }
      return { output: { ok: run.ok, findingCount: run.findingCount } }
    },
  }
}
