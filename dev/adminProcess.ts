/**
 * The admin process of the split server (see `server.ts`): Next's request handler — the admin,
 * Payload REST and GraphQL, the demo shop — with Payload and the jobs queue, on a loopback port
 * only the front reaches. The front starts it with an IPC channel: it reports its URL there once
 * it serves, and exits when the channel closes (the front is gone, however it went).
 */
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { APP_ROOT } from './paths.js'

interface ReadyMessage {
  type: 'ready'
  url: string
}

function isReadyMessage(message: unknown): message is ReadyMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as ReadyMessage).type === 'ready' &&
    typeof (message as ReadyMessage).url === 'string'
  )
}

/** Runs in the admin process: Payload (with the jobs queue) and Next behind a loopback port. */
export async function runAdminProcess(): Promise<void> {
  const { default: next } = await import('next')
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config.js')
  const { closePayload } = await import('payload-privacy-policy/server')

  // The front has migrated and seeded the database already; this instance finds nothing to do.
  // `cron: true`: the jobs queue (the ledger's retention purge and sealing) runs here, once.
  const payload = await getPayload({ config, cron: true })
  // Next is told the port it serves on, so the server listens first and answers 503 until Next
  // is ready (the front sends nothing before this process reports ready).
  const nextApp: { handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {}
  // The body limit is the front's: every request here came through it.
  const server = createServer((req, res) => {
    if (nextApp.handle) void nextApp.handle(req, res)
    else {
      res.writeHead(503, { 'retry-after': '1' })
      res.end()
    }
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  // webpack, not Turbopack: see next.config.mjs.
  const app = next({
    dev: false,
    dir: path.join(APP_ROOT, 'dev'),
    hostname: '127.0.0.1',
    port,
    webpack: true,
  })
  await app.prepare()
  nextApp.handle = app.getRequestHandler()

  let closing = false
  const stop = () => {
    if (closing) return
    closing = true
    server.close(() => {
      void closePayload(payload).finally(() => process.exit(0))
    })
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.once('SIGTERM', stop)
  process.once('disconnect', stop)
  // Ctrl-C in a terminal reaches the whole process group: the front stops this process itself,
  // after its own connections have closed, so the signal is not acted on here.
  process.on('SIGINT', () => {})
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` } satisfies ReadyMessage)
}

export interface AdminProcess {
  url: string
  pid: number
  /** Stops it (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>
}

export interface StartAdminProcessOptions {
  /** Called when it exits without being asked to (after it was ready). */
  onExit(reason: string): void
  /** How long Payload and Next may take to start. */
  timeoutMs?: number
}

/**
 * Starts the admin process (this same `server.ts` with `--admin-process`, under the same Node
 * flags) and resolves once it serves. Its stdout and stderr are this process's.
 */
export function startAdminProcess(options: StartAdminProcessOptions): Promise<AdminProcess> {
  const script = fileURLToPath(new URL('./server.ts', import.meta.url))
  const child = spawn(process.execPath, [...process.execArgv, script, '--admin-process'], {
    cwd: process.cwd(),
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let stopping = false
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise<AdminProcess>((resolve, reject) => {
    let ready = false
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL')
        reject(new Error('the admin process did not start in time'))
      },
      options.timeoutMs ?? 5 * 60_000,
    )
    child.on('message', (message) => {
      if (ready || !isReadyMessage(message)) return
      ready = true
      clearTimeout(timer)
      resolve({
        url: message.url,
        pid: child.pid ?? -1,
        stop: async () => {
          stopping = true
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    })
    child.once('exit', (code, signal) => {
      const reason = signal ? `was killed (${signal})` : `exited with ${code}`
      if (!ready) {
        clearTimeout(timer)
        reject(new Error(`the admin process ${reason} before it was ready`))
      } else if (!stopping) options.onExit(reason)
    })
  })
}
