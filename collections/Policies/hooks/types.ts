import type { ChangeType } from '../../../src/policy/types.js'

/** The fields of a policy document its hooks read (Payload types hook data loosely). */
export interface PolicyHookDoc {
  id: string | number
  slug?: string
  _status?: 'draft' | 'published' | null
  changeType?: ChangeType | null
  summary?: string | null
  effectiveAt?: string | null
  title?: string | null
  sections?: unknown
  reviewRequest?: ReviewRequest | null
  /** The user who last saved the draft (a user id, or the user when populated). */
  lastEditedBy?: UserRef | null
}

export type UserRef = string | number | { id: string | number }

/** An editor's request that a publisher review the draft (`reviewRequest` group). */
export interface ReviewRequest {
  requested?: boolean | null
  note?: string | null
  requestedBy?: UserRef | null
  requestedAt?: string | null
}

/** The id of a user reference, whether stored as an id or populated. */
export function userId(ref: UserRef | null | undefined): string | number | null {
  if (ref === null || ref === undefined) return null
  return typeof ref === 'object' ? ref.id : ref
}
