import { cartTotals } from '../../../../../demo/catalog.js'
import { isShopLocale, type ShopLocale } from '../../../../../demo/shopLocales.js'
import { PolicyConsent } from '../../_components/PolicyConsent.js'
import { PolicyText } from '../../_components/PolicyText.js'
import { ShopHeader } from '../../_components/ShopHeader.js'
import { Unavailable } from '../../_components/Unavailable.js'
import { UpcomingNotice } from '../../_components/UpcomingNotice.js'
import { loadPolicy } from '../../_lib/data.js'
import { readCart, readCustomerId } from '../../_lib/session.js'
import { formatDate, shopHref, shopT } from '../../_lib/view.js'

interface PageProps {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The policy in force, or (`?version=N`) an announced version a customer may read ahead. */
export default async function PolicyPage({ params, searchParams }: PageProps) {
  const { locale: raw } = await params
  const locale: ShopLocale = isShopLocale(raw) ? raw : 'lv'
  const query = await searchParams
  const t = shopT(locale)
  const requested = Number(query.version)
  const version = Number.isInteger(requested) && requested > 0 ? requested : undefined
  const [customerId, cart, inForce] = await Promise.all([
    readCustomerId(),
    readCart(),
    loadPolicy(locale),
  ])
  const shown = version === undefined ? inForce : await loadPolicy(locale, version)
  const ahead = shown.ok && inForce.ok && shown.value.version.number > inForce.value.version.number
  return (
    <>
      <ShopHeader
        locale={locale}
        t={t}
        page="policy"
        customerId={customerId}
        cartCount={cartTotals(cart).count}
        query={version === undefined ? '' : `?version=${version}`}
      />
      <main id="main" className="shop-container shop-main shop-narrow">
        {customerId ? <PolicyConsent locale={locale} t={t} /> : null}
        {shown.ok ? (
          <article className="shop-card">
            <h1>{shown.value.title}</h1>
            <p className="shop-hint">
              {t(ahead ? 'policy.versionAhead' : 'policy.version', {
                version: shown.value.version.number,
                date: formatDate(shown.value.version.effectiveAt, locale),
              })}
            </p>
            {ahead && shown.value.version.summary ? <p>{shown.value.version.summary}</p> : null}
            {ahead ? (
              <p>
                <a href={shopHref(locale, 'policy')}>{t('policy.backToCurrent')}</a>
              </p>
            ) : inForce.ok ? (
              <UpcomingNotice policy={inForce.value} locale={locale} t={t} />
            ) : null}
            {shown.value.translationStatus === 'outdated' ? (
              <p className="shop-notice">
                {t('policy.outdatedTranslation')}{' '}
                <a href={shopHref('lv', 'policy')} hrefLang="lv">
                  {t('policy.sourceText')}
                </a>
              </p>
            ) : null}
            <PolicyText policy={shown.value} headingLevel={2} />
          </article>
        ) : (
          <Unavailable t={t} reason={t('unavailable.api', { error: shown.error })} />
        )}
      </main>
    </>
  )
}
