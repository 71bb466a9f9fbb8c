import type { TFunction } from 'i18next'

import { formatMoney, type CartTotals } from '../../../../demo/catalog.js'
import type { ShopLocale } from '../../../../demo/shopLocales.js'

export function Totals({
  totals,
  locale,
  t,
}: {
  totals: CartTotals
  locale: ShopLocale
  t: TFunction
}) {
  return (
    <dl className="shop-totals">
      <div>
        <dt>{t('cart.subtotal')}</dt>
        <dd>{formatMoney(totals.subtotal, locale)}</dd>
      </div>
      <div>
        <dt>{t('cart.shipping')}</dt>
        <dd>{totals.shipping === 0 ? t('cart.free') : formatMoney(totals.shipping, locale)}</dd>
      </div>
      <div className="shop-total">
        <dt>{t('cart.total')}</dt>
        <dd>{formatMoney(totals.total, locale)}</dd>
      </div>
    </dl>
  )
}
