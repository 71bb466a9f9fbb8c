import type { EvidenceReceipt, LedgerPublicKey } from '../client/types.js'
import { escapeHtml } from '../util/escapeHtml.js'

/** Everything one acceptance's evidence export shows (plain data). */
export interface AcceptanceEvidence {
  record: {
    id: string | number
    policy: string
    version: number
    locale: string
    contentHash: string
    channel: string
    storefront: string
    scope: string
    /** Null once the customer was erased. */
    customerId: string | null
    orderId: string | null
    acceptedAt: string
  }
  /** The exact text accepted, in the plain-text policy format (what `contentHash` is taken of). */
  text: string
  /** SHA-256 of `text` recomputed now: equal to `record.contentHash` unless the text was altered. */
  textHash: string
  receipt: EvidenceReceipt
  publicKey: LedgerPublicKey
  generatedAt: string
}

/**
 * The acceptance as a consent record with the field names of ISO/IEC TS 27560:2023 (consent record
 * information structure) where the ledger has the information; fields the ledger does not hold
 * (purposes, controller contact, jurisdiction) are left out rather than invented.
 */
export function consentRecordJson(evidence: AcceptanceEvidence): Record<string, unknown> {
  const { record, receipt } = evidence
  return {
    schemaVersion: 'ISO/IEC TS 27560:2023 (subset) + ppl:receipt:v1',
    recordId: String(record.id),
    piiPrincipalId: record.customerId,
    consentStatus: 'given',
    consentEvents: [
      {
        eventType: 'given',
        eventTime: record.acceptedAt,
        collectionMethod: record.channel,
        collectedBy: { storefront: record.storefront, scope: record.scope },
        orderId: record.orderId,
      },
    ],
    privacyNotice: {
      noticeId: record.policy,
      version: record.version,
      language: record.locale,
      contentHash: { algorithm: 'SHA-256', value: record.contentHash },
    },
    proof: {
      receipt,
      publicKey: evidence.publicKey,
      verification:
        'README "Evidence log": recompute the leaf hash, the commitments, the inclusion proof (RFC 9162 §2.1.3.2) and the Ed25519 signature',
    },
    generatedAt: evidence.generatedAt,
  }
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid #eee}
th{width:14rem;font-weight:600}code,pre{font:13px/1.4 ui-monospace,monospace;word-break:break-all;white-space:pre-wrap}
pre{background:#f6f6f6;padding:.75rem;border-radius:4px}.ok{color:#060}.bad{color:#a00}`

/** What the HTML and the PDF export both say, as plain text (one wording, two renderings). */
export interface EvidenceSections {
  title: string
  intro: string
  record: Array<[string, string]>
  textHashLine: string
  textMatches: boolean
  textMatchLine: string
  receipt: Array<[string, string]>
  clientNote: string
}

export function evidenceSections(evidence: AcceptanceEvidence): EvidenceSections {
  const { record, receipt, publicKey } = evidence
  const textMatches = evidence.textHash === record.contentHash
  const head = receipt.treeHead
  const value = (text: string | number | null | undefined) =>
    text === null || text === undefined ? '—' : String(text)
  return {
    title: `Evidence of acceptance ${String(record.id)}`,
    intro: `Policy ${record.policy}, version ${record.version}, language ${record.locale}. Generated ${evidence.generatedAt}.`,
    record: [
      ['Customer (storefront id)', record.customerId ?? 'erased'],
      ['Order', value(record.orderId)],
      ['Accepted at (server time)', record.acceptedAt],
      ['Channel', record.channel],
      ['Storefront / scope', `${record.storefront} / ${record.scope}`],
      ['Content hash cited', record.contentHash],
    ],
    textHashLine: `SHA-256 of the text below (UTF-8, exactly as shown, no trailing newline): ${evidence.textHash}`,
    textMatches,
    textMatchLine: textMatches
      ? 'matches the hash the acceptance cites'
      : 'DOES NOT match the hash the acceptance cites',
    receipt: [
      ['Leaf hash', receipt.leafHash],
      [
        'Leaf index / tree size',
        receipt.inclusion
          ? `${receipt.inclusion.leafIndex} / ${receipt.inclusion.treeSize}`
          : 'not sealed yet',
      ],
      ['Tree head root', value(head?.rootHash)],
      ['Tree head time', value(head?.timestamp)],
      ['Signing key (Ed25519, base64)', publicKey.publicKey],
      ['Key id (SHA-256 of the key)', publicKey.keyId],
    ],
    clientNote:
      'The typed client does steps 2–5: `verifyReceipt(receipt, publicKey)` from `payload-privacy-policy/storefront-client`.',
  }
}

/** How to check the evidence independently; code in `backticks`. */
export function verificationSteps(record: AcceptanceEvidence['record']): string[] {
  return [
    `Text: save the text above as UTF-8 without a trailing newline (or run \`npm run -s policy -- export --slug ${record.policy} --version ${record.version} --locale ${record.locale}\`) and compare \`sha256sum\` with the content hash.`,
    'Leaf: SHA-256 of the byte 0x00 followed by the UTF-8 JSON array `["ppl:acceptance:v1", id, policy, version, contentHash, locale, channel, storefront, scope, acceptedOn, acceptedAtCommitment, customerCommitment, orderCommitment, idempotencyKeyCommitment]` of the receipt\'s `leaf` must equal the leaf hash.',
    "Commitments (when the receipt has an opening): HMAC-SHA256 keyed with the salt's bytes over the JSON `[field, value]` must equal each commitment.",
    "Inclusion: RFC 9162 §2.1.3.2 with the leaf index, tree size and path must give the tree head's root.",
    'Signature: Ed25519 over the UTF-8 JSON `["ppl:tree-head:v1", treeSize, rootHash, timestamp]` with the public key you pinned earlier (not necessarily the one printed here).',
  ]
}

/** Plain text with `code` spans, escaped for HTML. */
function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>')
}

function rows(entries: Array<[string, string]>): string {
  return entries
    .map(
      ([name, value]) =>
        `<tr><th>${escapeHtml(name)}</th><td><code>${escapeHtml(value)}</code></td></tr>`,
    )
    .join('')
}

/**
 * One acceptance's evidence as a self-contained HTML document (no scripts, no external resources):
 * the exact text accepted, its hash, the record, the receipt with its inclusion proof, and how to
 * check each of them independently.
 */
export function evidenceHtml(evidence: AcceptanceEvidence): string {
  const { record, receipt } = evidence
  const sections = evidenceSections(evidence)
  return `<!doctype html>
<html lang="${escapeHtml(record.locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Acceptance ${escapeHtml(String(record.id))} — ${escapeHtml(record.policy)} v${record.version}</title>
<style>${STYLE}</style></head><body>
<h1>${escapeHtml(sections.title)}</h1>
<p>${escapeHtml(sections.intro)}</p>
<h2>The record</h2>
<table>${rows(sections.record)}</table>
<h2>The text accepted</h2>
<p>${escapeHtml(sections.textHashLine)} —
<span class="${sections.textMatches ? 'ok' : 'bad'}">${escapeHtml(sections.textMatchLine)}</span>.</p>
<pre>${escapeHtml(evidence.text)}</pre>
<h2>Receipt and inclusion proof</h2>
<table>${rows(sections.receipt)}</table>
<pre>${escapeHtml(JSON.stringify(receipt, null, 2))}</pre>
<h2>How to verify</h2>
<ol>
${verificationSteps(record)
  .map((step) => `<li>${withCode(step)}</li>`)
  .join('\n')}
</ol>
<p>${withCode(sections.clientNote)}</p>
</body></html>
`
}
