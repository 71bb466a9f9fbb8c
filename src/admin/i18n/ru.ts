import type { AdminStrings } from './en.js'
import { evidenceRu } from './evidenceStrings.js'
import { reviewRu } from './reviewStrings.js'
import { viewsRu } from './viewStrings.js'

/** The plugin's admin strings in Russian; keys as in `en.ts`. */
export const ru: AdminStrings = {
  groupLegal: 'Юридические документы',
  groupSettings: 'Настройки',
  // The version, compare and changes views' strings (issue 15).
  ...viewsRu,
  // The evidence log's verification record and panel (issue 16).
  ...evidenceRu,
  // The review hand-off's strings (issue 15).
  ...reviewRu,

  changeTypeMaterial: 'Существенное',
  changeTypeEditorial: 'Редакционное',
  releaseChangeType: 'Тип изменения',
  releaseSummary: 'Описание изменений',
  releaseEffectiveAt: 'Вступает в силу',

  policySingular: 'Политика',
  policyPlural: 'Политики',
  policyDescription:
    'Редактируйте черновик, затем опубликуйте его с типом изменения и описанием: каждая публикация становится неизменяемой версией.',
  policyTitle: 'Название',
  policySlug: 'Идентификатор URL',
  policySlugDescription: 'Используется в URL магазина, например privacy-policy.',
  policySection: 'Раздел',
  policySections: 'Разделы',
  policySectionKey: 'Ключ',
  policySectionKeyDescription:
    'Постоянный идентификатор раздела во всех версиях; присваивается при первом сохранении.',
  policyHeading: 'Заголовок',
  policyBody: 'Текст',
  policyNextRelease: 'Следующий выпуск',
  policyChangeTypeDescription:
    'Существенное: клиенты должны заново прочитать и принять политику. Редакционное: только правка формулировок или опечаток. Если исходный текст не изменён и публикуется исправленный перевод, это выпуск только перевода: спрашивают лишь клиентов исправленных языков.',
  policySummaryDescription:
    'Что изменилось, простыми словами; показывается клиентам. Пишется на каждом языке; где оно не написано, показывается описание на исходном языке с указанием языка. После каждой публикации поле очищается.',
  policyEffectiveAtDescription:
    'Оставьте пустым (или укажите прошедшую дату), чтобы версия вступила в силу при публикации.',
  policyChangesSincePublished: 'Изменения с опубликованной версии',

  translationsField: 'Переводы',
  translationReviewed: 'Перевод проверен: по-прежнему актуален',
  translationReviewedDescription:
    'На языке перевода: отметьте и сохраните, чтобы подтвердить, что текст по-прежнему соответствует текущему исходному тексту. Все разделы этого языка отмечаются как актуальные; отметка затем снимается.',
  staleTranslations: 'Устаревшие переводы',
  staleTranslationsDescription:
    'Нужно для существенного изменения, пока какой-либо перевод устарел (см. «Переводы»). Выбирается заново для каждого выпуска.',
  staleTranslationsHold: 'Отложить публикацию до их обновления',
  staleTranslationsPublishPrevious:
    'Опубликовать предыдущий перевод с пометкой, что он ещё не обновлён',

  publishedViaAdmin: 'Панель администратора',
  publishedViaApi: 'API',
  publishedViaCli: 'Командная строка',
  publishedViaSeed: 'Начальные данные',

  versionSingular: 'Версия политики',
  versionPlural: 'Версии политики',
  versionDescription:
    'Каждый опубликованный выпуск в неизменном виде. Только для чтения: чтобы добавить, опубликуйте политику.',
  versionLabel: 'Обозначение',
  versionPolicySlug: 'Идентификатор URL политики',
  versionNumber: 'Номер',
  versionPublishedAt: 'Опубликована',
  versionSummaryDescription: 'Что изменилось, на каждом языке.',
  versionLocales: 'Языки',
  versionLocalesDescription: 'Языки с полным текстом.',
  versionContentHashes: 'Хеши содержимого',
  versionContentHashesDescription: 'SHA-256 канонического простого текста для каждого языка.',
  versionTranslationStatus: 'Состояние переводов',
  versionTranslationStatusDescription:
    'Для каждого языка: соответствует исходному тексту (current) или устарел (outdated — переведён с более ранней редакции исходного текста).',
  versionSnapshot: 'Зафиксированный текст',
  versionSnapshotDescription: 'Зафиксированный текст на каждом языке.',
  versionPublishedBy: 'Кем опубликовано',
  versionPublishedVia: 'Способ публикации',
  versionChangeTypes: 'Изменения по языкам',
  versionChangeTypesDescription:
    'Что эта версия изменила на каждом языке: существенно (material), редакционно (editorial) или ничего (none — выпуск только перевода не затрагивает другие языки).',
  versionSummaryLocales: 'Язык описания',
  versionSummaryLocalesDescription:
    'Для каждого языка: язык, на котором написано описание изменений (исходный, если для этого выпуска оно не написано).',
  versionWithdrawnAt: 'Отозвана',
  versionWithdrawnBy: 'Кем отозвана',
  versionWithdrawnVia: 'Способ отзыва',

  ledgerTitle: 'Согласия с этой версией',
  ledgerNone: 'Ни один клиент ещё не принял эту версию.',
  ledgerLocale: 'Язык',
  ledgerTotal: 'Всего',
  ledgerCheckout: 'Оформление заказа',
  ledgerAccount: 'Личный кабинет',
  ledgerReconsent: 'Повторное согласие',

  acceptanceSingular: 'Согласие',
  acceptancePlural: 'Согласия',
  acceptanceDescription:
    'Журнал, в который записи только добавляются: что принял каждый клиент. Только для чтения.',
  acceptanceUserAgentDescription:
    'Записывается, только если включён параметр плагина captureUserAgent.',

  logLeafSingular: 'Лист журнала доказательств',
  logLeafPlural: 'Журнал доказательств',
  logLeafDescription:
    'Каждое согласие и опубликованная версия как лист защищённого от подделки журнала, в порядке журнала. Только чтение.',
  treeHeadSingular: 'Подписанная вершина дерева',
  treeHeadPlural: 'Подписанные вершины дерева',
  treeHeadDescription:
    'Запечатанный журнал: его размер и корневой хеш, подписанные ключом доказательств. `npm run policy -- verify` проверяет их все.',

  storefrontSingular: 'Магазин',
  storefrontPlural: 'Магазины',
  storefrontDescription:
    'Магазины, которым разрешено записывать согласия. Отключите магазин, чтобы сразу отозвать его ключ.',
  storefrontName: 'Название',
  storefrontEnabled: 'Включён',
  storefrontEnabledDescription: 'Отключённый магазин получает 403 на каждый запрос с ключом.',
  storefrontScope: 'Область',
  storefrontScopeDescription:
    'Чьих клиентов видит этот ключ. Каждому каналу одного магазина (сайт, приложение) дайте свой ключ в той же области; идентификатор клиента в другой области — другой человек.',
  storefrontPermissions: 'Разрешения',
  storefrontPermissionsDescription:
    'Эндпоинты с ключом, которые может вызывать этот ключ; остальные отвечают 403.',
  storefrontPermissionAccept: 'Записывать согласия',
  storefrontPermissionStatus: 'Читать статус согласия',
  storefrontPermissionExport: 'Выгружать записи клиента',
  storefrontPermissionErase: 'Удалять клиента',
  storefrontApiKey: 'Новый API-ключ',
  storefrontApiKeyDescription:
    'Вставьте новый случайный ключ (не менее 32 символов, например из `openssl rand -hex 24`) и сохраните. Хранится только его HMAC: скопируйте ключ для магазина сейчас, позже его нельзя показать. Оставьте пустым, чтобы сохранить текущий ключ.',

  roleAdmin: 'Администратор',
  rolePublisher: 'Публикатор',
  roleEditor: 'Редактор',
  roleAuditor: 'Аудитор',

  userSingular: 'Пользователь',
  userPlural: 'Пользователи',
  userName: 'Имя',
  userRoles: 'Роли',

  validationSlug: 'Используйте строчные латинские буквы, цифры и одиночные дефисы.',
  validationSectionKey: 'Недопустимый ключ раздела.',
}
