import { existsSync } from 'node:fs'

import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import * as rsc from '../../src/exports/rsc.js'
import { privacyPolicyPlugin } from '../../src/plugin.js'
import type { PrivacyPolicyPluginOptions } from '../../src/types.js'

/** A host's own users: auth, an email, no roles (Payload's blank template). */
const hostUsers: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  fields: [{ name: 'displayName', type: 'text' }],
}

const hostPages: CollectionConfig = {
  slug: 'pages',
  fields: [{ name: 'title', type: 'text' }],
}

function hostConfig(collections: CollectionConfig[] = [hostUsers, hostPages]): Config {
  return {
    secret: 'test',
    db: {} as Config['db'],
    collections,
    localization: { locales: ['lv', 'en', 'de'], defaultLocale: 'lv', fallback: false },
    endpoints: [{ path: '/host-health', method: 'get', handler: () => Response.json({}) }],
  }
}

function install(options: PrivacyPolicyPluginOptions = {}, config = hostConfig()): Config {
  return privacyPolicyPlugin(options)(config)
}

const collection = (config: Config, slug: string): CollectionConfig | undefined =>
  config.collections?.find((candidate) => candidate.slug === slug)

const fieldNames = (target: CollectionConfig | undefined): string[] =>
  (target?.fields ?? []).flatMap((field: Field) => ('name' in field ? [field.name] : []))

