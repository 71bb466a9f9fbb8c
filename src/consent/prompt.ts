import type { TFunction } from 'i18next'

import { dateVariables, formatDate } from '../i18n/dates.js'
import { getT } from '../i18n/index.js'
import type { PolicyStrings } from '../types.js'
import type { LocaleStanding } from './decide.js'

/** The localized prompt a storefront shows a customer who must review the policy. */
export interface ConsentPrompt {
  title: string
  /** What changed and what to do; ends with `notice` when there is one. */
  body: string
  /**
   * Set when the customer's language does not show the change (its translation is outdated or
   * missing in the version in force): says so, and which language's text binds. Null otherwise.
   */
  notice: string | null
  /** Label for the accept button. */
  accept: string
  /** Label for the link to the highlighted changes. */
  viewChanges: string
}

/** Formats a date the way customers of `locale` read it standing alone, e.g. "2026. gada 25. novembris". */
export function formatPolicyDate(iso: string, locale: string): string {
  return formatDate(iso, locale, 'nominative')
}

/** "in Latvian", "latviešu valodā", "на латышском языке": a language named inside a sentence. */
export function languageIn(t: TFunction, language: string, code: string): string {
  const known = t(`languageIn.${code}`, { defaultValue: '' })
  if (known) return known
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code
  return t('languageIn.other', { name })
}

/**
 * Builds the re-consent prompt in the customer's locale, English where `strings` have none in it;
 * plural forms follow each language's rules (lv, ru differ from en), dates take the case their
 * sentence needs (see `dateVariables`).
 */
export function buildConsentPrompt(args: {
  locale: string
  version: number
  effectiveAt: string
  materialChanges: number
  /** Where the customer's locale stands in the version in force. */
  translationStatus?: LocaleStanding
  /** The locale whose text binds (and in which the changes are shown when `locale`'s is not current). */
  sourceLocale?: string
  /** The plugin options' `strings`. */
  strings: PolicyStrings
}): ConsentPrompt {
  const { locale } = args
  const t = getT(locale, 'consent', args.strings)
  const standing = args.translationStatus ?? 'current'
  const notice =
    standing !== 'current' && args.sourceLocale && args.sourceLocale !== locale
      ? t(`notice.${standing}`, {
          inLanguage: languageIn(t, locale, locale),
          inSource: languageIn(t, locale, args.sourceLocale),
        })
      : null
  const body = t('prompt.body', {
    count: args.materialChanges,
    version: args.version,
    ...dateVariables(args.effectiveAt, locale),
  })
  return {
    title: t('prompt.title'),
    body: notice ? `${body} ${notice}` : body,
    notice,
    accept: t('prompt.accept'),
    viewChanges: t('prompt.viewChanges'),
  }
}
