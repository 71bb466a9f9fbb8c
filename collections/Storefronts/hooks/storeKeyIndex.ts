import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { localizeError, PolicyError } from '../../../src/errors.js'
import { storefrontKeyIndex } from '../../../src/storefront/auth.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'

/** Shorter keys could be guessed; 32 characters is what `openssl rand -hex 16` gives. */
export const MIN_STOREFRONT_KEY_LENGTH = 32

/** The `Authorization` header caps a key at this length (see `src/storefront/auth.ts`). */
export const MAX_STOREFRONT_KEY_LENGTH = 256

/**
 * Turns a newly typed key into its HMAC and drops the key: the database never holds a usable key,
 * so the admin sees it only while typing it. The index itself is never taken from the request
 * (a client could otherwise plant a known index); without a new key the stored one stays.
 * The length is checked here, not by a field validator, because the key leaves `data` here.
 */
export const createStoreKeyIndex =
  (options: ResolvedPolicyOptions): CollectionBeforeChangeHook =>
  ({ collection, data, req }) => {
    const { apiKey, apiKeyIndex: _ignored, ...rest } = data as Record<string, unknown>
    if (typeof apiKey !== 'string' || apiKey.length === 0) return rest
    if (apiKey.length < MIN_STOREFRONT_KEY_LENGTH || apiKey.length > MAX_STOREFRONT_KEY_LENGTH) {
      const error = new PolicyError(400, 'storefront_key_length', {
        min: MIN_STOREFRONT_KEY_LENGTH,
        max: MAX_STOREFRONT_KEY_LENGTH,
      })
      const message = localizeError(
        error,
        req.i18n?.language ?? options.sourceLocale,
        options.strings,
      )
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message, path: 'apiKey' }],
      })
    }
    return { ...rest, apiKeyIndex: storefrontKeyIndex(req.payload.secret, apiKey) }
  }
