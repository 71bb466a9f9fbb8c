import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedPolicyOptions } from '../../../src/types.js'
import { userId, type PolicyHookDoc, type ReviewRequest } from './types.js'

const CLOSED: ReviewRequest = { requested: false, note: null, requestedBy: null, requestedAt: null }

/**
 * The review hand-off: an editor ticks "ask a publisher to review" and saves the draft; who asked
 * and when are stamped here from the signed-in user and the clock, never taken from the request
 * (an editor cannot file a request in someone else's name or back-date it). The stamp stays while
 * the request is open, whoever saves the draft next; unticking withdraws it; a publish closes it,
 * so the next draft starts without one. A save that does not mention the request keeps it.
 */
export const createReviewRequestHook =
  (options: ResolvedPolicyOptions): CollectionBeforeChangeHook<PolicyHookDoc> =>
  ({ data, originalDoc, req }) => {
    if (data._status === 'published') return { ...data, reviewRequest: CLOSED }
    const before = originalDoc?.reviewRequest ?? null
    const incoming = data.reviewRequest
    if (!incoming || incoming.requested === undefined || incoming.requested === null) {
      return before ? { ...data, reviewRequest: before } : data
    }
    if (!incoming.requested) return { ...data, reviewRequest: CLOSED }
    const note = incoming.note !== undefined ? incoming.note : (before?.note ?? null)
    if (before?.requested) {
      return {
        ...data,
        reviewRequest: {
          requested: true,
          note,
          requestedBy: userId(before.requestedBy),
          requestedAt: before.requestedAt ?? null,
        },
      }
    }
    const user = req.user?.collection === options.slugs.users ? req.user.id : null
    return {
      ...data,
      reviewRequest: {
        requested: true,
        note,
        requestedBy: user,
        requestedAt: new Date().toISOString(),
      },
    }
  }
