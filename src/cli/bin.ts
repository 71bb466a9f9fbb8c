/**
 * The `policy` command of Payload's own CLI, registered by the plugin through `config.bin`:
 *
 *   npx payload policy import --file policy.lv.txt --locale lv --publish --change-type material
 *
 * Payload loads the host's config first and passes it in; see `run.ts` for the commands.
 */
import type { SanitizedConfig } from 'payload'

import { POLICY_BIN_KEY } from '../defaults.js'
import { runPolicyCommand } from './run.js'

export async function script(config: SanitizedConfig): Promise<void> {
  // Payload leaves its own arguments in argv: the command's start after the key.
  const at = process.argv.indexOf(POLICY_BIN_KEY)
  const code = await runPolicyCommand(config, at < 0 ? [] : process.argv.slice(at + 1)).catch(
    (error: unknown) => {
      // Payload would log a failed script and still exit 0; a shell script must see the failure.
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
      return 1
    },
  )
  process.exit(code)
}
