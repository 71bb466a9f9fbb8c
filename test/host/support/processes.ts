import { spawn, type ChildProcess } from 'node:child_process'

export interface CommandResult {
  /** Exit status, or null when a signal ended the process. */
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
}

/** The last characters of a process's output, for failure messages that stay readable. */
export function tail(text: string, length = 6000): string {
  return text.length > length ? `…${text.slice(-length)}` : text
}

/**
 * Ends a process we started together with everything it started (npm runs the build, Next runs
 * workers): each command runs in its own process group, and the group is signalled by its id.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

function spawnGrouped(command: string, args: string[], options: Omit<RunOptions, 'timeoutMs'>) {
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    // Closed stdin: a command that would ask a question fails or times out instead of waiting.
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
}

/**
 * Runs a command to completion. One still running after `timeoutMs` is killed with its process
 * group and the promise rejects with its output, so a hanging step fails instead of stalling.
 */
export function run(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGrouped(command, args, options)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL')
      reject(
        new Error(
          `${command} ${args.join(' ')} did not finish within ${options.timeoutMs} ms\n` +
            tail(stdout + stderr),
        ),
      )
    }, options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Like {@link run}, but a non-zero exit rejects with the command's output. */
export async function runOk(
  command: string,
  args: string[],
  options: RunOptions,
): Promise<CommandResult> {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.code}\n` +
        tail(`${result.stdout}\n${result.stderr}`),
    )
  }
  return result
}

export interface RunningServer {
  url: string
  /** Everything the server printed so far. */
  output(): string
  stop(): Promise<void>
}

/**
 * Starts a long-running server command and resolves once `url` answers any HTTP request on
 * `readyPath`; rejects with its output when it exits first or is not ready within `timeoutMs`.
 */
export async function startServer(
  command: string,
  args: string[],
  options: RunOptions & { url: string; readyPath: string },
): Promise<RunningServer> {
  const child = spawnGrouped(command, args, options)
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  const stop = async () => {
    killGroup(child, 'SIGTERM')
    const forced = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000)
    await exited
    clearTimeout(forced)
  }
  const deadline = Date.now() + options.timeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${command} ${args.join(' ')} exited before it was ready\n${tail(output)}`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${command} was not ready within ${options.timeoutMs} ms\n${tail(output)}`)
    }
    try {
      // The first API request boots Payload (and runs the plugin's seed) before it answers.
      await fetch(`${options.url}${options.readyPath}`, { signal: AbortSignal.timeout(60_000) })
      return { url: options.url, output: () => output, stop }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/** Runs a setup step and logs how long it took to stderr, so CI output shows where time goes. */
export async function phase<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await step()
  } finally {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    process.stderr.write(`[host-app] ${name}: ${seconds} s\n`)
  }
}
