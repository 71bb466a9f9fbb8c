import { versionsInTime } from '../policy/inForce.js'
import type { ChangeType } from '../policy/types.js'
import type { ConsentStatus } from './types.js'

/** What the decision needs to know about each published version. */
export interface ConsentVersionFacts {
  number: number
  effectiveAt: string
  changeType: ChangeType
  summary: string
}

export interface ConsentDecision {
  status: ConsentStatus
  mustReview: boolean
  acceptedVersion: number | null
  /** The version in force at `now`, or null when none is in force yet. */
  currentVersion: number | null
  /** Material versions after the accepted one up to the one in force, oldest first. */
  materialChanges: ConsentVersionFacts[]
}

/**
 * Must this customer review the policy before buying again? Only a **material** version published
 * after the one they accepted, and already in force, requires it: editorial fixes keep them
 * up to date, and an announced version does not count until its effective date. A customer who
 * accepted a newer version than the one in force (read ahead) is up to date.
 *
 * @param acceptedVersion the highest version number the customer accepted, or null for none
 * @param versions every published version of the policy, in any order
 */
export function decideConsent(input: {
  acceptedVersion: number | null
  versions: readonly ConsentVersionFacts[]
  now: number
}): ConsentDecision {
  const { acceptedVersion, versions, now } = input
  const current = versionsInTime(versions, now).current
  const currentVersion = current?.number ?? null
  if (acceptedVersion === null) {
    return {
      status: 'never-accepted',
      mustReview: false,
      acceptedVersion,
      currentVersion,
      materialChanges: [],
    }
  }
  const materialChanges = versions
    .filter(
      (version) =>
        version.changeType === 'material' &&
        version.number > acceptedVersion &&
        currentVersion !== null &&
        version.number <= currentVersion,
    )
    .sort((a, b) => a.number - b.number)
  const mustReview = materialChanges.length > 0
  return {
    status: mustReview ? 'must-review' : 'up-to-date',
    mustReview,
    acceptedVersion,
    currentVersion,
    materialChanges,
  }
}
