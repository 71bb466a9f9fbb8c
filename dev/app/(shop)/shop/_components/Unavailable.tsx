import type { TFunction } from 'i18next'

export function Unavailable({ t, reason }: { t: TFunction; reason: string }) {
  return (
    <section className="shop-card shop-unavailable" role="alert">
      <h1>{t('unavailable.heading')}</h1>
      <p>{reason}</p>
    </section>
  )
}
