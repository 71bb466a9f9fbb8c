import { cartTotals } from '../../../../../../demo/catalog.js'
import { isOrderId } from '../../../../../../demo/customer.js'
import { keyedStorefront, POLICY_SLUG } from '../../../../../../demo/shopApi.js'
import { isShopLocale, type ShopLocale } from '../../../../../../demo/shopLocales.js'
import { ShopHeader } from '../../../_components/ShopHeader.js'
import { readCart, readCustomerId } from '../../../_lib/session.js'
import { shopHref, shopT } from '../../../_lib/view.js'

interface PageProps {
  params: Promise<{ locale: string; orderId: string }>
}

/**
 * The order confirmation. What it says about consent is read back from the ledger (the customer's
 * data export), not from what the shop believes it sent.
 */
export default async function OrderPage({ params }: PageProps) {
  const { locale: raw, orderId } = await params
  const locale: ShopLocale = isShopLocale(raw) ? raw : 'lv'
  const t = shopT(locale)
  const [customerId, cart] = await Promise.all([readCustomerId(), readCart()])
  const api = keyedStorefront()
  const records =
    customerId && api && isOrderId(orderId)
      ? await api.customerAcceptances(customerId).then(
          (result) => result.acceptances,
          () => [],
        )
      : []
  const record = records.find(
    (candidate) => candidate.orderId === orderId && candidate.policy === POLICY_SLUG,
  )
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
  return (
    <>
      <ShopHeader
        locale={locale}
        t={t}
        page="cart"
        customerId={customerId}
        cartCount={cartTotals(cart).count}
      />
      <main id="main" className="shop-container shop-main shop-narrow">
        <section className="shop-card shop-confirmation" aria-labelledby="order-heading">
          <h1 id="order-heading">{t('order.heading')}</h1>
          <dl className="shop-facts">
            <div>
              <dt>{t('order.number')}</dt>
              <dd data-testid="order-id">{orderId}</dd>
            </div>
            {customerId ? (
              <div>
                <dt>{t('order.customer')}</dt>
                <dd data-testid="customer-id">{customerId}</dd>
              </div>
            ) : null}
          </dl>
          {customerId ? <p className="shop-hint">{t('order.customerHint')}</p> : null}
          <p data-testid="acceptance">
            {record
              ? t('order.recorded', {
                  version: record.version,
                  language: t(`order.language.${record.locale}`, { defaultValue: record.locale }),
                  date: dateTime.format(new Date(record.acceptedAt)),
                })
              : t('order.notRecorded')}
          </p>
          <p>
            <a className="shop-button" href={shopHref(locale, 'cart')}>
              {t('order.back')}
            </a>
          </p>
        </section>
      </main>
    </>
  )
}
