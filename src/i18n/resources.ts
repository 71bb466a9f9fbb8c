/**
 * Every translation file, imported statically so bundlers (Next) and Node resolve them the same
 * way. A test checks this list against the files under `locales/`, so none is forgotten.
 */
import enDiff from '../../locales/en/diff.json'
import enErrors from '../../locales/en/errors.json'
import lvDiff from '../../locales/lv/diff.json'
import lvErrors from '../../locales/lv/errors.json'
import ruDiff from '../../locales/ru/diff.json'
import ruErrors from '../../locales/ru/errors.json'

export const resources = {
  en: { errors: enErrors, diff: enDiff },
  lv: { errors: lvErrors, diff: lvDiff },
  ru: { errors: ruErrors, diff: ruDiff },
} as const

export type Namespace = keyof (typeof resources)['en']
