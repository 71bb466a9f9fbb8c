import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { lv } from '@payloadcms/translations/languages/lv'
import { ru } from '@payloadcms/translations/languages/ru'
import type { Config } from 'payload'

import {
  createDatabaseAdapter,
  DEFAULT_DATABASE_URI,
  migrateDatabase,
  surviveLostPostgresConnections,
} from './database.js'
import {
  defaultIsAdmin,
  privacyPolicyPlugin,
  privacyPolicySeed,
  type PrivacyPolicyPluginOptions,
} from 'payload-privacy-policy'

import { seedDemoStorefront } from './demo/seedDemoStorefront.js'
import { seedDevAdmin } from './demo/seedDevAdmin.js'
import { appPath } from './paths.js'
import { resolveEvidenceSigningKey, resolvePayloadSecret } from './secret.js'

export const SEED_SLUG = 'privacy-policy'

export interface AppConfigOptions {
  /** Defaults to `DATABASE_URI`, then a SQLite file under `data/`. */
  databaseUri?: string
  /** Seed the Latvian policy (with translations) into an empty database. Default true. */
  seed?: boolean
  /** Seed a development admin with a random password. Default: `POLICY_SEED_DEV_ADMIN=true`. */
  devAdmin?: boolean
  /**
   * Give the demo shop (`/shop`) a storefront API client, keyed with `DEMO_STOREFRONT_KEY` or a key
   * kept under `data/`. Default: like `devAdmin` (`npm start` outside production).
   */
  demoStorefront?: boolean
  /** Payload's log level and destination (the CLI keeps stdout for its own output). */
  logger?: Config['logger']
  /** Extra plugin options (tests shorten the freshness interval, for example). */
  plugin?: Partial<PrivacyPolicyPluginOptions>
}

/**
 * The app's Payload config, before `buildConfig`: Payload with the privacy-policy plugin on the
 * database the URI names. The app is one user of the plugin; a shop adds the same plugin.
 */
export function createAppConfig(options: AppConfigOptions = {}): Config {
  const databaseUri = options.databaseUri ?? (process.env.DATABASE_URI || DEFAULT_DATABASE_URI)
  return {
    secret: resolvePayloadSecret(),
    serverURL: process.env.SERVER_URL ?? '',
    admin: {
      importMap: {
        baseDir: appPath('dev'),
        importMapFile: appPath('dev', 'app', '(payload)', 'admin', 'importMap.js'),
      },
      meta: { titleSuffix: ' · Policies' },
    },
    editor: lexicalEditor(),
    db: createDatabaseAdapter(databaseUri),
    localization: {
      locales: [
        { code: 'lv', label: 'Latviešu' },
        { code: 'en', label: 'English' },
        { code: 'ru', label: 'Русский' },
      ],
      defaultLocale: 'lv',
      // Legal text never falls back to another language: a missing translation stays missing.
      fallback: false,
    },
    i18n: { supportedLanguages: { lv, en, ru }, fallbackLanguage: 'en' },
    // The plugin works with configurable slugs, so the generated types must not narrow Payload's
    // own `CollectionSlug` to this app's slugs (`declare: false`); they are for reading only.
    typescript: { outputFile: appPath('dev', 'payload-types.ts'), declare: false },
    graphQL: { disablePlaygroundInProduction: true },
    telemetry: false,
    ...(options.logger ? { logger: options.logger } : {}),
    onInit: async (payload) => {
      surviveLostPostgresConnections(payload)
      await migrateDatabase(payload, databaseUri)
      const devAdmin = options.devAdmin ?? process.env.POLICY_SEED_DEV_ADMIN === 'true'
      if (devAdmin) await seedDevAdmin(payload)
      if (options.demoStorefront ?? process.env.POLICY_SEED_DEV_ADMIN === 'true') {
        await seedDemoStorefront(payload)
      }
    },
    plugins: [
      privacyPolicyPlugin({
        seed: options.seed === false ? false : { ...privacyPolicySeed(), slug: SEED_SLUG },
        evidence: { signingKey: resolveEvidenceSigningKey() },
        // Off unless asked for: admins may then create ledger records through Payload's own REST
        // (importing historical consents; `npm run bench` uses it for its stock-Payload baseline).
        // Updates and deletes of records stay impossible either way.
        // Four eyes (a draft's last author may not publish it): off in the one-admin demo, on
        // when asked for (the review hand-off's browser test).
        ...(process.env.POLICY_REQUIRE_SECOND_PUBLISHER === 'true'
          ? { requireSecondPublisher: true }
          : {}),
        ...(process.env.POLICY_ADMIN_LEDGER_CREATE === 'true'
          ? { access: { canCreateLedgerRecords: defaultIsAdmin } }
          : {}),
        ...options.plugin,
      }),
    ],
  }
}
