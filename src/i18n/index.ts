import i18next, { type TFunction, type i18n } from 'i18next'

import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type PolicyLocale } from '../locales.js'
import { resources, type Namespace } from './resources.js'

let instance: i18n | undefined

/**
 * The module's own i18next instance (not the global one, so a host app's i18next setup is left
 * alone), initialised synchronously on first use. No fallback language: a missing key shows up as
 * the key in tests instead of silently turning into English.
 */
export function getI18n(): i18n {
  if (instance) return instance
  const created = i18next.createInstance()
  void created.init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  instance = created
  return created
}

/** A translation function fixed to one locale and namespace. */
export function getT(locale: PolicyLocale, namespace: Namespace): TFunction {
  return getI18n().getFixedT(locale, namespace)
}
