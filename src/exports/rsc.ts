/**
 * The plugin's React Server Components for Payload's admin. The collections reference them as
 * `'payload-privacy-policy/rsc#Name'`, so a host's `payload generate:importmap` imports them from
 * the installed package. There are no client components: every panel renders on the server.
 */
export { AcceptanceDashboard } from '../admin/dashboard/AcceptanceDashboard.js'
export { AcceptanceEvidenceLinks } from '../admin/evidence/AcceptanceEvidenceLinks.js'
export { EvidenceLogPanel } from '../admin/evidence/EvidenceLogPanel.js'
export { ChangesSincePublished } from '../admin/diff/ChangesSincePublished.js'
export { VersionLedgerSummary } from '../admin/ledger/VersionLedgerSummary.js'
export { TranslationStatusCell } from '../admin/translations/TranslationStatusCell.js'
export { TranslationReviewedDescription } from '../admin/translations/TranslationReviewedDescription.js'
export { TranslationStatusField } from '../admin/translations/TranslationStatusField.js'
export { ChangesView } from '../admin/views/ChangesView.js'
export { CompareView } from '../admin/views/CompareView.js'
export {
  PolicyReleaseBanner,
  PolicyReleaseCell,
  VersionStateCell,
} from '../admin/views/releaseCells.js'
export { SectionRowLabel } from '../admin/views/SectionRowLabel.js'
export { VersionListCompareLinks } from '../admin/views/VersionListCompareLinks.js'
export { VersionView } from '../admin/views/VersionView.js'
export { PendingReviewLinks } from '../admin/review/PendingReviewLinks.js'
export { PendingReviewsCard } from '../admin/review/PendingReviewsCard.js'
export { PublishNotice } from '../admin/review/PublishNotice.js'
export { ReviewRequestCell, ReviewRequestStatus } from '../admin/review/ReviewRequestStatus.js'
