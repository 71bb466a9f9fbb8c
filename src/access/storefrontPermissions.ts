/**
 * What a storefront key may do, one permission per keyed endpoint family (like a restricted API
 * key): `accept` records acceptances, `status` reads consent status, `export` copies a customer's
 * records, `erase` erases them. Export and erase are off for new keys: a checkout needs neither.
 */
export const STOREFRONT_PERMISSIONS = ['accept', 'status', 'export', 'erase'] as const

export type StorefrontPermission = (typeof STOREFRONT_PERMISSIONS)[number]

/** What a storefront created without a choice may do. */
export const DEFAULT_STOREFRONT_PERMISSIONS: StorefrontPermission[] = ['accept', 'status']

/** The scope a storefront belongs to unless an admin names another. */
export const DEFAULT_STOREFRONT_SCOPE = 'default'
