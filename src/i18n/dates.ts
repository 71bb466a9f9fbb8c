/**
 * Dates in the grammatical case a sentence needs. `Intl.DateTimeFormat` writes one form per
 * language, and Latvian needs three: "2026. gada 1. decembris" stands alone, "spēkā no 2026. gada
 * 1. decembra" takes the genitive, "stājas spēkā 2026. gada 1. decembrī" the locative. Russian's
 * written date ("1 декабря 2026 г.") already has the month in the genitive, which reads right after
 * "с" and "вступает в силу" alike; English has no cases. So Latvian is written here by hand and
 * every other language takes `Intl`'s long date, in UTC like every effective date the plugin stores.
 */
export type DateCase = 'nominative' | 'genitive' | 'locative'

const LATVIAN_MONTHS: Record<DateCase, readonly string[]> = {
  nominative: [
    'janvāris',
    'februāris',
    'marts',
    'aprīlis',
    'maijs',
    'jūnijs',
    'jūlijs',
    'augusts',
    'septembris',
    'oktobris',
    'novembris',
    'decembris',
  ],
  genitive: [
    'janvāra',
    'februāra',
    'marta',
    'aprīļa',
    'maija',
    'jūnija',
    'jūlija',
    'augusta',
    'septembra',
    'oktobra',
    'novembra',
    'decembra',
  ],
  locative: [
    'janvārī',
    'februārī',
    'martā',
    'aprīlī',
    'maijā',
    'jūnijā',
    'jūlijā',
    'augustā',
    'septembrī',
    'oktobrī',
    'novembrī',
    'decembrī',
  ],
}

/** A Latvian month name in a grammatical case (`monthIndex` 0–11). */
export function latvianMonth(monthIndex: number, grammaticalCase: DateCase): string {
  return LATVIAN_MONTHS[grammaticalCase][monthIndex] ?? ''
}

/** A date as `language` writes it in running text, in `grammaticalCase` where the language has cases. */
export function formatDate(
  iso: string | Date,
  language: string,
  grammaticalCase: DateCase = 'nominative',
): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  if (language.split('-')[0] === 'lv') {
    const month = LATVIAN_MONTHS[grammaticalCase][date.getUTCMonth()]
    return `${date.getUTCFullYear()}. gada ${date.getUTCDate()}. ${month}`
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/**
 * The variables a message with a date interpolates: `{{date}}` (nominative), `{{dateGenitive}}`
 * ("no …"), `{{dateLocative}}` ("… stājas spēkā"). Each language's string picks the one its
 * sentence needs; languages without cases get the same text in all three.
 */
export function dateVariables(
  iso: string | Date,
  language: string,
  prefix = 'date',
): Record<string, string> {
  return {
    [prefix]: formatDate(iso, language, 'nominative'),
    [`${prefix}Genitive`]: formatDate(iso, language, 'genitive'),
    [`${prefix}Locative`]: formatDate(iso, language, 'locative'),
  }
}
