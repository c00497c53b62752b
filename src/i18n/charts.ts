// The words the charts draw and print around their drawings, per language. The chart math takes a
// language and reads its words here, so no chart component or layout holds English text of its own.
// Digits come from i18n/numbers.ts (Arabic-Indic digits in Arabic, decision 0001); i18n never imports format/.
import { INTL_LOCALE, type Lang } from './locales.ts';
import { formatNumber, formatYear } from './numbers.ts';
import { arabicRoundNumber, counted, type PluralForms } from './plural.ts';

/** Event kinds as the data tables print them (the record keeps its code, in the downloads' events.csv). */
const EN_KINDS: Record<string, string> = {
  recruitment: 'Recruitment',
  judicial: 'Judicial',
  executive: 'Executive',
  legislative: 'Legislative',
  diplomatic: 'Diplomatic',
  statement: 'Statement or report',
};

const en = {
  // Figures chart
  panelPeople: 'Head-counts, on a logarithmic scale (each step is ten times the last)',
  panelPercent: 'Share of recruits, in percent',
  panelUsd: 'Monthly salary offered, in US dollars',
  contestedNote: ' · contested',
  /** After the outlet of a figure drawn past the break at the end of the head-count scale. */
  offScaleNote: ' · off the scale',
  /** "1", "10", "1k", "10k", "1M": short tick labels for powers of ten. */
  powerLabel: (n: number): string =>
    n >= 1e6 ? `${formatNumber(n / 1e6)}M` : n >= 1e3 ? `${formatNumber(n / 1e3)}k` : formatNumber(n),
  percentTick: (v: number) => `${v}%`,
  usdTick: (v: number) => `$${formatNumber(v)}`,
  // Pipeline chart
  stageChannels: '1. Channels: how recruits are reached',
  stagePromises: '2. Promises: what they are offered',
  stageOutcome: '3. Outcome: who has come back',
  salaryTitle: 'Salary offered a month, to scale',
  outcomeSaid: (fewer: boolean, n: number) =>
    `${fewer ? 'Fewer than' : 'Up to'} ${formatNumber(n)} in 100 returned alive`,
  reportedBy: (who: string, outlet: string) => `${who}, reported by ${outlet}`,
  /** Under a bound's squares: what the hatched and the dashed squares mean (the source gives no exact share). */
  outcomeBound: (fewer: boolean) =>
    `A bound, not a count: the share is ${fewer ? 'somewhere below' : 'at most'} the dashed square.`,
  sourceSays: 'What the source says:',
  sourceDoesNotSay: 'What it does not say:',
  // Timelines
  /** A tick on a time axis: the month, with the year where it is needed. */
  monthTick: (d: Date, withYear: boolean) => {
    const m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    return withYear ? `${m} ${d.getUTCFullYear()}` : m;
  },
  yearTick: (y: number) => String(y),
  byDate: (date: string) => `by ${date}`,
  noneDated: 'None dated in the sources: see the list below.',
  /** A date something began and went on from: "since 2024" (the timelines draw it fading to the present). */
  sinceDate: (date: string) => `since ${date}`,
  /** The heading of the timeline's panel that enlarges its busiest months. */
  zoomTitle: (from: string, to: string) => `${from} to ${to}, enlarged`,
  /** Beside the shaded months of the whole span: where they are enlarged. */
  zoomBand: 'enlarged below',
  /** The timelines' legend (src/components/charts/TimelineLegend.astro): each kind of date as drawn. */
  markMonth: 'a month, or part of one: the event falls somewhere in it',
  markYear: (example: string) =>
    `a year, or part of one (“${example}”): somewhere in it, drawn light because the date is vague`,
  markSince: '“since” a year: it began then and went on, fading towards the latest sources',
  shapeActed:
    'Who acted: the shape before each title. Marks are in ink only, because colour means who makes a claim in the figures chart.',
  lanesActed:
    'Who acted: one lane each. Marks are in ink only, because colour means who makes a claim in the figures chart.',
  // Legends
  howToRead: 'How to read the marks',
  markExact: 'an exact figure',
  markAround: '“around” a figure',
  markUpper: '“fewer than” or “up to”: any value below',
  markLower: '“more than”: any value above',
  markRange: 'a range (“four or five”)',
  markBand: 'a word: a few, dozens, hundreds, thousands',
  markContested: 'dashed and labelled “contested”: the sources report a dispute over it',
  markOffScale: 'after a break at the end of the scale: too large to draw to scale',
  colourWho: 'Colour shows who makes the claim (also named on every row)',
  markDay: 'a single day',
  markBy: '“by”: reported on this date, so it happened then or earlier',
  notPlaced: 'Not placed: the sources give no date',
  leftOut: 'Left out',
  /** Between an event left out and the reason why: "Event: reason" (Arabic writes a semicolon). */
  leftOutWhy: ': ',
  // Map
  insetTitle: 'Detail: central and southern Iraq',
  notOnMap: ' (not on the map: the sources name no city)',
  /** Between a place's name and what the sources say of it: "Najaf: …" (Arabic writes a comma). */
  placeWhat: ': ',
  placeLabel: (n: number, name: string) => `${n} ${name}`,
  /** Names of the countries the map labels, by their Natural Earth name. */
  countries: {} as Record<string, string>,
  // Frame and data table
  sources: 'Sources:',
  dataSummary: (n: number) => `The data in this chart (${n} records)`,
  dataRegion: (title: string) => `Data of the chart: ${title}`,
  sourceColumn: 'Source',
  columns: {
    figure: 'Figure',
    measure: 'Measures',
    claimant: 'Who says it',
    date: 'When',
    contested: 'Contested',
    dateKind: 'Date is',
    kind: 'Kind',
    event: 'Event',
    summary: 'What happened',
    step: 'Step',
    label: 'What',
    detail: 'What the sources say',
    number: 'No.',
    place: 'Place',
    country: 'Country',
    placed: 'On the map',
    what: 'What the sources say',
  } as Record<string, string>,
  cellContested: 'contested',
  cellNotDisputed: 'not disputed in the sources',
  cellReported: 'reported by this date',
  cellHappened: 'happened',
  cellUndated: (note?: string) => `undated${note ? ` (${note})` : ''}`,
  stepChannel: 'Channel',
  stepPromise: 'Promise',
  stepSalary: 'Salary offered',
  stepOutcome: 'Outcome',
  placedYes: 'yes',
  placedNo: 'no: described, not placed',
  countryNames: { iraq: 'Iraq', russia: 'Russia', ukraine: 'Ukraine' } as Record<string, string>,
  /** How an event kind reads in a data cell and the downloads: a word, not the record's code. */
  kindCell: (kind: string) => EN_KINDS[kind] ?? kind,
};

