import { ROLES, type Role } from '../defaults.js'
import { optionalString, parseFlags, requireString } from './args.js'
import { CliUsageError } from './cliError.js'
import type { CliCommand } from './commands.js'

interface StoredUser {
  id: string | number
  roles?: unknown
}

/**
 * `grant-role --email E --role admin|publisher|editor|…` — gives an existing user one of the
 * plugin's roles. A host that installs the plugin into an app with users already has them
 * without a role (only a first user created afterwards becomes an admin by itself), and in the
 * admin only an admin may grant roles: this is the way in for the first one.
 */
export const grantRoleCommand: CliCommand = async ({ payload, options }, argv) => {
  const flags = parseFlags(argv, { email: { type: 'string' }, role: { type: 'string' } })
  const email = requireString(flags, 'email')
  const role = optionalString(flags, 'role') ?? ''
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new CliUsageError(`--role must be one of ${ROLES.join(', ')}, got "${role}"`)
  }
  const users = payload.collections[options.slugs.users]?.config
  const hasRoles = users?.fields.some((field) => 'name' in field && field.name === 'roles')
  if (!users || !hasRoles) {
    throw new CliUsageError(
      `the "${options.slugs.users}" collection has no roles field (addRolesToUsers is false?): ` +
        'grant rights through the access option instead',
    )
  }
  const { docs } = await payload.find({
    collection: options.slugs.users,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = docs[0] as StoredUser | undefined
  if (!user) throw new CliUsageError(`no user with the e-mail ${email}`)
  const current = Array.isArray(user.roles) ? (user.roles as Role[]) : []
  if (current.includes(role as Role)) return `${email} already has the role ${role}\n`
  await payload.update({
    collection: options.slugs.users,
    id: user.id,
    depth: 0,
    overrideAccess: true,
    data: { roles: [...current, role] },
  })
  return `${email} now has the roles ${[...current, role].join(', ')}\n`
}
