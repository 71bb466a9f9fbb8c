import type { TFunction } from 'i18next'

import { SHOP_LOCALES, type ShopLocale } from '../../../../demo/shopLocales.js'
import { signOut } from '../_lib/actions.js'
import { SHOP_PAGES, shopHref, type ShopPage } from '../_lib/view.js'

const LANGUAGE_NAMES: Record<ShopLocale, string> = {
  lv: 'Latviešu',
  en: 'English',
  ru: 'Русский',
}

interface HeaderProps {
  locale: ShopLocale
  t: TFunction
  page: ShopPage
  customerId: string | null
  /** Count of items in the cart, shown next to the cart link. */
  cartCount: number
  /** Query string to keep when switching language (e.g. a policy version). */
  query?: string
}

export function ShopHeader({ locale, t, page, customerId, cartCount, query = '' }: HeaderProps) {
  return (
    <header className="shop-header">
      <div className="shop-container shop-header-row">
        <a className="shop-brand" href={shopHref(locale, 'cart')}>
          <span className="shop-logo" aria-hidden="true" />
          <span>
            <span className="shop-brand-name">{t('brand')}</span>
            <span className="shop-tagline">{t('tagline')}</span>
          </span>
        </a>
        <nav aria-label={t('nav.language')} className="shop-languages">
          <ul>
            {SHOP_LOCALES.map((code) => (
              <li key={code}>
                <a
                  href={`/shop/${code}${SHOP_PAGES[page]}${query}`}
                  hrefLang={code}
                  lang={code}
                  aria-current={code === locale ? 'true' : undefined}
                >
                  {LANGUAGE_NAMES[code]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="shop-container shop-header-row shop-subnav">
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <a
                href={shopHref(locale, 'cart')}
                aria-current={page === 'cart' ? 'page' : undefined}
              >
                {t('nav.cart')} <span className="shop-badge">{cartCount}</span>
              </a>
            </li>
            <li>
              <a
                href={shopHref(locale, 'checkout')}
                aria-current={page === 'checkout' ? 'page' : undefined}
              >
                {t('nav.checkout')}
              </a>
            </li>
            <li>
              <a
                href={shopHref(locale, 'policy')}
                aria-current={page === 'policy' ? 'page' : undefined}
              >
                {t('nav.policy')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="shop-account">
          {customerId ? (
            <form action={signOut} className="shop-inline-form">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="page" value={page} />
              <span data-testid="signed-in">{t('customer.signedInAs', { id: customerId })}</span>
              <button type="submit" className="shop-link-button">
                {t('customer.signOut')}
              </button>
            </form>
          ) : (
            <span>{t('customer.guest')}</span>
          )}
        </div>
      </div>
    </header>
  )
}
