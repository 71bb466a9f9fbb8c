import { getPayload, type Config, type Payload, type SanitizedConfig } from 'payload'
import { Writable } from 'node:stream'

import { getPolicyOptions } from '../plugin.js'
import type { ResolvedPolicyOptions } from '../types.js'

export interface CliContext {
  payload: Payload
  options: ResolvedPolicyOptions
}

/** Payload's log lines go to stderr, errors only: stdout is the command's output. */
const stderrLogger: Config['logger'] = {
  options: { level: 'error' },
  destination: new Writable({
    write(chunk: Buffer, _encoding, callback) {
      process.stderr.write(chunk, callback)
    },
  }),
}

/**
 * Boots Payload on the host's own config (the one `payload` found: `PAYLOAD_CONFIG_PATH`, else the
 * host's `src/payload.config.ts`), so the commands act on the host's database with the host's
 * `onInit` (its migrations, if it runs any) and never another app's.
 */
export async function openCliContext(config: SanitizedConfig): Promise<CliContext> {
  // A sanitized config types every logger option as required; Payload's init reads the same shape
  // an unsanitized config gives it, so the cast only restates what `buildConfig` would accept.
  const logger = stderrLogger as SanitizedConfig['logger']
  const payload = await getPayload({ config: { ...config, logger } })
  return { payload, options: getPolicyOptions(payload) }
}
