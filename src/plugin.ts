import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BinScriptConfig, CollectionConfig, Config, Payload } from 'payload'

import { createPolicyAcceptancesCollection } from '../collections/PolicyAcceptances/index.js'
import { createPoliciesCollection } from '../collections/Policies/index.js'
import { createPolicyVersionsCollection } from '../collections/PolicyVersions/index.js'
import { createPolicyLogLeavesCollection } from '../collections/PolicyLogLeaves/index.js'
import { createPolicyTreeHeadsCollection } from '../collections/PolicyTreeHeads/index.js'
import { createPolicyLogVerificationsCollection } from '../collections/PolicyLogVerifications/index.js'
import { createStorefrontsCollection } from '../collections/Storefronts/index.js'
import { createUsersCollection, withPolicyRoles } from '../collections/Users/index.js'
import { withAdminTranslations } from './admin/i18n/index.js'
import { withPayloadStringFixes } from './admin/i18n/payloadStringFixes.js'
import { withLedgerJobs } from './jobs/purgeExpiredTask.js'
import { seedPolicy } from './operations/seed.js'
import { POLICY_BIN_KEY } from './defaults.js'
import { resolveOptions } from './resolveOptions.js'
import { keepPublicErrorData } from './server/keepErrorData.js'
import { createStorefrontEndpoints } from './storefront/payloadEndpoints.js'
import type {
  PolicyCollectionName,
  PrivacyPolicyPluginOptions,
  ResolvedPolicyOptions,
} from './types.js'

const CUSTOM_KEY = 'privacyPolicy'

/** The plugin's resolved options, as stored on the config (for the server, the CLI, tests). */
export function getPolicyOptions(payload: Payload): ResolvedPolicyOptions {
  const options = payload.config.custom?.[CUSTOM_KEY] as ResolvedPolicyOptions | undefined
  if (!options) throw new Error('privacyPolicyPlugin is not installed in this Payload config.')
  return options
}

/** A collection as the host's `overrides` option wants it. */
function overridden(
  name: PolicyCollectionName,
  collection: CollectionConfig,
  options: ResolvedPolicyOptions,
): CollectionConfig {
  const override = options.overrides[name]
  return override ? override({ defaultCollection: collection }) : collection
}

/**
 * Disabled, the collections keep their fields (the schema) but lose their hooks and endpoints: the
 * plugin then does nothing on a write and serves nothing. Access rules stay, so nobody gains a
 * right by disabling it.
 */
function withoutBehaviour(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: {}, endpoints: [] }
}

/**
 * The host's collections followed by the plugin's. A host with its own users keeps them, with the
 * plugin's `roles` added unless `addRolesToUsers` is false.
 */
function withPolicyCollections(
  collections: CollectionConfig[],
  options: ResolvedPolicyOptions,
): CollectionConfig[] {
  const { slugs } = options
  const taken = new Set(collections.map((collection) => collection.slug))
  for (const name of [
    'policies',
    'versions',
    'acceptances',
    'storefronts',
    'logLeaves',
    'treeHeads',
    'verifications',
  ] as const) {
    if (taken.has(slugs[name])) {
      throw new Error(
        `privacyPolicyPlugin: the config already has a "${slugs[name]}" collection; ` +
          `choose another slug with \`slugs.${name}\`.`,
      )
    }
  }
  const behaviour = options.disabled
    ? withoutBehaviour
    : (collection: CollectionConfig) => collection
  const hostUsers = (users: CollectionConfig): CollectionConfig =>
    options.addRolesToUsers && !options.disabled ? withPolicyRoles(users, options) : users
  const own: Array<[PolicyCollectionName, CollectionConfig]> = [
    ['policies', createPoliciesCollection(options)],
    ['versions', createPolicyVersionsCollection(options)],
    ['storefronts', createStorefrontsCollection(options)],
    ['acceptances', createPolicyAcceptancesCollection(options)],
    ['logLeaves', createPolicyLogLeavesCollection(options)],
    ['treeHeads', createPolicyTreeHeadsCollection(options)],
    ['verifications', createPolicyLogVerificationsCollection(options)],
  ]
  if (!taken.has(slugs.users)) own.unshift(['users', createUsersCollection(options)])
  return [
    ...collections.map((collection) =>
      collection.slug === slugs.users
        ? overridden('users', hostUsers(collection), options)
        : collection,
    ),
    ...own.map(([name, collection]) => overridden(name, behaviour(collection), options)),
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
      collections: withPolicyCollections(incoming.collections ?? [], options),
      admin: {
        ...incoming.admin,
        user: incoming.admin?.user ?? options.slugs.users,
        // The drafts awaiting review (publishers), the consent ledger's figures and its evidence log
        // (admins and auditors); each is empty for anyone else.
        components: {
          ...incoming.admin?.components,
          beforeDashboard: [
            ...(incoming.admin?.components?.beforeDashboard ?? []),
            'payload-privacy-policy/rsc#PendingReviewsCard',
            'payload-privacy-policy/rsc#AcceptanceDashboard',
            'payload-privacy-policy/rsc#EvidenceLogPanel',
          ],
        },
      },
      custom: { ...incoming.custom, [CUSTOM_KEY]: options },
      i18n: withPayloadStringFixes(withAdminTranslations(incoming.i18n, options.adminStrings)),
      // The task is schema (the jobs collection lists task slugs): present even when disabled,
      // but then never scheduled.
      jobs: withLedgerJobs(incoming.jobs, options),
    }
    // Disabled: keep the schema (so migrations and existing data stay valid) but add no behaviour.
    if (options.disabled) return config
    return {
      ...config,
      endpoints: [...(incoming.endpoints ?? []), ...createStorefrontEndpoints(options)],
      bin: [...(incoming.bin ?? []), ...policyBinScript()],
      hooks: {
        ...incoming.hooks,
        afterError: [...(incoming.hooks?.afterError ?? []), keepPublicErrorData],
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (options.seed) await seedPolicy(payload, options, options.seed)
      },
    }
  }
