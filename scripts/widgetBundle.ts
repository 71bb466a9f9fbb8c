/**
 * Builds `dev/public/policy-consent.js`, the `<policy-consent>` element as one static ES module that
 * any shop can serve, from `policyConsentElement.ts`. The generated file is committed so the app
 * needs no build step for it at run time (TypeScript and Prettier are development tools);
 * `widgetBundle.test.ts` fails when it is out of date.
 *
 *   npm run build:widget
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

import { appPath } from '../dev/paths.js'

export const WIDGET_SOURCE = appPath('src', 'client', 'policyConsentElement.ts')
export const WIDGET_BUNDLE = appPath('dev', 'public', 'policy-consent.js')

/** Browser globals the module uses, declared for ESLint, which lints `public/` as plain JS. */
const GLOBALS = [
  'HTMLElement',
  'CustomEvent',
  'DOMParser',
  'crypto',
  'URL',
  'URLSearchParams',
  'customElements',
  'document',
  'fetch',
  'location',
]

const HEADER = [
  '// Generated from src/client/policyConsentElement.ts by `npm run build:widget`: do not edit.',
  `/* global ${GLOBALS.join(', ')} */`,
  '',
].join('\n')

/** The bundle's text: the element with its types stripped, formatted like the rest of the repo. */
export async function renderWidgetBundle(): Promise<string> {
  const { default: ts } = await import('typescript')
  const prettier = await import('prettier')
  const { outputText } = ts.transpileModule(readFileSync(WIDGET_SOURCE, 'utf8'), {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      useDefineForClassFields: true,
    },
  })
  const options = (await prettier.resolveConfig(WIDGET_BUNDLE)) ?? {}
  return prettier.format(HEADER + outputText, { ...options, parser: 'babel' })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void renderWidgetBundle().then((text) => {
    writeFileSync(WIDGET_BUNDLE, text)
    console.log(`wrote ${WIDGET_BUNDLE}`)
  })
}
