import { cartTotals, formatMoney } from '../../../../../demo/catalog.js'
import { newOrderId } from '../../../../../demo/customer.js'
import { keyedStorefront } from '../../../../../demo/shopApi.js'
import { isShopLocale, type ShopLocale } from '../../../../../demo/shopLocales.js'
import { CustomerPanel } from '../../_components/CustomerPanel.js'
import { PolicyConsent } from '../../_components/PolicyConsent.js'
import { PolicyText } from '../../_components/PolicyText.js'
import { ShopHeader } from '../../_components/ShopHeader.js'
import { Totals } from '../../_components/Totals.js'
import { Unavailable } from '../../_components/Unavailable.js'
import { UpcomingNotice } from '../../_components/UpcomingNotice.js'
import { placeOrder } from '../../_lib/actions.js'
import { loadConsentStatus, loadPolicy } from '../../_lib/data.js'
import { readCart, readCustomerId } from '../../_lib/session.js'
import { formatDate, shopHref, shopT } from '../../_lib/view.js'

interface PageProps {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ORDER_ERRORS = ['consent', 'details', 'empty', 'review', 'changed', 'failed'] as const

export default async function CheckoutPage({ params, searchParams }: PageProps) {
  const { locale: raw } = await params
  const locale: ShopLocale = isShopLocale(raw) ? raw : 'lv'
  const query = await searchParams
  const t = shopT(locale)
  const [customerId, cart, policy] = await Promise.all([
    readCustomerId(),
    readCart(),
    loadPolicy(locale),
  ])
  const status = await loadConsentStatus(customerId, locale)
  const totals = cartTotals(cart)
  const error = ORDER_ERRORS.find((code) => code === query.error)
  const header = (
    <ShopHeader
      locale={locale}
      t={t}
      page="checkout"
      customerId={customerId}
      cartCount={totals.count}
    />
  )
  if (!keyedStorefront() || !policy.ok) {
    const reason = policy.ok
      ? t('unavailable.noKey')
      : t('unavailable.api', { error: policy.error })
    return (
      <>
        {header}
        <main id="main" className="shop-container shop-main">
          <Unavailable t={t} reason={reason} />
        </main>
      </>
    )
  }
  const document = policy.value
  const version = document.version.number
  const mustReview = status?.mustReview === true
  return (
    <>
      {header}
      <main id="main" className="shop-container shop-main">
        {customerId ? <PolicyConsent locale={locale} t={t} /> : null}
        <UpcomingNotice policy={document} locale={locale} t={t} />
        <h1>{t('checkout.heading')}</h1>
        {error ? (
          <div className="shop-error" role="alert" id="order-error">
            <h2>{t('checkout.errors.heading')}</h2>
            <p>{t(`checkout.errors.${error}`)}</p>
          </div>
        ) : null}
        <div className="shop-columns">
          <form action={placeOrder} className="shop-card shop-checkout-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="orderId" value={newOrderId()} />
            {/* What the customer is shown is what the ledger cites: this version, this hash. */}
            <input type="hidden" name="policyVersion" value={version} />
            <input type="hidden" name="policyHash" value={document.contentHash} />
            <fieldset>
              <legend>{t('checkout.contact')}</legend>
              <div className="shop-field">
                <label htmlFor="name">{t('checkout.name')}</label>
                <input id="name" name="name" required autoComplete="name" />
              </div>
              <div className="shop-field">
                <label htmlFor="email">{t('checkout.email')}</label>
                <input
                  id="email"
                  name="email"
                  type="email"
                  required
                  autoComplete="email"
                  aria-describedby="email-hint"
                />
                <p id="email-hint" className="shop-hint">
                  {t('checkout.emailHint')}
                </p>
              </div>
              <div className="shop-field">
                <label htmlFor="address">{t('checkout.address')}</label>
                <textarea
                  id="address"
                  name="address"
                  required
                  rows={3}
                  autoComplete="street-address"
                />
              </div>
            </fieldset>
            <fieldset>
              <legend>{t('checkout.privacy')}</legend>
              <p>
                {t('checkout.policyInForce', {
                  version,
                  date: formatDate(document.version.effectiveAt, locale),
                })}
              </p>
              {document.translationStatus === 'outdated' ? (
                <p className="shop-hint">
                  {t('policy.outdatedTranslation')}{' '}
                  <a href={shopHref('lv', 'policy')} hrefLang="lv">
                    {t('policy.sourceText')}
                  </a>
                </p>
              ) : null}
              <details className="shop-policy-details">
                <summary>{t('checkout.showPolicy', { version })}</summary>
                <PolicyText policy={document} headingLevel={3} />
              </details>
              <div className="shop-check">
                <input
                  type="checkbox"
                  id="acceptPolicy"
                  name="acceptPolicy"
                  required
                  aria-invalid={error === 'consent' ? 'true' : undefined}
                />
                <label htmlFor="acceptPolicy">{t('checkout.accept', { version })}</label>
              </div>
            </fieldset>
            {mustReview ? (
              <p className="shop-notice" id="review-first">
                {t('checkout.reviewFirst')}
              </p>
            ) : null}
            <button
              type="submit"
              className="shop-button shop-button-block"
              disabled={mustReview || totals.count === 0}
              aria-describedby={mustReview ? 'review-first' : undefined}
            >
              {t('checkout.placeOrder')} · {formatMoney(totals.total, locale)}
            </button>
          </form>
          <div className="shop-aside">
            <section className="shop-card" aria-labelledby="summary-heading">
              <h2 id="summary-heading">{t('checkout.summary')}</h2>
              <ul className="shop-summary-lines">
                {totals.lines.map(({ product, quantity, total }) => (
                  <li key={product.id}>
                    <span>
                      {quantity} × {t(`products.${product.id}.name`)}
                    </span>
                    <span>{formatMoney(total, locale)}</span>
                  </li>
                ))}
              </ul>
              <Totals totals={totals} locale={locale} t={t} />
              <p>
                <a href={shopHref(locale, 'cart')}>{t('checkout.backToCart')}</a>
              </p>
            </section>
            {customerId ? null : (
              <CustomerPanel
                locale={locale}
                t={t}
                page="checkout"
                invalid={query.customer === 'invalid'}
              />
            )}
          </div>
        </div>
      </main>
    </>
  )
}
