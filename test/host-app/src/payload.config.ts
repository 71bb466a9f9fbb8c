import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { privacyPolicyPlugin, privacyPolicySeed } from 'payload-privacy-policy'

import { Users } from './collections/Users'

const filename = fileURLToPath(import.meta.url)
const dirname = path.dirname(filename)

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
    },
  },
  collections: [Users],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || '',
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  db: sqliteAdapter({
    client: {
      url: process.env.DATABASE_URI || '',
    },
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // As the README advises SQLite hosts: the server's jobs (the evidence log's seal) and the
    // `payload policy` CLI share the file, so a connection waits for the lock instead of failing
    // with SQLITE_BUSY, and readers are not blocked by a writer (WAL).
    busyTimeout: 5000,
    wal: { synchronous: 'FULL' },
  }),
  localization: {
    locales: ['lv', 'en', 'de'],
    defaultLocale: 'lv',
    fallback: false,
  },
  plugins: [
    privacyPolicyPlugin({
      seed: privacyPolicySeed(),
      slugs: { storefronts: 'shop-clients' },
    }),
  ],
})
