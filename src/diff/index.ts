/**
 * The policy diff engine: pure functions from two versions' sections to a structured diff, and
 * that diff to a self-contained HTML fragment. No CMS types: plain data in, plain data out.
 */
export type {
  Change,
  ChangeType,
  DiffInputSection,
  DiffLevel,
  DiffOptions,
  DiffStats,
  PolicyDiff,
  SectionDiff,
  SectionStatus,
} from './types.js'
export { DIFF_LEVELS } from './types.js'
export {
  diffPolicy,
  DEFAULT_BUDGET_MS,
  DEFAULT_MAX_EDIT_LENGTH,
  DEFAULT_SECTION_TIMEOUT_MS,
} from './diffPolicy.js'
export { rebuildText } from './changes.js'
export { countWords } from './tokenize.js'
export { HEADING_MATCH_THRESHOLD, BODY_MATCH_THRESHOLD } from './align.js'
export { UNIT_PAIRING_THRESHOLD } from './units.js'
export { renderDiffHtml, type RenderDiffHtmlOptions } from './renderHtml.js'
export { escapeHtml } from '../util/escapeHtml.js'
