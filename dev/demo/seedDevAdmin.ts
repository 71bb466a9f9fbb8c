import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { getPolicyOptions } from 'payload-privacy-policy'

/**
 * A development admin with a random password, printed once: never a fixed password. Only called
 * when the seed asks for it (`devAdmin`), which the app never does in production; there the
 * admin's first-user screen creates the first (admin) account instead.
 */
export async function seedDevAdmin(payload: Payload): Promise<void> {
  const options = getPolicyOptions(payload)
  const { totalDocs } = await payload.count({
    collection: options.slugs.users,
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  const email = 'admin@example.com'
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: options.slugs.users,
    overrideAccess: true,
    data: { email, password, name: 'Development admin', roles: ['admin'] },
  })
  // Printed to stdout on purpose, once: it is the only way to learn this random password.
  console.log(`\n  Development admin created: ${email} / ${password}\n  (shown only now)\n`)
}
