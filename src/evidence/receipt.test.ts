import { generateKeyPairSync } from 'node:crypto'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { EvidenceReceipt } from '../client/types.js'
import { verifyReceipt } from '../client/verifyReceipt.js'
import {
  acceptanceLeafOf,
  evidenceColumnsFor,
  type AcceptanceRecordForLeaf,
} from './acceptanceRecord.js'
import { acceptanceLeafHash, encodeAcceptanceLeaf, versionLeafHash } from './leaf.js'
import { MerkleTree } from './merkle.js'
import { buildReceipt } from './receipt.js'
import { signingKeyFrom, signTreeHead, verifyTreeHead, type SigningKey } from './treeHead.js'

const KEY = signingKeyFrom('11'.repeat(32))

function record(id: number, customerId = `customer-${id}`): AcceptanceRecordForLeaf {
  const acceptedAt = new Date(Date.UTC(2026, 11, 2, 5, 0, id)).toISOString()
  const values = {
    customerId,
    orderId: id % 2 ? `order-${id}` : null,
    idempotencyKey: `k-${id}`,
    acceptedAt,
  }
  return {
    id,
    policySlug: 'privacy-policy',
    versionNumber: 1,
    contentHash: 'ab'.repeat(32),
    locale: 'lv',
    channel: 'checkout',
    storefront: 7,
    scope: 'default',
    ...values,
    ...evidenceColumnsFor(values),
  }
}

/** A log of a version leaf and `n` acceptances, sealed by one signed tree head. */
function sealedReceipt(n: number, which: number, key: SigningKey = KEY): EvidenceReceipt {
  const records = Array.from({ length: n }, (_, i) => record(i + 1))
  const tree = new MerkleTree([
    versionLeafHash({
      id: '1',
      policy: 'privacy-policy',
      number: '1',
      changeType: 'material',
      publishedAt: '2026-12-01T00:00:00.000Z',
      effectiveAt: '2026-12-01T00:00:00.000Z',
      contentHashes: { lv: 'ab'.repeat(32) },
    }),
    ...records.map((r) => acceptanceLeafHash(acceptanceLeafOf(r))),
  ])
  const head = signTreeHead(key, {
    treeSize: tree.size,
    rootHash: tree.root().toString('hex'),
    timestamp: '2026-12-02T05:01:00.000Z',
  })
  return buildReceipt({ record: records[which], sealed: { leafIndex: which + 1, tree, head } })
}

describe('acceptance leaf encoding', () => {
  it('is the JSON array of the type and the fields in their fixed order', () => {
    const leaf = {
      id: '42',
      policy: 'privacy-policy',
      version: '3',
      contentHash: 'c'.repeat(64),
      locale: 'lv',
      channel: 'checkout',
      storefront: '1',
      scope: 'default',
      acceptedOn: '2026-12-02',
      acceptedAtCommitment: 'a',
      customerCommitment: 'b',
      orderCommitment: 'o',
      idempotencyKeyCommitment: 'i',
    }
    expect(encodeAcceptanceLeaf(leaf).toString('utf8')).toBe(
      `["ppl:acceptance:v1","42","privacy-policy","3","${'c'.repeat(64)}","lv","checkout","1","default","2026-12-02","a","b","o","i"]`,
    )
  })

  it('never contains the customer id, the order id or the idempotency key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), (customerId) => {
        const r = record(3, customerId)
        const bytes = encodeAcceptanceLeaf(acceptanceLeafOf(r)).toString('utf8')
        expect(bytes).not.toContain(JSON.stringify(customerId).slice(1, -1))
        expect(bytes).not.toContain('order-3')
        expect(bytes).not.toContain('"k-3"')
      }),
    )
  })

  it('commits differently to the same customer in two records (a fresh salt each)', () => {
    expect(record(1, 'same').customerCommitment).not.toBe(record(2, 'same').customerCommitment)
  })
})

describe('signed tree heads', () => {
  it('verify with the signing key and not with another', () => {
    const head = signTreeHead(KEY, {
      treeSize: 3,
      rootHash: 'ff'.repeat(32),
      timestamp: '2026-12-02T00:00:00.000Z',
    })
    expect(verifyTreeHead(KEY.publicKey, head)).toBe(true)
    expect(verifyTreeHead(signingKeyFrom('22'.repeat(32)).publicKey, head)).toBe(false)
    expect(verifyTreeHead(KEY.publicKey, { ...head, treeSize: 4 })).toBe(false)
  })

  it('accept a PEM private key as well as a hex seed', () => {
    const { privateKey } = generateKeyPairSync('ed25519')
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    expect(signingKeyFrom(pem).keyId).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('receipts verified offline with only the public key', () => {
  it('verifies a sealed receipt', async () => {
    for (const [n, which] of [
      [1, 0],
      [5, 2],
      [9, 8],
    ] as const) {
      const result = await verifyReceipt(sealedReceipt(n, which), KEY.publicKeyBase64)
      expect(result, `${which} of ${n}`).toEqual({ valid: true, sealed: true, problems: [] })
    }
  })

  it('reports an unsealed receipt as not (yet) valid', async () => {
    const receipt = buildReceipt({ record: record(1) })
    const result = await verifyReceipt(receipt, KEY.publicKeyBase64)
    expect(result.valid).toBe(false)
    expect(result.sealed).toBe(false)
  })

  const alterations: Array<[string, (r: EvidenceReceipt) => EvidenceReceipt]> = [
    ['a changed version', (r) => ({ ...r, leaf: { ...r.leaf, version: '2' } })],
    ['a changed day', (r) => ({ ...r, leaf: { ...r.leaf, acceptedOn: '2026-12-01' } })],
    [
      'another customer in the opening',
      (r) => ({ ...r, opening: { ...r.opening!, customerId: 'someone-else' } }),
    ],
    [
      'another time in the opening',
      (r) => ({ ...r, opening: { ...r.opening!, acceptedAt: '2026-12-02T04:00:00.000Z' } }),
    ],
    ['a forged leaf hash', (r) => ({ ...r, leafHash: 'ab'.repeat(32) })],
    [
      'an altered proof',
      (r) => ({
        ...r,
        inclusion: {
          ...r.inclusion!,
          path: r.inclusion!.path.map((h, i) => (i === 0 ? 'ab'.repeat(32) : h)),
        },
      }),
    ],
    [
      'another leaf index',
      (r) => ({ ...r, inclusion: { ...r.inclusion!, leafIndex: r.inclusion!.leafIndex + 1 } }),
    ],
    ['another root', (r) => ({ ...r, treeHead: { ...r.treeHead!, rootHash: 'ab'.repeat(32) } })],
    [
      'a later timestamp',
      (r) => ({ ...r, treeHead: { ...r.treeHead!, timestamp: '2027-01-01T00:00:00.000Z' } }),
    ],
  ]

  it.each(alterations)('fails with %s', async (_, alter) => {
    const result = await verifyReceipt(alter(sealedReceipt(5, 2)), KEY.publicKeyBase64)
    expect(result.valid).toBe(false)
    expect(result.problems.length).toBeGreaterThan(0)
  })

  it('fails for a receipt forged with another key, even one that names it', async () => {
    const forger = signingKeyFrom('33'.repeat(32))
    const forged = sealedReceipt(5, 2, forger)
    expect((await verifyReceipt(forged, forger.publicKeyBase64)).valid).toBe(true)
    expect((await verifyReceipt(forged, KEY.publicKeyBase64)).valid).toBe(false)
  })
})
