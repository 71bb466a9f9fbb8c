import type { AdminStrings } from './en.js'
import { evidenceLv } from './evidenceStrings.js'
import { reviewLv } from './reviewStrings.js'
import { viewsLv } from './viewStrings.js'

/** The plugin's admin strings in Latvian; keys as in `en.ts`. */
export const lv: AdminStrings = {
  groupLegal: 'Juridiskie dokumenti',
  groupSettings: 'Iestatījumi',
  // The version, compare and changes views' strings (issue 15).
  ...viewsLv,
  // The evidence log's verification record and panel (issue 16).
  ...evidenceLv,
  // The review hand-off's strings (issue 15).
  ...reviewLv,

  changeTypeMaterial: 'Būtiskas',
  changeTypeEditorial: 'Redakcionālas',
  releaseChangeType: 'Izmaiņu veids',
  releaseSummary: 'Izmaiņu kopsavilkums',
  releaseEffectiveAt: 'Stājas spēkā',

  policySingular: 'Politika',
  policyPlural: 'Politikas',
  policyDescription:
    'Rediģējiet melnrakstu, pēc tam publicējiet to ar izmaiņu veidu un kopsavilkumu: katra publicēšana kļūst par nemainīgu versiju.',
  policyTitle: 'Nosaukums',
  policySlug: 'URL identifikators',
  policySlugDescription: 'Tiek izmantots veikala URL, piemēram, privacy-policy.',
  policySection: 'Sadaļa',
  policySections: 'Sadaļas',
  policySectionKey: 'Atslēga',
  policySectionKeyDescription:
    'Sadaļas nemainīgais identifikators visās versijās; tiek piešķirts, pirmo reizi saglabājot.',
  policyHeading: 'Virsraksts',
  policyBody: 'Teksts',
  policyNextRelease: 'Nākamā versija',
  policyChangeTypeDescription:
    'Būtiskas: klientiem politika jāizlasa un jāpieņem no jauna. Redakcionālas: tikai formulējuma vai drukas kļūdu labojumi. Ja avota teksts nav mainīts un publicējat labotu tulkojumu, tas ir tikai tulkojuma laidiens: jautāti tiek tikai labotās valodas klienti.',
  policySummaryDescription:
    'Kas mainījies, vienkāršiem vārdiem; tiek rādīts klientiem. Raksta katrā valodā; valodā, kur tas nav uzrakstīts, tiek rādīts avota valodas kopsavilkums ar norādi par valodu. Pēc katras publicēšanas lauks tiek iztukšots.',
  policyEffectiveAtDescription:
    'Atstājiet tukšu (vai pagātnes datumu), lai versija stātos spēkā publicēšanas brīdī.',
  policyChangesSincePublished: 'Izmaiņas kopš publicētās versijas',

  translationsField: 'Tulkojumi',
  translationReviewed: 'Tulkojums pārskatīts: joprojām aktuāls',
  translationReviewedDescription:
    'Tulkojuma valodā: atzīmējiet un saglabājiet, lai apstiprinātu, ka teksts joprojām atbilst pašreizējam avota tekstam. Visas šīs valodas sadaļas tiek atzīmētas kā aktuālas; atzīme pēc tam noņemas.',
  staleTranslations: 'Novecojuši tulkojumi',
  staleTranslationsDescription:
    'Nepieciešams būtiskām izmaiņām, kamēr kāds tulkojums ir novecojis (sk. Tulkojumi). Jāizvēlas katram laidienam no jauna.',
  staleTranslationsHold: 'Aizturēt publicēšanu, līdz tie ir atjaunināti',
  staleTranslationsPublishPrevious:
    'Publicēt iepriekšējo tulkojumu ar atzīmi, ka tas vēl nav atjaunināts',

  publishedViaAdmin: 'Administrēšanas panelis',
  publishedViaApi: 'API',
  publishedViaCli: 'Komandrinda',
  publishedViaSeed: 'Sākotnējie dati',

  versionSingular: 'Politikas versija',
  versionPlural: 'Politikas versijas',
  versionDescription:
    'Katra publicētā versija, iesaldēta. Tikai lasāma: lai pievienotu jaunu, publicējiet politiku.',
  versionLabel: 'Apzīmējums',
  versionPolicySlug: 'Politikas URL identifikators',
  versionNumber: 'Numurs',
  versionPublishedAt: 'Publicēta',
  versionSummaryDescription: 'Kas mainījies, katrā valodā.',
  versionLocales: 'Valodas',
  versionLocalesDescription: 'Valodas ar pilnu tekstu.',
  versionContentHashes: 'Satura jaucējkodi',
  versionContentHashesDescription: 'Kanoniskā vienkāršā teksta SHA-256 katrā valodā.',
  versionTranslationStatus: 'Tulkojumu stāvoklis',
  versionTranslationStatusDescription:
    'Katrā valodā: atbilst avota tekstam (current) vai novecojis (outdated — tulkots no agrākas avota teksta redakcijas).',
  versionSnapshot: 'Iesaldētais teksts',
  versionSnapshotDescription: 'Katras valodas iesaldētais teksts.',
  versionPublishedBy: 'Publicēja',
  versionPublishedVia: 'Publicēšanas veids',
  versionChangeTypes: 'Izmaiņas katrā valodā',
  versionChangeTypesDescription:
    'Ko šī versija mainīja katrā valodā: būtiski (material), redakcionāli (editorial) vai neko (none — tikai tulkojuma laidiens citas valodas neskar).',
  versionSummaryLocales: 'Kopsavilkuma valoda',
  versionSummaryLocalesDescription:
    'Katrā valodā: valoda, kurā rakstīts tās kopsavilkums (avota valoda, ja šim laidienam tas nav uzrakstīts).',
  versionWithdrawnAt: 'Atsaukta',
  versionWithdrawnBy: 'Atsaukšanas veicējs',
  versionWithdrawnVia: 'Atsaukšanas veids',

  ledgerTitle: 'Šīs versijas piekrišanas',
  ledgerNone: 'Neviens klients vēl nav piekritis šai versijai.',
  ledgerLocale: 'Valoda',
  ledgerTotal: 'Kopā',
  ledgerCheckout: 'Pirkuma noformēšana',
  ledgerAccount: 'Konts',
  ledgerReconsent: 'Atkārtota piekrišana',

  acceptanceSingular: 'Piekrišana',
  acceptancePlural: 'Piekrišanas',
  acceptanceDescription:
    'Tikai papildināms reģistrs par to, ko katrs klients ir pieņēmis. Tikai lasāms.',
  acceptanceUserAgentDescription:
    'Tiek reģistrēts tikai tad, ja ir ieslēgta spraudņa opcija captureUserAgent.',

  logLeafSingular: 'Pierādījumu žurnāla lapa',
  logLeafPlural: 'Pierādījumu žurnāls',
  logLeafDescription:
    'Katrs piekrišanas ieraksts un publicētā versija kā pret viltošanu aizsargāta žurnāla lapa, žurnāla secībā. Tikai lasāms.',
  treeHeadSingular: 'Parakstīta koka galva',
  treeHeadPlural: 'Parakstītās koka galvas',
  treeHeadDescription:
    'Aizzīmogots žurnāls: tā izmērs un saknes jaucējvērtība, parakstīta ar pierādījumu atslēgu. `npm run policy -- verify` pārbauda tās visas.',

  storefrontSingular: 'Veikals',
  storefrontPlural: 'Veikali',
  storefrontDescription:
    'Veikali, kuriem atļauts reģistrēt piekrišanas. Atspējojiet veikalu, lai uzreiz atsauktu tā atslēgu.',
  storefrontName: 'Nosaukums',
  storefrontEnabled: 'Iespējots',
  storefrontEnabledDescription: 'Atspējots veikals saņem 403 uz katru pieprasījumu ar atslēgu.',
  storefrontScope: 'Tvērums',
  storefrontScopeDescription:
    'Kuru klientus šī atslēga redz. Katram viena veikala kanālam (tīmeklis, lietotne) dodiet savu atslēgu tajā pašā tvērumā; klienta ID citā tvērumā ir cita persona.',
  storefrontPermissions: 'Atļaujas',
  storefrontPermissionsDescription:
    'Galapunkti ar atslēgu, kurus šī atslēga drīkst izsaukt; citi atbild ar 403.',
  storefrontPermissionAccept: 'Reģistrēt piekrišanas',
  storefrontPermissionStatus: 'Lasīt piekrišanas statusu',
  storefrontPermissionExport: 'Eksportēt klienta ierakstus',
  storefrontPermissionErase: 'Dzēst klientu',
  storefrontApiKey: 'Jauna API atslēga',
  storefrontApiKeyDescription:
    'Ielīmējiet jaunu nejaušu atslēgu (vismaz 32 rakstzīmes, piemēram, no `openssl rand -hex 24`) un saglabājiet. Tiek glabāts tikai tās HMAC: nokopējiet to veikalam tūlīt, vēlāk to parādīt nevar. Atstājiet tukšu, lai paturētu pašreizējo atslēgu.',

  roleAdmin: 'Administrators',
  rolePublisher: 'Publicētājs',
  roleEditor: 'Redaktors',
  roleAuditor: 'Auditors',

  userSingular: 'Lietotājs',
  userPlural: 'Lietotāji',
  userName: 'Vārds',
  userRoles: 'Lomas',

  validationSlug: 'Izmantojiet mazos burtus, ciparus un atsevišķas defises.',
  validationSectionKey: 'Nederīga sadaļas atslēga.',
}
