import type { CollectionConfig, Config, Payload } from 'payload'

import { createPolicyAcceptancesCollection } from '../collections/PolicyAcceptances'
import { createPoliciesCollection } from '../collections/Policies'
import { createPolicyVersionsCollection } from '../collections/PolicyVersions'
import { createStorefrontsCollection } from '../collections/Storefronts'
import { createUsersCollection } from '../collections/Users'
import { withLedgerJobs } from './jobs/purgeExpiredTask'
import { seedDevAdmin, seedPolicy } from './operations/seed'
import { resolveOptions } from './resolveOptions'
import { createStorefrontEndpoints } from './storefront/payloadEndpoints'
import type { PrivacyPolicyPluginOptions, ResolvedPolicyOptions } from './types'

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
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (options.seed) {
          await seedPolicy(payload, options, options.seed)
          if (options.seed.devAdmin) await seedDevAdmin(payload, options)
        }
      },
    }
  }
