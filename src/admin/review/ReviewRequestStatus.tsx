import type { DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { formatDateTime } from '../format.js'
import { adminText } from '../i18n/index.js'
import { userNames } from './pendingReviews.js'

interface WithReview {
  reviewRequest?: {
    requested?: boolean | null
    requestedBy?: string | number | { id: string | number } | null
    requestedAt?: string | null
  } | null
}

/** Above the review tick: whether review is requested, by whom and when (stamped by the server). */
export async function ReviewRequestStatus({ data, payload, i18n }: UIFieldServerProps) {
  const request = (data as WithReview | undefined)?.reviewRequest
  const options = getPolicyOptions(payload)
  if (!request?.requested) {
    return (
      <p className="policy-review-status" data-requested="false" style={{ margin: '0 0 0.5em' }}>
        {adminText(i18n.t, 'reviewStatusNone')}
      </p>
    )
  }
  const ref = request.requestedBy
  const by = ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref
  const names = by === null ? new Map<string, string>() : await userNames(payload, options, [by])
  const who =
    by === null ? adminText(i18n.t, 'reviewSomeone') : (names.get(String(by)) ?? String(by))
  const date = request.requestedAt
    ? formatDateTime(request.requestedAt, i18n.language, options.timeZone, 'locative')
    : ''
  return (
    <p
      className="policy-review-status"
      data-requested="true"
      role="status"
      style={{ margin: '0 0 0.5em', fontWeight: 600 }}
    >
      {adminText(i18n.t, 'reviewStatusPending', { who, date })}
    </p>
  )
}

/** The policies list's "Review" column: a pill on drafts awaiting review. */
export function ReviewRequestCell({ rowData, i18n }: DefaultServerCellComponentProps) {
  if (!(rowData as WithReview).reviewRequest?.requested) return null
  return (
    <span
      className="policy-review-badge"
      style={{
        background: '#fff8c5',
        color: '#3b2300',
        display: 'inline-block',
        padding: '0.1em 0.6em',
        borderRadius: '1em',
        fontWeight: 600,
      }}
    >
      {adminText(i18n.t, 'reviewCellPending')}
    </span>
  )
}
