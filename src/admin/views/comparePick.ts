/**
 * Which two versions the compare view shows: the ones asked for in the URL when they exist,
 * otherwise the newest version against the one before it. Plain data, unit-tested.
 */
export interface ComparePick {
  from: number
  to: number
}

function parseNumber(raw: unknown): number | null {
  const value: unknown = Array.isArray(raw) ? (raw as unknown[])[0] : raw
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return null
  return Number(value)
}

export function pickVersions(
  numbers: readonly number[],
  query: { from?: unknown; to?: unknown },
): ComparePick | null {
  const known = [...new Set(numbers)].sort((a, b) => a - b)
  if (known.length < 2) return null
  const newest = known[known.length - 1]
  const askedTo = parseNumber(query.to)
  const to = askedTo !== null && known.includes(askedTo) ? askedTo : newest
  const askedFrom = parseNumber(query.from)
  const before = known.filter((number) => number < to)
  const fallback = before.length ? before[before.length - 1] : known[0] === to ? known[1] : known[0]
  const from = askedFrom !== null && known.includes(askedFrom) ? askedFrom : fallback
  return { from, to }
}
