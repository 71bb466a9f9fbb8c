import type { Payload, Where } from 'payload'

import { dayRanges, type DayCount } from '../admin/dashboard/acceptanceChart.js'
import { versionsInTime } from '../policy/inForce.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { ERASED_CUSTOMER_ID } from './customerAcceptances.js'
import { countVersionAcceptances, type VersionLedgerCounts } from './ledgerCounts.js'
import { getCatalog } from './policyCatalog.js'

export interface VersionFigures {
  number: number
  customers: number
  counts: VersionLedgerCounts
}

export interface PolicyFigures {
  slug: string
  versions: VersionFigures[]
  /** Customers with any acceptance of this policy in the window, and those among them who accepted the version in force in it. */
  coverage: { inForce: number; seen: number; covered: number } | null
  perDay: DayCount[]
}

const real: Where = { customerId: { not_equals: ERASED_CUSTOMER_ID } }

async function distinctCustomers(
  payload: Payload,
  options: ResolvedPolicyOptions,
  where: Where[],
): Promise<number> {
  const result = await payload.db.findDistinct({
    collection: options.slugs.acceptances,
    field: 'customerId',
    where: { and: [real, ...where] },
    limit: 1,
  })
  return result.totalDocs
}

/**
 * The acceptance dashboard's figures for one policy, straight from the ledger with counting
 * queries (COUNT and COUNT DISTINCT, no rows loaded): per version, customers and records by
 * locale and channel; coverage of the version in force over the last `days` days; records per day.
 *
 * Coverage counts a customer as seen when they have any acceptance of the policy in the window,
 * and as covered when one of those is of the version in force: a shop records an acceptance
 * whenever it shows the policy, so "seen" is what the ledger can know.
 */
export async function acceptanceFigures(
  payload: Payload,
  options: ResolvedPolicyOptions,
  slug: string,
  now: number,
  days: number,
): Promise<PolicyFigures> {
  const catalog = getCatalog(payload, options)
  const metas = await catalog.versions(slug)
  const versions = await Promise.all(
    metas.map(async (meta) => ({
      number: meta.number,
      customers: await distinctCustomers(payload, options, [{ version: { equals: meta.id } }]),
      counts: await countVersionAcceptances(payload, options, meta.id),
    })),
  )
  const since = new Date(now - days * 86_400_000).toISOString()
  const inWindow: Where[] = [
    { policySlug: { equals: slug } },
    { acceptedAt: { greater_than_equal: since } },
  ]
  const { current } = versionsInTime(metas, now)
  const coverage = current
    ? {
        inForce: current.number,
        seen: await distinctCustomers(payload, options, inWindow),
        covered: await distinctCustomers(payload, options, [
          ...inWindow,
          { version: { equals: current.id } },
        ]),
      }
    : null
  const perDay = await Promise.all(
    dayRanges(now, days).map(async ({ day, from, to }) => {
      const { totalDocs } = await payload.db.count({
        collection: options.slugs.acceptances,
        where: {
          and: [
            { policySlug: { equals: slug } },
            { acceptedAt: { greater_than_equal: new Date(from).toISOString() } },
            { acceptedAt: { less_than: new Date(to).toISOString() } },
          ],
        },
      })
      return { day, count: totalDocs }
    }),
  )
  return { slug, versions, coverage, perDay }
}
