import type { CollectionConfig, PayloadRequest } from 'payload'

/** The user shapes access rules look at: Payload's `req.user` narrowed to what matters here. */
export type RequestUser = NonNullable<PayloadRequest['user']>

/** Decides a capability for the signed-in admin user (an editor, a publisher, an admin). */
export type RoleCheck = (user: RequestUser | null | undefined) => boolean

/** Collection slugs the plugin creates; override them to fit a host app's naming. */
export interface PolicyCollectionSlugs {
  /** Legal texts, one document each (drafts on). Default `policies`. */
  policies: string
  /** Immutable published releases. Default `policy-versions`. */
  versions: string
  /** The append-only consent ledger. Default `policy-acceptances`. */
  acceptances: string
  /** API clients of the keyed storefront endpoints. Default `storefronts`. */
  storefronts: string
  /** Admin users with roles; created by the plugin unless the config already has it. Default `users`. */
  users: string
}

/** The plugin's collections, by the name of their slug option. */
export type PolicyCollectionName = keyof PolicyCollectionSlugs

/**
 * Changes one of the plugin's collections: receives the collection as the plugin built it and
 * returns the one to use (plugin-ecommerce's `…CollectionOverride` convention). Spread the default
 * and keep its `hooks`: they carry the legal guards (immutable versions, an append-only ledger).
 *
 * @example
 * overrides: {
 *   policies: ({ defaultCollection }) => ({
 *     ...defaultCollection,
 *     admin: { ...defaultCollection.admin, group: 'Shop' },
 *   }),
 * }
 */
export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

/** What the plugin seeds into an empty database. */
export interface PolicySeed {
  /** Slug of the seeded policy, e.g. `privacy-policy`. */
  slug: string
  /** Title per locale. */
  title: Record<string, string>
  /**
   * Plain-text files (the import format) per locale, as absolute paths or `file:` URLs; the source
   * locale's file is required, locales the config does not have are skipped.
   */
  files: Record<string, string | URL>
  /** The release summary of version 1, per locale. */
  summary: Record<string, string>
}

export interface PrivacyPolicyPluginOptions {
  /**
   * Keep the schema (collections, fields, the jobs task), so migrations and existing data stay
   * valid, but add no endpoints, hooks, CLI, seed or scheduled jobs (Payload plugin convention).
   */
  disabled?: boolean
  /** Collection slugs; see {@link PolicyCollectionSlugs}. */
  slugs?: Partial<PolicyCollectionSlugs>
  /**
   * Per-collection changes, applied after the plugin built each collection; see
   * {@link CollectionOverride}. `users` applies to the plugin's users collection, or to the host's
   * own after the plugin added its `roles` to it.
   */
  overrides?: Partial<Record<PolicyCollectionName, CollectionOverride>>
  /**
   * When the config already has the users collection (`slugs.users`): add the plugin's `roles`
   * field (editor, publisher, admin; the first user created becomes an admin) so the default
   * access checks work. Default true. Set false when your users have roles of their own, and say
   * who edits, publishes and administers with `access`, e.g.
   * `access: { canEdit: (user) => Boolean(user), canPublish: isLegal, isAdmin: isStaffAdmin }`.
   * A users collection that already has a field named `roles` is never changed.
   */
  addRolesToUsers?: boolean
  /** The language legal text is written in; translations are made from it. Default: the config's default locale. */
  sourceLocale?: string
  /** Years an acceptance is kept before the retention purge removes it. Default 5 (the policy's section 5). */
  retentionYears?: number
  /** Record the customer's user agent with an acceptance. Off by default: data minimisation. */
  captureUserAgent?: boolean
  /** Largest accepted request body on the storefront API, in bytes. Default 4096. */
  maxBodyBytes?: number
  /**
   * How often (ms) a cached public response checks the database for a newer published version.
   * Bounds how stale another process's publish can look. Default 500.
   */
  freshnessCheckMs?: number
  /** Who may edit drafts, publish and administer. Defaults read a `roles` array on the user. */
  access?: {
    canEdit?: RoleCheck
    canPublish?: RoleCheck
    isAdmin?: RoleCheck
    /**
     * Who may create ledger records through Payload's own APIs (REST, GraphQL, admin). Nobody by
     * default: storefronts record acceptances through the storefront endpoint, which checks the
     * content hash. Useful for importing historical consents; the benchmark uses it to measure
     * stock Payload's create as a baseline. Updates and deletes stay impossible either way.
     */
    canCreateLedgerRecords?: RoleCheck
  }
  /** Seed an empty database on init; `false` to seed nothing. */
  seed?: PolicySeed | false
}

/** Options with every default applied; what the plugin's parts receive. */
export interface ResolvedPolicyOptions {
  disabled: boolean
  slugs: PolicyCollectionSlugs
  overrides: Partial<Record<PolicyCollectionName, CollectionOverride>>
  addRolesToUsers: boolean
  sourceLocale: string
  locales: string[]
  retentionYears: number
  captureUserAgent: boolean
  maxBodyBytes: number
  freshnessCheckMs: number
  access: Required<NonNullable<PrivacyPolicyPluginOptions['access']>>
  seed: PolicySeed | false
}
