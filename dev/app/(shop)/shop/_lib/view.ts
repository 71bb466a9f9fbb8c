import type { TFunction } from 'i18next'

import type { PolicyConsentLabels } from 'payload-privacy-policy/storefront-client'
import { getT } from '../../../../demo/shopI18n.js'
import type { ShopLocale } from '../../../../demo/shopLocales.js'

export function shopT(locale: ShopLocale): TFunction {
  return getT(locale, 'shop')
}

/** A date as the customer's language writes it; UTC, like the policy's own dates. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  )
}

/** Pages of the shop, for links and for where a form returns to (never a URL from the form). */
export const SHOP_PAGES = {
  cart: '',
  checkout: '/checkout',
  policy: '/policy',
} as const

export type ShopPage = keyof typeof SHOP_PAGES

export function isShopPage(value: unknown): value is ShopPage {
  return typeof value === 'string' && value in SHOP_PAGES
}

export function shopHref(locale: ShopLocale, page: ShopPage): string {
  return `/shop/${locale}${SHOP_PAGES[page]}`
}

/** The widget's own strings, from the shop's translations; `{{…}}` is filled in by the widget. */
export function widgetLabels(t: TFunction): PolicyConsentLabels {
  const keep = { version: '{{version}}', date: '{{date}}' }
  return {
    later: t('widget.later'),
    summaries: t('widget.summaries'),
    changes: t('widget.changes'),
    version: t('widget.version', keep),
    accepted: t('widget.accepted'),
    failed: t('widget.failed'),
    loadFailed: t('widget.loadFailed'),
    upcoming: t('widget.upcoming', keep),
  }
}
