/**
 * The drafts whose editors asked a publisher to review them, with who asked (by name or e-mail)
 * and when: what the dashboard card, the list link and a policy's sidebar show. Reads the latest
 * drafts (`draft: true`), where the request lives until a publish closes it.
 */
import type { Payload, Where } from 'payload'

import type { ResolvedPolicyOptions } from '../../types.js'

/** The list filter of pending requests, also the `?where=` of the policies list link. */
export const PENDING_REVIEW_WHERE: Where = { reviewRequested: { equals: true } }

/** `?where[reviewRequested][equals]=true`: the policies list, filtered to pending requests. */
export const PENDING_REVIEW_QUERY = 'where[reviewRequested][equals]=true'

export interface PendingReview {
  id: string | number
  title: string
  slug: string
  requestedBy: string | null
  requestedAt: string | null
  note: string | null
}

interface ReviewDoc {
  id: string | number
  title?: string | null
  slug?: string | null
  reviewRequestedBy?: string | number | { id: string | number } | null
  reviewRequestedAt?: string | null
  reviewNote?: string | null
}

/** How the admin names a user: their name, else their e-mail, else their id. */
export async function userNames(
  payload: Payload,
  options: ResolvedPolicyOptions,
  ids: ReadonlyArray<string | number>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.map(String))]
  if (!unique.length) return new Map()
  const { docs } = await payload.find({
    collection: options.slugs.users,
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(
    (docs as Array<{ id: string | number; name?: unknown; email?: unknown }>).map((user) => [
      String(user.id),
      typeof user.name === 'string' && user.name
        ? user.name
        : typeof user.email === 'string'
          ? user.email
          : String(user.id),
    ]),
  )
}

const refId = (ref: ReviewDoc['reviewRequestedBy']) =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref

/** Every pending review request, oldest first (the one waiting longest on top). */
export async function listPendingReviews(
  payload: Payload,
  options: ResolvedPolicyOptions,
  locale?: string,
): Promise<PendingReview[]> {
  const { docs } = await payload.find({
    collection: options.slugs.policies,
    draft: true,
    where: PENDING_REVIEW_WHERE,
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    locale: locale && options.locales.includes(locale) ? locale : options.sourceLocale,
    fallbackLocale: false,
  })
  const reviews = docs as unknown as ReviewDoc[]
  const names = await userNames(
    payload,
    options,
    reviews
      .map((doc) => refId(doc.reviewRequestedBy))
      .filter((id): id is string | number => id !== null),
  )
  return reviews
    .map((doc) => {
      const by = refId(doc.reviewRequestedBy)
      return {
        id: doc.id,
        title: doc.title ?? doc.slug ?? String(doc.id),
        slug: doc.slug ?? '',
        requestedBy: by === null ? null : (names.get(String(by)) ?? String(by)),
        requestedAt: doc.reviewRequestedAt ?? null,
        note: doc.reviewNote ?? null,
      }
    })
    .sort((a, b) => (a.requestedAt ?? '').localeCompare(b.requestedAt ?? ''))
}
