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
}