export type ChartStrings = typeof en;

const num = (n: number) => formatNumber(n, 'ar');
/** "سجل واحد", "سجلان", "٨ سجلات", "١٨ سجلاً" (plural.ts). */
const AR_RECORDS: PluralForms<'ar'> = {
  zero: 'لا سجلات',
  one: 'سجل واحد',
  two: 'سجلان',
  few: '# سجلات',
  many: '# سجلاً',
  other: '# سجل',
};
const month = (d: Date) => new Intl.DateTimeFormat(INTL_LOCALE.ar, { month: 'long', timeZone: 'UTC' }).format(d);
const year = (y: number) => formatYear(y, 'ar');
const kinds: Record<string, string> = {
  recruitment: 'تجنيد',
  judicial: 'قضائي',
  executive: 'تنفيذي',
  legislative: 'تشريعي',
  diplomatic: 'دبلوماسي',
  statement: 'تصريح',
};

const ar: ChartStrings = {
  panelPeople: 'أعداد الأشخاص، على مقياس لوغاريتمي (كل درجة عشرة أضعاف سابقتها)',
  panelPercent: 'نسبة المجنَّدين، في المئة',
  panelUsd: 'الراتب الشهري المعروض، بالدولار الأمريكي',
  contestedNote: ' · موضع خلاف',
  offScaleNote: ' · خارج المقياس',
  powerLabel: (n) => arabicRoundNumber(n),
  percentTick: (v) => new Intl.NumberFormat(INTL_LOCALE.ar, { style: 'percent' }).format(v / 100),
  usdTick: (v) => num(v),
  stageChannels: '١. القنوات: كيف يُستقطب المجنَّدون',
  stagePromises: '٢. الوعود: ما يُعرض عليهم',
  stageOutcome: '٣. المآل: من عاد',
  salaryTitle: 'الراتب الشهري المعروض، بالدولار وبمقياس متناسب',
  outcomeSaid: (fewer, n) => `${fewer ? 'أقل من' : 'ما يصل إلى'} ${num(n)} من كل ${num(100)} عادوا أحياء`,
  reportedBy: (who, outlet) => `${who}، بحسب ${outlet}`,
  outcomeBound: (fewer) => `حدٌّ لا عدد: النسبة ${fewer ? 'في مكان ما دون' : 'لا تتجاوز'} المربع المتقطّع.`,
  sourceSays: 'ما يقوله المصدر:',
  sourceDoesNotSay: 'ما لا يقوله:',
  monthTick: (d, withYear) => (withYear ? `${month(d)} ${year(d.getUTCFullYear())}` : month(d)),
  yearTick: (y) => year(y),
  byDate: (date) => `بحلول ${date}`,
  noneDated: 'لا تؤرّخ المصادر أياً منها: انظر القائمة أدناه.',
  sinceDate: (date) => `منذ ${date}`,
  zoomTitle: (from, to) => `الأشهر من ${from} إلى ${to} مكبَّرةً`,
  zoomBand: 'مكبَّرة أدناه',
  markMonth: 'شهر أو جزء منه: وقع الحدث في وقت ما خلاله',
  markYear: (example) => `سنة أو جزء منها («${example}»): في وقت ما خلالها، بخط باهت لأن التاريخ غير دقيق`,
  markSince: '«منذ» سنة ما: بدأ حينها واستمر، ويبهت الخط نحو أحدث المصادر',
  shapeActed:
    'الجهة التي اتخذت الإجراء: الشكل قبل كل عنوان. العلامات بالحبر وحده، لأن اللون يدل على صاحب الادعاء في رسم الأرقام.',
  lanesActed:
    'الجهة التي اتخذت الإجراء: مسار لكل جهة. العلامات بالحبر وحده، لأن اللون يدل على صاحب الادعاء في رسم الأرقام.',
  howToRead: 'كيف تُقرأ العلامات',
  markExact: 'رقم محدد',
  markAround: '«نحو» رقم ما',
  markUpper: '«أقل من» أو «ما يصل إلى»: أي قيمة دونه',
  markLower: '«أكثر من»: أي قيمة فوقه',
  markRange: 'نطاق («أربعة أو خمسة»)',
  markBand: 'كلمة: قلّة، العشرات، المئات، الآلاف',
  markContested: 'خط متقطع وعبارة «موضع خلاف»: تورد المصادر خلافاً عليه',
  markOffScale: 'بعد علامة القطع في آخر المقياس: أكبر من أن يُرسم على المقياس',
  colourWho: 'يدل اللون على صاحب الادعاء (ويُذكر اسمه في كل سطر أيضاً)',
  markDay: 'يوم واحد',
  markBy: '«بحلول»: نُشر خبره في هذا التاريخ، أي أنه وقع فيه أو قبله',
  notPlaced: 'غير موضوعة على الرسم: لا تذكر المصادر تاريخاً',
  leftOut: 'مستبعد',
  leftOutWhy: '؛ ',
  insetTitle: 'تفصيل: وسط العراق وجنوبه',
  notOnMap: ' (ليست على الخريطة: لا تسمّي المصادر مدينة)',
  placeWhat: '، ',
  placeLabel: (n, name) => `${num(n)} ${name}`,
  countries: {
    Iraq: 'العراق',
    Russia: 'روسيا',
    Ukraine: 'أوكرانيا',
    Syria: 'سوريا',
    Iran: 'إيران',
    Turkey: 'تركيا',
    Jordan: 'الأردن',
    'Saudi Arabia': 'السعودية',
    Kuwait: 'الكويت',
  },
  sources: 'المصادر:',
  dataSummary: (n) => `بيانات هذا الرسم (${counted(n, AR_RECORDS, 'ar')})`,
  dataRegion: (title) => `بيانات الرسم: ${title}`,
  sourceColumn: 'المصدر',
  columns: {
    figure: 'الرقم',
    measure: 'ما يقيسه',
    claimant: 'القائل',
    date: 'التاريخ',
    contested: 'موضع خلاف؟',
    dateKind: 'نوع التاريخ',
    kind: 'النوع',
    event: 'الحدث',
    summary: 'ماذا حدث',
    step: 'المرحلة',
    label: 'البند',
    detail: 'ما تقوله المصادر',
    number: 'م',
    place: 'المكان',
    country: 'البلد',
    placed: 'على الخريطة',
    what: 'ما تقوله المصادر',
  },
  cellContested: 'موضع خلاف',
  cellNotDisputed: 'لا خلاف عليه في المصادر',
  cellReported: 'نُشر خبره بحلول هذا التاريخ، أي أنه وقع فيه أو قبله',
  cellHappened: 'وقع',
  cellUndated: (note) => `غير مؤرَّخ${note ? ` (${note})` : ''}`,
  stepChannel: 'قناة',
  stepPromise: 'وعد',
  stepSalary: 'الراتب المعروض',
  stepOutcome: 'المآل',
  placedYes: 'نعم',
  placedNo: 'لا: موصوف غير محدّد',
  countryNames: { iraq: 'العراق', russia: 'روسيا', ukraine: 'أوكرانيا' },
  kindCell: (kind) => kinds[kind] ?? kind,
};

export const chartUi: Record<Lang, ChartStrings> = { en, ar };
