import type { Lang } from '../present/locale.js';

/**
 * The words of the report folder (charts, index.html, report.md), in bokmål and English. The
 * key-figure labels shared with `digiraad stats` come from src/present/messages.ts.
 */
export interface ReportMessages {
  /** BCP 47 tag for Intl (list joining). */
  tag: string;
  title: (year: string) => string;
  lead: string;
  keyFigures: string;
  excludedNote: (name: string, cost: string, benefit: string) => string;
  noData: string;
  yes: string;
  files: string;
  filesIntro: string;
  footer: string;
  generated: (iso: string) => string;
  fontCredit: string;
  figureLabel: (n: number) => string;

  // Axes, legends and table heads
  share: string;
  projects: string;
  year: string;
  ministry: string;
  theme: string;
  costEstimate: string;
  count: string;
  questionsSeries: string;
  recommendationsSeries: string;
  newProjects: string;
  treatments: string;
  questions: string;
  recommendations: string;
  questionShare: string;
  recommendationShare: string;
  yearShare: string;
  tagCount: (tag: string) => string;

  // Chart titles and subtitles
  costBandsTitle: string;
  costBandsSubtitle: (n: string) => string;
  themesTitle: string;
  themesSubtitle: (questions: string, recommendations: string) => string;
  tagTitle: (tag: string) => string;
  tagSubtitle: string;
  byYearTitle: string;
  byYearSubtitle: string;
  ministriesTitle: string;
  ministriesSubtitle: (asOf: string) => string;
  mainThemesTitle: string;
  mainThemesSubtitle: (themes: string) => string;

  // Text alternatives
  altCostBands: (n: string, largest: string, largestShare: string, largestCount: string, all: string) => string;
  altThemes: (topQ: string, topQShare: string, topR: string, topRShare: string, lowR: string, lowRShare: string) => string;
  trendUp: (subject: string, from: string, fromYear: string, to: string, toYear: string) => string;
  trendDown: (subject: string, from: string, fromYear: string, to: string, toYear: string) => string;
  trendFlat: (subject: string, value: string, fromYear: string, toYear: string) => string;
  single: (subject: string, value: string, year: string) => string;
  tagSubject: (tag: string) => string;
  mainThemesSubject: (themes: string) => string;
  peak: (year: string, value: string) => string;
  low: (year: string, value: string) => string;
  altByYear: (list: string, total: string) => string;
  inYear: (count: string, year: string) => string;
  altMinistries: (projects: string, ministries: string, top: string, rest: string | null) => string;
  ministryCount: (ministry: string, count: string) => string;

  // Project table
  projectTableTitle: string;
  projectTableIntro: string;
  projectColumn: string;
  agencyColumn: string;
  ministryColumn: string;
  yearColumn: string;
  sizeColumn: string;
  sizes: Record<'small' | 'medium' | 'large' | 'unresolved', string>;
  revisit: string;

  // The CLI's own lines on stderr
  progress: (done: number, total: number, name: string) => string;
}

/** Tag slugs as words in running text; a tag not listed is shown as its slug. */
const TAG_WORDS: Record<Lang, Record<string, string>> = {
  nb: { kommunikasjon: 'kommunikasjon', 'laer-av-andre': 'å lære av andre' },
  en: { kommunikasjon: 'communication', 'laer-av-andre': 'learning from others' },
};

export function tagWord(tag: string, lang: Lang): string {
  return TAG_WORDS[lang][tag] ?? tag;
}

