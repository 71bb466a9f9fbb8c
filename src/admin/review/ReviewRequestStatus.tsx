import type { DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { formatDateTime } from '../format.js'
import { adminText } from '../i18n/index.js'
import { userNames } from './pendingReviews.js'

interface WithReview {
  reviewRequested?: boolean | null
  reviewRequestedBy?: string | number | { id: string | number } | null
  reviewRequestedAt?: string | null
}

/** Above the review tick: whether review is requested, by whom and when (stamped by the server). */
export async function ReviewRequestStatus({ data, payload, i18n }: UIFieldServerProps) {
  const request = data as WithReview | undefined
  const options = getPolicyOptions(payload)
  if (!request?.reviewRequested) {
    return (
      <p className="policy-review-status" data-requested="false" style={{ margin: '0 0 0.5em' }}>
        {adminText(i18n.t, 'reviewStatusNone')}
      </p>
    )
  }
  const ref = request.reviewRequestedBy
  const by = ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref
  const names = by === null ? new Map<string, string>() : await userNames(payload, options, [by])
  const who =
    by === null ? adminText(i18n.t, 'reviewSomeone') : (names.get(String(by)) ?? String(by))
  const date = request.reviewRequestedAt
    ? formatDateTime(request.reviewRequestedAt, i18n.language, options.timeZone, 'locative')
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
  if (!(rowData as WithReview).reviewRequested) return null
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
