import type { CollectionConfig } from 'payload'

/** The shop's own admin users, as the blank template has them: e-mail and password, no roles. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
  },
  auth: true,
  fields: [],
}