const nb: ReportMessages = {
  tag: 'nb-NO',
  title: (year) => `Digitaliseringsrådet – tall og figurer ${year}`,
  lead: 'Tallene og figurene er regnet ut fra Digitaliseringsrådets registre over prosjektene, spørsmålene og anbefalingene. Hver figur har en tekst som forteller det viktigste, og en tabell med tallene bak.',
  keyFigures: 'Nøkkeltall',
  excludedNote: (name, cost, benefit) => `${name} (kostnadsanslag ${cost}, gevinstanslag ${benefit}) er holdt utenfor de samlede anslagene.`,
  noData: 'Ingen data i perioden.',
  yes: 'ja',
  files: 'Filer',
  filesIntro: 'Tallene bak rapporten, til bruk i regneark og andre verktøy:',
  footer: 'Laget med digiraad.',
  generated: (iso) => `Laget ${iso}.`,
  fontCredit: 'Skrift: Source Sans 3 (SIL Open Font License).',
  figureLabel: (n) => `Figur ${n}`,

  share: 'Andel',
  projects: 'Prosjekter',
  year: 'År',
  ministry: 'Departement',
  theme: 'Tema',
  costEstimate: 'Kostnadsanslag',
  count: 'Antall',
  questionsSeries: 'Spørsmålene fra virksomhetene',
  recommendationsSeries: 'Anbefalingene våre',
  newProjects: 'Nye prosjekter',
  treatments: 'Rådsbehandlinger',
  questions: 'Spørsmål',
  recommendations: 'Anbefalinger',
  questionShare: 'Andel av spørsmålene',
  recommendationShare: 'Andel av anbefalingene',
  yearShare: 'Andel av årets anbefalinger',
  tagCount: (tag) => `Anbefalinger om ${tag}`,

  costBandsTitle: 'Hvor store er prosjektene?',
  costBandsSubtitle: (n) => `Kostnadsanslag, andel av de ${n} prosjektene med anslag`,
  themesTitle: 'Spørsmål og anbefalinger per tema',
  themesSubtitle: (q, r) => `Andel av ${q} spørsmål og ${r} anbefalinger`,
  tagTitle: (tag) => `Anbefalinger om ${tag}`,
  tagSubtitle: 'Andel av årets anbefalinger',
  byYearTitle: 'Nye prosjekter per år',
  byYearSubtitle: 'Prosjekter etter året de første gang ble behandlet',
  ministriesTitle: 'Prosjekter per departement',
  ministriesSubtitle: (asOf) => `Departementet ved siste behandling til og med ${asOf}`,
  mainThemesTitle: 'Anbefalinger om hovedtemaene',
  mainThemesSubtitle: (themes) => `Andel av årets anbefalinger som gjelder ${themes}`,

  altCostBands: (n, largest, share, count, all) =>
    `Av de ${n} prosjektene med kostnadsanslag er den største gruppen ${largest}, med ${share} (${count} prosjekter). Fordelingen er ${all}.`,
  altThemes: (topQ, topQShare, topR, topRShare, lowR, lowRShare) =>
    `Flest spørsmål gjaldt ${topQ} (${topQShare}), og flest anbefalinger gjaldt ${topR} (${topRShare}). Færrest anbefalinger gjaldt ${lowR} (${lowRShare}).`,
  trendUp: (s, a, y1, b, y2) => `${s} økte fra ${a} i ${y1} til ${b} i ${y2}.`,
  trendDown: (s, a, y1, b, y2) => `${s} sank fra ${a} i ${y1} til ${b} i ${y2}.`,
  trendFlat: (s, v, y1, y2) => `${s} var ${v} både i ${y1} og i ${y2}.`,
  single: (s, v, y) => `${s} var ${v} i ${y}.`,
  tagSubject: (tag) => `Andelen anbefalinger om ${tag}`,
  mainThemesSubject: (themes) => `Andelen anbefalinger om ${themes}`,
  peak: (year, value) => `Høyest var den i ${year} (${value}).`,
  low: (year, value) => `Lavest var den i ${year} (${value}).`,
  altByYear: (list, total) => `Rådet behandlet ${total} prosjekter: ${list}.`,
  inYear: (count, year) => `${count} i ${year}`,
  altMinistries: (projects, ministries, top, rest) => `De ${projects} prosjektene hører til ${ministries} departementer. Flest har ${top}${rest ? `, fulgt av ${rest}` : ''}.`,
  ministryCount: (ministry, count) => `${ministry} (${count})`,

  projectTableTitle: 'Prosjektene vi har behandlet',
  projectTableIntro:
    'Prosjektstørrelsen angir virksomhetens kostnadsanslag ved behandlingen: små prosjekter koster under 26 millioner kroner, middels store 26–200 millioner kroner og store over 200 millioner kroner. Uavklart: virksomheten har ikke oppgitt et anslag.',
  projectColumn: 'Prosjekt/program',
  agencyColumn: 'Virksomhet',
  ministryColumn: 'Departement',
  yearColumn: 'År',
  sizeColumn: 'Størrelse',
  sizes: { small: 'Lite', medium: 'Middels', large: 'Stort', unresolved: 'Uavklart' },
  revisit: 'ny behandling',

  progress: (done, total, name) => `rendering charts ${done}/${total}: ${name}`,
};

