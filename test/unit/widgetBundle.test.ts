import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { renderWidgetBundle, WIDGET_BUNDLE } from '../../scripts/widgetBundle.js'

describe('policy-consent widget bundle', () => {
  it('is up to date with its TypeScript source (run `npm run build:widget`)', async () => {
    expect(readFileSync(WIDGET_BUNDLE, 'utf8')).toBe(await renderWidgetBundle())
  })

  it('is a self-contained module: no imports left for a browser to resolve', async () => {
    expect(await renderWidgetBundle()).not.toMatch(/^\s*import\s/m)
  })
})
