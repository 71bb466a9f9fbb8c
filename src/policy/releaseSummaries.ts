/**
 * What each locale of a new version says changed. A translation's summary field keeps its text
 * from release to release, so a publish that rewrote only the source summary would otherwise
 * tell English customers the previous release's news (or "First published version." on version
 * 2). A locale whose summary is empty or still the previous version's gets the source locale's
 * summary instead, and `summaryLocales` says so, so the reader can label it as written in another
 * language. Pure: plain data in, plain data out.
 */
export interface ReleaseSummaries {
  summary: Record<string, string>
  /** The locale each summary is written in (the source's where a translation had none fresh). */
  summaryLocales: Record<string, string>
}

export function releaseSummaries(args: {
  locales: readonly string[]
  sourceLocale: string
  /** The policy's summary field per locale, as the editor left it for this release. */
  drafted: Readonly<Record<string, string | null | undefined>>
  /** The previous version's summaries, or null for the first version. */
  previous: Readonly<Record<string, string>> | null
}): ReleaseSummaries {
  const { locales, sourceLocale, drafted, previous } = args
  const source = drafted[sourceLocale]?.trim() ?? ''
  const summary: Record<string, string> = {}
  const summaryLocales: Record<string, string> = {}
  for (const locale of locales) {
    const own = drafted[locale]?.trim() ?? ''
    const carriedOver = previous !== null && own === (previous[locale] ?? '').trim()
    const fresh = locale === sourceLocale || (own !== '' && !carriedOver)
    summary[locale] = fresh ? own : source
    summaryLocales[locale] = fresh ? locale : sourceLocale
  }
  return { summary, summaryLocales }
}
