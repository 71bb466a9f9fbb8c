import type { IncomingMessage, ServerResponse } from 'node:http'

/** Default cap on a request body Payload's own routes receive: room for a 1–2 MB policy draft. */
export const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024

export interface BodyLimitOptions {
  /** Largest body accepted, in bytes. Default {@link DEFAULT_BODY_LIMIT_BYTES}. */
  maxBytes?: number
}

/**
 * A refused body whose declared length is at most this is read to its end and thrown away, and
 * the connection kept: a client still sending it (fetch, a browser) would otherwise have its
 * upload cut by a reset and report a network error instead of the 413. Larger ones are cut off.
 */
export const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024

/**
 * Answers 413. `afterSent` runs once the answer has gone to the kernel (or at once when there is
 * no answer to send): cutting a connection off before that throws the 413 away with it.
 */
function refuse(
  res: ServerResponse,
  maxBytes: number,
  { drain, afterSent }: { drain: boolean; afterSent?: () => void },
): void {
  if (res.headersSent) {
    res.destroy()
    afterSent?.()
    return
  }
  const body = JSON.stringify({
    errors: [{ code: 'body_too_large', message: `Request body over ${maxBytes} bytes.` }],
  })
  res.writeHead(413, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    // Without draining, the rest of the body is never read, so the connection cannot carry
    // another request; with it, Node reads the rest and the connection stays usable.
    ...(drain ? {} : { connection: 'close' }),
  })
  res.end(body, afterSent)
}

/**
 * A body limit for a Node server in front of Next, where Payload's REST, GraphQL and login routes
 * would otherwise read a body of any size into memory (Next's route handlers set no limit). Call
 * it before handing the request on; it returns true when it has answered 413.
 *
 * A declared `Content-Length` over the limit is refused before a byte is read (and, up to
 * {@link DRAIN_LIMIT_BYTES}, then read to its end and dropped, so the client sees the 413). A body without one
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
        refuse(res, maxBytes, { drain: Number(declared) <= DRAIN_LIMIT_BYTES })
        // Read and dropped, never buffered: what is left of a drained body, or nothing at all
        // once `connection: close` has ended the socket.
        req.resume()
        return true
      }
      // Node's parser never delivers more than the declared length.
      return false
    }
    let received = 0
    const push = req.push.bind(req)
    req.push = (chunk: unknown, encoding?: BufferEncoding) => {
      // Past the limit nothing more reaches the reader while the 413 goes out.
      if (received > maxBytes) return false
      if (chunk !== null) {
        received += Buffer.isBuffer(chunk)
          ? chunk.length
          : typeof chunk === 'string'
            ? Buffer.byteLength(chunk)
            : 0
        if (received > maxBytes) {
          // Part of the body has gone on to the reader behind the limit already: cut off, but
          // only once the 413 is out. Destroyed at once, the request took the socket and the
          // unsent answer with it, and on a busy machine the client saw only a reset (CI).
          refuse(res, maxBytes, { drain: false, afterSent: () => req.destroy() })
          return false
        }
      }
      return push(chunk, encoding)
    }
    return false
  }
}
