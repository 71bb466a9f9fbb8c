import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account (created through the admin's first-user screen on a fresh production
 * database, where no dev user is seeded) becomes an admin; otherwise nobody could manage roles.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
