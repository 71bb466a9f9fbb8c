/**
 * What the "Changes since the published version" panel shows, as plain data: the saved draft of a
 * policy in one locale against the version in force. No Payload imports, so it is unit-tested.
 */
import { diffPolicy, renderDiffHtml, type PolicyDiff } from '../../diff/index.js'
import { dateVariables } from '../../i18n/dates.js'
import { getT } from '../../i18n/index.js'
import { toDiffSections, type SectionSource } from '../../operations/diffVersions.js'
import type { SnapshotLocale } from '../../policy/types.js'
import type { PolicyStrings } from '../../types.js'

/** A published version as the panel needs it: its number, dates and frozen text. */
export interface PanelVersion {
  number: number
  effectiveAt: string
  /** The frozen text in every locale the version has. */
  text: Partial<Record<string, SnapshotLocale>>
}

export interface DraftDiffInput {
  /** The saved draft's sections read in `locale` (no fallback); null before the first save. */
  draft: { sections?: readonly SectionSource[] | null } | null
  /** The version in force now, or null when none is. */
  inForce: PanelVersion | null
  /** A newer published version waiting for its effective date, mentioned so nobody is misled. */
  upcoming: PanelVersion | null
  /** The content locale being edited. */
  locale: string
  /** The admin's interface language, for labels (English where there are none) and dates. */
  language: string
  /** The plugin options' `strings`. */
  strings: PolicyStrings
}

export type DraftDiffView =
  | { kind: 'unsaved'; messages: PanelMessages }
  | { kind: 'not-in-force'; messages: PanelMessages }
  | { kind: 'locale-missing'; messages: PanelMessages }
  | { kind: 'diff'; messages: PanelMessages; diff: PolicyDiff; html: string }

/** The panel's texts, already translated into the admin's language. */
export interface PanelMessages {
  title: string
  /** What is compared with what; for the non-diff kinds, why nothing is compared. */
  lead: string
  /** A newer published version not yet in force, or null. */
  upcoming: string | null
  hint: string
}

/** `{{date}}` and its cases (see `dateVariables`); an unreadable date is shown as stored. */
function dateVars(iso: string, language: string): Record<string, string> {
  if (Number.isNaN(new Date(iso).getTime())) {
    return { date: iso, dateGenitive: iso, dateLocative: iso }
  }
  return dateVariables(iso, language)
}

/**
 * Builds the panel's content: the draft in `locale` diffed section by section against the version
 * in force, rendered with the same engine and HTML as the storefront's diff, so what an editor
 * reviews before publishing is what customers will be shown after.
 */
export function buildDraftDiff(input: DraftDiffInput): DraftDiffView {
  const { inForce, upcoming, locale, language } = input
  const t = getT(language, 'diff', input.strings)
  const base = {
    title: t('adminTitle'),
    hint: t('adminHint'),
    upcoming: upcoming
      ? t('adminUpcoming', {
          version: upcoming.number,
          ...dateVars(upcoming.effectiveAt, language),
        })
      : null,
  }
  if (!input.draft) return { kind: 'unsaved', messages: { ...base, lead: t('adminUnsaved') } }
  if (!inForce) return { kind: 'not-in-force', messages: { ...base, lead: t('adminNotInForce') } }
  const published = inForce.text[locale]
  if (!published) {
    return {
      kind: 'locale-missing',
      messages: { ...base, lead: t('adminLocaleMissing', { version: inForce.number, locale }) },
    }
  }
  const diff = diffPolicy(
    toDiffSections(published.sections),
    toDiffSections(input.draft.sections ?? []),
  )
  const lead = t('adminComparedWith', {
    locale,
    version: inForce.number,
    ...dateVars(inForce.effectiveAt, language),
  })
  // Headings one level below the panel's own title (an h3 in the edit form).
  const html = renderDiffHtml(diff, t, { locale, headingLevel: 4 })
  return { kind: 'diff', messages: { ...base, lead }, diff, html }
}
