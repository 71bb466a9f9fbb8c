import type { TaskConfig } from 'payload'

import { sealLog } from '../evidence/sealLog.js'
import type { ResolvedPolicyOptions } from '../types.js'

export const SEAL_TASK_SLUG = 'sealEvidenceLog'

/** Its own queue: a slow retention purge never holds up sealing. */
export const EVIDENCE_QUEUE = 'policy-evidence'

/** Every `seconds` seconds, in Payload's six-field cron (seconds first). */
export function everySeconds(seconds: number): string {
  return `*/${seconds} * * * * *`
}

/**
 * Sealing the evidence log as a jobs-queue task, scheduled every few seconds. A run that finds
 * nothing new writes nothing; a failed one is simply the next run's work.
 */
export function createSealLogTask(options: ResolvedPolicyOptions): TaskConfig {
  return {
    slug: SEAL_TASK_SLUG,
    label: 'Seal the policy evidence log',
    retries: 0,
    schedule: options.evidence
      ? [{ cron: everySeconds(options.evidence.sealEverySeconds), queue: EVIDENCE_QUEUE }]
      : undefined,
    outputSchema: [
      { name: 'added', type: 'number' },
      { name: 'treeSize', type: 'number' },
    ],
    handler: async ({ req }) => {
      const { added, head } = await sealLog(req.payload, options)
      return { output: { added, treeSize: head?.treeSize ?? 0 } }
    },
  }
}
