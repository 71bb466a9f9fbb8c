import { createHash } from 'node:crypto'

/**
 * Merkle tree hashing, inclusion and consistency proofs exactly as RFC 9162 (Certificate
 * Transparency 2.0) section 2.1 defines them, with SHA-256: a leaf hash is SHA-256(0x00 || data),
 * an interior node SHA-256(0x01 || left || right), the empty tree's hash SHA-256(""). The prefixes
 * keep a leaf from ever being passed off as a node (second-preimage attacks on the tree).
 *
 * Hand-written rather than a library: the npm Merkle packages (merkletreejs and others) build
 * Bitcoin-style trees (duplicated last node, no domain separation) whose roots and proofs an
 * RFC 9162 verifier cannot check, and the algorithms are short and fixed by the RFC.
 */

export type Hash = Buffer

const LEAF_PREFIX = Buffer.from([0x00])
const NODE_PREFIX = Buffer.from([0x01])

function sha256(...parts: Uint8Array[]): Hash {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest()
}

/** SHA-256 of the empty string: the root of a tree with no leaves. */
export const EMPTY_TREE_HASH: Hash = sha256()

/** The hash of a leaf holding `data` (RFC 9162: `HASH(0x00 || d)`). */
export function hashLeaf(data: Uint8Array): Hash {
  return sha256(LEAF_PREFIX, data)
}

/** The hash of an interior node (RFC 9162: `HASH(0x01 || left || right)`). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Hash {
  return sha256(NODE_PREFIX, left, right)
}

/** The largest power of two smaller than `n` (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0
}

/**
 * An append-only Merkle tree over leaf hashes. Every complete, aligned subtree's hash is kept as it
 * forms (about twice the leaves' memory), so roots and proofs for any size up to the current one
 * cost O(log² n) hashes instead of rehashing the log: appended leaves never change a complete
 * subtree.
 */
export class MerkleTree {
  /** `levels[k][j]`: hash of the complete subtree of 2^k leaves starting at leaf j·2^k. */
  private readonly levels: Hash[][] = [[]]

  constructor(leafHashes: Iterable<Hash> = []) {
    for (const leaf of leafHashes) this.append(leaf)
  }

  get size(): number {
    return this.levels[0].length
  }

  leaf(index: number): Hash {
    const leaf = this.levels[0][index]
    if (!leaf) throw new RangeError(`no leaf ${index} in a tree of ${this.size}`)
    return leaf
  }

  append(leafHash: Hash): void {
    if (leafHash.length !== 32) throw new TypeError('a leaf hash is 32 bytes')
    this.levels[0].push(leafHash)
    let level = 0
    let index = this.levels[0].length - 1
    while (index % 2 === 1) {
      const parent = hashChildren(this.levels[level][index - 1], this.levels[level][index])
      level += 1
      this.levels[level] ??= []
      this.levels[level].push(parent)
      index = this.levels[level].length - 1
    }
  }

  /** MTH(D[start:end]) over the first leaves of the log. */
  subtreeHash(start: number, end: number): Hash {
    const n = end - start
    if (n < 0 || end > this.size) throw new RangeError(`no range ${start}..${end} in ${this.size}`)
    if (n === 0) return EMPTY_TREE_HASH
    if (isPowerOfTwo(n) && start % n === 0) {
      return this.levels[Math.log2(n)][start / n]
    }
    const k = splitPoint(n)
    return hashChildren(this.subtreeHash(start, start + k), this.subtreeHash(start + k, end))
  }

  /** The root hash of the tree of the first `size` leaves. */
  root(size = this.size): Hash {
    return this.subtreeHash(0, size)
  }

  /** RFC 9162 PATH(m, D[size]): the audit path of leaf `index` in the tree of `size` leaves. */
  inclusionProof(index: number, size = this.size): Hash[] {
    if (!(index >= 0 && index < size && size <= this.size)) {
      throw new RangeError(`no leaf ${index} in a tree of ${size}`)
    }
    const path: Hash[] = []
    const walk = (m: number, start: number, end: number): void => {
      const n = end - start
      if (n === 1) return
      const k = splitPoint(n)
      if (m < k) {
        walk(m, start, start + k)
        path.push(this.subtreeHash(start + k, end))
      } else {
        walk(m - k, start + k, end)
        path.push(this.subtreeHash(start, start + k))
      }
    }
    walk(index, 0, size)
    return path
  }

