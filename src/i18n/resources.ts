/**
 * Every translation file, imported statically so bundlers (Next) and Node resolve them the same
 * way. A test checks this list against the files under `locales/`, so none is forgotten.
 */
import enConsent from '../../locales/en/consent.json'
import enDiff from '../../locales/en/diff.json'
import enErrors from '../../locales/en/errors.json'
import enShop from '../../locales/en/shop.json'
import enTranslationStatus from '../../locales/en/translationStatus.json'
import lvConsent from '../../locales/lv/consent.json'
import lvDiff from '../../locales/lv/diff.json'
import lvErrors from '../../locales/lv/errors.json'
import lvShop from '../../locales/lv/shop.json'
import lvTranslationStatus from '../../locales/lv/translationStatus.json'
import ruConsent from '../../locales/ru/consent.json'
import ruDiff from '../../locales/ru/diff.json'
import ruErrors from '../../locales/ru/errors.json'
import ruShop from '../../locales/ru/shop.json'
import ruTranslationStatus from '../../locales/ru/translationStatus.json'

export const resources = {
  en: {
    errors: enErrors,
    shop: enShop,
    diff: enDiff,
    consent: enConsent,
    translationStatus: enTranslationStatus,
  },
  lv: {
    errors: lvErrors,
    shop: lvShop,
    diff: lvDiff,
    consent: lvConsent,
    translationStatus: lvTranslationStatus,
  },
  ru: {
    errors: ruErrors,
    shop: ruShop,
    diff: ruDiff,
    consent: ruConsent,
    translationStatus: ruTranslationStatus,
  },
} as const

export type Namespace = keyof (typeof resources)['en']
