import { describe, expect, it } from 'vitest'

import { newSalt } from './leaf.js'

describe('newSalt', () => {
  it('hands out 32-byte hex salts that never repeat, across refills of its pool', () => {
    // More than two pools' worth, so salts from different draws meet.
    const salts = Array.from({ length: 300 }, () => newSalt())
    for (const salt of salts) expect(salt).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(salts).size).toBe(salts.length)
  })
})
