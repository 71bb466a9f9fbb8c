/** The languages the module serves legal text and customer-facing strings in. */
export const SUPPORTED_LOCALES = ['lv', 'en', 'ru'] as const

export type PolicyLocale = (typeof SUPPORTED_LOCALES)[number]

/** Latvian is the source language: the text every translation is made from. */
export const DEFAULT_LOCALE: PolicyLocale = 'lv'

export function isPolicyLocale(value: unknown): value is PolicyLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}
