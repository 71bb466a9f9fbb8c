import { describe, expect, it } from 'vitest'

import { isSecondPublisher } from '../../src/access/secondPublisher.js'
import { formatDateTime } from '../../src/admin/format.js'
import { SHIPPED_ADMIN_STRINGS, type AdminStringKey } from '../../src/admin/i18n/index.js'
import { publishAnnouncement } from '../../src/admin/views/publishAnnouncement.js'

const tFor =
  (language: string) =>
  (key: AdminStringKey, vars: Record<string, unknown> = {}) =>
    SHIPPED_ADMIN_STRINGS[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
      String(vars[name]),
    )

const NOW = Date.parse('2026-12-02T10:00:00Z')
const v1 = { number: 1, effectiveAt: '2026-11-01T00:00:00Z' }
const v2 = { number: 2, effectiveAt: '2027-01-15T08:00:00Z' }
const announce = (language: string, published = v2, versions = [v1, v2]) =>
  publishAnnouncement(published, versions, NOW, language, 'Europe/Riga', tFor(language))

describe('the message after a publish', () => {
  it('announces a scheduled version with its date and zone, and the version staying in force', () => {
    expect(announce('en')).toBe(
      'Version 2 published; takes effect 15 January 2027 10:00 (Europe/Riga); version 1 stays in force until then.',
    )
  })

  it('puts the Latvian date in the locative after "stāsies spēkā"', () => {
    expect(announce('lv')).toBe(
      '2. versija publicēta; stāsies spēkā 2027. gada 15. janvārī 10:00 (Europe/Riga); līdz tam spēkā paliek 1. versija.',
    )
  })

  it('writes the Russian date with the month in the genitive', () => {
    expect(announce('ru')).toBe(
      'Версия 2 опубликована; вступает в силу 15 января 2027 г. 10:00 (Europe/Riga); до тех пор действует версия 1.',
    )
  })

  it('says from when a version published into force at once is in force (Latvian genitive)', () => {
    const now = { number: 2, effectiveAt: '2026-12-02T09:30:00Z' }
    expect(announce('en', now, [v1, now])).toBe(
      'Version 2 published; in force from 2 December 2026 11:30 (Europe/Riga).',
    )
    expect(announce('lv', now, [v1, now])).toBe(
      '2. versija publicēta; spēkā no 2026. gada 2. decembra 11:30 (Europe/Riga).',
    )
  })

  it('announces a first version scheduled with nothing in force without naming one', () => {
    expect(announce('en', v2, [v2])).toBe(
      'Version 2 published; takes effect 15 January 2027 10:00 (Europe/Riga).',
    )
  })
})

describe('Latvian dates in the admin', () => {
  it('take the case the sentence needs, in the plugin’s zone (a day later in Riga than in UTC)', () => {
    const lateEvening = '2027-01-14T23:30:00Z'
    expect(formatDateTime(lateEvening, 'lv', 'Europe/Riga')).toBe(
      '2027. gada 15. janvāris 01:30 (Europe/Riga)',
    )
    expect(formatDateTime(lateEvening, 'lv', 'Europe/Riga', 'locative')).toBe(
      '2027. gada 15. janvārī 01:30 (Europe/Riga)',
    )
    expect(formatDateTime(lateEvening, 'lv', 'UTC', 'genitive')).toBe(
      '2027. gada 14. janvāra 23:30 (UTC)',
    )
  })
})

describe('four eyes', () => {
  const on = { requireSecondPublisher: true }
  it('refuses the draft’s last author and lets anyone else publish', () => {
    expect(isSecondPublisher(on, 7, 7)).toBe(false)
    expect(isSecondPublisher(on, { id: 7 }, '7')).toBe(false)
    expect(isSecondPublisher(on, 7, 8)).toBe(true)
  })

  it('lets anyone publish when it is off, or when no user wrote the draft', () => {
    expect(isSecondPublisher({ requireSecondPublisher: false }, 7, 7)).toBe(true)
    expect(isSecondPublisher(on, null, 7)).toBe(true)
  })
})
