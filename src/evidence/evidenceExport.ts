import type { AcceptanceEvidence } from './evidenceDocument.js'
import { consentRecordJson, evidenceHtml } from './evidenceDocument.js'
import { evidencePdf } from './evidencePdf.js'

/** The forms one acceptance's evidence is exported in (`?format=`). */
export const EVIDENCE_FORMATS = ['html', 'pdf', 'json'] as const
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number]

export function isEvidenceFormat(value: string): value is EvidenceFormat {
  return (EVIDENCE_FORMATS as readonly string[]).includes(value)
}

/** A rendered export: its bytes or text and the headers that say what it is. */
export interface EvidenceFile {
  body: string | Buffer
  headers: Record<string, string>
}

/**
 * One acceptance's evidence in the requested form, for both the keyed storefront endpoint and the
 * admin's download. Documents are meant to be saved and handed on: a file name, no caching, and
 * a policy that lets nothing in them load or run.
 */
export async function renderEvidence(
  evidence: AcceptanceEvidence,
  format: EvidenceFormat,
): Promise<EvidenceFile> {
  const name = `acceptance-${String(evidence.record.id)}-evidence`
  const common = { 'cache-control': 'no-store' }
  if (format === 'json') {
    return {
      body: JSON.stringify(consentRecordJson(evidence)),
      headers: { ...common, 'content-type': 'application/json; charset=utf-8' },
    }
  }
  if (format === 'pdf') {
    return {
      body: await evidencePdf(evidence),
      headers: {
        ...common,
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${name}.pdf"`,
      },
    }
  }
  return {
    body: evidenceHtml(evidence),
    headers: {
      ...common,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  }
}
