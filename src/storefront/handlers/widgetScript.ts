import { readFile } from 'node:fs/promises'

import { PolicyError } from '../../errors.js'
import { bodyOf, conditionalResponse, type CachedBody } from '../conditional.js'
import type { StorefrontHandler } from '../http.js'

const JAVASCRIPT_TYPE = 'text/javascript; charset=utf-8'

/**
 * Where the `<policy-consent>` module's bytes are, tried in order, relative to this file:
 * - installed package: `dist/src/storefront/handlers/` → `dist/src/client/policyConsentElement.js`,
 *   the element as tsc compiled it (it imports nothing but types, so it is one static module);
 * - source checkout (tests, the demo, run by tsx from `src/`): there is no compiled `.js` beside
 *   the `.ts`, so the committed bundle `dev/public/policy-consent.js`, which `npm run
 *   build:widget` generates from the same source and `widgetBundle.test.ts` keeps up to date.
 */
const CANDIDATES = [
  // A literal, so a host's bundler (Turbopack, webpack) emits the file with its server code.
  new URL('../../client/policyConsentElement.js', import.meta.url),
  // Not a literal: `dev/` is not in the package, and a bundler following this reference would
  // fail the host's build on a file that is not there.
  new URL(['..', '..', '..', 'dev', 'public', 'policy-consent.js'].join('/'), import.meta.url),
]

/**
 * A day, then revalidated by ETag (a 304 costs no bytes): the URL carries no version that would
 * make it immutable, so an upgrade of the package reaches browsers within a day.
 */
const WIDGET_CACHE = 'public, max-age=86400'

let script: Promise<CachedBody> | null = null

async function loadScript(): Promise<CachedBody> {
  for (const candidate of CANDIDATES) {
    const text = await readFile(candidate, 'utf8').catch(() => null)
    if (text === null) continue
    // The compiled file points at a source map the API does not serve.
    const body = text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
    return bodyOf(body, JAVASCRIPT_TYPE)
  }
  throw new PolicyError(404, 'route_not_found')
}

/**
 * `GET /policy-consent.js` — the widget as an ES module, for `<script type="module" src=…>` on
 * any site the CORS option allows. Read once per process: the file only changes with the package.
 */
export const getWidgetScript: StorefrontHandler = async (req) => {
  script ??= loadScript().catch((error: unknown) => {
    script = null
    throw error
  })
  return conditionalResponse(req, await script, { 'cache-control': WIDGET_CACHE })
}
