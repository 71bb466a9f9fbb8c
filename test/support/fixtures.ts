import { readFileSync } from 'node:fs'

import { appPath } from '../../dev/paths.js'
import type { Payload } from 'payload'

/** The seeded policy's slug: the same as `SEED_SLUG` in dev/appConfig.ts, which the test app seeds. */
export const SLUG = 'privacy-policy'

export function seedText(locale: 'lv' | 'en' | 'ru' = 'lv'): string {
  return readFileSync(appPath('src', 'seed', 'texts', `privacy-policy.${locale}.txt`), 'utf8')
}

/**
 * The revised Latvian policy the issues describe: a typo fixed in section 1, a number changed in
 * section 5, a bullet added in section 3, a bullet removed in section 4, a new final section 10.
 */
export function revisedSeedText(): string {
  const text = seedText('lv')
    .replace('vietnes apeklētāju', 'vietnes apmeklētāju')
    .replace('mēs glabājam 5 gadus', 'mēs glabājam 3 gadus')
    .replace(
      '- e-pasta adrese.\n\nInformāciju',
      '- e-pasta adrese.\n\n- maksājuma datums.\n\nInformāciju',
    )
    .replace('\n\n- sagatavotu anonīmu statistiku par vietnes izmantošanu.', '')
  return `${text}\n\n\u00a0\n\n10. KONTAKTI\n\nJautājumus par šo politiku sūtiet uz privatums@example.com.`
}

/**
 * The id of the policy the test app seeds (`SLUG`), which most suites need before they can read or
 * write it by id. Throws when it is missing, so a suite started with `seed: false` fails here and not
 * later on an undefined id.
 */
export async function seededPolicyId(payload: Payload): Promise<number | string> {
  const { docs } = await payload.find({
    collection: 'policies',
    where: { slug: { equals: SLUG } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`The seeded policy "${SLUG}" is not in the database.`)
  return docs[0].id
}

export type Role = 'admin' | 'publisher' | 'editor' | 'auditor'

/** An admin user with one role; returns the user document (with `collection` set, as on `req.user`). */
export async function createUser(payload: Payload, role: Role) {
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: `${role}-${Math.random().toString(36).slice(2)}@example.com`,
      password: 'correct horse battery',
      roles: [role],
    },
  })
  return { ...user, collection: 'users' as const, password: 'correct horse battery' }
}
