import type { Data } from 'payload'

/**
 * A section row of the policy form labelled as the policy numbers it, "5. How long we keep your
 * data", instead of Payload's "Section 05": long policies are navigated by heading. Rendered on
 * the server from the form's data in the locale being edited; a row without a heading yet keeps
 * Payload's own label.
 */
export function SectionRowLabel({
  data,
  rowNumber,
  rowLabel,
}: {
  data?: Data
  rowNumber?: number
  rowLabel?: string
}) {
  const sections = (data as { sections?: Array<{ heading?: unknown }> } | undefined)?.sections
  const heading = rowNumber ? sections?.[rowNumber - 1]?.heading : undefined
  const text =
    typeof heading === 'string' && heading.trim() ? `${rowNumber}. ${heading.trim()}` : rowLabel
  return <span className="policy-section-row-label">{text}</span>
}
