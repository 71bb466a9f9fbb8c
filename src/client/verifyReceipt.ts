import type { AcceptanceLeaf, EvidenceReceipt } from './types.js'

/**
 * Offline verification of an acceptance receipt with nothing but the log's public key: Web Crypto
 * only (Node ≥ 20, Deno, Bun, current browsers), no import from the plugin, so it doubles as a
 * second, independent implementation of the README's algorithm.
 */

/** The leaf's fields in encoding order (README "Evidence log"). */
const LEAF_ORDER: ReadonlyArray<keyof AcceptanceLeaf> = [
  'id',
  'policy',
  'version',
  'contentHash',
  'locale',
  'channel',
  'storefront',
  'scope',
  'acceptedOn',
  'acceptedAtCommitment',
  'customerCommitment',
  'orderCommitment',
  'idempotencyKeyCommitment',
]

export interface ReceiptVerification {
  /** True only when every check passed and the record is sealed under a validly signed tree head. */
  valid: boolean
  /** Whether the receipt carries an inclusion proof and a tree head yet. */
  sealed: boolean
  /** What failed, one line each (empty when valid). */
  problems: string[]
}

const encoder = new TextEncoder()

function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new TypeError('not lower-case hex')
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function sha256(subtle: SubtleCrypto, ...parts: Uint8Array[]): Promise<Uint8Array> {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const joined = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return new Uint8Array(await subtle.digest('SHA-256', joined))
}

async function commitment(
  subtle: SubtleCrypto,
  salt: string,
  field: string,
  value: string | null,
): Promise<string> {
  const key = await subtle.importKey(
    'raw',
    fromHex(salt),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return toHex(await subtle.sign('HMAC', key, encoder.encode(JSON.stringify([field, value]))))
}

/** RFC 9162 2.1.3.2: the root an inclusion proof leads to, or null when its shape is wrong. */
async function rootFromInclusion(
  subtle: SubtleCrypto,
  leafHash: Uint8Array,
  index: number,
  size: number,
  path: readonly Uint8Array[],
): Promise<Uint8Array | null> {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size))
    return null
  const node = (left: Uint8Array, right: Uint8Array) =>
    sha256(subtle, Uint8Array.of(1), left, right)
  let fn = index
  let sn = size - 1
  let r = leafHash
  for (const p of path) {
    if (sn === 0) return null
    if (fn % 2 === 1 || fn === sn) {
      r = await node(p, r)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2)
        sn = Math.floor(sn / 2)
      }
    } else {
      r = await node(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 ? r : null
}

/**
 * Checks a receipt: (1) the leaf hash is SHA-256(0x00 ‖ the leaf's canonical encoding); (2) the
 * opening, if present, opens every commitment and agrees with the leaf's day; (3) the inclusion
 * proof leads from the leaf hash to the tree head's root; (4) the tree head is signed by
 * `publicKey` (raw Ed25519, base64, as `GET /ledger/public-key` publishes it). Pin the key you
 * fetched once: a key fetched along with the receipt proves nothing about the operator.
 */
export async function verifyReceipt(
  receipt: EvidenceReceipt,
  publicKey: string,
  { subtle = globalThis.crypto.subtle }: { subtle?: SubtleCrypto } = {},
): Promise<ReceiptVerification> {
  const problems: string[] = []
  try {
    const { leaf } = receipt
    const values = LEAF_ORDER.map((name) => leaf[name])
    if (values.some((value) => typeof value !== 'string'))
      problems.push('a leaf field is missing or not a string')
    const encoding = encoder.encode(JSON.stringify(['ppl:acceptance:v1', ...values]))
    const leafHash = await sha256(subtle, Uint8Array.of(0), encoding)
    if (toHex(leafHash) !== receipt.leafHash)
      problems.push('the leaf hash does not match the leaf fields')

    const { opening } = receipt
    if (opening) {
      const opened: Array<[keyof AcceptanceLeaf, string, string | null]> = [
        ['acceptedAtCommitment', 'acceptedAt', opening.acceptedAt],
        ['customerCommitment', 'customerId', opening.customerId],
        ['orderCommitment', 'orderId', opening.orderId],
        ['idempotencyKeyCommitment', 'idempotencyKey', opening.idempotencyKey],
      ]
      for (const [name, field, value] of opened) {
        if ((await commitment(subtle, opening.salt, field, value)) !== leaf[name])
          problems.push(`the opening does not match ${name}`)
      }
      if (opening.acceptedAt.slice(0, 10) !== leaf.acceptedOn)
        problems.push('acceptedAt is not on acceptedOn')
    }

    const { inclusion, treeHead } = receipt
    const sealed = Boolean(inclusion && treeHead)
    if (!inclusion || !treeHead) {
      problems.push('not sealed yet: fetch the proof again in a few seconds')
      return { valid: false, sealed, problems }
    }
    if (inclusion.treeSize !== treeHead.treeSize)
      problems.push('the inclusion proof is for another tree size than the tree head')
    const root = await rootFromInclusion(
      subtle,
      fromHex(receipt.leafHash),
      inclusion.leafIndex,
      inclusion.treeSize,
      inclusion.path.map(fromHex),
    )
    if (!root || toHex(root) !== treeHead.rootHash)
      problems.push('the inclusion proof does not lead to the tree head root')

    const rawKey = fromBase64(publicKey)
    if (toHex(await sha256(subtle, rawKey)) !== treeHead.keyId)
      problems.push('the tree head names another signing key')
    const key = await subtle.importKey('raw', rawKey, { name: 'Ed25519' }, false, ['verify'])
    const message = encoder.encode(
      JSON.stringify([
        'ppl:tree-head:v1',
        String(treeHead.treeSize),
        treeHead.rootHash,
        treeHead.timestamp,
      ]),
    )
    const signed = await subtle.verify('Ed25519', key, fromBase64(treeHead.signature), message)
    if (!signed) problems.push('the tree head signature is not valid for this public key')
    return { valid: problems.length === 0, sealed, problems }
  } catch (error) {
    problems.push(`malformed receipt: ${error instanceof Error ? error.message : String(error)}`)
    return { valid: false, sealed: false, problems }
  }
}
