import { spawn, type ChildProcess } from 'node:child_process'

import { appPath } from '../../dev/paths.js'

export interface ProcessResult {
  /** Exit status, or null when a signal ended the process. */
  code: number | null
  stdout: string
  stderr: string
  /** `Date.now()` when the process exited. */
  exitedAt: number
}

/** The environment of a child process: ours, with the given variables set (undefined removes). */
function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name]
    else merged[name] = value
  }
  return merged
}

/**
 * Node flags of the app's npm scripts (`tsx --conditions=production …`): Lexical's default Node
 * entry points load their code with a top-level `await import()`, which on Node 20 now and then
 * never settles, and the process exits with status 13 and no output; the `production` condition
 * picks the builds without it.
 */
export const NODE_FLAGS = ['--conditions=production', '--import', 'tsx']

/**
 * `npm run policy -- …` without npm: Payload's own CLI on the demo app's config, whose
 * `config.bin` the plugin gave the `policy` command (Payload's bin loads TypeScript itself).
 */
export const POLICY_CLI_ENV = { PAYLOAD_CONFIG_PATH: appPath('dev', 'payload.config.ts') }

/** Node's arguments for one `payload policy <args>` run. */
export function policyCliArgv(args: string[]): string[] {
  return [
    '--conditions=production',
    '--no-deprecation',
    appPath('node_modules', 'payload', 'bin.js'),
    'policy',
    ...args,
  ]
}

/** Starts a TypeScript file under Node with tsx, from the app root, with stdin closed. */
function spawnTsx(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): ChildProcess {
  return spawnNode([...NODE_FLAGS, appPath(script), ...args], env)
}

function spawnNode(argv: string[], env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, argv, {
    cwd: appPath(),
    env: childEnv(env),
    // Closed stdin: a process that would ask a question (drizzle's rename prompt) cannot wait
    // for an answer, it fails or the timeout below ends it.
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * Runs a TypeScript script to completion. A process still running after `timeoutMs` is killed and
 * the promise rejects, so a hanging command fails its test instead of stalling the suite.
 */
export function runTsx(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 60_000,
): Promise<ProcessResult> {
  return runNode([...NODE_FLAGS, appPath(script), ...args], env, timeoutMs)
}

function runNode(
  argv: string[],
  env: Record<string, string | undefined>,
  timeoutMs: number,
): Promise<ProcessResult> {
  const script = argv.find((arg) => arg.startsWith('/')) ?? argv.join(' ')
  const args = argv.slice(argv.indexOf(script) + 1)
  return new Promise((resolve, reject) => {
    const child = spawnNode(argv, env)
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`${script} ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr}`),
      )
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      const exitedAt = Date.now()
      clearTimeout(timer)
      resolve({ code, stdout, stderr, exitedAt })
    })
  })
}

/** `npm run policy -- <args>` on the given database, as an operator runs it (same Node flags). */
export function runPolicyCli(
  databaseUri: string,
  args: string[],
  timeoutMs?: number,
): Promise<ProcessResult> {
  return runNode(
    policyCliArgv(args),
    { ...POLICY_CLI_ENV, DATABASE_URI: databaseUri },
    timeoutMs ?? 60_000,
  )
}

export interface ServerProcess {
  url: string
  pid: number
  stop(): Promise<void>
}

/**
 * Starts `test/support/apiServerProcess.ts` (an app instance without Next) on a database and
 * resolves with its URL once it listens; rejects with its error output if it exits first.
 */
export function startServerProcess(
  databaseUri: string,
  env: Record<string, string | undefined> = {},
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnTsx('test/support/apiServerProcess.ts', [], {
      ...env,
      DATABASE_URI: databaseUri,
    })
    let stdout = ''
    let stderr = ''
    let ready = false
    const exited = new Promise<void>((done) => child.once('close', () => done()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server process did not start within ${timeoutMs} ms\n${stderr}`))
    }, timeoutMs)
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const line = /^(http:\/\/\S+)\n/.exec(stdout)
      if (ready || !line) return
      ready = true
      clearTimeout(timer)
      resolve({
        url: line[1],
        pid: child.pid ?? -1,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    })
    child.on('close', (code) => {
      if (ready) return
      clearTimeout(timer)
      reject(new Error(`server process exited with ${code} before listening\n${stderr}`))
    })
  })
}
