/**
 * A policy's releases at a moment, in words: which version is in force, which one is scheduled,
 * and the sentence that announces a scheduled one. Plain data, unit-tested.
 */
import { formatDateTime } from '../format.js'
import type { AdminT } from './versionPage.js'
import { versionState, type VersionTiming } from './versionState.js'

export interface ReleaseStatus {
  inForce: { number: number; text: string } | null
  upcoming: { number: number; text: string; announcement: string } | null
}

export function releaseStatus(
  versions: readonly VersionTiming[],
  now: number,
  language: string,
  timeZone: string,
  t: AdminT,
): ReleaseStatus {
  const current = versions.find((version) => versionState(version, versions, now) === 'in-force')
  const waiting = versions
    .filter((version) => versionState(version, versions, now) === 'upcoming')
    .sort((a, b) => b.number - a.number)[0]
  const inForce = current
    ? { number: current.number, text: t('releaseInForce', { number: current.number }) }
    : null
  if (!waiting) return { inForce, upcoming: null }
  // Every sentence here says when a version "takes effect": Latvian's locative.
  const date = formatDateTime(waiting.effectiveAt, language, timeZone, 'locative')
  return {
    inForce,
    upcoming: {
      number: waiting.number,
      text: t('viewStateUpcoming', { date }),
      announcement: current
        ? t('releaseAnnouncement', { number: waiting.number, date, current: current.number })
        : t('releaseAnnouncementFirst', { number: waiting.number, date }),
    },
  }
}
