import { afterAll, describe, expect, it } from 'vitest'

import { buildDraftDiff, type DraftDiffInput } from '../../src/admin/diff/draftDiff.js'
import { diffPolicy } from '../../src/diff/index.js'
import { toDiffSections } from '../../src/operations/diffVersions.js'
import { blocksToLexical } from '../../src/richtext/fromBlocks.js'
import {
  buildDraftDiffOffThread,
  closeDiffPool,
  diffPolicyOffThread,
} from '../../src/workers/diffPool.js'

/** A policy of about 1 MB per side: 200 sections, every third paragraph reworded in the draft. */
function largeDraft(): DraftDiffInput {
  const words = (seed: number, n: number) =>
    Array.from({ length: n }, (_, i) => `vārds${(seed * 7 + i * 13) % 997}`).join(' ')
  const sections = (revised: boolean) =>
    Array.from({ length: 200 }, (_, s) => ({
      key: `s${s}`,
      heading: `Sadaļa ${s}`,
      body: blocksToLexical(
        Array.from({ length: 5 }, (_, p) => ({
          type: 'paragraph' as const,
          text: words(s * 5 + p + (revised && p % 3 === 0 ? 1 : 0), 100),
        })),
      ),
    }))
  return {
    draft: { sections: sections(true) },
    inForce: {
      number: 1,
      effectiveAt: '2026-01-01T00:00:00.000Z',
      text: { lv: { title: 'Politika', sections: sections(false) } },
    },
    upcoming: null,
    locale: 'lv',
    language: 'lv',
    strings: {},
  }
}

/** How many 5 ms timer ticks the main loop ran while `work` was under way. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0
  const timer = setInterval(() => ticks++, 5)
  try {
    await work()
  } finally {
    clearInterval(timer)
  }
  return ticks
}

describe('admin diffs of large drafts run off the main thread (F15)', () => {
  afterAll(() => closeDiffPool())

  it('keeps the main event loop answering timers while a 1 MB draft is diffed, where the same diff inline blocks it', async () => {
    const input = largeDraft()
    expect(JSON.stringify(input).length).toBeGreaterThan(1_000_000)
    // Warm the worker so its start-up is not part of the contrast.
    await buildDraftDiffOffThread(input)

    const inline = await ticksDuring(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
      buildDraftDiff(input)
    })
    const offThread = await ticksDuring(() => buildDraftDiffOffThread(input))
    expect(inline).toBeLessThanOrEqual(1)
    expect(offThread).toBeGreaterThan(inline + 3)
  })

  it('gives the same view from the worker as inline', async () => {
    const input = largeDraft()
    expect(await buildDraftDiffOffThread(input)).toEqual(buildDraftDiff(input))
  })
})

describe('storefront diffs between large versions run off the main thread (F15)', () => {
  afterAll(() => closeDiffPool())

  /** The two sides of {@link largeDraft} as the storefront's diff operation hands them over. */
  function largeVersions() {
    const input = largeDraft()
    return {
      before: toDiffSections(input.inForce?.text.lv?.sections ?? []),
      after: toDiffSections(input.draft?.sections ?? []),
    }
  }

  it('keeps the main event loop answering timers while two 1 MB versions are diffed (regression: the diff endpoint diffed inline)', async () => {
    const { before, after } = largeVersions()
    await diffPolicyOffThread(before, after)

    const inline = await ticksDuring(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
      diffPolicy(before, after)
    })
    const offThread = await ticksDuring(() => diffPolicyOffThread(before, after))
    expect(inline).toBeLessThanOrEqual(1)
    expect(offThread).toBeGreaterThan(inline + 3)
  })

  it('gives the same diff from the worker as inline', async () => {
    const { before, after } = largeVersions()
    expect(await diffPolicyOffThread(before, after)).toEqual(diffPolicy(before, after))
  })
})
