import type { CollectionConfig, PayloadRequest } from 'payload'

import type { AdminStrings } from './admin/i18n/en.js'
import type { Namespace } from './i18n/resources.js'

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
  /** The evidence log's leaves, in log order. Default `policy-log-leaves`. */
  logLeaves: string
  /** The evidence log's signed tree heads. Default `policy-tree-heads`. */
  treeHeads: string
  /** The record of each `verify` run (admins and auditors read it). Default `policy-log-verifications`. */
  verifications: string
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

/** Nested customer-facing strings as i18next reads them: `{ prompt: { title: '…' } }` is `prompt.title`. */
export interface PolicyStringTree {
  [key: string]: string | PolicyStringTree
}

/** Customer-facing strings by language, then namespace (the files under `locales/<lng>/`). */
export type PolicyStrings = Readonly<Record<string, Partial<Record<Namespace, PolicyStringTree>>>>

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
  /**
   * Browser origins allowed to read the public storefront API (the policy, its versions and
   * diffs) and to load `/api/storefront/policy-consent.js` from another site, e.g.
   * `{ origins: ['https://shop.example.com'] }` (exact `scheme://host[:port]`, no path). `'*'`
   * allows every origin; it is safe because those reads are public and carry no credentials.
   * Endpoints that take a storefront key never answer CORS: their key belongs on a server, not in
   * a browser. Default: no origin (same-origin embeds only).
   */
  cors?: { origins: string[] | '*' }
  /** Who may edit drafts, publish and administer. Defaults read a `roles` array on the user. */
  access?: {
    canEdit?: RoleCheck
    canPublish?: RoleCheck
    isAdmin?: RoleCheck
    /**
     * Who may read the consent ledger (customer and order ids) through Payload's REST, GraphQL
     * and admin. Default: the `admin` and `auditor` roles; editors and publishers see only the
     * per-version counts.
     */
    canReadLedger?: RoleCheck
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
  /**
   * Customer-facing strings to add or override, by language and namespace (`consent`, `diff`,
   * `errors`, `translationStatus`; keys and `{{placeholders}}` as in the plugin's
   * `locales/en/<namespace>.json`), deep-merged over the shipped lv, en and ru. A language or key
   * without a string falls back to English. Counted strings take i18next's plural suffixes
   * (`_one`, `_few`, `_other`, …) by the language's own plural rules.
   *
   * @example
   * strings: {
   *   de: { consent: { prompt: { title: 'Unsere Datenschutzerklärung hat sich geändert' } } },
   *   en: { errors: { policy_not_found: 'There is no policy "{{slug}}" here.' } },
   * }
   *
   * The admin's labels and descriptions are Payload translations instead, in the namespace
   * `privacyPolicy`: override or add them in the host's own `i18n.translations`, e.g.
   * `i18n: { translations: { de: { privacyPolicy: { policyPlural: 'Richtlinien' } } } }` (keys:
   * the exported `AdminStrings` type). Admin languages without them show English, the host's
   * English rewording included.
   */
  strings?: { [language: string]: Partial<Record<Namespace, PolicyStringTree>> }
  /**
   * The evidence log (README "Evidence log"): every acceptance and published version becomes a
   * leaf of an RFC 9162 Merkle tree whose heads are signed with Ed25519. `false` turns it off
   * (acceptances then get no commitments or receipts; sealing later backfills them).
   */
  evidence?:
    | false
    | {
        /**
         * The Ed25519 signing key: 64 hex digits (a 32-byte seed) or a PEM PKCS#8 private key
         * (`openssl genpkey -algorithm ed25519`). Keep it like the Payload secret: losing it only
         * means new tree heads are signed by a new key, but whoever holds it can sign heads.
         * Default: derived from the Payload secret (HKDF-SHA256), so it changes with it.
         */
        signingKey?: string
        /** How often the sealing job runs, in seconds (1–59). Default 5. */
        sealEverySeconds?: number
        /**
         * When the scheduled `verify` runs (Payload's six-field cron, seconds first), its result
         * stored like any other run's; `false`: only on demand (CLI, the admin's "Verify now").
         * Default `'0 15 4 * * *'`, daily at 04:15 server time.
         */
        verifyCron?: string | false
      }
  /**
   * The IANA time zone the admin shows and reads effective dates in, always named next to the
   * time (a legal date without its zone is ambiguous by up to a day). Default `Europe/Riga`.
   */
  timeZone?: string
  /**
   * Four eyes: a publish is refused (403, `second_publisher_required`) when the publishing user is
   * the draft's last author — the last user who saved it, or the publisher themselves when the
   * publish changes the text. Another publisher must publish it. Trusted server code without a
   * user (the CLI, the seed) is not a second person and is not checked. Default false.
   */
  requireSecondPublisher?: boolean
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
  /** Allowed origins for public reads: `'*'`, or a set of exact origins (empty: none). */
  cors: { origins: ReadonlySet<string> | '*' }
  access: Required<NonNullable<PrivacyPolicyPluginOptions['access']>>
  seed: PolicySeed | false
  /** The shipped customer-facing strings with `strings` merged in (the shipped object itself without). */
  strings: PolicyStrings
  /** The admin namespace per admin language: shipped, English where none, host overrides on top. */
  adminStrings: Record<string, AdminStrings>
  /** The evidence log, or null when turned off. */
  evidence: {
    signingKey: string | null
    sealEverySeconds: number
    verifyCron: string | null
  } | null
  /** The admin's time zone for effective dates (IANA name). */
  timeZone: string
  /** Four eyes: the draft's last author may not publish it. */
  requireSecondPublisher: boolean
}
