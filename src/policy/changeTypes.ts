/**
 * What a release changed per locale. Pure: the version recorder stores the result, the consent
 * decision reads it back.
 */
import type { ChangeType, LocaleChangeType, VersionMeta } from './types.js'

/**
 * Each locale's change type for a new version. When the source text changed, every locale gets
 * the release's change type: the binding text changed, whatever a translation says. When the
 * source text is identical to the previous version's (a translation-only release), only the
 * locales whose text differs from the previous version's get it; the rest (and a locale the release
 * no longer publishes) get `none`, so their customers are never asked about a change that is not in
 * their text.
 */
export function localeChangeTypes(args: {
  changeType: ChangeType
  sourceLocale: string
  /** Every configured locale, published in this version or not. */
  locales: readonly string[]
  /** The new version's content hash per locale it publishes. */
  contentHashes: Readonly<Record<string, string>>
  /** The previous version's content hashes, or null for a first version. */
  previous: Readonly<Record<string, string>> | null
}): Record<string, LocaleChangeType> {
  const { changeType, sourceLocale, locales, contentHashes, previous } = args
  const translationOnly =
    previous !== null && previous[sourceLocale] === contentHashes[sourceLocale]
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      !translationOnly || (contentHashes[locale] && contentHashes[locale] !== previous[locale])
        ? changeType
        : 'none',
    ]),
  )
}

/** True when a version's change types say its source text did not change. */
export function isTranslationOnly(
  changeTypes: Readonly<Record<string, LocaleChangeType>>,
  sourceLocale: string,
): boolean {
  return changeTypes[sourceLocale] === 'none'
}

/**
 * What a version changed in `locale`. Versions recorded before per-locale change types (and locales
 * a version does not publish) follow the version's own change type: their source text changed.
 */
export function changeTypeIn(
  meta: Pick<VersionMeta, 'changeType'> & {
    changeTypes?: Readonly<Record<string, LocaleChangeType>>
  },
  locale: string,
): LocaleChangeType {
  return meta.changeTypes?.[locale] ?? meta.changeType
}
