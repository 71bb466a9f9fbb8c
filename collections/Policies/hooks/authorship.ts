import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { PolicyError } from '../../../src/errors.js'
import { refusal } from '../../../src/operations/releaseNotes.js'
import { buildSnapshot } from '../../../src/policy/snapshot.js'
import { readPolicyAllLocales } from '../../../src/translations/operations.js'
import { overlayLocale } from '../../../src/translations/overlay.js'
import type { SectionRowInLocale } from '../../../src/translations/stamp.js'
import { isSecondPublisher } from '../../../src/access/secondPublisher.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'
import { userId, type PolicyHookDoc } from './types.js'

function signedInUser(req: PayloadRequest, options: ResolvedPolicyOptions) {
  return req.user?.collection === options.slugs.users ? req.user.id : null
}

/**
 * Whether a publish carries text of its own: a publisher may fill in the release form, but text
 * changed in the publishing request itself was written by the publisher, not by the draft's author.
 */
async function publishChangesText(
  data: Partial<PolicyHookDoc>,
  id: string | number,
  options: ResolvedPolicyOptions,
  req: PayloadRequest,
): Promise<boolean> {
  if (data.title === undefined && !Array.isArray(data.sections)) return false
  const locale =
    typeof req.locale === 'string' && options.locales.includes(req.locale)
      ? req.locale
      : options.sourceLocale
  const stored = await readPolicyAllLocales(req.payload, options, id, { draft: true, req })
  const after = overlayLocale(
    stored,
    {
      title: data.title,
      sections: Array.isArray(data.sections) ? (data.sections as SectionRowInLocale[]) : null,
    },
    locale,
  )
  // The content hashes cover the sections' words; the title is compared on its own.
  if (JSON.stringify(stored.title ?? null) !== JSON.stringify(after.title ?? null)) return true
  const before = buildSnapshot(stored, options.locales).contentHashes
  const now = buildSnapshot(after, options.locales).contentHashes
  const locales = new Set([...Object.keys(before), ...Object.keys(now)])
  return [...locales].some((candidate) => before[candidate] !== now[candidate])
}

/**
 * Who wrote the draft, for four eyes: `lastEditedBy` is the last user who saved it (stamped from
 * the signed-in user, never taken from the request). A publish keeps the draft's author unless it
 * changes the text itself. With `requireSecondPublisher`, a publish by that author is refused
 * (403, `second_publisher_required`, in the admin's language) before anything is written: the
 * point of a second pair of eyes is that the person who wrote the words is not the one who makes
 * them binding. Writes without a user (the CLI, the seed, trusted server code) are nobody's and
 * change nothing here.
 */
export const createAuthorshipHook =
  (options: ResolvedPolicyOptions): CollectionBeforeChangeHook<PolicyHookDoc> =>
  async ({ data, originalDoc, req }) => {
    const user = signedInUser(req, options)
    const storedAuthor = userId(originalDoc?.lastEditedBy)
    if (user === null) return { ...data, lastEditedBy: storedAuthor }
    if (data._status !== 'published') return { ...data, lastEditedBy: user }

    const id = originalDoc?.id
    const changed = id === undefined || (await publishChangesText(data, id, options, req))
    const author = changed ? user : storedAuthor
    if (!isSecondPublisher(options, author, user)) {
      throw refusal(new PolicyError(403, 'second_publisher_required'), options, req)
    }
    return { ...data, lastEditedBy: author }
  }
