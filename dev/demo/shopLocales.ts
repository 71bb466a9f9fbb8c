/** The shop's languages: the policy's, as the demo app's `localization` configures them. */
export const SHOP_LOCALES = ['lv', 'en', 'ru'] as const

export type ShopLocale = (typeof SHOP_LOCALES)[number]

export function isShopLocale(value: unknown): value is ShopLocale {
  return typeof value === 'string' && (SHOP_LOCALES as readonly string[]).includes(value)
}

/** The first supported language of an `Accept-Language` header, else Latvian (the source). */
export function localeFromAcceptLanguage(header: string | null): ShopLocale {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.find((param) => param.trim().startsWith('q='))
      return { language: tag.toLowerCase().split('-')[0], q: q ? Number(q.split('=')[1]) : 1 }
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.language).find(isShopLocale) ?? 'lv'
}