describe('privacyPolicyPlugin on a host config', () => {
  it('adds its collections after the host’s own and keeps the host’s endpoints', () => {
    const config = install()
    expect(config.collections?.map((candidate) => candidate.slug)).toEqual([
      'users',
      'pages',
      'policies',
      'policy-versions',
      'storefronts',
      'policy-acceptances',
      'policy-log-leaves',
      'policy-tree-heads',
      'policy-log-verifications',
    ])
    expect(collection(config, 'pages')).toBe(hostPages)
    expect(config.endpoints?.[0]?.path).toBe('/host-health')
    expect(config.endpoints?.some((endpoint) => endpoint.path.startsWith('/storefront/'))).toBe(
      true,
    )
  })

  it('adds its roles and the first-user-is-admin hook to a host’s users without roles', () => {
    const users = collection(install(), 'users')
    expect(fieldNames(users)).toEqual(['displayName', 'roles'])
    expect(users?.hooks?.beforeChange).toHaveLength(1)
    // The host's own settings stay.
    expect(users?.auth).toBe(true)
    expect(users?.admin?.useAsTitle).toBe('email')
  })

  it('leaves a host’s users with a roles field of their own unchanged', () => {
    const withRoles: CollectionConfig = {
      ...hostUsers,
      fields: [{ name: 'roles', type: 'text', hasMany: true }],
    }
    const config = install({}, hostConfig([withRoles]))
    expect(collection(config, 'users')).toBe(withRoles)
  })

  it('leaves a host’s users alone when addRolesToUsers is false', () => {
    const config = install({ addRolesToUsers: false })
    expect(collection(config, 'users')).toBe(hostUsers)
  })

  it('brings its own users collection, with roles, when the host has none', () => {
    const config = install({}, hostConfig([hostPages]))
    expect(fieldNames(collection(config, 'users'))).toEqual(['name', 'roles'])
    expect(config.admin?.user).toBe('users')
  })

  it('applies a collection override to the collection it built', () => {
    const config = install({
      overrides: {
        policies: ({ defaultCollection }) => ({
          ...defaultCollection,
          admin: { ...defaultCollection.admin, group: 'Shop' },
        }),
        users: ({ defaultCollection }) => ({
          ...defaultCollection,
          fields: [...defaultCollection.fields, { name: 'team', type: 'text' }],
        }),
      },
    })
    const policies = collection(config, 'policies')
    expect(policies?.admin?.group).toBe('Shop')
    // Everything else is still the plugin's, the guards included.
    expect(policies?.versions).toBeTruthy()
    expect(policies?.hooks?.beforeChange?.length).toBeGreaterThan(0)
    expect(fieldNames(collection(config, 'users'))).toEqual(['displayName', 'roles', 'team'])
  })

  it('names its collections and the relationships between them by the configured slugs', () => {
    const config = install({
      slugs: { policies: 'legal-texts', versions: 'legal-releases', storefronts: 'shop-clients' },
    })
    const acceptances = collection(config, 'policy-acceptances')
    const relations = (acceptances?.fields ?? []).flatMap((field: Field) =>
      field.type === 'relationship' ? [field.relationTo] : [],
    )
    expect(relations).toEqual(['legal-texts', 'legal-releases', 'shop-clients'])
    expect(collection(config, 'storefronts')).toBeUndefined()
  })

  it('refuses a slug a host collection already has, naming the option to change', () => {
    expect(() => install({ slugs: { policies: 'pages' } })).toThrow(/slugs\.policies/)
  })

  it('when disabled keeps the schema but adds no endpoints, hooks, CLI, seed or schedule', () => {
    const enabled = install()
    const disabled = install({ disabled: true })
    expect(disabled.collections?.map((candidate) => candidate.slug)).toEqual(
      enabled.collections?.map((candidate) => candidate.slug),
    )
    const slugs = ['policies', 'policy-versions', 'storefronts', 'policy-acceptances']
    const log = ['policy-log-leaves', 'policy-tree-heads', 'policy-log-verifications']
    for (const slug of [...slugs, ...log]) {
      expect(fieldNames(collection(disabled, slug))).toEqual(fieldNames(collection(enabled, slug)))
      expect(collection(disabled, slug)?.hooks).toEqual({})
      expect(collection(disabled, slug)?.endpoints ?? []).toEqual([])
    }
    expect(collection(disabled, 'users')).toBe(hostUsers)
    expect(disabled.endpoints).toHaveLength(1)
    expect(disabled.bin ?? []).toHaveLength(0)
    expect(disabled.onInit).toBeUndefined()
    expect(disabled.jobs?.tasks?.map((task) => String(task.slug))).toEqual([
      'purgeExpiredAcceptances',
      'sealEvidenceLog',
      'verifyEvidenceLog',
    ])
    for (const task of disabled.jobs?.tasks ?? []) expect(task.schedule).toBeUndefined()
    expect(disabled.jobs?.autoRun).toBeUndefined()
  })

  it('schedules `verify` daily on the ledger queue, or only on demand with verifyCron: false', () => {
    const task = (config: Config) =>
      config.jobs?.tasks?.find((candidate) => String(candidate.slug) === 'verifyEvidenceLog')
    expect(task(install())?.schedule).toEqual([{ cron: '0 15 4 * * *', queue: 'policy-ledger' }])
    expect(task(install({ evidence: { verifyCron: '0 0 * * * *' } }))?.schedule).toEqual([
      { cron: '0 0 * * * *', queue: 'policy-ledger' },
    ])
    expect(task(install({ evidence: { verifyCron: false } }))?.schedule).toBeUndefined()
  })

  it('registers `payload policy` as a bin script whose file exists', () => {
    const [script] = install().bin ?? []
    expect(script?.key).toBe('policy')
    // Under the sources the module is `bin.ts`; the built package has `bin.js` there.
    const source = script?.scriptPath.replace(/\.js$/, '.ts') ?? ''
    expect(existsSync(script?.scriptPath ?? '') || existsSync(source)).toBe(true)
  })

  it('names every admin component by its package path, each exported from ./rsc', () => {
    // A host's `payload generate:importmap` writes these as imports; a path into the plugin's
    // sources (`/admin/…`) would resolve inside the host's own src/ and break its build.
    const paths = new Set<string>()
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit)
      if (value === null || typeof value !== 'object') return
      for (const [key, child] of Object.entries(value)) {
        if (key === 'components' && child && typeof child === 'object') {
          // Slots hold a path or a list of paths; views nest theirs (`views.edit.root.Component`).
          const collect = (node: unknown): void => {
            if (typeof node === 'string') paths.add(node)
            else if (Array.isArray(node)) node.forEach(collect)
            else if (node && typeof node === 'object') {
              // A view's route and its tab's link are URLs, not components.
              for (const [name, value] of Object.entries(node)) {
                if (name !== 'path' && name !== 'href') collect(value)
              }
            }
          }
          collect(child)
        } else visit(child)
      }
    }
    visit(install().collections)
    expect(paths.size).toBeGreaterThanOrEqual(8)
    expect(paths).toContain('payload-privacy-policy/rsc#VersionView')
    for (const componentPath of paths) {
      const [module, name] = componentPath.split('#')
      expect(module).toBe('payload-privacy-policy/rsc')
      expect(Object.keys(rsc)).toContain(name)
    }
  })
})
