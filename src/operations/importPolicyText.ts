import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { PolicyError } from '../errors.js'
import { parsePolicyMarkdown, type MarkdownImportOptions } from '../markdown/parseMarkdown.js'
import { differsOnlyInvisibly } from '../plaintext/displayText.js'
import {
  parsePolicyTextWithWarnings,
  policyTextProblem,
  PolicyTextParseError,
  type PolicyTextWarning,
} from '../plaintext/parse.js'
import { serializeBlocks } from '../plaintext/serialize.js'
import type { NumberedSectionText } from '../plaintext/types.js'
import {
  emptyMatchSummary,
  matchSections,
  type KeyedSection,
  type SectionMatchSummary,
} from '../policy/matchSections.js'
import { snapshotText } from '../policy/snapshot.js'
import { blocksToLexical } from '../richtext/fromBlocks.js'
import { lexicalToBlocks } from '../richtext/toBlocks.js'
import type { LexicalState } from '../richtext/types.js'
import type { ChangeType } from '../policy/types.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { staleTranslationsError } from '../translations/operations.js'
import { planPolicySave, type PolicyFieldsInLocale } from '../translations/plannedSave.js'
import { findLatestVersion, findVersionWithSnapshot, listVersionMetas } from './versionQueries.js'

export interface ReleaseNotes {
  changeType: ChangeType
  summary: string
  /** ISO date; empty or past means "effective on publish". */
  effectiveAt?: string
}

export interface ImportPolicyTextArgs {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  locale: string
  text: string
  /** `text` (default): the plain-text policy format; `markdown`: see `parsePolicyMarkdown`. */
  format?: 'text' | 'markdown'
  /** How Markdown is read into sections (only with `format: 'markdown'`). */
  markdown?: MarkdownImportOptions
  /** Title for a policy created by this import (required then); keeps the current one otherwise. */
  title?: string
  /** Publish the imported draft as the next version with these release notes. */
  publish?: ReleaseNotes
  /** Who is importing (null: an operator at the shell or the seed). */
  req?: PayloadRequest
  /** How the publish is recorded on the version (`publishedVia`). */
  via?: 'cli' | 'seed' | 'api'
}

/** What an import would do, known before anything is written. */
export interface PolicyImportPreview {
  /** Which sections of the draft the imported ones are: new, removed, moved, renamed, changed. */
  matching: SectionMatchSummary
  /** Numbered lines that looked like headings but were kept as text (see the parser). */
  warnings: PolicyTextWarning[]
}

export interface ImportPolicyTextResult extends PolicyImportPreview {
  policyId: string | number
  /** The version number published, or null when only the draft was saved (or nothing changed). */
  published: number | null
}

interface DraftSection {
  id?: string | null
  key?: string | null
  heading?: string | null
  body?: LexicalState | null
}

/** The policy's latest draft in the imported locale (every field; these are the ones read here). */
interface ExistingDraft extends PolicyFieldsInLocale {
  id: string | number
  sections?: DraftSection[]
}

/**
 * Pairs the imported sections with the draft's. In the source language a section is identified by
 * its content (see `matchSections`): a matched section keeps its key (and its row, so its text in
 * other languages stays with it), an unmatched one gets a new key, a draft section nothing matched
 * is removed, and renumbering alone changes no key. A translation is the source's sections in
 * another language, so there section N is the draft's N-th section: its rows are the source's.
 */
function planSections(
  existing: readonly DraftSection[],
  parsed: readonly ImportedSection[],
  byContent: boolean,
): { sections: Array<Record<string, unknown>>; matching: SectionMatchSummary } {
  const keyed: KeyedSection[] = existing.map((section, index) => ({
    key: section.key || `unkeyed-${index + 1}`,
    heading: section.heading ?? '',
    text: serializeBlocks(lexicalToBlocks(section.body)),
  }))
  const incoming = parsed.map((section) => ({
    heading: section.heading,
    text: serializeBlocks(section.blocks),
  }))
  const { matches, summary } = byContent
    ? matchSections(keyed, incoming)
    : {
        matches: parsed.map((_, index) => (index < existing.length ? index : null)),
        summary: byNumberSummary(keyed, incoming),
      }
  const sections = parsed.map((section, index) => {
    const match = matches[index]
    const row = match === null ? undefined : existing[match]
    return {
      ...(row?.id ? { id: row.id } : {}),
      ...(row?.key ? { key: row.key } : {}),
      heading: section.heading,
      body: section.body ?? blocksToLexical(section.blocks),
    }
  })
  return { sections, matching: summary }
}

