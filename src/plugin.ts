import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BinScriptConfig, CollectionConfig, Config, Payload } from 'payload'


import { createPolicyAcceptancesCollection } from '../collections/PolicyAcceptances/index.js'
import { createPoliciesCollection } from '../collections/Policies/index.js'
import { createPolicyVersionsCollection } from '../collections/PolicyVersions/index.js'
import { createStorefrontsCollection } from '../collections/Storefronts/index.js'
import { createUsersCollection } from '../collections/Users/index.js'
import { withLedgerJobs } from './jobs/purgeExpiredTask.js'
import { seedPolicy } from './operations/seed.js'
import { POLICY_BIN_KEY } from './defaults.js'
import { resolveOptions } from './resolveOptions.js'
import { createStorefrontEndpoints } from './storefront/payloadEndpoints.js'
import type { PrivacyPolicyPluginOptions, ResolvedPolicyOptions } from './types.js'

const CUSTOM_KEY = 'privacyPolicy'

/** The plugin's resolved options, as stored on the config (for the server, the CLI, tests). */
export function getPolicyOptions(payload: Payload): ResolvedPolicyOptions {
  const options = payload.config.custom?.[CUSTOM_KEY] as ResolvedPolicyOptions | undefined
  if (!options) throw new Error('privacyPolicyPlugin is not installed in this Payload config.')
  return options
}

function pluginCollections(config: Config, options: ResolvedPolicyOptions): CollectionConfig[] {
  const hasUsers = (config.collections ?? []).some(
    (collection) => collection.slug === options.slugs.users,
  )
  return [
    // A host app with its own users keeps them; its users then need a `roles` field, or custom
    // `access` options saying who edits and publishes.
    ...(hasUsers ? [] : [createUsersCollection(options)]),
    createPoliciesCollection(options),
    createPolicyVersionsCollection(options),
    createStorefrontsCollection(options),
    createPolicyAcceptancesCollection(options),
  ]
}

/**
 * `payload policy …` (see `cli/bin.ts`), registered as one of Payload's `config.bin` scripts so it
 * runs on the host's own config. The path is built at run time, not as `new URL('…',
 * import.meta.url)`, which bundlers would treat as an asset to emit; inside a bundle (the host's
 * Next server) there is no CLI to offer, so the entry is left out when the path is not a file.
 */
function policyBinScript(): BinScriptConfig[] {
  try {
    const here = path.dirname(fileURLToPath(import.meta.url))
    return [{ key: POLICY_BIN_KEY, scriptPath: path.join(here, 'cli', 'bin.js') }]
  } catch {
    return []
  }
}

/**
 * Versioned, localized legal texts with a storefront API: `privacyPolicyPlugin(options)` adds the
 * collections, the `/api/storefront/*` endpoints and the seed to any Payload 3 config.
 */
export const privacyPolicyPlugin =
  (pluginOptions: PrivacyPolicyPluginOptions = {}) =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions, incoming)
    const config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []), ...pluginCollections(incoming, options)],
      admin: { ...incoming.admin, user: incoming.admin?.user ?? options.slugs.users },
      custom: { ...incoming.custom, [CUSTOM_KEY]: options },
      // The jobs collection is schema: present even when the plugin is disabled.
      jobs: withLedgerJobs(incoming.jobs, options),
    }
    // Disabled: keep the schema (so migrations and existing data stay valid) but add no behaviour.
    if (options.disabled) return config
    return {
      ...config,
      endpoints: [...(incoming.endpoints ?? []), ...createStorefrontEndpoints(options)],
      bin: [...(incoming.bin ?? []), ...policyBinScript()],
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (options.seed) await seedPolicy(payload, options, options.seed)
      },
    }
  }
