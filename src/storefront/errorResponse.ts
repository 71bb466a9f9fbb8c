import { APIError, type Payload } from 'payload'

import { PolicyError, localizeError } from '../errors.js'
import { isPolicyLocale, DEFAULT_LOCALE, SUPPORTED_LOCALES, type PolicyLocale } from '../locales.js'
import { jsonResponse, type HeaderReader, type StorefrontResponse } from './http.js'
import { localeFromAcceptLanguage } from './locale.js'

/** The language of an error message: the request's `locale` when supported, else Accept-Language. */
function messageLocale(query: URLSearchParams, headers: HeaderReader): PolicyLocale {
  const explicit = query.get('locale')
  if (isPolicyLocale(explicit)) return explicit
  const fromHeader = localeFromAcceptLanguage(headers.get('accept-language'), SUPPORTED_LOCALES)
  return isPolicyLocale(fromHeader) ? fromHeader : DEFAULT_LOCALE
}

/**
 * Maps any failure to the contract's `{ error }` JSON (plus a stable `code`). Unexpected errors are
 * logged and answered with a generic 500 that leaks nothing about the database.
 */
export function errorResponse(
  error: unknown,
  payload: Payload,
  query: URLSearchParams,
  headers: HeaderReader,
): StorefrontResponse {
  const locale = messageLocale(query, headers)
  if (error instanceof PolicyError) {
    return jsonResponse({ error: localizeError(error, locale), code: error.code }, error.status)
  }
  if (error instanceof APIError && error.status < 500) {
    return jsonResponse({ error: error.message, code: 'invalid_request' }, error.status)
  }
  payload.logger.error({ err: error, msg: 'storefront request failed' })
  const internal = new PolicyError(500, 'internal_error')
  return jsonResponse({ error: localizeError(internal, locale), code: internal.code }, 500)
}
