import type { BeforeListServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { adminText } from '../i18n/index.js'
import { PENDING_REVIEW_QUERY, PENDING_REVIEW_WHERE } from './pendingReviews.js'

/**
 * Above the policies list: how many drafts await review, as a link that filters the list to them
 * (a plain `?where=` query, so it can be bookmarked), and the way back to every policy.
 */
export async function PendingReviewLinks({ payload, i18n, user }: BeforeListServerProps) {
  const options = getPolicyOptions(payload)
  // `count` reads published documents only; the request lives on the latest draft.
  const { totalDocs } = await payload.find({
    collection: options.slugs.policies,
    draft: true,
    where: PENDING_REVIEW_WHERE,
    depth: 0,
    limit: 1,
    select: { slug: true },
    overrideAccess: false,
    user,
  })
  const adminRoute = payload.config.routes.admin === '/' ? '' : payload.config.routes.admin
  const list = `${adminRoute}/collections/${options.slugs.policies}`
  return (
    <nav
      className="policy-review-links gutter gutter--left gutter--right"
      data-pending={totalDocs}
      style={{ margin: '0 0 var(--base, 20px)' }}
    >
      <a className="policy-review-filter" href={`${list}?${PENDING_REVIEW_QUERY}`}>
        {adminText(i18n.t, 'reviewListShowPending')}
      </a>{' '}
      ({adminText(i18n.t, 'reviewListPending', { count: totalDocs })}) ·{' '}
      <a href={list}>{adminText(i18n.t, 'reviewListShowAll')}</a>
    </nav>
  )
}