/** The matching summary of a translation import, where section N is the draft's section N. */
function byNumberSummary(
  keyed: readonly KeyedSection[],
  incoming: ReadonlyArray<{ heading: string; text: string }>,
): SectionMatchSummary {
  const summary = emptyMatchSummary()
  incoming.forEach((section, index) => {
    const old = keyed[index]
    if (!old) summary.added.push({ number: index + 1, heading: section.heading })
    else if (old.heading !== section.heading || old.text !== section.text) {
      summary.changed.push({ key: old.key, number: index + 1, heading: section.heading })
    } else summary.unchanged++
  })
  keyed.slice(incoming.length).forEach((section, offset) => {
    summary.removed.push({
      key: section.key,
      number: incoming.length + offset + 1,
      heading: section.heading,
    })
  })
  return summary
}

/** A section to import: its plain text, and its formatted body when the source had formatting. */
type ImportedSection = NumberedSectionText & { body?: LexicalState }

function parseText(
  text: string,
  format: 'text' | 'markdown' = 'text',
  markdown: MarkdownImportOptions = {},
): { sections: ImportedSection[]; warnings: PolicyTextWarning[] } {
  let parsed: { sections: ImportedSection[]; warnings: PolicyTextWarning[] }
  try {
    parsed =
      format === 'markdown'
        ? { sections: parsePolicyMarkdown(text, markdown), warnings: [] }
        : parsePolicyTextWithWarnings(text)
  } catch (error) {
    if (error instanceof PolicyTextParseError) {
      throw new PolicyError(400, 'policy_text_invalid', { reason: error.message })
    }
    throw error
  }
  if (!parsed.sections.length) {
    throw new PolicyError(400, 'policy_text_invalid', { reason: 'the text has no sections' })
  }
  const problem = policyTextProblem(parsed.sections)
  if (problem) throw new PolicyError(400, 'policy_text_invalid', { reason: problem })
  return parsed
}

/**
 * Refuses, before anything is written, release notes the publish hook (`checkReleaseNotes`) would
 * refuse for a source-language import: no summary, or the summary of any earlier version again.
 */
async function refuseStaleSummary(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  locale: string
  release: ReleaseNotes
  req?: PayloadRequest
}): Promise<void> {
  const { payload, options, slug, locale, release, req } = args
  if (locale !== options.sourceLocale) return
  const earlier = await listVersionMetas(payload, options, slug, req)
  if (!earlier.length) return
  const summary = release.summary.trim()
  if (!summary) throw new PolicyError(400, 'release_summary_missing', { locale })
  const repeated = earlier.find((version) => version.summary[locale]?.trim() === summary)
  if (repeated) {
    throw new PolicyError(400, 'release_summary_stale', { locale, version: repeated.number })
  }
}

/**
 * Refuses, before anything is written, a material release whose text differs from the latest
 * version only in what a reader cannot see (see `differsOnlyInvisibly`).
 */
async function refuseInvisibleMaterial(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  locale: string
  parsed: readonly NumberedSectionText[]
  release: ReleaseNotes
  req?: PayloadRequest
}): Promise<void> {
  const { payload, options, slug, locale, parsed, release, req } = args
  if (release.changeType !== 'material' || locale !== options.sourceLocale) return
  const latest = await findLatestVersion(payload, options, slug, req)
  if (!latest) return
  const stored = await findVersionWithSnapshot(payload, options, slug, latest.number, req)
  const frozen = stored?.snapshot?.[locale]
  if (frozen && differsOnlyInvisibly(snapshotText(frozen), parsed)) {
    throw new PolicyError(400, 'release_invisible_only', { version: latest.number })
  }
}

/**
 * Refuses, before anything is written, an import whose publish the policy's publish hook would
 * refuse (stale translations under a material change): otherwise the draft save would land and
 * only the publish fail, leaving an operator's failed command half done.
 */
async function refuseHeldPublish(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  locale: string
  existing: ExistingDraft
  data: PolicyFieldsInLocale
  release: ReleaseNotes
  req?: PayloadRequest
}): Promise<void> {
  const { payload, options, existing, locale, data, release, req } = args
  const { plan } = await planPolicySave({
    payload,
    options,
    id: existing.id,
    locale,
    data: { ...data, _status: 'published', changeType: release.changeType },
    original: existing,
    req,
  })
  if (plan && !plan.ok) throw staleTranslationsError(plan, options, req)
}

