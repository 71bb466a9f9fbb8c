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
  reviewRequested?: boolean | null
  reviewNote?: string | null
  reviewRequestedBy?: UserRef | null
  reviewRequestedAt?: string | null
  /** The user who last saved the draft (a user id, or the user when populated). */
  lastEditedBy?: UserRef | null
}

export type UserRef = string | number | { id: string | number }

/** The id of a user reference, whether stored as an id or populated. */
export function userId(ref: UserRef | null | undefined): string | number | null {
  if (ref === null || ref === undefined) return null
  return typeof ref === 'object' ? ref.id : ref
}
