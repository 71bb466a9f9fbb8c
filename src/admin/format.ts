/**
 * Dates as the admin shows them: always with the time of day and the zone's name, because an
 * effective date read in the wrong zone can be a day off, and a legal date must not be ambiguous.
 */
export function formatDateTime(iso: string, language: string, timeZone: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  // Bare English is the US order ("January 15, 2027"); a European legal text reads day first.
  const locale = language === 'en' ? 'en-GB' : language
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date)
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date)
  return `${day} ${time} (${timeZone})`
}
