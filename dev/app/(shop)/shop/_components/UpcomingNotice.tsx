import type { TFunction } from 'i18next'

import type { PolicyDocument } from 'payload-privacy-policy/storefront-client'
import type { ShopLocale } from '../../../../demo/shopLocales.js'
import { formatDate, shopHref } from '../_lib/view.js'

/** "Upcoming changes": a version is published and announced, but not yet in force. */
export function UpcomingNotice({
  policy,
  locale,
  t,
}: {
  policy: PolicyDocument
  locale: ShopLocale
  t: TFunction
}) {
  const upcoming = policy.upcoming
  if (!upcoming) return null
  return (
    <aside className="shop-notice" aria-labelledby="upcoming-heading" data-testid="upcoming">
      <h2 id="upcoming-heading">{t('policy.upcomingHeading')}</h2>
      <p>
        <strong>
          {t('policy.upcoming', {
            version: upcoming.number,
            date: formatDate(upcoming.effectiveAt, locale),
          })}
        </strong>
      </p>
      {upcoming.summary ? <p>{upcoming.summary}</p> : null}
      <p>
        <a href={`${shopHref(locale, 'policy')}?version=${upcoming.number}`}>
          {t('policy.readUpcoming', { version: upcoming.number })}
        </a>
      </p>
    </aside>
  )
}
