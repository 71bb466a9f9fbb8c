import { appPath } from '../paths.js'
import { readOrCreateSecretFile, readSecretFile } from '../secret.js'

/** Where the demo shop's storefront API key is kept between starts (git-ignored, owner-only). */
export const DEMO_KEY_FILE = appPath('data', 'demo-storefront-key')

/** The key the demo shop uses, if there is one: `DEMO_STOREFRONT_KEY`, else the key file. */
export function readDemoStorefrontKey(file = DEMO_KEY_FILE): string | null {
  return process.env.DEMO_STOREFRONT_KEY || readSecretFile(file)
}

/**
 * The demo shop's key, generated on first use like the Payload secret: random, never printed,
 * and written once so a restart keeps working with the same storefront record.
 */
export function resolveDemoStorefrontKey(file = DEMO_KEY_FILE): string {
  return process.env.DEMO_STOREFRONT_KEY || readOrCreateSecretFile(file, 24)
}
