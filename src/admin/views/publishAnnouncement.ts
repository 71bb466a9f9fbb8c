/**
 * What the admin says right after a publish, in place of Payload's "Updated successfully": which
 * version was published, when it takes effect (with the zone), and which version stays in force
 * until then. Plain data, unit-tested; `announcePublish` hands it to the admin's response.
 */
import type { PayloadRequest } from 'payload'

import { formatDateTime } from '../format.js'
import { adminText } from '../i18n/index.js'
import type { AdminT } from './versionPage.js'
import { versionState, type VersionTiming } from './versionState.js'

export function publishAnnouncement(
  published: VersionTiming,
  versions: readonly VersionTiming[],
  now: number,
  language: string,
  timeZone: string,
  t: AdminT,
): string {
  if (versionState(published, versions, now) !== 'upcoming') {
    // "Spēkā no 2027. gada 15. janvāra": Latvian's "from" takes the genitive.
    const date = formatDateTime(published.effectiveAt, language, timeZone, 'genitive')
    return t('releasePublishedInForce', { number: published.number, date })
  }
  const date = formatDateTime(published.effectiveAt, language, timeZone, 'locative')
  const current = versions.find((version) => versionState(version, versions, now) === 'in-force')
  return current
    ? t('releaseAnnouncement', { number: published.number, date, current: current.number })
    : t('releaseAnnouncementFirst', { number: published.number, date })
}

/** The key of the message Payload's REST update answers a publish with (`updateByID` handler). */
const UPDATED_KEY = 'general:updatedSuccessfully'

/**
 * Makes this request's success message `message`. Payload's update endpoint reads
 * `req.t('general:updatedSuccessfully')` after the operation and the admin shows it as the toast;
 * Payload has no per-collection message, so the request's `t` answers that one key with ours.
 * Only this request is affected; every other key still goes to Payload's `t`.
 */
export function replaceSuccessMessage(req: PayloadRequest, message: string): void {
  const original = req.t
  const replaced = ((key: string, vars?: Record<string, unknown>) =>
    key === UPDATED_KEY
      ? message
      : (original as (key: string, vars?: Record<string, unknown>) => string)(
          key,
          vars,
        )) as typeof req.t
  req.t = replaced
}

/** The admin's words for a publish just recorded, as the response's success message. */
export function announcePublish(
  req: PayloadRequest,
  published: VersionTiming,
  versions: readonly VersionTiming[],
  timeZone: string,
): void {
  if (!req.i18n || !req.t) return
  const t: AdminT = (key, vars) => adminText(req.t as never, key, vars)
  const message = publishAnnouncement(
    published,
    versions,
    Date.now(),
    req.i18n.language,
    timeZone,
    t,
  )
  replaceSuccessMessage(req, message)
}
