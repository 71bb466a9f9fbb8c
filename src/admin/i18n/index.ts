/**
 * The plugin's admin strings as Payload translations, the way Payload's own plugins ship theirs
 * (plugin-seo): one namespace merged into `config.i18n.translations`, read with Payload's `t`, so
 * the admin shows them in the admin user's language like every other label.
 */
import type { TFunction } from '@payloadcms/translations'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { Config } from 'payload'

import { FALLBACK_LANGUAGE } from '../../i18n/resources.js'
import { en, type AdminStringKey, type AdminStrings } from './en.js'
import { lv } from './lv.js'
import { ru } from './ru.js'

export type { AdminStringKey, AdminStrings }

/** The namespace of `i18n.translations` that holds the plugin's admin strings. */
export const ADMIN_NAMESPACE = 'privacyPolicy'

/** The admin languages the plugin ships strings in; English is every other language's. */
export const SHIPPED_ADMIN_STRINGS: Readonly<Record<string, AdminStrings>> = { en, lv, ru }

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

function hostStrings(i18n: Config['i18n'], language: string): Partial<AdminStrings> {
  const translations = i18n?.translations as Record<string, Record<string, unknown>> | undefined
  const own = translations?.[language]?.[ADMIN_NAMESPACE]
  return own && typeof own === 'object' ? own : {}
}

/** A language's strings before its own overrides: shipped, else the host's English. */
function baseFor(i18n: Config['i18n'], language: string): AdminStrings {
  const shipped = SHIPPED_ADMIN_STRINGS[language] ?? SHIPPED_ADMIN_STRINGS[language.split('-')[0]]
  return shipped ?? { ...en, ...hostStrings(i18n, FALLBACK_LANGUAGE) }
}

/**
 * The admin strings for every language the admin can show: the shipped languages and each of the
 * host's `i18n.supportedLanguages` (English, with the host's English overrides, where the plugin
 * has none: no admin ever reads a raw key), with the host's own
 * `i18n.translations.<language>.privacyPolicy` on top.
 */
export function resolveAdminStrings(i18n: Config['i18n']): Record<string, AdminStrings> {
  const languages = new Set([
    ...Object.keys(SHIPPED_ADMIN_STRINGS),
    ...Object.keys(i18n?.supportedLanguages ?? {}),
  ])
  return Object.fromEntries(
    [...languages].map((language) => [
      language,
      { ...baseFor(i18n, language), ...hostStrings(i18n, language) },
    ]),
  )
}

/**
 * The host's `i18n` with the plugin's admin namespace in every language of `adminStrings`; the
 * host's own translations (its other namespaces, its overrides of ours) are kept as they are.
 */
export function withAdminTranslations(
  i18n: Config['i18n'],
  adminStrings: Record<string, AdminStrings> = resolveAdminStrings(i18n),
): NonNullable<Config['i18n']> {
  const ours = Object.fromEntries(
    Object.entries(adminStrings).map(([language, strings]) => [
      language,
      { [ADMIN_NAMESPACE]: strings },
    ]),
  )
  return { ...i18n, translations: deepMergeSimple<Translations>(ours, i18n?.translations ?? {}) }
}

/** Payload's `t` of any key set: Payload types it with its own keys, which ours are not among. */
type AnyTFunction = (key: never, vars?: Record<string, unknown>) => string

/** One admin string through Payload's `t`, in the language that `t` is for. */
export function adminText(
  t: AnyTFunction,
  key: AdminStringKey,
  vars?: Record<string, unknown>,
): string {
  return (t as (key: string, vars?: Record<string, unknown>) => string)(
    `${ADMIN_NAMESPACE}:${key}`,
    vars,
  )
}

/**
 * A Payload label or description function for one admin string: `({ t }) => t('privacyPolicy:…')`.
 * Fits collection and field labels, select options and descriptions alike.
 */
export type AdminLabel = (args: { t: TFunction }) => string

export function adminLabel(key: AdminStringKey): AdminLabel {
  return ({ t }) => adminText(t, key)
}

/**
 * One admin string as a static `{ language: text }` record, for the few places where Payload
 * takes no label function (a collection's `admin.group`).
 */
export function adminRecord(
  adminStrings: Record<string, AdminStrings>,
  key: AdminStringKey,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(adminStrings).map(([language, strings]) => [language, strings[key]]),
  )
}
