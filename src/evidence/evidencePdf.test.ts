import { readFileSync } from 'node:fs'
import { openSync, type Font } from 'fontkit'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { appPath } from '../../dev/paths.js'
import type { AcceptanceEvidence } from './evidenceDocument.js'
import { evidencePdf, evidencePdfFonts } from './evidencePdf.js'

const seeded = (locale: string) =>
  readFileSync(appPath('src', 'seed', 'texts', `privacy-policy.${locale}.txt`), 'utf8')

function evidenceOf(text: string, locale: string): AcceptanceEvidence {
  return {
    record: {
      id: 7,
      policy: 'privacy-policy',
      version: 1,
      locale,
      contentHash: 'ab'.repeat(32),
      channel: 'checkout',
      storefront: '1',
      scope: 'default',
      customerId: 'cust-7',
      orderId: null,
      acceptedAt: '2026-12-02T08:00:00.000Z',
    },
    text,
    textHash: 'ab'.repeat(32),
    receipt: {
      leafHash: 'cd'.repeat(32),
      inclusion: null,
      treeHead: null,
    } as unknown as AcceptanceEvidence['receipt'],
    publicKey: { algorithm: 'Ed25519', publicKey: 'a2V5', keyId: 'ef'.repeat(32) },
    generatedAt: '2026-12-02T08:01:00.000Z',
  }
}

describe('the evidence PDF', () => {
  // A font without a glyph draws a box (.notdef) while the text layer may still extract the right
  // character, so text extraction alone would not catch it: check the embedded fonts themselves.
  it.each(['lv', 'en', 'ru'])(
    'has a glyph for every character of the %s policy',
    async (locale) => {
      const missing = new Set<string>()
      const fonts = await evidencePdfFonts()
      for (const file of [fonts.body, fonts.bold, fonts.mono]) {
        const font = openSync(file) as Font
        for (const char of seeded(locale)) {
          if (/\s/.test(char)) continue
          if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char)
        }
      }
      expect([...missing]).toEqual([])
    },
  )

  it('keeps Latvian and Russian characters in its text layer', async () => {
    const text = 'Pārzinis: ā č ē ģ ī ķ ļ ņ š ū ž — Оператор: ё щ ъ ы ь э ю я'
    const bytes = await evidencePdf(evidenceOf(text, 'lv'))
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    expect((await extractText(pdf, { mergePages: true })).text).toContain(text)
  })
})
