/**
 * The storefront contract's shapes (`../shared/CONTRACT.md`), written out for clients. Kept free of
 * imports from the module itself: a shop copies `src/client/` without the Payload plugin.
 */

export type ChangeType = 'material' | 'editorial'

export type ConsentChannel = 'checkout' | 'account' | 'reconsent'

export type ConsentStatusValue = 'never-accepted' | 'up-to-date' | 'must-review'

export interface VersionSummary {
  number: number
  publishedAt: string
  effectiveAt: string
  changeType: ChangeType
  summary: string
  /** The language `summary` is written in (the source's when none was written in this one). */
  summaryLocale?: string
}

export interface PolicySection {
  key: string
  heading: string
  /** Rendered by the module from the stored rich text; safe to insert as HTML. */
  html: string
  /** Exactly the section text that went into `contentHash`. */
  text: string
}

/** `GET /policies/:slug` (the version in force) and `GET /policies/:slug/versions/:number`. */
export interface PolicyDocument {
  slug: string
  title: string
  locale: string
  version: VersionSummary
  /** SHA-256 of the text served: what an acceptance must cite. */
  contentHash: string
  sections: PolicySection[]
  upcoming: Omit<VersionSummary, 'publishedAt'> | null
  /** Not in the contract (the implementation may add it): `outdated` for a not-yet-updated translation. */
  translationStatus?: 'current' | 'outdated'
}

export interface VersionListEntry extends VersionSummary {
  locales: string[]
}

export interface VersionList {
  slug: string
  versions: VersionListEntry[]
}

export type DiffSectionStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved'

export interface DiffChange {
  type: 'equal' | 'insert' | 'delete'
  text: string
}

export interface PolicyDiff {
  slug: string
  locale: string
  from: number
  to: number
  stats: {
    sectionsAdded: number
    sectionsRemoved: number
    sectionsChanged: number
    sectionsUnchanged: number
    wordsInserted: number
    wordsDeleted: number
  }
  sections: Array<{
    key: string
    status: DiffSectionStatus
    /** For a moved section (status `moved`, or `changed` and moved): its number in `from`. */
    movedFrom?: number
    headingBefore: string | null
    headingAfter: string | null
    changes: DiffChange[]
  }>
}

/** The body of `POST /policies/:slug/acceptances`. */
export interface AcceptanceInput {
  customerId: string
  version: number
  locale: string
  contentHash: string
  channel: ConsentChannel
  orderId?: string
}

export interface AcceptanceReceipt {
  id: string | number
  acceptedAt: string
  version: number
  /** Whether the accepted version is the one in force. */
  current: boolean
  /** The record's evidence: verify it offline with `verifyReceipt` and the log's public key. */
  receipt: EvidenceReceipt
}

/**
 * An acceptance as the evidence log commits to it (README "Evidence log"): every value a string,
 * identifying values only as HMAC-SHA256 commitments keyed with the record's salt.
 */
export interface AcceptanceLeaf {
  /** The record's id in the ledger. */
  id: string
  /** The policy's slug. */
  policy: string
  /** The accepted version's number, in decimal. */
  version: string
  /** That version's content hash in `locale`: which text was accepted. */
  contentHash: string
  locale: string
  channel: string
  /** The recording storefront's id. */
  storefront: string
  scope: string
  /** The server's date of acceptance, `YYYY-MM-DD` (UTC). */
  acceptedOn: string
  /** Commitment to the server time of acceptance, an ISO 8601 instant with milliseconds. */
  acceptedAtCommitment: string
  customerCommitment: string
  /** Commitment to the order id, or to `null` when there was none. */
  orderCommitment: string
  idempotencyKeyCommitment: string
}

/** What the commitments open to; null once the customer was erased (the salt is gone). */
export interface AcceptanceOpening {
  salt: string
  customerId: string
  orderId: string | null
  idempotencyKey: string
  acceptedAt: string
}

/** A signed statement that the log's first `treeSize` leaves have the root `rootHash`. */
export interface SignedTreeHead {
  treeSize: number
  rootHash: string
  timestamp: string
  /** Hex SHA-256 of the raw Ed25519 public key that signed it. */
  keyId: string
  /** Ed25519 signature (base64) over the UTF-8 JSON `["ppl:tree-head:v1", "<size>", "<root>", "<timestamp>"]`. */
  signature: string
}

/** The offline-verifiable evidence of one acceptance. */
export interface EvidenceReceipt {
  format: 'ppl:receipt:v1'
  leaf: AcceptanceLeaf
  /** Hex SHA-256(0x00 ‖ leaf encoding). */
  leafHash: string
  opening: AcceptanceOpening | null
  /** Null until the record is sealed into the log (seconds after it was recorded). */
  inclusion: { leafIndex: number; treeSize: number; path: string[] } | null
  treeHead: SignedTreeHead | null
}

/** `GET /ledger/public-key`: the key tree heads are signed with. */
export interface LedgerPublicKey {
  algorithm: 'Ed25519'
  /** The raw 32-byte public key, base64. */
  publicKey: string
  keyId: string
}

export interface ConsentChanges {
  from: number
  to: number
  /** The material versions' summaries, one per line. */
  summary: string
  /** Root-relative URL of the highlighted diff (`format=html`) on the policy API's origin. */
  diffUrl: string
  /**
   * The language of the summaries and the diff: the customer's, or the source locale when the
   * customer's text in force does not show the change (then `prompt.notice` says so).
   */
  locale?: string
}

export interface ConsentPrompt {
  title: string
  body: string
  /** Not in the contract (the implementation adds them): localized button labels. */
  accept?: string
  viewChanges?: string
  /** Set when the customer's language does not show the change; already part of `body`. */
  notice?: string | null
}

/** `GET /policies/:slug/consent-status`. */
export interface ConsentStatus {
  customerId: string
  slug: string
  status: ConsentStatusValue
  mustReview: boolean
  acceptedVersion: number | null
  currentVersion: number
  changes: ConsentChanges | null
  /** The customer's locale in the version in force. */
  translationStatus?: 'current' | 'outdated' | 'missing'
  prompt: ConsentPrompt | null
}

export interface CustomerAcceptance {
  id: string | number
  policy: string
  version: number
  locale: string
  contentHash: string
  channel: ConsentChannel
  orderId: string | null
  acceptedAt: string
}

export interface CustomerAcceptances {
  customerId: string
  acceptances: CustomerAcceptance[]
}

export interface ErasureReceipt {
  customerId: string
  erased: number
}
