// Interface copy, kept as data per locale so that translations never touch the components.
import type { Measure, EVENT_KINDS } from '../schema/records.ts';

type EventKind = (typeof EVENT_KINDS)[number];

export const ui = {
  en: {
    siteName: 'Iraq’s Recruits',
    siteTagline: 'How Iraqis are drawn into Russia’s war in Ukraine, and why nobody agrees how many',
    measures: {
      recruited: 'Recruited into the Russian military',
      fighting: 'Fighting in Ukraine',
      involved: 'Involved in the war',
      killed: 'Killed',
      willing: 'Willing or applying to join',
      'ukraine-side': 'On Ukraine’s side',
      'returned-alive': 'Returned alive',
      'salary-offered': 'Monthly salary offered',
      'foreign-recruits': 'Foreign recruits of all nationalities',
      'russian-troops': 'Russian soldiers at the front',
    } satisfies Record<Measure, string>,
    /** Event kinds as lane headings and legend entries of the timeline and responses charts. */
    eventKinds: {
      recruitment: 'Recruitment',
      judicial: 'Judicial: courts and the judicial council',
      executive: 'Executive: government and security agencies',
      legislative: 'Legislative: parliament',
      diplomatic: 'Diplomatic: embassies and ministers',
      statement: 'Statements and reports',
    } satisfies Record<EventKind, string>,
    claimantKinds: {
      'iraqi-government': 'Iraqi government',
      russian: 'Russian official',
      ukrainian: 'Ukrainian official',
      media: 'Media',
      investigation: 'Investigation',
    },
    /** Reading aids: contents button, colour theme, reading time, back to top, offline page, guided walk. */
    reader: {
      contents: 'Contents',
      close: 'Close',
      theme: 'Colours',
      themeSystem: 'As on this device',
      themeLight: 'Light',
      themeDark: 'Dark',
      minutes: (n: number) => `${n} min read`,
      backToTop: 'Back to top',
      offlineTitle: 'You are offline',
      offlineText: 'This page has not been saved on this device yet. Pages you have opened before still open without a connection.',
      offlineHome: 'Go to the start of the explainer',
      walkLabel: 'The disputed figures, one by one',
      walkStep: (n: number, total: number) => `Figure ${n} of ${total}`,
      walkWho: 'Given by',
      walkContested: 'contested',
      walkSource: 'Source:',
    },
  },
} as const;
