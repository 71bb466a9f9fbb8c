import i18next, { type TFunction, type i18n } from 'i18next'

import type { PolicyStrings } from '../types.js'
import { FALLBACK_LANGUAGE, NAMESPACES, type Namespace } from './resources.js'

/**
 * One i18next instance per set of strings. Several Payload configs can live in one process (tests,
 * a host with two apps) with different `strings`; each resolved set is a distinct object, and
 * configs without overrides share the shipped one, so the common path builds a single instance.
 */
const instances = new WeakMap<PolicyStrings, i18n>()

/**
 * The plugin's own i18next instance for `strings` (never the global one, so a host app's i18next
 * setup is left alone), initialised synchronously on first use. Any language, configured by the
 * host or asked for by an admin, gets English where it has no string: a test checks that every
 * shipped language has every English key, so the fallback only ever serves languages the plugin
 * does not ship.
 */
export function getI18n(strings: PolicyStrings): i18n {
  const existing = instances.get(strings)
  if (existing) return existing
  const created = i18next.createInstance()
  void created.init({
    resources: strings,
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: NAMESPACES,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  instances.set(strings, created)
  return created
}

/**
 * A translation function fixed to one language and namespace of `strings` (the plugin options'
 * `strings`). `ru-RU` reads `ru`; a language without strings reads English.
 */
export function getT(locale: string, namespace: Namespace, strings: PolicyStrings): TFunction {
  return getI18n(strings).getFixedT(locale, namespace)
}
