import type { TFunction } from 'i18next'

import {
  cartTotals,
  FREE_SHIPPING_FROM_CENTS,
  formatMoney,
  type CartTotals,
} from '../../../../demo/catalog.js'
import { isShopLocale, type ShopLocale } from '../../../../demo/shopLocales.js'
import { CustomerPanel } from '../_components/CustomerPanel.js'
import { PolicyConsent } from '../_components/PolicyConsent.js'
import { ShopHeader } from '../_components/ShopHeader.js'
import { Totals } from '../_components/Totals.js'
import { UpcomingNotice } from '../_components/UpcomingNotice.js'
import { changeCartLine, fillCart } from '../_lib/actions.js'
import { loadPolicy } from '../_lib/data.js'
import { readCart, readCustomerId } from '../_lib/session.js'
import { shopHref, shopT } from '../_lib/view.js'

interface PageProps {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function QuantityButton({
  locale,
  product,
  delta,
  label,
  children,
}: {
  locale: ShopLocale
  product: string
  delta: number
  label: string
  children: string
}) {
  return (
    <form action={changeCartLine}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="page" value="cart" />
      <input type="hidden" name="product" value={product} />
      <input type="hidden" name="delta" value={delta} />
      <button type="submit" className="shop-qty-button" aria-label={label} title={label}>
        {children}
      </button>
    </form>
  )
}

function CartLines({
  totals,
  locale,
  t,
}: {
  totals: CartTotals
  locale: ShopLocale
  t: TFunction
}) {
  return (
    <ul className="shop-lines">
      {totals.lines.map(({ product, quantity, total }) => {
        const name = t(`products.${product.id}.name`)
        return (
          <li key={product.id} className="shop-line">
            <span
              className="shop-swatch"
              style={{ background: product.swatch }}
              aria-hidden="true"
            />
            <div className="shop-line-text">
              <p className="shop-line-name">{name}</p>
              <p className="shop-hint">{t(`products.${product.id}.description`)}</p>
              <p className="shop-hint">
                {t('cart.price')}: {formatMoney(product.price, locale)}
              </p>
            </div>
            <div className="shop-qty" role="group" aria-label={t('cart.quantityOf', { name })}>
              <QuantityButton
                locale={locale}
                product={product.id}
                delta={-1}
                label={t('cart.decrease', { name })}
              >
                −
              </QuantityButton>
              <output className="shop-qty-value" aria-label={t('cart.quantity')}>
                {quantity}
              </output>
              <QuantityButton
                locale={locale}
                product={product.id}
                delta={1}
                label={t('cart.increase', { name })}
              >
                +
              </QuantityButton>
            </div>
            <p className="shop-line-total">{formatMoney(total, locale)}</p>
            <QuantityButton
              locale={locale}
              product={product.id}
              delta={-quantity}
              label={t('cart.remove', { name })}
            >
              ×
            </QuantityButton>
          </li>
        )
      })}
    </ul>
  )
}

export default async function CartPage({ params, searchParams }: PageProps) {
  const { locale: raw } = await params
  const locale: ShopLocale = isShopLocale(raw) ? raw : 'lv'
  const query = await searchParams
  const t = shopT(locale)
  const [customerId, cart, policy] = await Promise.all([
    readCustomerId(),
    readCart(),
    loadPolicy(locale),
  ])
  const totals = cartTotals(cart)
  return (
    <>
      <ShopHeader
        locale={locale}
        t={t}
        page="cart"
        customerId={customerId}
        cartCount={totals.count}
      />
      <main id="main" className="shop-container shop-main">
        {customerId ? <PolicyConsent locale={locale} t={t} /> : null}
        {policy.ok ? <UpcomingNotice policy={policy.value} locale={locale} t={t} /> : null}
        <h1>{t('cart.heading')}</h1>
        <div className="shop-columns">
          <section className="shop-card" aria-label={t('cart.heading')}>
            {totals.lines.length ? (
              <CartLines totals={totals} locale={locale} t={t} />
            ) : (
              <div className="shop-empty">
                <p>{t('cart.empty')}</p>
                <form action={fillCart}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="page" value="cart" />
                  <button type="submit" className="shop-button shop-button-secondary">
                    {t('cart.fill')}
                  </button>
                </form>
              </div>
            )}
          </section>
          <div className="shop-aside">
            <section className="shop-card" aria-labelledby="summary-heading">
              <h2 id="summary-heading">{t('checkout.summary')}</h2>
              <Totals totals={totals} locale={locale} t={t} />
              <p className="shop-hint">
                {t('cart.freeFrom', { amount: formatMoney(FREE_SHIPPING_FROM_CENTS, locale) })}
              </p>
              {totals.count > 0 ? (
                <a className="shop-button shop-button-block" href={shopHref(locale, 'checkout')}>
                  {t('cart.toCheckout')}
                </a>
              ) : null}
            </section>
            {customerId ? null : (
              <CustomerPanel
                locale={locale}
                t={t}
                page="cart"
                invalid={query.customer === 'invalid'}
              />
            )}
          </div>
        </div>
      </main>
    </>
  )
}
