import type { CSSProperties } from 'react'

import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'
import type { DraftDiffView } from './draftDiff.js'

// The diff keeps its own light card: its colours are chosen for contrast on white.
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
    <section className="policy-draft-diff" data-kind={view.kind} style={PANEL_FRAME}>
      <h3 style={{ margin: '0 0 0.5em' }}>{messages.title}</h3>
      <p style={PANEL_MUTED}>{messages.lead}</p>
      {messages.upcoming ? <p style={PANEL_MUTED}>{messages.upcoming}</p> : null}
      {view.kind === 'diff' ? (
        <>
          <p style={PANEL_MUTED}>{messages.hint}</p>
          <div style={CARD} dangerouslySetInnerHTML={{ __html: view.html }} />
        </>
      ) : null}
    </section>
  )
}
