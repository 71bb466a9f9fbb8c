/**
 * The module's own admin labels and descriptions in every admin language, as Payload's label
 * objects keyed by language (`getTranslation` picks the admin user's language, then the
 * config's fallback). Kept together so a new admin language is one file to extend; the
 * customer-facing strings are i18next files under `locales/` instead.
 */
import type { Role } from '../../defaults.js'
import type { ChangeType } from '../../policy/types.js'

/** One admin string in each admin language the app offers. */
export type AdminText = Record<'en' | 'lv' | 'ru', string>

const text = (en: string, lv: string, ru: string): AdminText => ({ en, lv, ru })

export const groupLabels = {
  legal: text('Legal', 'Juridiskie dokumenti', 'Юридические документы'),
  settings: text('Settings', 'Iestatījumi', 'Настройки'),
}

export const changeTypeLabels: Record<ChangeType, AdminText> = {
  material: text('Material', 'Būtiskas', 'Существенное'),
  editorial: text('Editorial', 'Redakcionālas', 'Редакционное'),
}

/** Labels shared by policies and their versions. */
const release = {
  changeType: text('Change type', 'Izmaiņu veids', 'Тип изменения'),
  summary: text('Summary of changes', 'Izmaiņu kopsavilkums', 'Описание изменений'),
  effectiveAt: text('Effective from', 'Stājas spēkā', 'Вступает в силу'),
}

export const policyLabels = {
  singular: text('Policy', 'Politika', 'Политика'),
  plural: text('Policies', 'Politikas', 'Политики'),
  description: text(
    'Edit the draft, then publish with a change type and a summary: each publish becomes an immutable version.',
    'Rediģējiet melnrakstu, pēc tam publicējiet to ar izmaiņu veidu un kopsavilkumu: katra publicēšana kļūst par nemainīgu versiju.',
    'Редактируйте черновик, затем опубликуйте его с типом изменения и описанием: каждая публикация становится неизменяемой версией.',
  ),
  title: text('Title', 'Nosaukums', 'Название'),
  slug: text('URL identifier', 'URL identifikators', 'Идентификатор URL'),
  slugDescription: text(
    'Used in storefront URLs, e.g. privacy-policy.',
    'Tiek izmantots veikala URL, piemēram, privacy-policy.',
    'Используется в URL магазина, например privacy-policy.',
  ),
  section: text('Section', 'Sadaļa', 'Раздел'),
  sections: text('Sections', 'Sadaļas', 'Разделы'),
  key: text('Key', 'Atslēga', 'Ключ'),
  keyDescription: text(
    'Stable identity of the section across versions; assigned on first save.',
    'Sadaļas nemainīgais identifikators visās versijās; tiek piešķirts, pirmo reizi saglabājot.',
    'Постоянный идентификатор раздела во всех версиях; присваивается при первом сохранении.',
  ),
  heading: text('Heading', 'Virsraksts', 'Заголовок'),
  body: text('Text', 'Teksts', 'Текст'),
  nextRelease: text('Next release', 'Nākamā versija', 'Следующий выпуск'),
  ...release,
  changeTypeDescription: text(
    'Material: customers must re-read and accept. Editorial: wording or typo fixes only.',
    'Būtiskas: klientiem politika jāizlasa un jāpieņem no jauna. Redakcionālas: tikai formulējuma vai drukas kļūdu labojumi.',
    'Существенное: клиенты должны заново прочитать и принять политику. Редакционное: только правка формулировок или опечаток.',
  ),
  summaryDescription: text(
    'What changed, in plain words; shown to customers.',
    'Kas mainījies, vienkāršiem vārdiem; tiek rādīts klientiem.',
    'Что изменилось, простыми словами; показывается клиентам.',
  ),
  effectiveAtDescription: text(
    'Leave empty (or in the past) to take effect on publish.',
    'Atstājiet tukšu (vai pagātnes datumu), lai versija stātos spēkā publicēšanas brīdī.',
    'Оставьте пустым (или укажите прошедшую дату), чтобы версия вступила в силу при публикации.',
  ),
}

export const publishedViaLabels: Record<'admin' | 'api' | 'cli' | 'seed', AdminText> = {
  admin: text('Admin panel', 'Administrēšanas panelis', 'Панель администратора'),
  api: text('API', 'API', 'API'),
  cli: text('Command line', 'Komandrinda', 'Командная строка'),
  seed: text('Initial seed', 'Sākotnējie dati', 'Начальные данные'),
}

