import { PolicyError } from '../errors.js'
import type { StorefrontRequest } from './http.js'
import { chooseLocale } from './locale.js'

export interface RequestLocale {
  locale: string
  /** Headers to add to responses whose content depends on how the locale was chosen. */
  vary: Readonly<Record<string, string>>
}

// Shared, never mutated: handlers spread them into each response's own headers.
const VARY_LANGUAGE: Readonly<Record<string, string>> = { vary: 'Accept-Language' }
const NO_VARY: Readonly<Record<string, string>> = {}

/** The locale a storefront request asks for; an unknown explicit locale is a 404 (no such text). */
export function requestLocale(req: StorefrontRequest): RequestLocale {
  const choice = chooseLocale(
    req.query.get('locale'),
    req.headers.get('accept-language'),
    req.options.locales,
    req.options.sourceLocale,
  )
  if (choice.unknown !== null) {
    throw new PolicyError(404, 'locale_unknown', { locale: choice.unknown.slice(0, 20) })
  }
  return { locale: choice.locale, vary: choice.negotiated ? VARY_LANGUAGE : NO_VARY }
}
