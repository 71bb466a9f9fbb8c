import { APIError } from 'payload'

import { PolicyError, localizeError } from '../errors.js'
import { jsonResponse, type StorefrontRequest, type TextResponse } from './http.js'
import { chooseLocale } from './locale.js'

/** What an error response needs of the request; unrouted paths have no more than this. */
export type ErrorRequest = Pick<StorefrontRequest, 'payload' | 'options' | 'query' | 'headers'>

/**
 * The language of an error message: the request's `locale` when it is a configured locale, else
 * the best configured one in Accept-Language, else the source locale. An unknown `locale` may be
 * what the error is about, so it is skipped rather than answered in the source language outright.
 */
function messageLocale({ options, query, headers }: ErrorRequest): string {
  const explicit = query.get('locale')
  const known = explicit !== null && options.locales.includes(explicit) ? explicit : null
  const acceptLanguage = headers.get('accept-language')
  return chooseLocale(known, acceptLanguage, options.locales, options.sourceLocale).locale
}

/**
 * Maps any failure to the contract's `{ error }` JSON (plus a stable `code`). Unexpected errors are
 * logged and answered with a generic 500 that leaks nothing about the database.
 */
export function errorResponse(error: unknown, req: ErrorRequest): TextResponse {
  const locale = messageLocale(req)
  const { strings } = req.options
  if (error instanceof PolicyError) {
    const message = localizeError(error, locale, strings)
    return jsonResponse({ error: message, code: error.code }, error.status)
  }
  if (error instanceof APIError && error.status < 500) {
    return jsonResponse({ error: error.message, code: 'invalid_request' }, error.status)
  }
  req.payload.logger.error({ err: error, msg: 'storefront request failed' })
  const internal = new PolicyError(500, 'internal_error')
  const message = localizeError(internal, locale, strings)
  return jsonResponse({ error: message, code: internal.code }, 500)
}
