import type { ResolvedPolicyOptions } from '../types.js'

type UserRef = string | number | { id: string | number } | null | undefined

/** The id of a user reference, whether stored as an id or populated. */
export function userRefId(ref: UserRef): string | number | null {
  if (ref === null || ref === undefined) return null
  return typeof ref === 'object' ? ref.id : ref
}

/**
 * Four eyes: whether `user` may publish a draft whose last author is `author`. Always true when
 * `requireSecondPublisher` is off, or when either is unknown (a draft no user wrote, a system
 * write).
 */
export function isSecondPublisher(
  options: Pick<ResolvedPolicyOptions, 'requireSecondPublisher'>,
  author: UserRef,
  user: UserRef,
): boolean {
  const authorId = userRefId(author)
  const userId = userRefId(user)
  if (!options.requireSecondPublisher || authorId === null || userId === null) return true
  return String(authorId) !== String(userId)
}
