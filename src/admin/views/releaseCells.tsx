import type { DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'

import { getCatalog } from '../../operations/policyCatalog.js'
import { getPolicyOptions } from '../../plugin.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { ReleaseStatusBadges } from './ReleaseStatusBadges.js'
import { StateBadge } from './StateBadge.js'
import { formatDateTime } from '../format.js'
import { releaseStatus } from './releaseStatus.js'
import { versionState } from './versionState.js'

type I18n = DefaultServerCellComponentProps['i18n']

const tFor = (i18n: I18n) => (key: AdminStringKey, vars?: Record<string, unknown>) =>
  adminText(i18n.t, key, vars)

/** The versions list's "State" column: in force, upcoming with its date, superseded, withdrawn. */
export async function VersionStateCell({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  const row = rowData as { policySlug?: string; number?: number }
  if (!row.policySlug || !row.number) return null
  const options = getPolicyOptions(payload)
  const catalog = getCatalog(payload, options)
  const versions = await catalog.versions(row.policySlug)
  const version = versions.find((candidate) => candidate.number === row.number)
  if (!version) return null
  const state = versionState(version, versions, catalog.now())
  const t = tFor(i18n)
  const keys = {
    'in-force': 'viewStateInForce',
    superseded: 'viewStateSuperseded',
    upcoming: 'viewStateUpcoming',
    withdrawn: 'viewStateWithdrawn',
  } as const
  const date = formatDateTime(version.effectiveAt, i18n.language, options.timeZone, 'locative')
  return (
    <span style={{ fontSize: '1.6em' }}>
      <StateBadge state={state} text={t(keys[state], { date })} />
    </span>
  )
}

async function statusOf(
  payload: DefaultServerCellComponentProps['payload'],
  slug: string,
  i18n: I18n,
) {
  const options = getPolicyOptions(payload)
  const catalog = getCatalog(payload, options)
  // An admin page right after a publish must not show the state before it.
  catalog.invalidate(slug)
  const versions = await catalog.versions(slug)
  return releaseStatus(versions, catalog.now(), i18n.language, options.timeZone, tFor(i18n))
}

/** The policies list's "In force" column: the version in force and a scheduled one. */
export async function PolicyReleaseCell({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  const slug = (rowData as { slug?: string }).slug
  if (!slug) return null
  const status = await statusOf(payload, slug, i18n)
  return <ReleaseStatusBadges status={status} none={tFor(i18n)('releaseNotPublished')} />
}

/**
 * The top of a policy's edit form: what is in force, what is scheduled and when (in the plugin's
 * zone), so a publish that only takes effect later is announced where it was made.
 */
export async function PolicyReleaseBanner({ data, payload, i18n }: UIFieldServerProps) {
  const slug = (data as { slug?: string } | undefined)?.slug
  if (!slug) return null
  const status = await statusOf(payload, slug, i18n)
  return (
    <div className="policy-release-banner" style={{ margin: '0 0 var(--base, 20px)' }}>
      <ReleaseStatusBadges status={status} none={tFor(i18n)('releaseNotPublished')} />
      {status.upcoming ? (
        <p className="policy-release-announcement" role="status" style={{ margin: '0.5em 0 0' }}>
          {status.upcoming.announcement}
        </p>
      ) : null}
    </div>
  )
}
