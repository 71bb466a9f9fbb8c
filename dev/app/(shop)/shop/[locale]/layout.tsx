/*
 * The demo shop's root layout (a separate root from the admin's, in its own route group): the
 * `lang` attribute follows the URL's language, and the `<policy-consent>` widget is loaded as the
 * static module any other shop would load.
 */
import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { isShopLocale } from '../../../../demo/shopLocales.js'
import { ConsentRefresh } from '../_components/ConsentRefresh.js'
import { shopHref, shopT } from '../_lib/view.js'
import './shop.css'

interface LayoutProps {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { locale } = await params
  if (!isShopLocale(locale)) return {}
  const t = shopT(locale)
  return { title: t('meta.title'), description: t('meta.description') }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f5f3f' }

export default async function ShopLayout({ children, params }: LayoutProps) {
  const { locale } = await params
  if (!isShopLocale(locale)) notFound()
  const t = shopT(locale)
  return (
    <html lang={locale}>
      <body className="shop">
        <a className="shop-skip" href="#main">
          {t('skipToContent')}
        </a>
        {children}
        <footer className="shop-footer">
          <div className="shop-container">
            <p>
              <a href={shopHref(locale, 'policy')}>{t('nav.policy')}</a>
            </p>
            <p className="shop-hint">{t('demoNote')}</p>
          </div>
        </footer>
        <ConsentRefresh />
        <script type="module" src="/policy-consent.js" />
      </body>
    </html>
  )
}
