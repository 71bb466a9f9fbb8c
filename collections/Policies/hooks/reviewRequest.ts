import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedPolicyOptions } from '../../../src/types.js'
import { userId, type PolicyHookDoc } from './types.js'

const CLOSED = {
  reviewRequested: false,
  reviewNote: null,
  reviewRequestedBy: null,
  reviewRequestedAt: null,
} as const

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
    if (data._status === 'published') return { ...data, ...CLOSED }
    const open = Boolean(originalDoc?.reviewRequested)
    const stamp = {
      reviewRequestedBy: userId(originalDoc?.reviewRequestedBy),
      reviewRequestedAt: originalDoc?.reviewRequestedAt ?? null,
    }
    if (data.reviewRequested === undefined || data.reviewRequested === null) {
      return { ...data, ...stamp }
    }
    if (!data.reviewRequested) return { ...data, ...CLOSED }
    const note = data.reviewNote !== undefined ? data.reviewNote : (originalDoc?.reviewNote ?? null)
    if (open) return { ...data, reviewRequested: true, reviewNote: note, ...stamp }
    const user = req.user?.collection === options.slugs.users ? req.user.id : null
    return {
      ...data,
      reviewRequested: true,
      reviewNote: note,
      reviewRequestedBy: user,
      reviewRequestedAt: new Date().toISOString(),
    }
  }
