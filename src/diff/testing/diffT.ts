/** The `diff` namespace of the project's real i18next instance, for tests. */
import type { TFunction } from 'i18next'

import { getT } from '../../i18n/index.js'
import { resources } from '../../i18n/resources.js'

/** The shipped `diff` strings of every shipped language, by language. */
export const DIFF_MESSAGES: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(resources).map(([language, namespaces]) => [language, namespaces.diff]),
)

/** A translation function for the shipped `diff` namespace, fixed to `locale`. */
export function diffT(locale: string): TFunction {
  return getT(locale, 'diff', resources)
}
