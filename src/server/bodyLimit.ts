import type { IncomingMessage, ServerResponse } from 'node:http'

/** Default cap on a request body Payload's own routes receive: room for a 1–2 MB policy draft. */
export const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024

export interface BodyLimitOptions {
  /** Largest body accepted, in bytes. Default {@link DEFAULT_BODY_LIMIT_BYTES}. */
  maxBytes?: number
}

function refuse(res: ServerResponse, maxBytes: number): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const body = JSON.stringify({
    errors: [{ code: 'body_too_large', message: `Request body over ${maxBytes} bytes.` }],
  })
  // The rest of the body is never read, so the connection cannot carry another request.
  res.writeHead(413, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  })
  res.end(body)
}

/**
 * A body limit for a Node server in front of Next, where Payload's REST, GraphQL and login routes
 * would otherwise read a body of any size into memory (Next's route handlers set no limit). Call
 * it before handing the request on; it returns true when it has answered 413.
 *
 * A declared `Content-Length` over the limit is refused before a byte is read. A body without one
 * (chunked) is counted as it arrives: the request's `push`, through which Node's HTTP parser hands
 * over each chunk, is wrapped, so the count costs nothing and whoever reads the body later (Next)
 * still gets every byte; past the limit the request is cut off and answered 413 if nothing has
 * been answered yet.
 */
export function createBodyLimit(
  options: BodyLimitOptions = {},
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const maxBytes = options.maxBytes ?? DEFAULT_BODY_LIMIT_BYTES
  return (req, res) => {
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      if (Number(declared) > maxBytes) {
        refuse(res, maxBytes)
        req.resume()
        return true
      }
      // Node's parser never delivers more than the declared length.
      return false
    }
    let received = 0
    const push = req.push.bind(req)
    req.push = (chunk: unknown, encoding?: BufferEncoding) => {
      if (chunk !== null && received <= maxBytes) {
        received += Buffer.isBuffer(chunk)
          ? chunk.length
          : typeof chunk === 'string'
            ? Buffer.byteLength(chunk)
            : 0
        if (received > maxBytes) {
          refuse(res, maxBytes)
          req.destroy()
          return false
        }
      }
      return push(chunk, encoding)
    }
    return false
  }
}
