import type { BeforeListServerProps } from 'payload'

import { getPolicyOptions } from '../../plugin.js'
import { adminText } from '../i18n/index.js'

/**
 * Above the versions list: for each policy, a link to its "Compare versions" tab, where any two
 * versions are picked by number (the list itself only knows document ids).
 */
export async function VersionListCompareLinks({ payload, i18n, user }: BeforeListServerProps) {
  const options = getPolicyOptions(payload)
  const { docs } = await payload.find({
    collection: options.slugs.policies,
    depth: 0,
    limit: 50,
    pagination: false,
    select: { slug: true, title: true },
    overrideAccess: false,
    user,
    fallbackLocale: false,
  })
  if (!docs.length) return null
  const adminRoute = payload.config.routes.admin === '/' ? '' : payload.config.routes.admin
  const label = adminText(i18n.t, 'viewCompareVersions')
  return (
    <nav className="policy-version-list-compare gutter gutter--left gutter--right">
      <p style={{ margin: '0 0 var(--base, 20px)' }}>
        {docs.map((policy, index) => {
          const { id, slug } = policy as { id: string | number; slug?: string }
          return (
            <span key={String(id)}>
              {index > 0 ? ' · ' : null}
              <a href={`${adminRoute}/collections/${options.slugs.policies}/${id}/compare`}>
                {label}
                {docs.length > 1 && slug ? `: ${slug}` : ''}
              </a>
            </span>
          )
        })}
      </p>
    </nav>
  )
}
