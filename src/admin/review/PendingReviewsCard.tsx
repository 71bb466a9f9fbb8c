import type { ServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { formatDateTime } from '../format.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'
import { listPendingReviews, PENDING_REVIEW_QUERY } from './pendingReviews.js'

/**
 * The dashboard card of drafts awaiting review (`admin.components.beforeDashboard`), for those
 * who can publish: each with who asked, when, the note, and a link to the draft.
 */
export async function PendingReviewsCard({ payload, user, i18n, locale }: ServerProps) {
  if (!payload || !i18n) return null
  const options = getPolicyOptions(payload)
  if (options.disabled || !options.access.canPublish(user)) return null
  const t = (key: AdminStringKey, vars?: Record<string, unknown>) => adminText(i18n.t, key, vars)
  const code = typeof locale === 'object' && locale ? locale.code : undefined
  const pending = await listPendingReviews(payload, options, code)
  const adminRoute = payload.config.routes.admin === '/' ? '' : payload.config.routes.admin
  const list = `${adminRoute}/collections/${options.slugs.policies}`
  return (
    <section className="policy-review-dashboard" style={PANEL_FRAME} data-pending={pending.length}>
      <h2 style={{ margin: '0 0 0.5em', fontSize: '1.3em' }}>{t('reviewDashboardTitle')}</h2>
      {pending.length === 0 ? (
        <p style={PANEL_MUTED}>{t('reviewDashboardNone')}</p>
      ) : (
        <ul style={{ margin: '0 0 0.5em', paddingLeft: '1.2em' }}>
          {pending.map((review) => (
            <li key={String(review.id)} className="policy-review-request" data-policy={review.slug}>
              <a href={`${list}/${review.id}`}>{review.title}</a>{' '}
              <span style={PANEL_MUTED}>
                (
                {t('reviewDashboardRequested', {
                  who: review.requestedBy ?? t('reviewSomeone'),
                  date: review.requestedAt
                    ? formatDateTime(
                        review.requestedAt,
                        i18n.language,
                        options.timeZone,
                        'locative',
                      )
                    : '',
                })}
                )
              </span>
              {review.note ? (
                <blockquote className="policy-review-note" style={{ margin: '0.25em 0 0.5em' }}>
                  {review.note}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p style={{ margin: 0 }}>
        <a className="policy-review-list-link" href={`${list}?${PENDING_REVIEW_QUERY}`}>
          {t('reviewDashboardList')}
        </a>
      </p>
    </section>
  )
}
