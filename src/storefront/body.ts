import { PolicyError } from '../errors.js'

/**
 * Reads a request body up to `limit` bytes. A declared or actual size beyond the limit is a 413
 * before anything is parsed, so an oversized body can neither be stored nor exhaust memory.
 */
export async function readLimitedBody(
  chunks: AsyncIterable<Uint8Array> | null,
  declaredLength: string | null,
  limit: number,
): Promise<string> {
  if (declaredLength !== null && Number(declaredLength) > limit) {
    throw new PolicyError(413, 'body_too_large', { limit })
  }
  if (!chunks) return ''
  const parts: Uint8Array[] = []
  let size = 0
  for await (const chunk of chunks) {
    size += chunk.byteLength
    if (size > limit) throw new PolicyError(413, 'body_too_large', { limit })
    parts.push(chunk)
  }
  return Buffer.concat(parts).toString('utf8')
}
