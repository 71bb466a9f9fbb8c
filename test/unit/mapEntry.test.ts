import { describe, expect, it } from 'vitest'

import { entryOf } from '../../src/util/mapEntry.js'

describe('entryOf', () => {
  it('creates and stores a value once, then hands out the stored one', () => {
    const map = new Map<string, string[]>()
    let created = 0
    const make = () => {
      created++
      return []
    }
    const first = entryOf(map, 'lv', make)
    first.push('a')
    expect(entryOf(map, 'lv', make)).toBe(first)
    expect(entryOf(map, 'en', make)).not.toBe(first)
    expect(created).toBe(2)
    expect([...map.keys()]).toEqual(['lv', 'en'])
  })

  it('works on a WeakMap keyed by objects', () => {
    const map = new WeakMap<object, Map<string, number>>()
    const owner = {}
    entryOf(map, owner, () => new Map()).set('n', 1)
    expect(entryOf(map, owner, () => new Map()).get('n')).toBe(1)
  })
})
