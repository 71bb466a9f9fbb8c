import {
  createLocalReq,
  type CheckboxField,
  type FieldDescriptionServerProps,
  type PayloadRequest,
  type UIFieldServerProps,
} from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TranslationReviewedDescription } from '../../src/admin/translations/TranslationReviewedDescription.js'
import { TranslationStatusField } from '../../src/admin/translations/TranslationStatusField.js'
import { importPolicyText } from '../../src/operations/importPolicyText.js'
import { seededPolicyId, seedText, SLUG } from '../support/fixtures.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

/**
 * Regression: on a freshly seeded policy the edit view's Translations panel said "en: 9 sections
 * not translated; the title is not translated" (and the same for ru) in every admin language,
 * while the list column said "Up to date": the panel read through the admin page's shared request,
 * whose locale another panel had just set. These render the panel the way the admin page does,
 * with that request in the props and its locale set to one language.
 */
describe('the admin Translations panel (sqlite)', () => {
  let app: TestApp
  let policyId: string | number
  let adminReq: PayloadRequest

  const render = async (element: Promise<ReactElement | null> | ReactElement | null) => {
    const resolved = await element
    return resolved ? renderToStaticMarkup(resolved) : ''
  }

  /** The panel, rendered while another panel of the page reads one locale on the same request. */
  const panel = async (language: string) => {
    const [html] = await Promise.all([
      render(
        TranslationStatusField({
          id: policyId,
          payload: app.payload,
          i18n: { language },
          req: adminReq,
        } as unknown as UIFieldServerProps),
      ),
      app.payload.findByID({
        collection: 'policies',
        id: policyId,
        locale: 'lv',
        draft: true,
        depth: 0,
        overrideAccess: true,
        req: adminReq,
      }),
    ])
    return html
  }

  const reviewed = (locale: string, language = 'en') => {
    adminReq.locale = locale
    return render(
      TranslationReviewedDescription({
        id: policyId,
        payload: app.payload,
        i18n: { language },
        req: adminReq,
      } as unknown as FieldDescriptionServerProps<CheckboxField>),
    )
  }

  beforeAll(async () => {
    app = await startTestApp('sqlite')
    policyId = await seededPolicyId(app.payload)
    adminReq = await createLocalReq({ locale: 'lv' }, app.payload)
  })

  afterAll(async () => {
    await app?.close()
  })

  describe('on a fresh seed', () => {
    for (const [language, enLine, ruLine] of [
      ['en', 'en: up to date', 'ru: up to date'],
      ['lv', 'en: aktuāls', 'ru: aktuāls'],
      ['ru', 'en: актуален', 'ru: актуален'],
    ] as const) {
      it(`says en and ru are up to date in the ${language} admin`, async () => {
        const html = await panel(language)
        expect(html).toContain(`<li data-locale="en" data-state="current"><span>${enLine}</span>`)
        expect(html).toContain(`<li data-locale="ru" data-state="current"><span>${ruLine}</span>`)
        expect(html).not.toContain('not translated')
      })
    }

    it('does not offer “Translation reviewed” in the source locale', async () => {
      const html = await reviewed('lv')
      expect(html).toContain('policy-translation-reviewed-hidden')
      expect(html).toContain('display: none')
    })

    it('offers nothing to review in an up-to-date translation', async () => {
      expect(await reviewed('en')).toContain(
        'Every section of the en text is up to date: nothing to review.',
      )
      expect(await reviewed('en')).not.toContain('display: none')
    })
  })

  describe('after a Latvian edit', () => {
    beforeAll(async () => {
      await importPolicyText({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        locale: 'lv',
        text: seedText('lv').replace('mēs glabājam 5 gadus', 'mēs glabājam 3 gadus'),
      })
    })

    it('names the out-of-date section of each translation', async () => {
      const html = await panel('lv')
      expect(html).toContain('en: 1 sadaļa novecojusi')
      expect(html).toContain('ru: 1 sadaļa novecojusi')
      expect(html).toContain('5. CIK ILGI MĒS UZGLABĀJAM JŪSU DATUS')
    })

    it('lists the sections “Translation reviewed” will mark current, in the admin’s language', async () => {
      const en = await reviewed('en')
      expect(en).toContain('Saving with this ticked marks 1 section of the en text current:')
      expect(en).toContain('<li>5. CIK ILGI MĒS UZGLABĀJAM JŪSU DATUS</li>')
      const ru = await reviewed('ru', 'ru')
      expect(ru).toContain(
        'При сохранении с этой отметкой 1 раздел текста «ru» будет отмечен как актуальный:',
      )
    })
  })
})
