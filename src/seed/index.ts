import type { PolicySeed } from '../types.js'

/**
 * The texts ship inside the package beside this module (`texts/`, copied into `dist/` by the
 * build). Each URL is a literal so bundlers that follow `new URL(…, import.meta.url)` (Turbopack,
 * webpack) emit the file too.
 */
const seedFiles = (): Record<'lv' | 'en' | 'ru', URL> => ({
  lv: new URL('./texts/privacy-policy.lv.txt', import.meta.url),
  en: new URL('./texts/privacy-policy.en.txt', import.meta.url),
  ru: new URL('./texts/privacy-policy.ru.txt', import.meta.url),
})

/**
 * The privacy policy this package ships: the Latvian original with its English and Russian
 * translations, as version 1. Pass it as the plugin's `seed` option (or to `seedPolicy`) to start
 * a shop with a real text; locales the host does not configure are skipped, and a host locale the
 * seed has no text for starts untranslated. Spread over it to change the slug, titles or summaries.
 */
export function privacyPolicySeed(): PolicySeed {
  return {
    slug: 'privacy-policy',
    title: { lv: 'Privātuma politika', en: 'Privacy policy', ru: 'Политика конфиденциальности' },
    files: seedFiles(),
    summary: {
      lv: 'Pirmā publicētā versija.',
      en: 'First published version.',
      ru: 'Первая опубликованная версия.',
    },
  }
}
