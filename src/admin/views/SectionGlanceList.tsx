import type { CSSProperties } from 'react'

import type { SectionGlance } from './sectionGlance.js'

const COLOURS: Record<SectionGlance['status'], CSSProperties> = {
  added: { background: '#dafbe1', color: '#053b14' },
  removed: { background: '#ffebe9', color: '#6e0414' },
  changed: { background: '#fff8c5', color: '#3b2300' },
  moved: { background: '#ddf4ff', color: '#0a3069' },
  unchanged: { background: '#eaeef2', color: '#24292f' },
}

/** "Sections at a glance": one compact line per section with its status pill. */
export function SectionGlanceList({ title, items }: { title: string; items: SectionGlance[] }) {
  return (
    <details open className="policy-section-glance" style={{ margin: '0 0 1em' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{title}</summary>
      <ol style={{ listStyle: 'none', padding: 0, margin: '0.5em 0 0', columns: '22em' }}>
        {items.map((item) => (
          <li key={item.key} data-status={item.status} style={{ breakInside: 'avoid' }}>
            <span
              style={{
                ...COLOURS[item.status],
                display: 'inline-block',
                minWidth: '7em',
                padding: '0 0.5em',
                margin: '0 0.5em 0.2em 0',
                borderRadius: '1em',
                fontSize: '0.8em',
                fontWeight: 600,
                textAlign: 'center',
              }}
            >
              {item.statusText}
            </span>
            {item.label}
          </li>
        ))}
      </ol>
    </details>
  )
}
