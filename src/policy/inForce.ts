import type { VersionMeta } from './types.js'

export interface VersionsInTime<V extends Pick<VersionMeta, 'number' | 'effectiveAt'>> {
  /** The latest published version whose effective date has come; null before the first one. */
  current: V | null
  /** The next newer version to take effect, announced ahead; null when none is waiting. */
  upcoming: V | null
  /** When `current` or `upcoming` next changes by the clock alone (ms epoch), or null. */
  nextTransitionAt: number | null
}

/**
 * Which version is in force at `now`: the highest number whose `effectiveAt` has passed. A later
 * number always wins over an earlier one, even if announced with an earlier date. A withdrawn
 * version is neither in force nor upcoming, ever.
 */
export function versionsInTime<V extends Pick<VersionMeta, 'number' | 'effectiveAt'>>(
  all: readonly V[],
  now: number,
): VersionsInTime<V> {
  const versions = all.filter(
    (version) => !(version as { withdrawnAt?: string | null }).withdrawnAt,
  )
  let current: V | null = null
  for (const version of versions) {
    if (Date.parse(version.effectiveAt) <= now && (!current || version.number > current.number)) {
      current = version
    }
  }
  let upcoming: V | null = null
  for (const version of versions) {
    if (current && version.number <= current.number) continue
    const at = Date.parse(version.effectiveAt)
    if (at <= now) continue
    if (!upcoming || at < Date.parse(upcoming.effectiveAt)) upcoming = version
  }
  return {
    current,
    upcoming,
    nextTransitionAt: upcoming ? Date.parse(upcoming.effectiveAt) : null,
  }
}
