/**
 * Every customer-facing string file the plugin ships, imported statically so bundlers (Next) and
 * Node resolve them the same way. A test checks this list against the files under `locales/`, so
 * none is forgotten. The languages shipped are whatever is listed here: no other code names them.
 */
import enConsent from '../../locales/en/consent.json' with { type: 'json' }
import enDiff from '../../locales/en/diff.json' with { type: 'json' }
import enErrors from '../../locales/en/errors.json' with { type: 'json' }
import enTranslationStatus from '../../locales/en/translationStatus.json' with { type: 'json' }
import lvConsent from '../../locales/lv/consent.json' with { type: 'json' }
import lvDiff from '../../locales/lv/diff.json' with { type: 'json' }
import lvErrors from '../../locales/lv/errors.json' with { type: 'json' }
import lvTranslationStatus from '../../locales/lv/translationStatus.json' with { type: 'json' }
import ruConsent from '../../locales/ru/consent.json' with { type: 'json' }
import ruDiff from '../../locales/ru/diff.json' with { type: 'json' }
import ruErrors from '../../locales/ru/errors.json' with { type: 'json' }
import ruTranslationStatus from '../../locales/ru/translationStatus.json' with { type: 'json' }

export const resources = {
  en: {
    errors: enErrors,
    diff: enDiff,
    consent: enConsent,
    translationStatus: enTranslationStatus,
  },
  lv: {
    errors: lvErrors,
    diff: lvDiff,
    consent: lvConsent,
    translationStatus: lvTranslationStatus,
  },
  ru: {
    errors: ruErrors,
    diff: ruDiff,
    consent: ruConsent,
    translationStatus: ruTranslationStatus,
  },
} as const

/** A namespace of customer-facing strings: one file per language under `locales/<lng>/`. */
export type Namespace = keyof (typeof resources)['en']

/** English is the reference for the key set, and the language every other one falls back to. */
export const FALLBACK_LANGUAGE = 'en'

export const NAMESPACES = Object.keys(resources[FALLBACK_LANGUAGE]) as Namespace[]

/** The languages the plugin ships customer-facing strings in (lv, en, ru today). */
export const SHIPPED_LANGUAGES: readonly string[] = Object.keys(resources)
