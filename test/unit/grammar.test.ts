import { describe, expect, it } from 'vitest'

import { buildDraftDiff } from '../../src/admin/diff/draftDiff.js'
import { reviewedSectionsView, translationStatusView } from '../../src/admin/translations/view.js'
import { buildConsentPrompt } from '../../src/consent/prompt.js'
import { localizeError, PolicyError } from '../../src/errors.js'
import { formatDate } from '../../src/i18n/dates.js'
import { resources } from '../../src/i18n/resources.js'
import type { TranslationReport } from '../../src/translations/operations.js'

/**
 * Every string the module writes with a date or a count, rendered in Latvian and Russian and
 * compared with sentences written by hand: dates in the case their sentence needs (Latvian
 * declines them, `Intl` does not), plural forms for 1, 2, 5 and 21 (21 takes the singular in both
 * languages), and acceptance wording that does not assume the reader is a man.
 */
const DEC_1 = '2026-12-01T00:00:00.000Z'
const JAN_15 = '2027-01-15T09:30:00.000Z'
const COUNTS = [1, 2, 5, 21] as const

describe('dates in the case the sentence needs', () => {
  it('writes a Latvian date standing alone in the nominative', () => {
    expect(formatDate(DEC_1, 'lv', 'nominative')).toBe('2026. gada 1. decembris')
  })

  it('writes a Latvian date after "no" / "kopš" in the genitive', () => {
    expect(formatDate(DEC_1, 'lv', 'genitive')).toBe('2026. gada 1. decembra')
  })

  it('writes a Latvian date of an event ("stāsies spēkā …") in the locative', () => {
    expect(formatDate(JAN_15, 'lv', 'locative')).toBe('2027. gada 15. janvārī')
    expect(formatDate('2027-03-02T00:00:00Z', 'lv', 'locative')).toBe('2027. gada 2. martā')
  })

  it('writes a Russian date with its month in the genitive, whatever the case asked', () => {
    expect(formatDate(DEC_1, 'ru', 'genitive')).toBe('1 декабря 2026 г.')
    expect(formatDate(JAN_15, 'ru', 'locative')).toBe('15 января 2027 г.')
  })
})

describe('the re-consent prompt', () => {
  const body = (locale: string, count: number) =>
    buildConsentPrompt({
      locale,
      version: 3,
      effectiveAt: DEC_1,
      materialChanges: count,
      strings: resources,
    }).body

  const lv: Record<(typeof COUNTS)[number], string> = {
    1: 'stājusies spēkā 1 būtiska izmaiņa',
    2: 'stājušās spēkā 2 būtiskas izmaiņas',
    5: 'stājušās spēkā 5 būtiskas izmaiņas',
    21: 'stājusies spēkā 21 būtiska izmaiņa',
  }
  const ru: Record<(typeof COUNTS)[number], string> = {
    1: 'вступило в силу 1 существенное изменение',
    2: 'вступили в силу 2 существенных изменения',
    5: 'вступили в силу 5 существенных изменений',
    21: 'вступило в силу 21 существенное изменение',
  }

  for (const count of COUNTS) {
    it(`says ${count} in Latvian`, () => {
      expect(body('lv', count)).toBe(
        `Kopš pēdējās reizes, kad pieņēmāt mūsu privātuma politiku, ${lv[count]} (versija 3, spēkā no 2026. gada 1. decembra). ` +
          'Lūdzu, izlasiet, kas ir mainījies, un pieņemiet atjaunināto politiku, lai turpinātu.',
      )
    })

    it(`says ${count} in Russian`, () => {
      expect(body('ru', count)).toBe(
        `С тех пор как Вы в последний раз приняли нашу политику конфиденциальности, ${ru[count]} (версия 3, действует с 1 декабря 2026 г.). ` +
          'Пожалуйста, ознакомьтесь с изменениями и примите обновлённую политику, чтобы продолжить.',
      )
    })
  }

  it('asks for acceptance in words that fit any reader', () => {
    const accept = (locale: string) =>
      buildConsentPrompt({
        locale,
        version: 2,
        effectiveAt: DEC_1,
        materialChanges: 1,
        strings: resources,
      }).accept
    expect(accept('lv')).toBe('Apstiprinu, ka izmaiņas ir izlasītas, un tām piekrītu')
    expect(accept('ru')).toBe('Подтверждаю, что изменения прочитаны, и принимаю их')
  })

  it('says in the customer’s language that the translation is outdated and which text binds', () => {
    const notice = (locale: string) =>
      buildConsentPrompt({
        locale,
        version: 2,
        effectiveAt: DEC_1,
        materialChanges: 1,
        translationStatus: 'outdated',
        sourceLocale: 'lv',
        strings: resources,
      }).notice
    expect(notice('ru')).toBe(
      'Текст политики конфиденциальности на русском языке ещё не обновлён с учётом этих изменений. ' +
        'Изменения показаны на латышском языке; юридическую силу имеет текст на латышском языке.',
    )
    expect(notice('en')).toBe(
      'The privacy policy in English has not yet been updated for this change. ' +
        'What changed is shown in Latvian, and the text in Latvian is the one that binds.',
    )
  })
})

