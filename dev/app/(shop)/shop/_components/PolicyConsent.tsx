import type { TFunction } from 'i18next'
import type { DetailedHTMLProps, HTMLAttributes } from 'react'

import { POLICY_SLUG } from '../../../../demo/shopApi.js'
import type { ShopLocale } from '../../../../demo/shopLocales.js'
import { widgetLabels } from '../_lib/view.js'

/** Attributes of `<policy-consent>` (see `src/client/policyConsentElement.ts`). */
interface PolicyConsentAttributes extends HTMLAttributes<HTMLElement> {
  slug?: string
  locale?: string
  api?: string
  view?: 'policy'
  labels?: string
  'consent-endpoint'?: string
  'auto-open'?: ''
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    interface IntrinsicElements {
      'policy-consent': DetailedHTMLProps<PolicyConsentAttributes, HTMLElement>
    }
  }
}

/** Where the widget asks about the signed-in customer: the demo's own proxy (key stays here). */
export const CONSENT_ENDPOINT = '/shop/api/consent'

/**
 * The embeddable widget, as the demo uses it: it shows nothing unless the signed-in customer must
 * re-read the policy, and then opens the prompt with the highlighted changes.
 */
export function PolicyConsent({ locale, t }: { locale: ShopLocale; t: TFunction }) {
  return (
    <policy-consent
      className="shop-consent"
      slug={POLICY_SLUG}
      locale={locale}
      api="/api/storefront"
      consent-endpoint={CONSENT_ENDPOINT}
      labels={JSON.stringify(widgetLabels(t))}
      auto-open=""
    />
  )
}
