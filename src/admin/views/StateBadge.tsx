import type { CSSProperties } from 'react'

import type { VersionState } from './versionState.js'

// Text colours keep a contrast ratio above 4.5:1 on their backgrounds in light and dark themes.
const COLOURS: Record<VersionState, CSSProperties> = {
  'in-force': { background: '#dafbe1', color: '#053b14' },
  upcoming: { background: '#ddf4ff', color: '#0a3069' },
  superseded: { background: '#eaeef2', color: '#24292f' },
  withdrawn: { background: '#ffebe9', color: '#6e0414' },
}

/** A version's state as a small pill: in force, upcoming with its date, superseded, withdrawn. */
export function StateBadge({ state, text }: { state: VersionState; text: string }) {
  return (
    <span
      className="policy-state-badge"
      data-state={state}
      style={{
        ...COLOURS[state],
        display: 'inline-block',
        padding: '0.1em 0.6em',
        borderRadius: '1em',
        fontSize: '0.55em',
        fontWeight: 600,
        verticalAlign: 'middle',
      }}
    >
      {text}
    </span>
  )
}
