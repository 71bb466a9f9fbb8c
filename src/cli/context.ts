import { getPayload, type Payload } from 'payload'
import { buildConfig } from 'payload'
import { Writable } from 'node:stream'

import { createAppConfig } from '../appConfig'
import { getPolicyOptions } from '../plugin'
import type { ResolvedPolicyOptions } from '../types'

export interface CliContext {
  payload: Payload
  options: ResolvedPolicyOptions
}

/** Payload's log lines go to stderr, errors only: stdout is the command's output. */
const stderrLogger = {
  options: { level: 'error' },
  destination: new Writable({
    write(chunk: Buffer, _encoding, callback) {
      process.stderr.write(chunk, callback)
    },
  }),
}

/** Boots Payload against `DATABASE_URI` (migrating and seeding an empty database, like the app). */
export async function openCliContext(): Promise<CliContext> {
  const config = await buildConfig(createAppConfig({ logger: stderrLogger, devAdmin: false }))
  const payload = await getPayload({ config })
  return { payload, options: getPolicyOptions(payload) }
}
