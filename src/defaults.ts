import type { PolicyCollectionSlugs, RequestUser, RoleCheck } from './types.js'

export const DEFAULT_SLUGS: PolicyCollectionSlugs = {
  policies: 'policies',
  versions: 'policy-versions',
  acceptances: 'policy-acceptances',
  storefronts: 'storefronts',
  users: 'users',
  logLeaves: 'policy-log-leaves',
  treeHeads: 'policy-tree-heads',
  verifications: 'policy-log-verifications',
}

/** Seconds between two runs of the evidence log's sealing job. */
export const DEFAULT_SEAL_EVERY_SECONDS = 5

/** The scheduled `verify`: daily, after the retention purge (03:30) has marked its leaves. */
export const DEFAULT_VERIFY_CRON = '0 15 4 * * *'

/** The word after `payload` that runs the plugin's CLI (`payload policy import …`). */
export const POLICY_BIN_KEY = 'policy'

/** The slug the CLI acts on when `--slug` is not given (the shipped seed's). */
export const DEFAULT_POLICY_SLUG = 'privacy-policy'

/** The policy itself (section 5) promises personal data is kept 5 years. */
export const DEFAULT_RETENTION_YEARS = 5

export const DEFAULT_MAX_BODY_BYTES = 4096

export const DEFAULT_FRESHNESS_CHECK_MS = 500

/** The demo shop's and the seed's home: Latvian law dates are Riga time. */
export const DEFAULT_TIME_ZONE = 'Europe/Riga'

/**
 * Admin roles. `editor` drafts, `publisher` also publishes, `admin` does everything; `auditor`
 * only reads the consent ledger (which holds customer and order ids, so editors do not).
 */
export const ROLES = ['admin', 'publisher', 'editor', 'auditor'] as const

export type Role = (typeof ROLES)[number]

function hasRole(user: RequestUser | null | undefined, roles: readonly Role[]): boolean {
  if (!user || !('roles' in user) || !Array.isArray(user.roles)) return false
  return user.roles.some((role: unknown) => roles.includes(role as Role))
}

export const defaultIsAdmin: RoleCheck = (user) => hasRole(user, ['admin'])
export const defaultCanPublish: RoleCheck = (user) => hasRole(user, ['admin', 'publisher'])
export const defaultCanEdit: RoleCheck = (user) => hasRole(user, ['admin', 'publisher', 'editor'])
export const defaultCanReadLedger: RoleCheck = (user) => hasRole(user, ['admin', 'auditor'])
