import { latvianMonth, type DateCase } from '../i18n/dates.js'

/**
 * Dates as the admin shows them: always with the time of day and the zone's name, because an
 * effective date read in the wrong zone can be a day off, and a legal date must not be ambiguous.
 * Latvian takes the case its sentence needs ("stāsies spēkā 2027. gada 15. janvārī", locative),
 * which `Intl` cannot write (see `src/i18n/dates.ts`); other languages ignore `grammaticalCase`.
 */
export function formatDateTime(
  iso: string,
  language: string,
  timeZone: string,
  grammaticalCase: DateCase = 'nominative',
): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date)
  if (language.split('-')[0] === 'lv') {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone,
      })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    )
    const month = latvianMonth(Number(parts.month) - 1, grammaticalCase)
    return `${parts.year}. gada ${Number(parts.day)}. ${month} ${time} (${timeZone})`
  }
  // Bare English is the US order ("January 15, 2027"); a European legal text reads day first.
  const locale = language === 'en' ? 'en-GB' : language
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date)
  return `${day} ${time} (${timeZone})`
}
