import type { CSSProperties } from 'react'

import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'
import type { TranslationStatusView } from './view.js'

const WARNING: CSSProperties = { color: 'var(--theme-warning-750, #8a5300)', fontWeight: 600 }

/** The edit view's "Translations" panel: which sections of which locale are out of date. */
export function TranslationStatusPanel({ view }: { view: TranslationStatusView }) {
  return (
    <section className="policy-translation-status" style={PANEL_FRAME}>
      <h3 style={{ margin: '0 0 0.5em' }}>{view.title}</h3>
      <p style={PANEL_MUTED}>{view.lead}</p>
      {view.allCurrent ? <p>{view.allCurrent}</p> : null}
      {/* Every locale's line, "up to date" ones too: an editor checks a language, not an absence. */}
      <ul style={{ margin: '0 0 0.5em', paddingLeft: '1.2em' }}>
        {view.lines.map((line) => (
          <li key={line.locale} data-locale={line.locale} data-state={line.state}>
            <span style={line.state === 'current' ? undefined : WARNING}>{line.text}</span>
            {line.sections.length ? (
              <ul style={{ margin: '0.25em 0', paddingLeft: '1.2em' }}>
                {line.sections.map((section) => (
                  <li key={section}>{section}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {view.hints.map((hint) => (
        <p key={hint} style={PANEL_MUTED}>
          {hint}
        </p>
      ))}
    </section>
  )
}
