/**
 * The app's server: Node's HTTP server with Next's request handler behind it (Next's documented
 * custom-server pattern). The storefront API is answered before Next sees the request — see
 * `storefront/fastPath.ts` for why — and everything else (admin, Payload REST/GraphQL) goes to Next.
 *
 *   npm start        production build (built first when needed), SQLite under data/ by default
 *   npm run dev      Next dev mode with hot reload
 */
import { createServer } from 'node:http'
import path from 'node:path'

// Decide before Next runs: Next sets NODE_ENV=production itself, but only an operator who
// started us with NODE_ENV=production means "this is a real deployment, seed no dev user".
const dev = process.argv.includes('--dev')
process.env.POLICY_SEED_DEV_ADMIN ??= process.env.NODE_ENV === 'production' ? 'false' : 'true'
if (!dev) (process.env as Record<string, string>).NODE_ENV = 'production'
process.env.NEXT_TELEMETRY_DISABLED = '1'

// Everything this process creates under data/ (database, WAL, secret, logs) is owner-only, set
// before any file is opened; dev/database.ts and dev/secret.ts also set 0600 on their own files.
process.umask(0o077)

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000)
  const hostname = process.env.HOST ?? '0.0.0.0'
  const { APP_ROOT } = await import('./paths.js')
  if (!dev) (await import('./build.js')).ensureProductionBuild()

  // Imported only now, after the environment above is settled.
  const { default: next } = await import('next')
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config.js')
  const { getPolicyOptions } = await import('payload-privacy-policy')
  const { createBodyLimit, createStorefrontFastPath, closePayload } =
    await import('payload-privacy-policy/server')

  // `cron: true` runs the jobs queue here (the daily retention purge of the consent ledger).
  const payload = await getPayload({ config, cron: true })
  // webpack, not Turbopack: see next.config.mjs.
  const app = next({ dev, dir: path.join(APP_ROOT, 'dev'), hostname, port, webpack: true })
  await app.prepare()
  const handle = app.getRequestHandler()
  const storefront = createStorefrontFastPath(
    payload,
    getPolicyOptions(payload),
    payload.config.routes.api,
  )

  // Payload's own routes (login, REST, GraphQL, admin server functions) read bodies of any size.
  const bodyLimit = createBodyLimit({ maxBytes: Number(process.env.BODY_LIMIT_BYTES) || undefined })

  const server = createServer((req, res) => {
    if (storefront(req, res)) return
    if (bodyLimit(req, res)) return
    void handle(req, res)
  })
  server.keepAliveTimeout = 65_000
  server.listen(port, hostname, () => {
    console.log(
      `Ready on http://localhost:${port} (admin at /admin, storefront API at /api/storefront)`,
    )
  })

  const shutdown = (signal: string) => {
    console.log(`${signal}: closing`)
    server.close(() => {
      void closePayload(payload).finally(() => process.exit(0))
    })
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  if (process.env.DEBUG) console.error(error)
  process.exit(1)
})
