import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  EMPTY_TREE_HASH,
  hashChildren,
  hashLeaf,
  MerkleTree,
  rootHash,
  splitPoint,
  StreamingRoot,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from './merkle.js'

/** The leaves of Certificate Transparency's reference test tree (certificate-transparency-go). */
const CT_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => hashLeaf(Buffer.from(hex, 'hex')))

const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
]

/** RFC 9162's MTH written straight from its definition: the reference the tree is checked against. */
function naiveRoot(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_TREE_HASH
  if (leaves.length === 1) return leaves[0]
  const k = splitPoint(leaves.length)
  return hashChildren(naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)))
}

const leavesOf = (n: number) =>
  Array.from({ length: n }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)))

function flipped(hash: Hash): Hash {
  const copy = Buffer.from(hash)
  copy[0] ^= 1
  return copy
}

describe('Merkle tree (RFC 9162)', () => {
  it('hashes the empty tree as SHA-256 of nothing', () => {
    expect(rootHash([]).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })

  it("gives Certificate Transparency's reference roots for its test tree", () => {
    const tree = new MerkleTree(CT_LEAVES)
    expect(CT_ROOTS.map((_, i) => tree.root(i + 1).toString('hex'))).toEqual(CT_ROOTS)
  })

  it('separates leaves from nodes, so two leaves never hash like their parent', () => {
    const [a, b] = leavesOf(2)
    expect(hashLeaf(Buffer.concat([a, b])).equals(hashChildren(a, b))).toBe(false)
  })

  it('computes the same root as the definition for every size up to 70', () => {
    const leaves = leavesOf(70)
    const tree = new MerkleTree(leaves)
    for (let size = 0; size <= 70; size++) {
      expect(tree.root(size).equals(naiveRoot(leaves.slice(0, size)))).toBe(true)
    }
  })

  it('proves every leaf of every tree up to 33 leaves', () => {
    const tree = new MerkleTree(leavesOf(33))
    for (let size = 1; size <= 33; size++) {
      for (let index = 0; index < size; index++) {
        const proof = tree.inclusionProof(index, size)
        const ok = verifyInclusion({
          leafHash: tree.leaf(index),
          index,
          size,
          proof,
          root: tree.root(size),
        })
        expect(ok, `leaf ${index} of ${size}`).toBe(true)
      }
    }
  })

  it('proves every tree up to 33 leaves consistent with every later one', () => {
    const tree = new MerkleTree(leavesOf(33))
    for (let n = 0; n <= 33; n++) {
      for (let m = 0; m <= n; m++) {
        const ok = verifyConsistency({
          firstSize: m,
          secondSize: n,
          firstRoot: tree.root(m),
          secondRoot: tree.root(n),
          proof: tree.consistencyProof(m, n),
        })
        expect(ok, `${m} → ${n}`).toBe(true)
      }
    }
  })

  it('refuses an inclusion proof for another leaf, index, size or root', () => {
    const tree = new MerkleTree(leavesOf(11))
    const proof = tree.inclusionProof(6, 11)
    const good = { leafHash: tree.leaf(6), index: 6, size: 11, proof, root: tree.root() }
    expect(verifyInclusion(good)).toBe(true)
    expect(verifyInclusion({ ...good, leafHash: tree.leaf(5) })).toBe(false)
    expect(verifyInclusion({ ...good, index: 7 })).toBe(false)
    // The size shapes the path (it is signed with the root in a tree head): a larger tree needs more.
    expect(verifyInclusion({ ...good, size: 17 })).toBe(false)
    expect(verifyInclusion({ ...good, root: tree.root(10) })).toBe(false)
    expect(verifyInclusion({ ...good, proof: [...proof, proof[0]] })).toBe(false)
    expect(verifyInclusion({ ...good, proof: proof.slice(1) })).toBe(false)
  })

  it('refuses a consistency proof between a tree and a changed continuation', () => {
    const leaves = leavesOf(13)
    const tree = new MerkleTree(leaves)
    const changed = new MerkleTree(leaves.map((leaf, i) => (i === 3 ? flipped(leaf) : leaf)))
    expect(
      verifyConsistency({
        firstSize: 6,
        secondSize: 13,
        firstRoot: tree.root(6),
        secondRoot: changed.root(13),
        proof: changed.consistencyProof(6, 13),
      }),
    ).toBe(false)
  })
})

describe('Merkle proofs (properties)', () => {
  const treeArb = fc.integer({ min: 1, max: 300 }).map((n) => new MerkleTree(leavesOf(n)))

  it('an inclusion proof verifies, and fails once any of its hashes is altered', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), fc.nat(), (tree, a, b, c) => {
        const size = 1 + (a % tree.size)
        const index = b % size
        const proof = tree.inclusionProof(index, size)
        const args = { leafHash: tree.leaf(index), index, size, proof, root: tree.root(size) }
        expect(verifyInclusion(args)).toBe(true)
        if (proof.length) {
          const altered = proof.map((hash, i) => (i === c % proof.length ? flipped(hash) : hash))
          expect(verifyInclusion({ ...args, proof: altered })).toBe(false)
        }
      }),
    )
  })

  it('a consistency proof verifies, and fails once any of its hashes is altered', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), fc.nat(), (tree, a, b, c) => {
        const n = 1 + (a % tree.size)
        const m = 1 + (b % n)
        const proof = tree.consistencyProof(m, n)
        const args = {
          firstSize: m,
          secondSize: n,
          firstRoot: tree.root(m),
          secondRoot: tree.root(n),
          proof,
        }
        expect(verifyConsistency(args)).toBe(true)
        if (proof.length) {
          const altered = proof.map((hash, i) => (i === c % proof.length ? flipped(hash) : hash))
          expect(verifyConsistency({ ...args, proof: altered })).toBe(false)
        }
      }),
    )
  })

  it('a streaming root equals the tree root at every size, without keeping the leaves', () => {
    const leaves = leavesOf(300)
    const tree = new MerkleTree(leaves)
    const streaming = new StreamingRoot()
    expect(streaming.root()).toEqual(EMPTY_TREE_HASH)
    leaves.forEach((leaf, i) => {
      streaming.append(leaf)
      expect(streaming.root().toString('hex'), `size ${i + 1}`).toBe(
        tree.root(i + 1).toString('hex'),
      )
    })
  })

  it('a streaming root over the reference leaves gives the reference roots', () => {
    const streaming = new StreamingRoot()
    CT_LEAVES.forEach((leaf, i) => {
      streaming.append(leaf)
      expect(streaming.root().toString('hex')).toBe(CT_ROOTS[i])
    })
  })
})
