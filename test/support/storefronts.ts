import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { StorefrontPermission } from '../../src/access/storefrontPermissions.js'

export interface TestStorefront {
  id: string | number
  apiKey: string
  scope: string
  /** The `Authorization` header value for this storefront. */
  authorization: string
}

/** Everything a storefront key can do: most tests exercise the whole keyed API with one key. */
export const ALL_STOREFRONT_PERMISSIONS: StorefrontPermission[] = [
  'accept',
  'status',
  'export',
  'erase',
]

/** A storefront API client with a fresh random key (as an admin would create one). */
export async function createStorefront(
  payload: Payload,
  {
    enabled = true,
    name = 'Test shop',
    scope = 'default',
    permissions = ALL_STOREFRONT_PERMISSIONS,
  }: {
    enabled?: boolean
    name?: string
    scope?: string
    permissions?: StorefrontPermission[]
  } = {},
): Promise<TestStorefront> {
  const apiKey = randomBytes(24).toString('hex')
  const doc = await payload.create({
    collection: 'storefronts',
    overrideAccess: true,
    data: { name, enabled, scope, permissions, apiKey },
  })
  return { id: doc.id, apiKey, scope, authorization: `storefronts API-Key ${apiKey}` }
}
