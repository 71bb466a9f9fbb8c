import type { JobsConfig, TaskConfig } from 'payload'

import { purgeExpiredAcceptances } from '../operations/purgeExpired.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { createSealLogTask, EVIDENCE_QUEUE, everySeconds } from './sealLogTask.js'
import { createVerifyLogTask } from './verifyLogTask.js'

export const PURGE_TASK_SLUG = 'purgeExpiredAcceptances'

/** The jobs queue the ledger's maintenance runs on. */
export const LEDGER_QUEUE = 'policy-ledger'

/**
 * The retention purge as a Payload jobs-queue task, scheduled daily. Running it twice is harmless
 * (the second run finds nothing), so it is retried on failure.
 */
export function createPurgeExpiredTask(options: ResolvedPolicyOptions): TaskConfig {
  return {
    slug: PURGE_TASK_SLUG,
    label: 'Purge expired policy acceptances',
    retries: 3,
    schedule: [{ cron: '0 30 3 * * *', queue: LEDGER_QUEUE }],
    outputSchema: [
      { name: 'cutoff', type: 'text' },
      { name: 'expired', type: 'number' },
      { name: 'purged', type: 'number' },
    ],
    handler: async ({ req }) => {
      const { cutoff, expired, purged } = await purgeExpiredAcceptances(req.payload, options)
      req.payload.logger.info(`Retention purge: ${purged} acceptances before ${cutoff} removed.`)
      return { output: { cutoff, expired, purged } }
    },
  }
}

/**
 * Adds the purge task to a host's jobs config, and a runner for its queue: every 10 minutes the
 * process (started with `cron: true`) picks up due jobs, including the scheduled daily purge.
 * Running jobs over HTTP is left to admins unless the host set `jobs.access.run` itself.
 */
export function withLedgerJobs(
  jobs: JobsConfig | undefined,
  options: ResolvedPolicyOptions,
): JobsConfig {
  const task = createPurgeExpiredTask(options)
  const seal = createSealLogTask(options)
  // On the ledger queue (run every 10 minutes), not the sealing one: a long verify must not hold
  // up sealing.
  const verify = createVerifyLogTask(options, LEDGER_QUEUE)
  // `/api/payload-jobs/run` runs every due job (the purge included) for whoever calls it;
  // Payload lets any logged-in user, editors too. Admins only, unless the host decided.
  const access = {
    ...jobs?.access,
    run: jobs?.access?.run ?? (({ req }) => options.access.isAdmin(req.user)),
  } satisfies JobsConfig['access']
  // Disabled: the task stays declared (it is schema) with no schedule and no runner.
  if (options.disabled) {
    const unscheduled = [task, seal, verify].map((t) => ({ ...t, schedule: undefined }))
    return { ...jobs, access, tasks: [...(jobs?.tasks ?? []), ...unscheduled] }
  }
  const runner = { cron: '0 */10 * * * *', queue: LEDGER_QUEUE, limit: 10 }
  const sealer = options.evidence
    ? [{ cron: everySeconds(options.evidence.sealEverySeconds), queue: EVIDENCE_QUEUE, limit: 1 }]
    : []
  const autoRun = jobs?.autoRun
  return {
    ...jobs,
    access,
    tasks: [...(jobs?.tasks ?? []), task, seal, verify],
    // A host with its own autoRun function keeps it; it must then also run the ledger queues.
    autoRun: typeof autoRun === 'function' ? autoRun : [...(autoRun ?? []), runner, ...sealer],
  }
}
