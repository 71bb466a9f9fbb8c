import i18next, { type TFunction, type i18n } from 'i18next'

import enShop from '../locales/en/shop.json' with { type: 'json' }
import lvShop from '../locales/lv/shop.json' with { type: 'json' }
import ruShop from '../locales/ru/shop.json' with { type: 'json' }
import type { ShopLocale } from './shopLocales.js'

/** The demo shop's own strings (`dev/locales/<lng>/shop.json`); the plugin ships none of them. */
export const shopResources = {
  en: { shop: enShop },
  lv: { shop: lvShop },
  ru: { shop: ruShop },
} as const

let instance: i18n | undefined

function shopI18n(): i18n {
  if (instance) return instance
  const created = i18next.createInstance()
  void created.init({
    resources: shopResources,
    lng: 'lv',
    fallbackLng: false,
    ns: ['shop'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  instance = created
  return created
}

/** A translation function of the shop's strings in one language. */
export function getT(locale: ShopLocale, namespace: 'shop'): TFunction {
  return shopI18n().getFixedT(locale, namespace)
}
