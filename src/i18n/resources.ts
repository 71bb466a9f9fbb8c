/**
 * Every translation file, imported statically so bundlers (Next) and Node resolve them the same
 * way. A test checks this list against the files under `locales/`, so none is forgotten.
 */
import enDiff from '../../locales/en/diff.json'
import enErrors from '../../locales/en/errors.json'
import enShop from '../../locales/en/shop.json'
import enTranslationStatus from '../../locales/en/translationStatus.json'
import lvDiff from '../../locales/lv/diff.json'
import lvErrors from '../../locales/lv/errors.json'
import lvShop from '../../locales/lv/shop.json'
import lvTranslationStatus from '../../locales/lv/translationStatus.json'
import ruDiff from '../../locales/ru/diff.json'
import ruErrors from '../../locales/ru/errors.json'
import ruShop from '../../locales/ru/shop.json'
import ruTranslationStatus from '../../locales/ru/translationStatus.json'

export const resources = {
  en: { errors: enErrors, shop: enShop, diff: enDiff, translationStatus: enTranslationStatus },
  lv: { errors: lvErrors, shop: lvShop, diff: lvDiff, translationStatus: lvTranslationStatus },
  ru: { errors: ruErrors, shop: ruShop, diff: ruDiff, translationStatus: ruTranslationStatus },
} as const

export type Namespace = keyof (typeof resources)['en']
