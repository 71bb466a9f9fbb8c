/**
 * What each locale of a new version says changed. A summary field keeps its text from release to
 * release, so a publish that rewrote only some summaries would otherwise tell customers an earlier
 * release's news (or "First published version." on version 2). A summary counts as written for
 * this release when it is not empty and differs from every earlier version's summary in that
 * locale. A locale without one gets the release's reference summary (the source locale's, or for a
 * translation-only release that left the source summary alone, the first corrected locale's), and
 * `summaryLocales` says so, so the reader labels it as written in another language. Pure.
 */
export interface ReleaseSummaries {
  summary: Record<string, string>
  /** The locale each summary is written in (the reference's where a locale had none fresh). */
  summaryLocales: Record<string, string>
  /** Published locales without a summary of their own (served the reference summary). */
  borrowed: string[]
}

/** An earlier version's summaries, for the freshness check. */
export interface EarlierSummaries {
  number: number
  summary: Readonly<Record<string, string>>
}

export type ReleaseSummariesResult =
  | ({ ok: true } & ReleaseSummaries)
  | {
      ok: false
      /** `missing`: no reference summary; `stale`: the source summary is an earlier version's. */
      reason: 'missing' | 'stale'
      /** The locale a summary is needed in (the source locale). */
      locale: string
      /** For `stale`: the version whose summary it still is. */
      version?: number
      /** Published locales still without a summary of their own. */
      missing: string[]
    }

const norm = (value: string | null | undefined) => value?.trim() ?? ''

export function releaseSummaries(args: {
  /** The locales the new version publishes, in configured order. */
  locales: readonly string[]
  sourceLocale: string
  /** The policy's summary field per locale, as the editor left it for this release. */
  drafted: Readonly<Record<string, string | null | undefined>>
  /** Every earlier version's summaries (withdrawn ones too), any order. */
  earlier: readonly EarlierSummaries[]
  /**
   * Locales whose text a translation-only release corrects; empty when the source text changed
   * (then the source summary must be written for this release).
   */
  corrected?: readonly string[]
}): ReleaseSummariesResult {
  const { locales, sourceLocale, drafted, earlier } = args
  const corrected = args.corrected ?? []
  const usedIn = (locale: string, text: string) =>
    earlier.find((version) => norm(version.summary[locale]) === text)
  const fresh = (locale: string) => {
    const own = norm(drafted[locale])
    return own !== '' && !usedIn(locale, own)
  }
  const missing = locales.filter((locale) => !fresh(locale))
  const source = norm(drafted[sourceLocale])
  const reference = fresh(sourceLocale)
    ? sourceLocale
    : corrected.find((locale) => locales.includes(locale) && fresh(locale))
  if (reference === undefined) {
    const stale = source === '' ? undefined : usedIn(sourceLocale, source)
    return stale
      ? { ok: false, reason: 'stale', locale: sourceLocale, version: stale.number, missing }
      : { ok: false, reason: 'missing', locale: sourceLocale, missing }
  }
  const summary: Record<string, string> = {}
  const summaryLocales: Record<string, string> = {}
  for (const locale of locales) {
    const written = fresh(locale) ? locale : reference
    summary[locale] = norm(drafted[written])
    summaryLocales[locale] = written
  }
  return { ok: true, summary, summaryLocales, borrowed: missing }
}
