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

function rows(entries: Array<[string, string | number | null]>): string {
  return entries
    .map(
      ([name, value]) =>
        `<tr><th>${escapeHtml(name)}</th><td><code>${escapeHtml(value === null ? '—' : String(value))}</code></td></tr>`,
    )
    .join('')
}

/**
 * One acceptance's evidence as a self-contained HTML document (no scripts, no external resources):
 * the exact text accepted, its hash, the record, the receipt with its inclusion proof, and how to
 * check each of them independently.
 */
export function evidenceHtml(evidence: AcceptanceEvidence): string {
  const { record, receipt, publicKey } = evidence
  const textMatches = evidence.textHash === record.contentHash
  const head = receipt.treeHead
  return `<!doctype html>
<html lang="${escapeHtml(record.locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Acceptance ${escapeHtml(String(record.id))} — ${escapeHtml(record.policy)} v${record.version}</title>
<style>${STYLE}</style></head><body>
<h1>Evidence of acceptance ${escapeHtml(String(record.id))}</h1>
<p>Policy <code>${escapeHtml(record.policy)}</code>, version ${record.version}, language <code>${escapeHtml(record.locale)}</code>. Generated ${escapeHtml(evidence.generatedAt)}.</p>
<h2>The record</h2>
<table>${rows([
    ['Customer (storefront id)', record.customerId ?? 'erased'],
    ['Order', record.orderId],
    ['Accepted at (server time)', record.acceptedAt],
    ['Channel', record.channel],
    ['Storefront / scope', `${record.storefront} / ${record.scope}`],
    ['Content hash cited', record.contentHash],
  ])}</table>
<h2>The text accepted</h2>
<p>SHA-256 of the text below (UTF-8, exactly as shown, no trailing newline):
<code>${escapeHtml(evidence.textHash)}</code> —
<span class="${textMatches ? 'ok' : 'bad'}">${textMatches ? 'matches the hash the acceptance cites' : 'DOES NOT match the hash the acceptance cites'}</span>.</p>
<pre>${escapeHtml(evidence.text)}</pre>
<h2>Receipt and inclusion proof</h2>
<table>${rows([
    ['Leaf hash', receipt.leafHash],
    [
      'Leaf index / tree size',
      receipt.inclusion
        ? `${receipt.inclusion.leafIndex} / ${receipt.inclusion.treeSize}`
        : 'not sealed yet',
    ],
    ['Tree head root', head?.rootHash ?? null],
    ['Tree head time', head?.timestamp ?? null],
    ['Signing key (Ed25519, base64)', publicKey.publicKey],
    ['Key id (SHA-256 of the key)', publicKey.keyId],
  ])}</table>
<pre>${escapeHtml(JSON.stringify(receipt, null, 2))}</pre>
<h2>How to verify</h2>
<ol>
<li>Text: save the text above as UTF-8 without a trailing newline (or run <code>npm run -s policy -- export --slug ${escapeHtml(record.policy)} --version ${record.version} --locale ${escapeHtml(record.locale)}</code>) and compare <code>sha256sum</code> with the content hash.</li>
<li>Leaf: SHA-256 of the byte 0x00 followed by the UTF-8 JSON array <code>["ppl:acceptance:v1", id, policy, version, contentHash, locale, channel, storefront, scope, acceptedOn, acceptedAtCommitment, customerCommitment, orderCommitment, idempotencyKeyCommitment]</code> of the receipt's <code>leaf</code> must equal the leaf hash.</li>
<li>Commitments (when the receipt has an opening): HMAC-SHA256 keyed with the salt's bytes over the JSON <code>[field, value]</code> must equal each commitment.</li>
<li>Inclusion: RFC 9162 §2.1.3.2 with the leaf index, tree size and path must give the tree head's root.</li>
<li>Signature: Ed25519 over the UTF-8 JSON <code>["ppl:tree-head:v1", treeSize, rootHash, timestamp]</code> with the public key you pinned earlier (not necessarily the one printed here).</li>
</ol>
<p>The typed client does steps 2–5: <code>verifyReceipt(receipt, publicKey)</code> from <code>payload-privacy-policy/storefront-client</code>.</p>
</body></html>
`
}
