import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'

/** A signed statement of the log's state: its first `treeSize` leaves have root `rootHash`. */
export interface TreeHead {
  treeSize: number
  /** Lower-case hex SHA-256. */
  rootHash: string
  /** When it was signed: ISO 8601 instant with milliseconds (UTC). */
  timestamp: string
}

export interface SignedTreeHead extends TreeHead {
  /** {@link keyIdOf} the signing key. */
  keyId: string
  /** Ed25519 signature over {@link treeHeadMessage}, base64. */
  signature: string
}

export const TREE_HEAD_TYPE = 'ppl:tree-head:v1'

/** The signed bytes: the JSON array `["ppl:tree-head:v1", size, root, timestamp]` (strings), UTF-8. */
export function treeHeadMessage(head: TreeHead): Buffer {
  return Buffer.from(
    JSON.stringify([TREE_HEAD_TYPE, String(head.treeSize), head.rootHash, head.timestamp]),
    'utf8',
  )
}

/** An Ed25519 key pair and how it is published. */
export interface SigningKey {
  privateKey: KeyObject
  publicKey: KeyObject
  /** The raw 32-byte public key, base64 (RFC 8032 encoding). */
  publicKeyBase64: string
  keyId: string
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): node:crypto imports keys only in containers.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/** Hex SHA-256 of the raw public key: names the key a tree head was signed with. */
export function keyIdOf(publicKeyRaw: Uint8Array): string {
  return createHash('sha256').update(publicKeyRaw).digest('hex')
}

/** The raw 32 bytes of an Ed25519 public key. */
export function rawPublicKey(publicKey: KeyObject): Buffer {
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length)
}

/** An Ed25519 public key from its raw 32 bytes (base64). */
export function publicKeyFromBase64(base64: string): KeyObject {
  const raw = Buffer.from(base64, 'base64')
  if (raw.length !== 32) throw new TypeError('an Ed25519 public key is 32 bytes')
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  })
}

function fromPrivateKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new TypeError('the key is not Ed25519')
  const publicKey = createPublicKey(privateKey)
  const raw = rawPublicKey(publicKey)
  return { privateKey, publicKey, publicKeyBase64: raw.toString('base64'), keyId: keyIdOf(raw) }
}

/**
 * A signing key from a 32-byte seed (64 hex digits) or a PEM-encoded PKCS#8 Ed25519 private key
 * (`openssl genpkey -algorithm ed25519`).
 */
export function signingKeyFrom(material: string | Buffer): SigningKey {
  if (Buffer.isBuffer(material)) {
    if (material.length !== 32) throw new TypeError('an Ed25519 seed is 32 bytes')
    const der = Buffer.concat([PKCS8_ED25519_PREFIX, material])
    return fromPrivateKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }))
  }
  const text = material.trim()
  if (/^[0-9a-fA-F]{64}$/.test(text)) return signingKeyFrom(Buffer.from(text, 'hex'))
  return fromPrivateKey(createPrivateKey(text))
}

export function signTreeHead(key: SigningKey, head: TreeHead): SignedTreeHead {
  const signature = sign(null, treeHeadMessage(head), key.privateKey).toString('base64')
  return {
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    timestamp: head.timestamp,
    keyId: key.keyId,
    signature,
  }
}

/** Whether `head` carries a valid Ed25519 signature by `publicKey`. */
export function verifyTreeHead(publicKey: KeyObject, head: SignedTreeHead): boolean {
  try {
    return verify(null, treeHeadMessage(head), publicKey, Buffer.from(head.signature, 'base64'))
  } catch {
    return false
  }
}
