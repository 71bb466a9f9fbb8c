/**
 * The `diff` namespace on the project's real i18next instance, for tests. The translation files
 * are registered here when `src/i18n/resources.ts` does not list them (yet), so the tests
 * exercise the same plural rules and settings as production either way.
 */
import type { TFunction } from 'i18next'

import { getI18n } from '../../i18n'
import type { PolicyLocale } from '../../locales'
import en from '../../../locales/en/diff.json'
import lv from '../../../locales/lv/diff.json'
import ru from '../../../locales/ru/diff.json'

export const DIFF_MESSAGES: Record<PolicyLocale, Record<string, string>> = { en, lv, ru }

/** A translation function for the `diff` namespace, fixed to `locale`. */
export function diffT(locale: PolicyLocale): TFunction {
  const i18n = getI18n()
  if (!i18n.hasResourceBundle(locale, 'diff')) {
    i18n.addResourceBundle(locale, 'diff', DIFF_MESSAGES[locale])
  }
  return i18n.getFixedT(locale, 'diff')
}
