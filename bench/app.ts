/**
 * The real app for benchmarks: `npm start`'s command (`tsx <its Node flags> dev/server.ts`,
 * production build, built first when needed, front and admin process) on a temporary SQLite
 * database and a free port.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { appPath } from '../dev/paths.js'

export interface BenchApp {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string
  /** The app's database, for groups that need to prepare data (e.g. a storefront API key). */
  databaseUri: string
  /** The app's process id (the soak row reads its resident memory). */
  pid?: number
  /**
   * The split server's admin process (`dev/adminProcess.ts`): Next and Payload on a loopback
   * port, without the storefront fast path — what a host without a custom server runs. Absent
   * when the app runs in one process (`POLICY_SERVER_PROCESSES=1`).
   */
  admin?: { url: string; pid: number }
  stop(): Promise<void>
}

/**
 * The Node flags `npm start` gives the server (`tsx <flags> dev/server.ts` in package.json), read
 * from there so that the bench measures the app exactly as it is started.
 */
export function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(appPath('package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  const match = /^tsx\s+(.*?)\s*dev\/server\.ts$/.exec(manifest.scripts.start)
  if (!match) throw new Error(`npm start is "${manifest.scripts.start}", not "tsx … dev/server.ts"`)
  return match[1].split(/\s+/).filter(Boolean)
}

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no free port')
  return address.port
}

/**
 * Starts the app and resolves once it says it is ready. The first start after a source change
 * builds Next first (a minute or two), hence the generous timeout.
 */
export async function startBenchApp(timeoutMs = 15 * 60_000): Promise<BenchApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-bench-'))
  // BENCH_DATABASE_URI runs the app on another (empty) database, e.g. PostgreSQL.
  const databaseUri = process.env.BENCH_DATABASE_URI ?? `file:${path.join(dir, 'bench.db')}`
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [...startFlags(), '--import', 'tsx', appPath('dev', 'server.ts')],
    {
      cwd: appPath(),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URI: databaseUri,
        POLICY_SEED_DEV_ADMIN: 'false',
        // Lets the stock-Payload baseline create ledger records through REST as an admin.
        POLICY_ADMIN_LEDGER_CREATE: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the app did not start within ${timeoutMs} ms\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (/Building the app/.test(chunk.toString('utf8'))) {
        process.stderr.write('Building the app first (sources changed since the last build)…\n')
      }
      if (/Ready on http/.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`the app exited with ${code} before it was ready\n${output}`))
    })
  })
  const admin = /Admin process \(pid (\d+)\) on (http:\/\/\S+)/.exec(output)
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUri,
    pid: child.pid,
    ...(admin ? { admin: { pid: Number(admin[1]), url: admin[2] } } : {}),
    stop,
  }
}
