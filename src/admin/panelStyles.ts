import type { CSSProperties } from 'react'

/**
 * Shared look of the module's admin panels, built on Payload's admin theme variables so panels
 * follow light and dark mode like the fields around them.
 */
export const PANEL_FRAME: CSSProperties = {
  margin: 'var(--base, 20px) 0',
  padding: 'calc(var(--base, 20px) * 0.75)',
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 'var(--style-radius-m, 4px)',
}

export const PANEL_MUTED: CSSProperties = {
  color: 'var(--theme-elevation-600, #666)',
  margin: '0 0 0.5em',
}
