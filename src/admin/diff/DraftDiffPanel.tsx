import type { CSSProperties } from 'react'

import type { DraftDiffView } from './draftDiff'

// Payload's admin theme variables, so the panel's frame follows light and dark mode; the diff
// itself keeps its own light card because its colours are chosen for contrast on white.
const FRAME: CSSProperties = {
  margin: 'var(--base, 20px) 0',
  padding: 'calc(var(--base, 20px) * 0.75)',
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 'var(--style-radius-m, 4px)',
}
const MUTED: CSSProperties = { color: 'var(--theme-elevation-600, #666)', margin: '0 0 0.5em' }
const CARD: CSSProperties = {
  background: '#ffffff',
  color: '#1f2328',
  padding: '0.75em 1em',
  borderRadius: 'var(--style-radius-s, 3px)',
}

/**
 * The "Changes since the published version" panel: a title, what is compared, and the diff's own
 * HTML fragment (escaped and self-styled by `renderDiffHtml`, so it is safe to inject as is).
 */
export function DraftDiffPanel({ view }: { view: DraftDiffView }) {
  const { messages } = view
  return (
    <section className="policy-draft-diff" data-kind={view.kind} style={FRAME}>
      <h3 style={{ margin: '0 0 0.5em' }}>{messages.title}</h3>
      <p style={MUTED}>{messages.lead}</p>
      {messages.upcoming ? <p style={MUTED}>{messages.upcoming}</p> : null}
      {view.kind === 'diff' ? (
        <>
          <p style={MUTED}>{messages.hint}</p>
          <div style={CARD} dangerouslySetInnerHTML={{ __html: view.html }} />
        </>
      ) : null}
    </section>
  )
}
