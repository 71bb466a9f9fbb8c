/** The `diff` namespace of the project's real i18next instance, for tests. */
import type { TFunction } from 'i18next'

import { getT } from '../../i18n/index.js'
import type { PolicyLocale } from '../../locales.js'
import en from '../../../locales/en/diff.json' with { type: 'json' }
import lv from '../../../locales/lv/diff.json' with { type: 'json' }
import ru from '../../../locales/ru/diff.json' with { type: 'json' }

export const DIFF_MESSAGES: Record<PolicyLocale, Record<string, string>> = { en, lv, ru }

/** A translation function for the `diff` namespace, fixed to `locale`. */
export function diffT(locale: PolicyLocale): TFunction {
  return getT(locale, 'diff')
}
