/**
 * The app's server. In production (`npm start`) it is two processes on one database:
 *
 * - this one, the **front**, owns the port and answers the storefront API itself (the fast path,
 *   `storefront/fastPath.ts`, with a Payload Local API instance of its own and no Next), and
 *   proxies everything else — the admin, Payload REST/GraphQL, the demo shop — to
 * - the **admin process** (`dev/adminProcess.ts`, started and watched by the front): Next's
 *   request handler with Payload and the jobs queue, on a loopback port.
 *
 * Why two: saving or publishing a megabyte policy and rendering the admin are Payload's and
 * React's own work on one event loop, which stalled every storefront request behind them for
 * seconds (issue 14, F15). In its own process that work no longer holds the storefront's loop.
 * Both processes read the same database; a publish in the admin process reaches the front's
 * catalog through its freshness check (within a second), as it reaches any other instance.
 *
 *   npm start        production build (built first when needed), SQLite under data/ by default
 *   npm run dev      Next dev mode with hot reload, one process (HMR needs Next's own server)
 *
 * `POLICY_SERVER_PROCESSES=1` keeps production in one process (Next and the fast path together,
 * as before): about 200 MB less memory, but admin work stalls the storefront again.
 *
 * `npm start` gives Node `--min-semi-space-size=16` (the admin process inherits it): a floor of
 * 16 MB for V8's young generation. Without it, V8 shrinks the young generation to 1 MB while the
 * server idles after start, and cached reads (a few kB of garbage each, nearly none surviving)
 * never make it grow back: the front then ran a young-generation collection every ~200 requests
 * instead of every ~1,600, each costing more than in a small process because Payload's heap is
 * large, and served about a fifth fewer reads per second (bench "storefront read", issue 17).
 * The cost is up to 32 MB more resident memory per process.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'

// Decide before Next runs: Next sets NODE_ENV=production itself, but only an operator who
// started us with NODE_ENV=production means "this is a real deployment, seed no dev user".
const dev = process.argv.includes('--dev')
const adminProcess = process.argv.includes('--admin-process')
process.env.POLICY_SEED_DEV_ADMIN ??= process.env.NODE_ENV === 'production' ? 'false' : 'true'
if (!dev) (process.env as Record<string, string>).NODE_ENV = 'production'
process.env.NEXT_TELEMETRY_DISABLED = '1'

// Everything this process creates under data/ (database, WAL, secret, logs) is owner-only, set
// before any file is opened; dev/database.ts and dev/secret.ts also set 0600 on their own files.
process.umask(0o077)

/** Whether production runs as front + admin process (the default) or as one process. */
function splitProcesses(): boolean {
  return !dev && process.env.POLICY_SERVER_PROCESSES !== '1'
}

async function main(): Promise<void> {
  if (adminProcess) {
    await (await import('./adminProcess.js')).runAdminProcess()
    return
  }
  const port = Number(process.env.PORT ?? 3000)
  const hostname = process.env.HOST ?? '0.0.0.0'
  if (!dev) (await import('./build.js')).ensureProductionBuild()

  // Imported only now, after the environment above is settled.
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config.js')
  const { getPolicyOptions } = await import('payload-privacy-policy')
  const { createBodyLimit, createStorefrontFastPath, closePayload } =
    await import('payload-privacy-policy/server')

  const split = splitProcesses()
  let shuttingDown = false
  // This instance migrates and seeds the database before the admin process starts on it. The
  // jobs queue (`cron`, the ledger's retention purge and sealing) runs in exactly one process:
  // the admin process when split, else this one.
  const payload = await getPayload({ config, cron: !split })
  // `POLICY_STOREFRONT_FAST_PATH=off` serves the storefront API through Next and Payload's
  // endpoints like a host without a custom server does (the bench's "Next-only host" row).
  const storefront =
    process.env.POLICY_STOREFRONT_FAST_PATH === 'off'
      ? () => false
      : createStorefrontFastPath(payload, getPolicyOptions(payload), payload.config.routes.api)
  // Payload's own routes (login, REST, GraphQL, admin server functions) read bodies of any size.
  const bodyLimit = createBodyLimit({ maxBytes: Number(process.env.BODY_LIMIT_BYTES) || undefined })

  let forward: (req: IncomingMessage, res: ServerResponse) => void
  let stopBehind: () => Promise<void>
  if (split) {
    const { startAdminProcess } = await import('./adminProcess.js')
    const { createAdminProxy } = await import('./adminProxy.js')
    const admin = await startAdminProcess({
      onExit: (reason) => {
        if (shuttingDown) return
        // Without it the front would answer 502 for the admin forever: exit, so a supervisor
        // (systemd, a container runtime) restarts both.
        console.error(`the admin process ${reason}; stopping`)
        process.exit(1)
      },
    })
    console.log(`Admin process (pid ${admin.pid}) on ${admin.url}`)
    const proxy = createAdminProxy(admin.url)
    forward = (req, res) => proxy.forward(req, res)
    stopBehind = async () => {
      await admin.stop()
      proxy.close()
    }
  } else {
    const { default: next } = await import('next')
    const { APP_ROOT } = await import('./paths.js')
    // webpack, not Turbopack: see next.config.mjs.
    const app = next({ dev, dir: path.join(APP_ROOT, 'dev'), hostname, port, webpack: true })
    await app.prepare()
    const handle = app.getRequestHandler()
    forward = (req, res) => void handle(req, res)
    stopBehind = () => Promise.resolve()
  }

  const server = createServer((req, res) => {
    if (storefront(req, res)) return
    if (bodyLimit(req, res)) return
    forward(req, res)
  })
  server.keepAliveTimeout = 65_000
  server.listen(port, hostname, () => {
    console.log(
      `Ready on http://localhost:${port} (admin at /admin, storefront API at /api/storefront)`,
    )
  })

  const shutdown = (signal: string) => {
    shuttingDown = true
    console.log(`${signal}: closing`)
    server.close(() => {
      void stopBehind()
        .then(() => closePayload(payload))
        .finally(() => process.exit(0))
    })
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 8000).unref()
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  if (process.env.DEBUG) console.error(error)
  process.exit(1)
})
