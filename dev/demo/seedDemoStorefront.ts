import type { Payload } from 'payload'

import { getPolicyOptions, storefrontKeyIndex } from 'payload-privacy-policy'
import { resolveDemoStorefrontKey } from './demoKey.js'

export const DEMO_STOREFRONT_NAME = 'Demo shop'

interface StoredStorefront {
  id: string | number
  apiKeyIndex?: string | null
  enabled?: boolean | null
}

/** The demo shop shows the whole keyed API, the customer's export and erasure included. */
const DEMO_PERMISSIONS = ['accept', 'status', 'export', 'erase'] as const

/**
 * Makes sure the demo shop at `/shop` has a storefront API client whose key is the one under
 * `data/` (or `DEMO_STOREFRONT_KEY`). The app calls this on start outside production; the plugin
 * knows nothing about it. A record whose key no longer matches (a new database, a new Payload
 * secret, a new key file) gets the current key instead of a second record.
 */
export async function seedDemoStorefront(payload: Payload): Promise<void> {
  const collection = getPolicyOptions(payload).slugs.storefronts
  const apiKey = resolveDemoStorefrontKey()
  // Only this HMAC of a key is stored, so it says whether the stored key is ours.
  const index = storefrontKeyIndex(payload.secret, apiKey)
  const { docs } = await payload.db.find<StoredStorefront>({
    collection,
    where: { name: { equals: DEMO_STOREFRONT_NAME } },
    limit: 1,
    pagination: false,
  })
  const existing = docs[0]
  if (!existing) {
    await payload.create({
      collection,
      overrideAccess: true,
      data: {
        name: DEMO_STOREFRONT_NAME,
        enabled: true,
        permissions: [...DEMO_PERMISSIONS],
        apiKey,
      },
    })
    payload.logger.info(`Created the "${DEMO_STOREFRONT_NAME}" storefront for /shop.`)
    return
  }
  if (existing.apiKeyIndex === index && existing.enabled !== false) return
  await payload.update({
    collection,
    id: existing.id,
    overrideAccess: true,
    data: { enabled: true, apiKey },
  })
}
