import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export interface TestStorefront {
  id: string | number
  apiKey: string
  /** The `Authorization` header value for this storefront. */
  authorization: string
}

/** A storefront API client with a fresh random key (as an admin would create one). */
export async function createStorefront(
  payload: Payload,
  { enabled = true, name = 'Test shop' }: { enabled?: boolean; name?: string } = {},
): Promise<TestStorefront> {
  const apiKey = randomBytes(24).toString('hex')
  const doc = await payload.create({
    collection: 'storefronts',
    overrideAccess: true,
    data: { name, enabled, enableAPIKey: true, apiKey },
  })
  return { id: doc.id, apiKey, authorization: `storefronts API-Key ${apiKey}` }
}
