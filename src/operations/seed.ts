import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'

import type { PolicySeed, ResolvedPolicyOptions } from '../types.js'
import { importPolicyText, publishPolicy } from './importPolicyText.js'

/**
 * Seeds the policy as version 1 in every locale that has a file, on an empty database. Safe to call
 * on every start and from several processes: an existing policy is left alone, and a concurrent
 * seed loses on the unique slug instead of creating a second policy.
 */
export async function seedPolicy(
  payload: Payload,
  options: ResolvedPolicyOptions,
  seed: PolicySeed,
): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: options.slugs.policies,
    where: { slug: { equals: seed.slug } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return false
  const source = options.sourceLocale
  const locales = options.locales.filter((locale) => seed.files[locale])
  let policyId: string | number | undefined
  for (const locale of locales) {
    const result = await importPolicyText({
      payload,
      options,
      slug: seed.slug,
      locale,
      text: readFileSync(seed.files[locale], 'utf8'),
      title: seed.title[locale],
      via: 'seed',
    })
    policyId = result.policyId
    if (locale !== source && seed.summary[locale]) {
      await payload.update({
        collection: options.slugs.policies,
        id: policyId,
        locale,
        draft: true,
        depth: 0,
        overrideAccess: true,
        data: { summary: seed.summary[locale] },
      })
    }
  }
  if (policyId === undefined) throw new Error(`Seed for "${seed.slug}" has no ${source} file.`)
  await publishPolicy({
    payload,
    options,
    slug: seed.slug,
    policyId,
    locale: source,
    release: { changeType: 'material', summary: seed.summary[source] ?? '' },
    via: 'seed',
  })
  payload.logger.info(`Seeded "${seed.slug}" version 1 in ${locales.join(', ')}.`)
  return true
}
