import type { TFunction } from 'i18next'

import type { ShopLocale } from '../../../../demo/shopLocales.js'
import { continueAsCustomer } from '../_lib/actions.js'
import type { ShopPage } from '../_lib/view.js'

/** "Continue as customer …": the demo's stand-in for a shop's login. */
export function CustomerPanel({
  locale,
  t,
  page,
  invalid,
}: {
  locale: ShopLocale
  t: TFunction
  page: ShopPage
  invalid: boolean
}) {
  return (
    <section className="shop-card" aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('customer.heading')}</h2>
      <form action={continueAsCustomer} className="shop-customer-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="page" value={page} />
        <div className="shop-field">
          <label htmlFor="customerId">{t('customer.idLabel')}</label>
          <input
            id="customerId"
            name="customerId"
            required
            autoComplete="off"
            spellCheck={false}
            pattern="[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}"
            aria-describedby="customerId-hint"
            aria-invalid={invalid ? 'true' : undefined}
          />
          <p id="customerId-hint" className={invalid ? 'shop-error-text' : 'shop-hint'}>
            {invalid ? t('customer.invalid') : t('customer.idHint')}
          </p>
        </div>
        <button type="submit" className="shop-button shop-button-secondary">
          {t('customer.continue')}
        </button>
      </form>
    </section>
  )
}