  /** RFC 9162 PROOF(m, D[n]): that the tree of `m` leaves is a prefix of the tree of `n`. */
  consistencyProof(m: number, n = this.size): Hash[] {
    if (!(m >= 0 && m <= n && n <= this.size)) throw new RangeError(`no trees ${m} and ${n}`)
    if (m === 0 || m === n) return []
    const proof: Hash[] = []
    const sub = (m: number, start: number, end: number, complete: boolean): void => {
      const n = end - start
      if (m === n) {
        if (!complete) proof.push(this.subtreeHash(start, end))
        return
      }
      const k = splitPoint(n)
      if (m <= k) {
        sub(m, start, start + k, complete)
        proof.push(this.subtreeHash(start + k, end))
      } else {
        sub(m - k, start + k, end, false)
        proof.push(this.subtreeHash(start, start + k))
      }
    }
    sub(m, 0, n, true)
    return proof
  }
}

/**
 * The root of a growing log without keeping its leaves: the roots of the complete subtrees the
 * leaves so far form (one per set bit of the size, largest first), as RFC 9162 §2.1.1 splits the
 * tree. O(log n) memory, so a verifier can check every tree head's root while it streams through
 * millions of leaves. `root()` equals `new MerkleTree(leaves).root()`.
 */
export class StreamingRoot {
  private readonly subtrees: Array<{ size: number; hash: Hash }> = []
  private count = 0

  get size(): number {
    return this.count
  }

  append(leafHash: Hash): void {
    if (leafHash.length !== 32) throw new TypeError('a leaf hash is 32 bytes')
    let node = { size: 1, hash: leafHash }
    while (this.subtrees.length && this.subtrees[this.subtrees.length - 1].size === node.size) {
      const left = this.subtrees.pop()!
      node = { size: node.size * 2, hash: hashChildren(left.hash, node.hash) }
    }
    this.subtrees.push(node)
    this.count += 1
  }

  /** MTH over the leaves appended so far. */
  root(): Hash {
    if (!this.subtrees.length) return EMPTY_TREE_HASH
    let hash = this.subtrees[this.subtrees.length - 1].hash
    for (let i = this.subtrees.length - 2; i >= 0; i -= 1) {
      hash = hashChildren(this.subtrees[i].hash, hash)
    }
    return hash
  }
}

/** The root hash of a list of leaf hashes (RFC 9162 MTH). */
export function rootHash(leafHashes: readonly Hash[]): Hash {
  return new MerkleTree(leafHashes).root()
}

const isOdd = (n: number) => n % 2 === 1
// Tree sizes stay far below 2^53, so halving with Math.floor is exact where `>>` would overflow 2^31.
const half = (n: number) => Math.floor(n / 2)

/**
 * RFC 9162 2.1.3.2: does `proof` show that `leafHash` is leaf `index` of the tree of `size` leaves
 * whose root is `root`?
 */
export function verifyInclusion(args: {
  leafHash: Hash
  index: number
  size: number
  proof: readonly Hash[]
  root: Hash
}): boolean {
  const { leafHash, index, size, proof, root } = args
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size))
    return false
  let fn = index
  let sn = size - 1
  let r = leafHash
  for (const p of proof) {
    if (sn === 0) return false
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(p, r)
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn)
          sn = half(sn)
        }
      }
    } else {
      r = hashChildren(r, p)
    }
    fn = half(fn)
    sn = half(sn)
  }
  return sn === 0 && r.equals(root)
}

/**
 * RFC 9162 2.1.4.2: does `proof` show that the tree of `firstSize` leaves with root `firstRoot`
 * is a prefix of the tree of `secondSize` leaves with root `secondRoot` (nothing was changed,
 * removed or reordered, only appended)?
 */
export function verifyConsistency(args: {
  firstSize: number
  secondSize: number
  firstRoot: Hash
  secondRoot: Hash
  proof: readonly Hash[]
}): boolean {
  const { firstSize, secondSize, firstRoot, secondRoot, proof } = args
  if (!(Number.isSafeInteger(firstSize) && Number.isSafeInteger(secondSize))) return false
  if (firstSize < 0 || firstSize > secondSize) return false
  if (firstSize === secondSize) return proof.length === 0 && firstRoot.equals(secondRoot)
  // The empty tree is a prefix of every tree.
  if (firstSize === 0) return proof.length === 0 && firstRoot.equals(EMPTY_TREE_HASH)
  if (proof.length === 0) return false
  const path = isPowerOfTwo(firstSize) ? [firstRoot, ...proof] : [...proof]
  let fn = firstSize - 1
  let sn = secondSize - 1
  while (isOdd(fn)) {
    fn = half(fn)
    sn = half(sn)
  }
  let fr = path[0]
  let sr = path[0]
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr)
      sr = hashChildren(c, sr)
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn)
          sn = half(sn)
        }
      }
    } else {
      sr = hashChildren(sr, c)
    }
    fn = half(fn)
    sn = half(sn)
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0
}