const en: ReportMessages = {
  tag: 'en-GB',
  title: (year) => `Digitaliseringsrådet – figures and charts ${year}`,
  lead: "The figures and charts are computed from the Norwegian Digitalisation Council's registers of projects, questions and recommendations. Every chart has a text that tells what matters most, and a table of the numbers behind it.",
  keyFigures: 'Key figures',
  excludedNote: (name, cost, benefit) => `${name} (cost estimate ${cost}, benefit estimate ${benefit}) is kept out of the totals.`,
  noData: 'No data in the period.',
  yes: 'yes',
  files: 'Files',
  filesIntro: 'The numbers behind the report, for spreadsheets and other tools:',
  footer: 'Made with digiraad.',
  generated: (iso) => `Made ${iso}.`,
  fontCredit: 'Typeface: Source Sans 3 (SIL Open Font License).',
  figureLabel: (n) => `Figure ${n}`,

  share: 'Share',
  projects: 'Projects',
  year: 'Year',
  ministry: 'Ministry',
  theme: 'Theme',
  costEstimate: 'Cost estimate',
  count: 'Count',
  questionsSeries: "The agencies' questions",
  recommendationsSeries: 'Our recommendations',
  newProjects: 'New projects',
  treatments: 'Council treatments',
  questions: 'Questions',
  recommendations: 'Recommendations',
  questionShare: 'Share of the questions',
  recommendationShare: 'Share of the recommendations',
  yearShare: "Share of the year's recommendations",
  tagCount: (tag) => `Recommendations about ${tag}`,

  costBandsTitle: 'How large are the projects?',
  costBandsSubtitle: (n) => `Cost estimate, share of the ${n} projects with an estimate`,
  themesTitle: 'Questions and recommendations by theme',
  themesSubtitle: (q, r) => `Share of ${q} questions and ${r} recommendations`,
  tagTitle: (tag) => `Recommendations about ${tag}`,
  tagSubtitle: "Share of the year's recommendations",
  byYearTitle: 'New projects by year',
  byYearSubtitle: 'Projects by the year of their first treatment',
  ministriesTitle: 'Projects by ministry',
  ministriesSubtitle: (asOf) => `The ministry at the latest treatment up to ${asOf}`,
  mainThemesTitle: 'Recommendations about the main themes',
  mainThemesSubtitle: (themes) => `Share of the year's recommendations about ${themes}`,

  altCostBands: (n, largest, share, count, all) =>
    `Of the ${n} projects with a cost estimate, the largest group is ${largest}, with ${share} (${count} projects). The distribution is ${all}.`,
  altThemes: (topQ, topQShare, topR, topRShare, lowR, lowRShare) =>
    `Most questions were about ${topQ} (${topQShare}), and most recommendations about ${topR} (${topRShare}). The fewest recommendations were about ${lowR} (${lowRShare}).`,
  trendUp: (s, a, y1, b, y2) => `${s} rose from ${a} in ${y1} to ${b} in ${y2}.`,
  trendDown: (s, a, y1, b, y2) => `${s} fell from ${a} in ${y1} to ${b} in ${y2}.`,
  trendFlat: (s, v, y1, y2) => `${s} was ${v} both in ${y1} and in ${y2}.`,
  single: (s, v, y) => `${s} was ${v} in ${y}.`,
  tagSubject: (tag) => `The share of recommendations about ${tag}`,
  mainThemesSubject: (themes) => `The share of recommendations about ${themes}`,
  peak: (year, value) => `It was highest in ${year} (${value}).`,
  low: (year, value) => `It was lowest in ${year} (${value}).`,
  altByYear: (list, total) => `The council treated ${total} projects: ${list}.`,
  inYear: (count, year) => `${count} in ${year}`,
  altMinistries: (projects, ministries, top, rest) => `The ${projects} projects belong to ${ministries} ministries. Most belong to ${top}${rest ? `, followed by ${rest}` : ''}.`,
  ministryCount: (ministry, count) => `${ministry} (${count})`,

  projectTableTitle: 'The projects we have treated',
  projectTableIntro:
    "The size is the agency's cost estimate at the treatment: small projects cost under 26 million kroner, medium ones 26–200 million kroner and large ones over 200 million kroner. Unresolved: the agency gave no estimate.",
  projectColumn: 'Project/programme',
  agencyColumn: 'Agency',
  ministryColumn: 'Ministry',
  yearColumn: 'Year',
  sizeColumn: 'Size',
  sizes: { small: 'Small', medium: 'Medium', large: 'Large', unresolved: 'Unresolved' },
  revisit: 'new treatment',

  progress: (done, total, name) => `rendering charts ${done}/${total}: ${name}`,
};

export const REPORT_MESSAGES: Record<Lang, ReportMessages> = { nb, en };

/** `a, b og c` / `a, b and c`. */
export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(REPORT_MESSAGES[lang].tag, { type: 'conjunction' }).format(items);
}
