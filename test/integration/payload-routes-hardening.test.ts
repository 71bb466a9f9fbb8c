import { createServer, request, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBodyLimit } from '../../src/exports/server.js'
import { createUser } from '../support/fixtures.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const LIMIT = 1024 * 1024

interface Answer {
  status: number
  body: string
}

/** Sends `size` bytes in 64 KiB chunks, declared up front (Content-Length) or chunked. */
function send(url: string, size: number, declared: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/users/login`,
      {
        method: 'POST',
        headers: declared ? { 'content-length': size } : { 'transfer-encoding': 'chunked' },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    // The server may cut the upload off once it has answered.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error)
    })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent))
        sent += piece.length
        if (!req.write(piece)) return void req.once('drain', pump)
      }
      req.end()
    }
    pump()
  })
}

describe('the body limit in front of Payload’s own routes (F14)', () => {
  let server: Server
  let url: string
  /** Bytes the handler behind the limit (Next, in the app) got to read, per request. */
  const received: number[] = []

  beforeAll(async () => {
    const bodyLimit = createBodyLimit({ maxBytes: LIMIT })
    server = createServer((req, res) => {
      if (bodyLimit(req, res)) return
      let bytes = 0
      req.on('data', (chunk: Buffer) => (bytes += chunk.length))
      req.on('end', () => {
        received.push(bytes)
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ bytes }))
      })
      req.on('error', () => received.push(bytes))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('answers a declared 20 MB body with 413 and a JSON error before the route reads any of it', async () => {
    received.length = 0
    const answer = await send(url, 20 * 1024 * 1024, true)
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ code: 'body_too_large' }] })
    expect(received).toEqual([])
  })

  it('keeps reading a refused declared body, so a client still uploading it gets the 413, not a reset (regression: fetch reported "fetch failed")', async () => {
    received.length = 0
    const size = 5 * 1024 * 1024
    const chunk = Buffer.alloc(64 * 1024, 'a')
    // A raw socket, so that what is seen is the server's doing, not an HTTP client's choices.
    const outcome = await new Promise<{ answer: string; error?: string }>((resolve) => {
      const { port } = new URL(url)
      const socket = connect(Number(port), '127.0.0.1')
      let answer = ''
      let uploading = false
      socket.on('error', (error: NodeJS.ErrnoException) => resolve({ answer, error: error.code }))
      // A server that stopped reading leaves the upload hanging instead.
      setTimeout(() => resolve({ answer, error: 'upload stalled' }), 10_000).unref()
      socket.on('data', (data: Buffer) => {
        answer += data.toString('latin1')
        if (uploading || !answer.includes('body_too_large')) return
        uploading = true
        // The rest goes only now that the answer is in, once a server that closes after
        // answering has had time to do so.
        setTimeout(() => {
          let sent = chunk.length
          const pump = () => {
            while (sent < size) {
              sent += chunk.length
              if (!socket.write(chunk)) return void socket.once('drain', pump)
            }
            // Everything was taken: a server that had closed would have reset the upload.
            setTimeout(() => {
              socket.end()
              resolve({ answer })
            }, 200)
          }
          pump()
        }, 200)
      })
      socket.write(
        `POST /api/users/login HTTP/1.1\r\nhost: localhost\r\ncontent-length: ${size}\r\n\r\n`,
      )
      socket.write(chunk)
    })
    expect(outcome.error).toBeUndefined()
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(outcome.answer.toLowerCase()).not.toContain('connection: close')
    expect(received).toEqual([])
  })

  it('cuts off a chunked 20 MB body once it passes the limit, with 413', async () => {
    received.length = 0
    const answer = await send(url, 20 * 1024 * 1024, false)
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ code: 'body_too_large' }] })
    expect(received.every((bytes) => bytes <= LIMIT)).toBe(true)
  })

  it('passes a body within the limit on whole, declared or chunked', async () => {
    for (const declared of [true, false]) {
      const answer = await send(url, LIMIT, declared)
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toEqual({ bytes: LIMIT })
    }
  })
})

describe('anonymous REST queries on the policies’ localized fields (F11)', () => {
  let app: TestApp
  let server: TestServer

  beforeAll(async () => {
    app = await startTestApp('sqlite')
    server = await startTestServer(app.payload, app.key)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  it.each([
    'where[title][equals]=x',
    'where[sections.heading][like]=x',
    'where[summary][equals]=x',
  ])('answers %s without ?locale= as with the default locale, not 500', async (query) => {
    const res = await fetch(`${server.url}/api/policies?${query}`)
    const withLocale = await fetch(`${server.url}/api/policies?${query}&locale=lv`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(await withLocale.json())
  })
})

describe('REST queries through the policy relationship to its localized fields (F11 on the other collections)', () => {
  let app: TestApp
  let server: TestServer
  /** Only admins and auditors read the ledger, so the queries run as an admin. */
  let authorization: string

  beforeAll(async () => {
    app = await startTestApp('sqlite')
    server = await startTestServer(app.payload, app.key)
    const admin = (await createUser(app.payload, 'admin')) as unknown as {
      email: string
      password: string
    }
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    })
    authorization = `JWT ${((await login.json()) as { token: string }).token}`
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  it.each([
    ['policy-versions', 'where[policy.title][equals]=x'],
    ['policy-versions', 'where[policy.sections.heading][like]=x'],
    ['policy-versions', 'sort=policy.title'],
    ['policy-versions/count', 'where[policy.summary][equals]=x'],
    ['policy-acceptances', 'where[policy.title][equals]=x'],
    ['policy-acceptances', 'where[version.policy.title][equals]=x'],
    ['policies/versions', 'where[version.title][equals]=x'],
  ])(
    'answers /api/%s?%s without ?locale= as with the default locale, not 500',
    async (route, query) => {
      const headers = { authorization }
      const res = await fetch(`${server.url}/api/${route}?${query}`, { headers })
      const withLocale = await fetch(`${server.url}/api/${route}?${query}&locale=lv`, { headers })
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual(await withLocale.json())
    },
  )
})
