import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { lv } from '@payloadcms/translations/languages/lv'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'node:path'
import { buildConfig } from 'payload'

import { createDatabaseAdapter, migrateDatabase } from './database'
import { appPath } from './paths'
import { privacyPolicyPlugin } from './plugin'
import { resolvePayloadSecret } from './secret'

const SEED_SLUG = 'privacy-policy'

/**
 * The app: Payload with the privacy-policy plugin, on the database `DATABASE_URI` names (SQLite
 * file under `data/` by default). It is one user of the plugin; a shop adds the same plugin.
 */
export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.SERVER_URL ?? '',
  admin: {
    importMap: { baseDir: path.resolve(appPath('src')) },
    meta: { titleSuffix: ' · Policies' },
  },
  editor: lexicalEditor(),
  db: createDatabaseAdapter(),
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
  i18n: {
    supportedLanguages: { lv, en, ru },
    fallbackLanguage: 'en',
  },
  // The plugin works with configurable slugs, so the generated types must not narrow Payload's
  // own `CollectionSlug` to this app's slugs (`declare: false`); they are for reading only.
  typescript: { outputFile: appPath('src', 'payload-types.ts'), declare: false },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  onInit: async (payload) => {
    await migrateDatabase(payload)
  },
  plugins: [
    privacyPolicyPlugin({
      seed: {
        slug: SEED_SLUG,
        title: { lv: 'Privātuma politika', en: 'Privacy policy', ru: 'Политика конфиденциальности' },
        files: {
          lv: appPath('seed', 'privacy-policy.lv.txt'),
          en: appPath('seed', 'privacy-policy.en.txt'),
          ru: appPath('seed', 'privacy-policy.ru.txt'),
        },
        summary: {
          lv: 'Pirmā publicētā versija.',
          en: 'First published version.',
          ru: 'Первая опубликованная версия.',
        },
        devAdmin: process.env.POLICY_SEED_DEV_ADMIN === 'true',
      },
    }),
  ],
})
