/**
 * Every translation file, imported statically so bundlers (Next) and Node resolve them the same
 * way. A test checks this list against the files under `locales/`, so none is forgotten.
 */
import enErrors from '../../locales/en/errors.json'
import lvErrors from '../../locales/lv/errors.json'
import ruErrors from '../../locales/ru/errors.json'

export const resources = {
  en: { errors: enErrors },
  lv: { errors: lvErrors },
  ru: { errors: ruErrors },
} as const

export type Namespace = keyof (typeof resources)['en']
