/**
 * The dashboard's small bar chart of acceptances per day, as plain geometry for an inline SVG
 * rendered on the server: no chart library and no script for thirty bars.
 */
export interface DayCount {
  /** `YYYY-MM-DD` (UTC). */
  day: string
  count: number
}

export interface ChartBar {
  day: string
  count: number
  x: number
  y: number
  width: number
  height: number
}

export interface AcceptanceChart {
  width: number
  height: number
  max: number
  bars: ChartBar[]
}

/** The last `days` UTC days up to and including `now`'s, oldest first, as [start, end) ms ranges. */
export function dayRanges(
  now: number,
  days: number,
): Array<{ day: string; from: number; to: number }> {
  const today = Date.UTC(
    new Date(now).getUTCFullYear(),
    new Date(now).getUTCMonth(),
    new Date(now).getUTCDate(),
  )
  const DAY = 86_400_000
  return Array.from({ length: days }, (_, index) => {
    const from = today - (days - 1 - index) * DAY
    return { day: new Date(from).toISOString().slice(0, 10), from, to: from + DAY }
  })
}

export function acceptanceChart(
  counts: readonly DayCount[],
  width = 600,
  height = 120,
): AcceptanceChart {
  const max = Math.max(1, ...counts.map((entry) => entry.count))
  const slot = counts.length ? width / counts.length : width
  const gap = Math.min(2, slot / 4)
  return {
    width,
    height,
    max,
    bars: counts.map((entry, index) => {
      const barHeight = Math.round((entry.count / max) * (height - 4) * 100) / 100
      return {
        day: entry.day,
        count: entry.count,
        x: Math.round(index * slot * 100) / 100,
        y: Math.round((height - barHeight) * 100) / 100,
        width: Math.round((slot - gap) * 100) / 100,
        height: barHeight,
      }
    }),
  }
}

/** A share as a whole percentage, e.g. `67 %` written the way the language writes it. */
export function percent(part: number, whole: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    whole ? part / whole : 0,
  )
}
