import type { PolicyDiff, SectionDiff } from '../../diff/index.js'
import type { AdminStringKey } from '../i18n/index.js'
import type { AdminT } from './versionPage.js'

/** One section's line in "sections at a glance": its number and heading, and what happened to it. */
export interface SectionGlance {
  key: string
  label: string
  status: SectionDiff['status'] | 'moved'
  statusText: string
}

const STATUS_KEYS: Record<SectionGlance['status'], AdminStringKey> = {
  added: 'changesStatusAdded',
  removed: 'changesStatusRemoved',
  changed: 'changesStatusChanged',
  unchanged: 'changesStatusUnchanged',
  moved: 'changesStatusMoved',
}

/**
 * Every section with its status, headed as the reader knows it (the new heading, or the old one
 * of a removed section), so an editor sees which sections a release touches before reading any.
 */
export function sectionsAtAGlance(diff: PolicyDiff, t: AdminT): SectionGlance[] {
  return diff.sections.map((section) => {
    const number = section.numberAfter ?? section.numberBefore
    const heading = section.headingAfter ?? section.headingBefore ?? ''
    const status = section.status === 'unchanged' && section.moved ? 'moved' : section.status
    return {
      key: section.key,
      label: number ? `${number}. ${heading}` : heading,
      status,
      statusText: t(STATUS_KEYS[status]),
    }
  })
}

/** The diff's totals in one sentence. */
export function diffStatsText(diff: PolicyDiff, t: AdminT): string {
  const { stats } = diff
  return t('compareStats', {
    changed: stats.sectionsChanged,
    added: stats.sectionsAdded,
    removed: stats.sectionsRemoved,
    unchanged: stats.sectionsUnchanged,
    inserted: stats.wordsInserted,
    deleted: stats.wordsDeleted,
  })
}