describe('publish refusals in the admin', () => {
  const pending = new PolicyError(400, 'announcement_pending', { version: 6, at: JAN_15 })

  it('names the announced date in the locative in Latvian', () => {
    expect(localizeError(pending, 'lv', resources)).toBe(
      'Versija 6 ir izziņota un stāsies spēkā 2027. gada 15. janvārī; vēlāks laidiens nevar stāties spēkā pirms tās. ' +
        'Norādiet šim laidienam spēkā stāšanās datumu ne agrāk kā 2027. gada 15. janvārī vai vispirms atsauciet versiju 6.',
    )
  })

  it('names the announced date in Russian', () => {
    expect(localizeError(pending, 'ru', resources)).toBe(
      'Версия 6 объявлена и вступит в силу 15 января 2027 г.; более поздний выпуск не может вступить в силу раньше неё. ' +
        'Укажите дату вступления в силу не ранее 15 января 2027 г. или сначала отзовите версию 6.',
    )
  })
})

describe('the admin panels', () => {
  const ref = (number: number) => ({ key: `s${number}`, number, heading: `SADAĻA ${number}` })
  const report = (count: number): TranslationReport => ({
    policyId: 1,
    slug: 'privacy-policy',
    sourceLocale: 'lv',
    locales: [
      {
        locale: 'en',
        state: 'outdated',
        stale: Array.from({ length: count }, (_, index) => ref(index + 1)),
        missing: [],
        hasTitle: true,
      },
    ],
  })
  const lvOutdated = {
    1: '1 sadaļa novecojusi',
    2: '2 sadaļas novecojušas',
    5: '5 sadaļas novecojušas',
    21: '21 sadaļa novecojusi',
  }
  const ruOutdated = {
    1: '1 раздел устарел',
    2: '2 раздела устарели',
    5: '5 разделов устарели',
    21: '21 раздел устарел',
  }
  const lvReviewed = {
    1: '1 teksta "en" sadaļa tiks atzīmēta kā aktuāla:',
    2: '2 teksta "en" sadaļas tiks atzīmētas kā aktuālas:',
    5: '5 teksta "en" sadaļas tiks atzīmētas kā aktuālas:',
    21: '21 teksta "en" sadaļa tiks atzīmēta kā aktuāla:',
  }
  const ruReviewed = {
    1: '1 раздел текста «en» будет отмечен как актуальный:',
    2: '2 раздела текста «en» будут отмечены как актуальные:',
    5: '5 разделов текста «en» будут отмечены как актуальные:',
    21: '21 раздел текста «en» будет отмечен как актуальный:',
  }

  for (const count of COUNTS) {
    it(`counts ${count} out-of-date sections in Latvian and Russian`, () => {
      expect(translationStatusView(report(count), 'lv', resources).lines[0].text).toBe(
        `en: ${lvOutdated[count]}`,
      )
      expect(translationStatusView(report(count), 'ru', resources).lines[0].text).toBe(
        `en: ${ruOutdated[count]}`,
      )
    })

    it(`lists ${count} sections "Translation reviewed" marks current in Latvian and Russian`, () => {
      expect(reviewedSectionsView(report(count), 'en', 'lv', resources).lead).toBe(
        `Saglabājot ar šo atzīmi, ${lvReviewed[count]}`,
      )
      expect(reviewedSectionsView(report(count), 'en', 'ru', resources).lead).toBe(
        `При сохранении с этой отметкой ${ruReviewed[count]}`,
      )
    })
  }

  it('dates the version a draft is compared with in the genitive, and an announced one in the locative', () => {
    const version = (number: number, effectiveAt: string) => ({
      number,
      effectiveAt,
      text: { lv: { title: 'T', sections: [] } },
    })
    const messages = buildDraftDiff({
      draft: { sections: [] },
      inForce: version(2, DEC_1),
      upcoming: version(3, JAN_15),
      locale: 'lv',
      language: 'lv',
      strings: resources,
    }).messages
    expect(messages.lead).toBe(
      'Saglabātais melnraksts (lv) salīdzināts ar versiju 2, kas ir spēkā kopš 2026. gada 1. decembra.',
    )
    expect(messages.upcoming).toBe(
      'Versija 3 jau ir publicēta un stāsies spēkā 2027. gada 15. janvārī.',
    )
  })
})
