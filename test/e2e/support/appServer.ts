import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { appPath } from '../../../dev/paths.js'
import { POLICY_CLI_ENV, policyCliArgv } from '../../support/processes.js'

export interface AppServer {
  url: string
  databaseUri: string
  /** The development admin `npm start` seeds and prints once (`POLICY_SEED_DEV_ADMIN=true`). */
  admin: { email: string; password: string }
  /** Everything the server printed so far (for failure messages). */
  output(): string
  stop(): Promise<void>
}

/** A free TCP port on the loopback interface (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * The flags of `npm start` (`tsx --conditions=production`): Lexical's default Node builds use
 * top-level `await import()`, which on Node 20 now and then deadlocks the process silently.
 */
const NODE_FLAGS = ['--conditions=production', '--import', 'tsx']

const READY = /Ready on http:\/\/\S+:(\d+)/
const ADMIN = /Development admin created: (\S+) \/ (\S+)/

/**
 * Starts the real app (`src/server.ts`, what `npm start` runs) on a fresh SQLite database and a
 * free port: it builds Next first when its sources changed, which takes minutes on two cores.
 * Resolves once it listens, with the admin credentials it printed.
 */
export async function startAppServer(
  env: Record<string, string> = {},
  timeoutMs = 14 * 60_000,
): Promise<AppServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-e2e-'))
  const databaseUri = `file:${path.join(dir, 'e2e.db')}`
  const port = await freePort()
  const child = spawn(process.execPath, [...NODE_FLAGS, appPath('dev', 'server.ts')], {
    cwd: appPath(),
    env: {
      ...process.env,
      DATABASE_URI: databaseUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      POLICY_SEED_DEV_ADMIN: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  return new Promise<AppServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the app did not start within ${timeoutMs} ms\n${output.slice(-4000)}`))
    }, timeoutMs)
    const onData = (chunk: string) => {
      output += chunk
      const ready = READY.exec(output)
      const admin = ADMIN.exec(output)
      if (!ready || !admin) return
      clearTimeout(timer)
      child.stdout.off('data', onData)
      child.stdout.on('data', (more: string) => (output += more))
      resolve({
        url: `http://127.0.0.1:${ready[1]}`,
        databaseUri,
        admin: { email: admin[1], password: admin[2] },
        output: () => output,
        stop,
      })
    }
    child.stdout.setEncoding('utf8').on('data', onData)
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.once('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`the app exited with ${code} before it was ready\n${output.slice(-4000)}`))
    })
  })
}

/** One run of `npm run policy -- <args>` on a database. */
function runPolicyCliOnce(
  databaseUri: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, policyCliArgv(args), {
      cwd: appPath(),
      env: { ...process.env, ...POLICY_CLI_ENV, DATABASE_URI: databaseUri },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`policy ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr}`))
    }, timeoutMs)
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * `npm run policy -- <args>` on the app's database, as an operator would run it next to the app.
 * Status 13 with no output is Node 20 giving up on a module graph whose top-level await never
 * settled, before the command ran: seen now and then even with `--conditions=production` while
 * the app server keeps the machine busy, so that one failure is retried.
 */
export async function runPolicyCli(
  databaseUri: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  for (let attempt = 1; ; attempt++) {
    const result = await runPolicyCliOnce(databaseUri, args, timeoutMs)
    if (result.code !== 13 || result.stdout || attempt === 3) return result
  }
}
