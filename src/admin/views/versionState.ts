import { versionsInTime } from '../../policy/inForce.js'

/** Where a published version stands at a moment, as the admin labels it. */
export type VersionState = 'in-force' | 'superseded' | 'upcoming' | 'withdrawn'

/** What the state depends on; `withdrawnAt` is set once withdrawn versions exist (issue 12). */
export interface VersionTiming {
  number: number
  effectiveAt: string
  withdrawnAt?: string | null
}

function isWithdrawn(version: VersionTiming, now: number): boolean {
  return Boolean(version.withdrawnAt) && Date.parse(version.withdrawnAt ?? '') <= now
}

/**
 * The state of `version` among all published versions of its policy at `now`. A withdrawn version
 * is never in force, so it is left out before asking which one is; a version that is not in force
 * and whose date is still ahead is upcoming, any other is superseded.
 */
export function versionState(
  version: VersionTiming,
  versions: readonly VersionTiming[],
  now: number,
): VersionState {
  if (isWithdrawn(version, now)) return 'withdrawn'
  const { current } = versionsInTime(
    versions.filter((candidate) => !isWithdrawn(candidate, now)),
    now,
  )
  if (current?.number === version.number) return 'in-force'
  return Date.parse(version.effectiveAt) > now ? 'upcoming' : 'superseded'
}
