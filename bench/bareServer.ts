/**
 * The limit for a read row: a bare `node:http` server, started by the bench in a process of its
 * own with Node's defaults (`--conditions=production` aside), answering every request with the exact status, headers and bytes
 * the app answered (captured once per row). Whatever the app does beyond that is the read path's
 * own cost; the ratio to this server says how much of the machine's capacity it leaves unused.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { request } from 'node:http'

/** One captured response, replayed as it came. */
export interface CapturedResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** Hop-by-hop and per-response headers the bare server sets itself (as Node does for the app). */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

/** The app's answer to one GET, as bytes on the wire would replay it. */
export function captureResponse(
  url: string,
  headers: Record<string, string> = {},
): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const kept: Record<string, string> = {}
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined || OWN_HEADERS.has(name)) continue
          kept[name] = Array.isArray(value) ? value.join(', ') : value
        }
        const body = Buffer.concat(chunks)
        // Chunked on the wire or not, the bare server always sends the length.
        if (res.statusCode !== 304) kept['content-length'] = String(body.length)
        resolve({ status: res.statusCode ?? 0, headers: kept, body: body.toString('base64') })
      })
    })
      .on('error', reject)
      .end()
  })
}

/**
 * The whole bare server: the captured response for a path (`?` included), the 304 one when the
 * request carries `If-None-Match`. Plain JavaScript, evaluated, so it loads nothing else.
 */
const SERVER_SOURCE = `
const http = require('node:http')
const table = JSON.parse(process.env.BARE_RESPONSES)
const answers = new Map()
for (const [key, r] of Object.entries(table)) {
  answers.set(key, { status: r.status, headers: r.headers, body: Buffer.from(r.body, 'base64') })
}
const server = http.createServer((req, res) => {
  const answer = answers.get(req.headers['if-none-match'] ? req.url + '|inm' : req.url)
  if (!answer) { res.writeHead(404, { 'content-length': '0' }); res.end(); return }
  res.writeHead(answer.status, answer.headers)
  res.end(answer.status === 304 ? undefined : answer.body)
})
server.keepAliveTimeout = 65000
server.listen(0, '127.0.0.1', () => process.stdout.write('port ' + server.address().port + '\\n'))
`

export interface BareServer {
  url: string
  pid?: number
  stop(): Promise<void>
}

/** Key of a captured response in the bare server's table. */
export function bareKey(pathAndQuery: string, conditional: boolean): string {
  return conditional ? `${pathAndQuery}|inm` : pathAndQuery
}

/**
 * Starts the bare server, answering from `responses`. Node's defaults, not the app's
 * `--min-semi-space-size=16`: with that flag the bare server served fewer requests per second
 * (a small heap's 1 MB young generation stays in the CPU's cache), and the limit is the best the
 * machine does.
 */
export async function startBareServer(
  responses: Record<string, CapturedResponse>,
): Promise<BareServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=production', '-e', SERVER_SOURCE],
    {
      env: { ...process.env, BARE_RESPONSES: JSON.stringify(responses) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /port (\d+)/.exec(output)
      if (match) resolve(Number(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await once(child, 'exit')
      }
    },
  }
}
