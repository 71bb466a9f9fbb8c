/**
 * Payload's own admin strings that the module's screens show wrongly in Latvian and Russian,
 * corrected through `config.i18n.translations` (Payload's documented override). The labels Payload
 * puts into `{{label}}` are nouns in the nominative ("Sadaļa", "Политика"), which "Pievienot …"
 * and "Создать новый …" would need declined; a colon keeps every noun grammatical. Lexical ships
 * no Latvian label for bullet lists and shows its raw key. A host's own translations win.
 */
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { Config } from 'payload'

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

export const PAYLOAD_STRING_FIXES = {
  lv: {
    general: {
      addLabel: 'Pievienot: {{label}}',
      createNewLabel: 'Izveidot jaunu: {{label}}',
      creatingNewLabel: 'Izveido jaunu: {{label}}',
      newLabel: 'Jauns: {{label}}',
      editLabel: 'Rediģēt: {{label}}',
    },
    lexical: { unorderedList: { label: 'Aizzīmju saraksts' } },
  },
  ru: {
    general: {
      createNewLabel: 'Создать: {{label}}',
      creatingNewLabel: 'Создание: {{label}}',
      newLabel: 'Создать: {{label}}',
    },
  },
} as const

/** The host's `i18n` with the fixes underneath its own translations. */
export function withPayloadStringFixes(
  i18n: NonNullable<Config['i18n']>,
): NonNullable<Config['i18n']> {
  return {
    ...i18n,
    translations: deepMergeSimple<Translations>(PAYLOAD_STRING_FIXES, i18n.translations ?? {}),
  }
}
