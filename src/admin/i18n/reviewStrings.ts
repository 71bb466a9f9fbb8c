/**
 * Admin strings of the review hand-off and the effective date's zone (issue 15), kept apart from
 * `en.ts` like `viewStrings.ts`. Same namespace (`privacyPolicy`); English is the key set.
 */
export const reviewEn = {
  reviewGroup: 'Review',
  reviewRequested: 'Ask a publisher to review this draft',
  reviewRequestedDescription:
    'Tick, add a note if you like, and save the draft: publishers see the request on their dashboard and in the list. Publishing closes it; untick and save to withdraw it.',
  reviewNote: 'Note for the publisher',
  reviewRequestedBy: 'Requested by',
  reviewRequestedAt: 'Requested at',
  reviewLastEditedBy: 'Last saved by',
  reviewStatusPending: 'Review requested by {{who}} on {{date}}.',
  reviewStatusNone: 'No review requested.',
  reviewColumn: 'Review',
  reviewCellPending: 'Review requested',
  reviewListPending: 'Awaiting review: {{count}}',
  reviewListShowPending: 'Show drafts awaiting review',
  reviewListShowAll: 'Show all policies',
  reviewDashboardTitle: 'Drafts awaiting review',
  reviewDashboardNone: 'No draft is waiting for review.',
  reviewDashboardRequested: 'requested by {{who}} on {{date}}',
  reviewDashboardList: 'In the policies list',
  reviewSomeone: 'someone',
  publishNoticeEditor:
    'Only a publisher can publish. To hand this draft over, tick “Ask a publisher to review this draft” under Review and save the draft.',
  publishNoticeSecondPublisher:
    'You saved this draft last: with four-eyes review, another publisher must publish it.',
  policyEffectiveAtZone: 'Entered and shown in {{zone}}.',
}

export const reviewLv: typeof reviewEn = {
  reviewGroup: 'Pārskatīšana',
  reviewRequested: 'Lūgt publicētājam pārskatīt šo melnrakstu',
  reviewRequestedDescription:
    'Atzīmējiet, ja vēlaties, pievienojiet piezīmi un saglabājiet melnrakstu: publicētāji lūgumu redz sākumlapā un sarakstā. Publicēšana to noslēdz; lai to atsauktu, noņemiet atzīmi un saglabājiet.',
  reviewNote: 'Piezīme publicētājam',
  reviewRequestedBy: 'Lūdza',
  reviewRequestedAt: 'Lūgts',
  reviewLastEditedBy: 'Pēdējais saglabāja',
  reviewStatusPending: 'Pārskatīšanu lūdza {{who}} {{date}}.',
  reviewStatusNone: 'Pārskatīšana nav lūgta.',
  reviewColumn: 'Pārskatīšana',
  reviewCellPending: 'Lūgta pārskatīšana',
  reviewListPending: 'Gaida pārskatīšanu: {{count}}',
  reviewListShowPending: 'Rādīt melnrakstus, kas gaida pārskatīšanu',
  reviewListShowAll: 'Rādīt visas politikas',
  reviewDashboardTitle: 'Melnraksti, kas gaida pārskatīšanu',
  reviewDashboardNone: 'Neviens melnraksts negaida pārskatīšanu.',
  reviewDashboardRequested: 'lūdza {{who}} {{date}}',
  reviewDashboardList: 'Politiku sarakstā',
  reviewSomeone: 'kāds',
  publishNoticeEditor:
    'Publicēt var tikai publicētājs. Lai nodotu šo melnrakstu, sadaļā “Pārskatīšana” atzīmējiet “Lūgt publicētājam pārskatīt šo melnrakstu” un saglabājiet melnrakstu.',
  publishNoticeSecondPublisher:
    'Šo melnrakstu pēdējais saglabājāt jūs: ar četru acu pārbaudi tas jāpublicē citam publicētājam.',
  policyEffectiveAtZone: 'Ievada un rāda laika joslā {{zone}}.',
}

export const reviewRu: typeof reviewEn = {
  reviewGroup: 'Проверка',
  reviewRequested: 'Попросить публикатора проверить этот черновик',
  reviewRequestedDescription:
    'Отметьте, при желании добавьте заметку и сохраните черновик: публикаторы увидят запрос на главной странице и в списке. Публикация закрывает запрос; чтобы отозвать его, снимите отметку и сохраните.',
  reviewNote: 'Заметка для публикатора',
  reviewRequestedBy: 'Кто запросил',
  reviewRequestedAt: 'Когда запрошено',
  reviewLastEditedBy: 'Последним сохранил',
  reviewStatusPending: 'Проверка запрошена: {{who}}, {{date}}.',
  reviewStatusNone: 'Проверка не запрошена.',
  reviewColumn: 'Проверка',
  reviewCellPending: 'Запрошена проверка',
  reviewListPending: 'Ожидают проверки: {{count}}',
  reviewListShowPending: 'Показать черновики, ожидающие проверки',
  reviewListShowAll: 'Показать все политики',
  reviewDashboardTitle: 'Черновики, ожидающие проверки',
  reviewDashboardNone: 'Нет черновиков, ожидающих проверки.',
  reviewDashboardRequested: 'запрос: {{who}}, {{date}}',
  reviewDashboardList: 'В списке политик',
  reviewSomeone: 'неизвестно кто',
  publishNoticeEditor:
    'Публиковать может только публикатор. Чтобы передать черновик, отметьте «Попросить публикатора проверить этот черновик» в разделе «Проверка» и сохраните черновик.',
  publishNoticeSecondPublisher:
    'Последним этот черновик сохранили вы: при проверке «четыре глаза» опубликовать его должен другой публикатор.',
  policyEffectiveAtZone: 'Вводится и показывается в часовом поясе {{zone}}.',
}