interface PreparedImport extends PolicyImportPreview {
  existing: ExistingDraft | undefined
  sections: Array<Record<string, unknown>>
}

/**
 * Parses, matches and checks an import without writing. Every refusal the publish would raise is
 * checked here, before the first write: a refused import leaves neither a draft nor (on a new
 * slug) a policy behind.
 */
async function prepareImport(args: ImportPolicyTextArgs): Promise<PreparedImport> {
  const { payload, options, slug, locale, text, req } = args
  if (!options.locales.includes(locale)) throw new PolicyError(400, 'locale_unknown', { locale })
  const { sections: parsed, warnings } = parseText(text, args.format, args.markdown)
  const { docs } = await payload.find({
    collection: options.slugs.policies,
    depth: 0,
    overrideAccess: !req,
    req,
    where: { slug: { equals: slug } },
    limit: 1,
    draft: true,
    locale,
    fallbackLocale: false,
  })
  const existing = docs[0] as ExistingDraft | undefined
  if (!existing && locale !== options.sourceLocale) {
    throw new PolicyError(400, 'policy_create_needs_source', { locale: options.sourceLocale })
  }
  const { sections, matching } = planSections(
    existing?.sections ?? [],
    parsed,
    locale === options.sourceLocale,
  )
  if (args.publish) {
    if (existing) await refuseStaleSummary({ ...args, release: args.publish })
    await refuseInvisibleMaterial({ ...args, parsed, release: args.publish })
    if (existing) {
      await refuseHeldPublish({
        payload,
        options,
        locale,
        existing,
        data: { ...(args.title ? { title: args.title } : {}), sections },
        release: args.publish,
        req,
      })
    }
  }
  return { existing, sections, matching, warnings }
}

/**
 * What {@link importPolicyText} would do with the same arguments (which sections are new, removed,
 * moved, renamed; which numbered lines were kept as text), refusing what it would refuse, and
 * writing nothing: what an editor reviews before a publish.
 */
export async function previewPolicyImport(
  args: ImportPolicyTextArgs,
): Promise<PolicyImportPreview> {
  const { matching, warnings } = await prepareImport(args)
  return { matching, warnings }
}

/**
 * Replaces a policy draft's text in one locale from the plain-text format, creating the policy if
 * the slug is new, and optionally publishes it. Text the publish would refuse throws a 400
 * {@link PolicyError} before anything is written.
 */
export async function importPolicyText(
  args: ImportPolicyTextArgs,
): Promise<ImportPolicyTextResult> {
  const { payload, options, slug, locale, req } = args
  const { existing, sections, matching, warnings } = await prepareImport(args)
  const context: RequestContext = { policyPublishedVia: args.via ?? 'cli' }
  const common = {
    collection: options.slugs.policies,
    depth: 0,
    overrideAccess: !req,
    req,
    context,
  } as const

  let policyId: string | number
  if (existing) {
    const data = { ...(args.title ? { title: args.title } : {}), sections }
    await payload.update({ ...common, id: existing.id, locale, draft: true, data })
    policyId = existing.id
  } else {
    const created = await payload.create({
      ...common,
      locale,
      draft: true,
      data: { title: args.title ?? slug, slug, sections, _status: 'draft' },
    })
    policyId = created.id
  }
  const result = { policyId, published: null, matching, warnings }
  if (!args.publish) return result
  return {
    ...result,
    published: await publishPolicy({ ...args, policyId, release: args.publish }),
  }
}

/**
 * Publishes a policy's latest draft with release notes (set in `locale`), returning the number of
 * the version the publish created, or null if the text equals the latest version.
 */
export async function publishPolicy(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  policyId: string | number
  locale: string
  release: ReleaseNotes
  req?: PayloadRequest
  via?: 'cli' | 'seed' | 'api'
}): Promise<number | null> {
  const { payload, options, slug, policyId, locale, release, req } = args
  const before = await findLatestVersion(payload, options, slug, req)
  await payload.update({
    collection: options.slugs.policies,
    id: policyId,
    locale,
    depth: 0,
    overrideAccess: !req,
    req,
    context: { policyPublishedVia: args.via ?? 'cli' },
    data: {
      _status: 'published',
      changeType: release.changeType,
      summary: release.summary,
      effectiveAt: release.effectiveAt || null,
    },
  })
  const after = await findLatestVersion(payload, options, slug, req)
  return after && after.number !== before?.number ? after.number : null
}
