import { getT } from './i18n/index.js'
import type { PolicyLocale } from './locales.js'

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

/** The error's message in a language, e.g. for `{ error }` bodies and CLI output. */
export function localizeError(error: PolicyError, locale: PolicyLocale): string {
  return getT(locale, 'errors')(error.code, { ...error.vars, defaultValue: error.code })
}
