import type { Payload } from 'payload'

import { CONSENT_CHANNELS, type ConsentChannel } from '../consent/types.js'
import type { ResolvedPolicyOptions } from '../types.js'

/** How many acceptances cite one version, in total and per locale × channel. */
export interface VersionLedgerCounts {
  total: number
  byLocale: Record<string, number>
  byChannel: Record<ConsentChannel, number>
  /** `cells[locale][channel]` */
  cells: Record<string, Record<ConsentChannel, number>>
}

/**
 * Counts a version's acceptances with one indexed count per (locale, channel) pair — a handful
 * of queries that every adapter answers the same way, rather than a driver-specific GROUP BY.
 * Erased records still count: erasure removes the person, not the fact of an acceptance.
 */
export async function countVersionAcceptances(
  payload: Payload,
  options: ResolvedPolicyOptions,
  versionId: string | number,
): Promise<VersionLedgerCounts> {
  const pairs = options.locales.flatMap((locale) =>
    CONSENT_CHANNELS.map((channel) => ({ locale, channel })),
  )
  const counts = await Promise.all(
    pairs.map(({ locale, channel }) =>
      payload.db.count({
        collection: options.slugs.acceptances,
        where: {
          and: [
            { version: { equals: versionId } },
            { locale: { equals: locale } },
            { channel: { equals: channel } },
          ],
        },
      }),
    ),
  )
  const zeroChannels = () =>
    Object.fromEntries(CONSENT_CHANNELS.map((channel) => [channel, 0])) as Record<
      ConsentChannel,
      number
    >
  const result: VersionLedgerCounts = {
    total: 0,
    byLocale: Object.fromEntries(options.locales.map((locale) => [locale, 0])),
    byChannel: zeroChannels(),
    cells: Object.fromEntries(options.locales.map((locale) => [locale, zeroChannels()])),
  }
  pairs.forEach(({ locale, channel }, index) => {
    const n = counts[index].totalDocs
    result.total += n
    result.byLocale[locale] += n
    result.byChannel[channel] += n
    result.cells[locale][channel] = n
  })
  return result
}
