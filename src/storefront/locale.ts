/** Locale negotiation for storefront responses: explicit parameter, then Accept-Language, then source. */

interface WeightedTag {
  tag: string
  q: number
}

function parseAcceptLanguage(header: string): WeightedTag[] {
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const qParam = params.find((param) => param.trim().startsWith('q='))
      const q = qParam ? Number(qParam.trim().slice(2)) : 1
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0 }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q)
}

/** The first supported language in an `Accept-Language` header (`ru-RU` matches `ru`), or null. */
export function localeFromAcceptLanguage(
  header: string | null,
  locales: readonly string[],
): string | null {
  if (!header) return null
  for (const { tag } of parseAcceptLanguage(header)) {
    const base = tag.split('-')[0]
    const match = locales.find((locale) => locale === tag || locale === base)
    if (match) return match
  }
  return null
}

export interface LocaleChoice {
  locale: string
  /**
   * True when the URL did not name it: the header chose it, or its absence did (the source
   * locale). Either way another Accept-Language may get another text, so responses must then
   * `Vary: Accept-Language`, or a shared cache serves one visitor's language to the next.
   */
  negotiated: boolean
  /** The explicit parameter when it names no supported locale; the caller answers 404. */
  unknown: string | null
}

export function chooseLocale(
  explicit: string | null,
  acceptLanguage: string | null,
  locales: readonly string[],
  fallback: string,
): LocaleChoice {
  if (explicit !== null && explicit !== '') {
    return locales.includes(explicit)
      ? { locale: explicit, negotiated: false, unknown: null }
      : { locale: fallback, negotiated: false, unknown: explicit }
  }
  const fromHeader = localeFromAcceptLanguage(acceptLanguage, locales)
  return { locale: fromHeader ?? fallback, negotiated: true, unknown: null }
}
