import { isoInstant } from './acceptanceRecord.js'
import type { VersionLeafFields } from './leaf.js'

/** A published version as stored, as far as its leaf is concerned. */
export interface VersionRecordForLeaf {
  id: string | number
  policySlug: string
  number: number
  changeType: string
  publishedAt: string
  effectiveAt: string
  contentHashes?: Record<string, string> | null
}

export function versionLeafOf(version: VersionRecordForLeaf): VersionLeafFields {
  return {
    id: String(version.id),
    policy: version.policySlug,
    number: String(version.number),
    changeType: version.changeType,
    publishedAt: isoInstant(version.publishedAt),
    effectiveAt: isoInstant(version.effectiveAt),
    contentHashes: { ...(version.contentHashes ?? {}) },
  }
}
