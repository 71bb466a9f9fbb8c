import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { PolicyError } from '../errors.js'
import { parsePolicyText, PolicyTextParseError } from '../plaintext/parse.js'
import type { NumberedSectionText } from '../plaintext/types.js'
import { blocksToLexical } from '../richtext/fromBlocks.js'
import type { ChangeType } from '../policy/types.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { staleTranslationsError } from '../translations/operations.js'
import { planPolicySave, type PolicyFieldsInLocale } from '../translations/plannedSave.js'
import { findLatestVersion } from './versionQueries.js'

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
  /** Title for a policy created by this import (required then); keeps the current one otherwise. */
  title?: string
  /** Publish the imported draft as the next version with these release notes. */
  publish?: ReleaseNotes
  /** Who is importing (null: an operator at the shell or the seed). */
  req?: PayloadRequest
  /** How the publish is recorded on the version (`publishedVia`). */
  via?: 'cli' | 'seed' | 'api'
}

export interface ImportPolicyTextResult {
  policyId: string | number
  /** The version number published, or null when only the draft was saved (or nothing changed). */
  published: number | null
}

interface DraftSection {
  id?: string | null
  key?: string | null
}

/** The policy's latest draft in the imported locale (every field; these are the ones read here). */
interface ExistingDraft extends PolicyFieldsInLocale {
  id: string | number
  sections?: DraftSection[]
}

/**
 * Sections are matched by number: the file's section N replaces the heading and body of the
 * draft's N-th section in this locale (keeping its key, and its text in other locales); numbers
 * past the draft's end become new sections; draft sections whose number is absent are removed.
 */
function mergeSections(existing: readonly DraftSection[], parsed: readonly NumberedSectionText[]) {
  return parsed.map((section) => {
    const match = existing[section.number - 1]
    return {
      ...(match?.id ? { id: match.id } : {}),
      ...(match?.key ? { key: match.key } : {}),
      heading: section.heading,
      body: blocksToLexical(section.blocks),
    }
  })
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

/**
 * Replaces a policy draft's text in one locale from the plain-text format, creating the policy if
 * the slug is new, and optionally publishes it. Bad text throws a 400 {@link PolicyError} before
 * anything is written.
 */
export async function importPolicyText(
  args: ImportPolicyTextArgs,
): Promise<ImportPolicyTextResult> {
  const { payload, options, slug, locale, text, req } = args
  if (!options.locales.includes(locale)) throw new PolicyError(400, 'locale_unknown', { locale })
  let parsed: NumberedSectionText[]
  try {
    parsed = parsePolicyText(text)
  } catch (error) {
    if (error instanceof PolicyTextParseError) {
      throw new PolicyError(400, 'policy_text_invalid', { reason: error.message })
    }
    throw error
  }
  const context: RequestContext = { policyPublishedVia: args.via ?? 'cli' }
  const common = {
    collection: options.slugs.policies,
    depth: 0,
    overrideAccess: !req,
    req,
    context,
  } as const

  const { docs } = await payload.find({
    ...common,
    where: { slug: { equals: slug } },
    limit: 1,
    draft: true,
    locale,
    fallbackLocale: false,
  })
  const existing = docs[0] as ExistingDraft | undefined

  let policyId: string | number
  if (existing) {
    const data = {
      ...(args.title ? { title: args.title } : {}),
      sections: mergeSections(existing.sections ?? [], parsed),
    }
    if (args.publish) {
      await refuseHeldPublish({
        payload,
        options,
        locale,
        existing,
        data,
        release: args.publish,
        req,
      })
    }
    await payload.update({ ...common, id: existing.id, locale, draft: true, data })
    policyId = existing.id
  } else {
    if (locale !== options.sourceLocale) {
      throw new PolicyError(400, 'policy_create_needs_source', { locale: options.sourceLocale })
    }
    const created = await payload.create({
      ...common,
      locale,
      draft: true,
      data: {
        title: args.title ?? slug,
        slug,
        sections: mergeSections([], parsed),
        _status: 'draft',
      },
    })
    policyId = created.id
  }
  if (!args.publish) return { policyId, published: null }
  return { policyId, published: await publishPolicy({ ...args, policyId, release: args.publish }) }
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
