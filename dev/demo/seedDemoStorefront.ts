import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import { getPolicyOptions } from 'payload-privacy-policy'
import { resolveDemoStorefrontKey } from './demoKey.js'

export const DEMO_STOREFRONT_NAME = 'Demo shop'

interface StoredStorefront {
  id: string | number
  apiKeyIndex?: string | null
  enableAPIKey?: boolean | null
  enabled?: boolean | null
}

/**
 * Makes sure the demo shop at `/shop` has a storefront API client whose key is the one under
 * `data/` (or `DEMO_STOREFRONT_KEY`). The app calls this on start outside production; the plugin
 * knows nothing about it. A record whose key no longer matches (a new database, a new Payload
 * secret, a new key file) gets the current key instead of a second record.
 */
export async function seedDemoStorefront(payload: Payload): Promise<void> {
  const collection = getPolicyOptions(payload).slugs.storefronts
  const apiKey = resolveDemoStorefrontKey()
  // Payload finds keys by this HMAC (see `src/storefront/auth.ts`), so it says whether the stored
  // key is ours without decrypting anything.
  const index = createHmac('sha256', payload.secret).update(apiKey).digest('hex')
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
      data: { name: DEMO_STOREFRONT_NAME, enabled: true, enableAPIKey: true, apiKey },
    })
    payload.logger.info(`Created the "${DEMO_STOREFRONT_NAME}" storefront for /shop.`)
    return
  }
  if (existing.apiKeyIndex === index && existing.enableAPIKey && existing.enabled !== false) return
  await payload.update({
    collection,
    id: existing.id,
    overrideAccess: true,
    data: { enabled: true, enableAPIKey: true, apiKey },
  })
}
