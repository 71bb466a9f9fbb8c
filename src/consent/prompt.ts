import { getT } from '../i18n/index.js'
import type { PolicyStrings } from '../types.js'

/** The localized prompt a storefront shows a customer who must review the policy. */
export interface ConsentPrompt {
  title: string
  body: string
  /** Label for the accept button. */
  accept: string
  /** Label for the link to the highlighted changes. */
  viewChanges: string
}

/** Formats a date the way customers of `locale` read it, e.g. "25. novembris 2026" in Latvian. */
export function formatPolicyDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  )
}

/**
 * Builds the re-consent prompt in the customer's locale, English where `strings` have none in it;
 * plural forms follow each language's rules (lv, ru differ from en). The date is formatted for
 * the locale either way: the customer reads dates as their locale writes them.
 */
export function buildConsentPrompt(args: {
  locale: string
  version: number
  effectiveAt: string
  materialChanges: number
  /** The plugin options' `strings`. */
  strings: PolicyStrings
}): ConsentPrompt {
  const { locale } = args
  const t = getT(locale, 'consent', args.strings)
  return {
    title: t('prompt.title'),
    body: t('prompt.body', {
      count: args.materialChanges,
      version: args.version,
      date: formatPolicyDate(args.effectiveAt, locale),
    }),
    accept: t('prompt.accept'),
    viewChanges: t('prompt.viewChanges'),
  }
}
