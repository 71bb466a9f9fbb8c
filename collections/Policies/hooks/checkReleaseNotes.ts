import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { findLatestVersion } from '../../../src/operations/versionQueries.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'
import type { PolicyHookDoc } from './types.js'

/**
 * A publish must say what kind of change it is and what changed, in the source language. A summary
 * left over from the previous release would mislead every customer shown it, so it is refused.
 */
export const createCheckReleaseNotesHook =
  (options: ResolvedPolicyOptions): CollectionBeforeChangeHook<PolicyHookDoc> =>
  async ({ data, originalDoc, req }) => {
    if (data._status !== 'published') return data
    const changeType = data.changeType ?? originalDoc?.changeType
    if (changeType !== 'material' && changeType !== 'editorial') {
      throw new APIError('Choose a change type (material or editorial) before publishing.', 400)
    }
    if (!originalDoc?.id) return data
    const slug = data.slug ?? originalDoc.slug
    if (!slug) return data
    const latest = await findLatestVersion(req.payload, options, slug, req)
    if (!latest) return data
    const summary: unknown =
      req.locale === options.sourceLocale
        ? data.summary
        : (
            (await req.payload.findByID({
              collection: options.slugs.policies,
              id: originalDoc.id,
              locale: options.sourceLocale,
              fallbackLocale: false,
              draft: true,
              depth: 0,
              overrideAccess: true,
              req,
            })) as PolicyHookDoc
          ).summary
    const trimmed = typeof summary === 'string' ? summary.trim() : ''
    if (!trimmed) {
      throw new APIError(
        `Write a summary of what changed (${options.sourceLocale}) before publishing.`,
        400,
      )
    }
    if (trimmed === latest.summary[options.sourceLocale]?.trim()) {
      throw new APIError(
        `The summary is still the one of version ${latest.number}: describe this release's changes.`,
        400,
      )
    }
    return data
  }
