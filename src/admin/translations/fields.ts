import type { CheckboxField, SelectField, TextField, UIField } from 'payload'

import {
  STALE_TRANSLATION_CHOICES,
  type StaleTranslationChoice,
} from '../../translations/publishPlan.js'

/**
 * On a section row, per translation locale: the hash of the source section's text the translation
 * was made from. Written only by the translation-tracking hook; editors never see or type it.
 */
export function createTranslatedFromField(): TextField {
  return {
    name: 'translatedFrom',
    type: 'text',
    localized: true,
    admin: { hidden: true },
  }
}

/**
 * The "Translations" panel (edit view) and column (list view): which sections of which locale are
 * out of date with the source. A `ui` field: no data, no schema change; its server components are
 * resolved through the app's import map (paths relative to `admin.importMap.baseDir`, `src`).
 */
export function createTranslationStatusField(): UIField {
  return {
    name: 'translations',
    type: 'ui',
    label: { en: 'Translations', lv: 'Tulkojumi', ru: 'Переводы' },
    admin: {
      components: {
        Field: 'payload-privacy-policy/rsc#TranslationStatusField',
        Cell: 'payload-privacy-policy/rsc#TranslationStatusCell',
      },
    },
  }
}

/**
 * The editor's "this translation still says what the source says" action (after a typo fix in the
 * source, say): saved in a translation locale, it marks every section of that locale current. The
 * hook consumes it and stores it unticked, so it never silently applies to a later edit.
 */
export function createTranslationReviewedField(): CheckboxField {
  return {
    name: 'translationReviewed',
    type: 'checkbox',
    defaultValue: false,
    label: {
      en: 'Translation reviewed: still current',
      lv: 'Tulkojums pārskatīts: joprojām aktuāls',
      ru: 'Перевод проверен: по-прежнему актуален',
    },
    admin: {
      position: 'sidebar',
      description: {
        en: 'In a translation language: tick and save to confirm its text still says what the current source text says. Marks every section of this language up to date; the tick clears itself.',
        lv: 'Tulkojuma valodā: atzīmējiet un saglabājiet, lai apstiprinātu, ka teksts joprojām atbilst pašreizējam avota tekstam. Visas šīs valodas sadaļas tiek atzīmētas kā aktuālas; atzīme pēc tam noņemas.',
        ru: 'На языке перевода: отметьте и сохраните, чтобы подтвердить, что текст по-прежнему соответствует текущему исходному тексту. Все разделы этого языка отмечаются как актуальные; отметка затем снимается.',
      },
    },
  }
}

const CHOICE_LABELS: Record<StaleTranslationChoice, Record<'en' | 'lv' | 'ru', string>> = {
  hold: {
    en: 'Hold the publish until they are updated',
    lv: 'Aizturēt publicēšanu, līdz tie ir atjaunināti',
    ru: 'Отложить публикацию до их обновления',
  },
  'publish-previous': {
    en: 'Publish the previous translation, flagged as not yet updated',
    lv: 'Publicēt iepriekšējo tulkojumu ar atzīmi, ka tas vēl nav atjaunināts',
    ru: 'Опубликовать предыдущий перевод с пометкой, что он ещё не обновлён',
  },
}

/**
 * A release field: what a publish does with translations that are out of date with the source.
 * No default on purpose: a material change with stale translations waits for an explicit choice.
 */
export function createStaleTranslationsField(): SelectField {
  return {
    name: 'staleTranslations',
    type: 'select',
    label: {
      en: 'Out-of-date translations',
      lv: 'Novecojuši tulkojumi',
      ru: 'Устаревшие переводы',
    },
    options: STALE_TRANSLATION_CHOICES.map((value) => ({ value, label: CHOICE_LABELS[value] })),
    admin: {
      description: {
        en: 'Needed for a material change while a translation is out of date (see Translations). Asked again for every release.',
        lv: 'Nepieciešams būtiskām izmaiņām, kamēr kāds tulkojums ir novecojis (sk. Tulkojumi). Jāizvēlas katram laidienam no jauna.',
        ru: 'Нужно для существенного изменения, пока какой-либо перевод устарел (см. «Переводы»). Выбирается заново для каждого выпуска.',
      },
    },
  }
}
