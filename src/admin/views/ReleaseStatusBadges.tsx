import { StateBadge } from './StateBadge.js'
import type { ReleaseStatus } from './releaseStatus.js'

/** The in-force and scheduled versions of a policy as pills, for the list and the document. */
export function ReleaseStatusBadges({ status, none }: { status: ReleaseStatus; none: string }) {
  if (!status.inForce && !status.upcoming) return <span>{none}</span>
  return (
    <span className="policy-release-badges" style={{ fontSize: '1.6em' }}>
      {status.inForce ? <StateBadge state="in-force" text={status.inForce.text} /> : null}{' '}
      {status.upcoming ? (
        <StateBadge state="upcoming" text={`v${status.upcoming.number}: ${status.upcoming.text}`} />
      ) : null}
    </span>
  )
}