export const versionLabels = {
  singular: text('Policy version', 'Politikas versija', 'Версия политики'),
  plural: text('Policy versions', 'Politikas versijas', 'Версии политики'),
  description: text(
    'Every published release, frozen. Read-only: publish a policy to add one.',
    'Katra publicētā versija, iesaldēta. Tikai lasāma: lai pievienotu jaunu, publicējiet politiku.',
    'Каждый опубликованный выпуск в неизменном виде. Только для чтения: чтобы добавить, опубликуйте политику.',
  ),
  label: text('Label', 'Apzīmējums', 'Обозначение'),
  policy: policyLabels.singular,
  policySlug: text(
    'Policy URL identifier',
    'Politikas URL identifikators',
    'Идентификатор URL политики',
  ),
  number: text('Number', 'Numurs', 'Номер'),
  publishedAt: text('Published', 'Publicēta', 'Опубликована'),
  ...release,
  summaryDescription: text(
    'What changed, per locale.',
    'Kas mainījies, katrā valodā.',
    'Что изменилось, на каждом языке.',
  ),
  locales: text('Languages', 'Valodas', 'Языки'),
  localesDescription: text(
    'Locales with complete text.',
    'Valodas ar pilnu tekstu.',
    'Языки с полным текстом.',
  ),
  contentHashes: text('Content hashes', 'Satura jaucējkodi', 'Хеши содержимого'),
  contentHashesDescription: text(
    'SHA-256 of the canonical plain text, per locale.',
    'Kanoniskā vienkāršā teksta SHA-256 katrā valodā.',
    'SHA-256 канонического простого текста для каждого языка.',
  ),
  translationStatus: text('Translation status', 'Tulkojumu stāvoklis', 'Состояние переводов'),
  translationStatusDescription: text(
    'Per locale: current with the source text, or outdated (translated from an earlier source text).',
    'Katrā valodā: atbilst avota tekstam (current) vai novecojis (outdated — tulkots no agrākas avota teksta redakcijas).',
    'Для каждого языка: соответствует исходному тексту (current) или устарел (outdated — переведён с более ранней редакции исходного текста).',
  ),
  snapshot: text('Frozen text', 'Iesaldētais teksts', 'Зафиксированный текст'),
  snapshotDescription: text(
    'The frozen text of every locale.',
    'Katras valodas iesaldētais teksts.',
    'Зафиксированный текст на каждом языке.',
  ),
  publishedBy: text('Published by', 'Publicēja', 'Опубликовал'),
  publishedVia: text('Published via', 'Publicēšanas veids', 'Способ публикации'),
}

export const storefrontLabels = {
  singular: text('Storefront', 'Veikals', 'Магазин'),
  plural: text('Storefronts', 'Veikali', 'Магазины'),
  description: text(
    'Shops allowed to record acceptances. Disable one to revoke its key at once.',
    'Veikali, kuriem atļauts reģistrēt piekrišanas. Atspējojiet veikalu, lai uzreiz atsauktu tā atslēgu.',
    'Магазины, которым разрешено записывать согласия. Отключите магазин, чтобы сразу отозвать его ключ.',
  ),
  name: text('Name', 'Nosaukums', 'Название'),
  enabled: text('Enabled', 'Iespējots', 'Включён'),
  enabledDescription: text(
    'A disabled storefront gets 403 on every keyed request.',
    'Atspējots veikals saņem 403 uz katru pieprasījumu ar atslēgu.',
    'Отключённый магазин получает 403 на каждый запрос с ключом.',
  ),
}

export const roleLabels: Record<Role, AdminText> = {
  admin: text('Administrator', 'Administrators', 'Администратор'),
  publisher: text('Publisher', 'Publicētājs', 'Публикатор'),
  editor: text('Editor', 'Redaktors', 'Редактор'),
}

export const userLabels = {
  singular: text('User', 'Lietotājs', 'Пользователь'),
  plural: text('Users', 'Lietotāji', 'Пользователи'),
  name: text('Name', 'Vārds', 'Имя'),
  roles: text('Roles', 'Lomas', 'Роли'),
}

/** Validation messages of the module's own fields. */
export const validationLabels = {
  slug: text(
    'Use lower-case letters, digits and single hyphens.',
    'Izmantojiet mazos burtus, ciparus un atsevišķas defises.',
    'Используйте строчные латинские буквы, цифры и одиночные дефисы.',
  ),
  sectionKey: text(
    'Invalid section key.',
    'Nederīga sadaļas atslēga.',
    'Недопустимый ключ раздела.',
  ),
}
