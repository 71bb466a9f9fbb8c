import { dateVariables } from './i18n/dates.js'
import { getT } from './i18n/index.js'
import { resources } from './i18n/resources.js'
import type { PolicyStrings } from './types.js'

/**
 * A failure the caller can act on, with an HTTP status and a stable machine-readable `code`.
 * Its message is localized from `locales/<lng>/errors.json` by code, so operations stay free of
 * wording and the storefront API, the CLI and the admin all say the same thing.
 */
export class PolicyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(vars).length ? ` ${JSON.stringify(vars)}` : ''}`)
    this.name = 'PolicyError'
  }
}

/**
 * The error's message in a language (English where there is no string in it), e.g. for `{ error }`
 * bodies and CLI output. Pass the plugin options' `strings` (`getPolicyOptions(payload).strings`)
 * for the host's own wording; without them the shipped strings are used.
 */
export function localizeError(
  error: PolicyError,
  locale: string,
  strings: PolicyStrings = resources,
): string {
  // An `at` variable is an ISO date: each language's message picks the case its sentence needs.
  const dates = typeof error.vars.at === 'string' ? dateVariables(error.vars.at, locale) : {}
  return getT(
    locale,
    'errors',
    strings,
  )(error.code, {
    ...error.vars,
    ...dates,
    defaultValue: error.code,
  })
}
