import type { SizeClass } from '../aggregate/projectTable.js';
import type { Source } from '../settings.js';

/** Every word digiraad shows people, in bokmål and English. JSON and CSV keys stay as they are. */
const nb = {
  title: 'Digitaliseringsrådet – nøkkeltall',
  periodLine: (since: string, asOf: string) => `Per ${asOf} · perioden ${since}–${asOf}`,
  keyFigures: 'Nøkkeltall',
  figure: 'Tall',
  value: 'Verdi',
  projectsTotal: 'Prosjekter behandlet',
  treatments: 'Rådsbehandlinger',
  inPeriod: 'Nye prosjekter i perioden',
  inPeriodShared: '– som lager løsninger for andre',
  agencies: 'Virksomheter',
  ministries: 'Departementer',
  programmes: 'Programmer',
  withCost: 'Med kostnadsanslag',
  withoutCost: 'Uten kostnadsanslag',
  totalCost: 'Samlet kostnadsanslag',
  totalBenefit: 'Samlet gevinstanslag',
  counted: (n: string) => `over ${n} prosjekter`,
  costRange: 'Kostnadsanslag fra–til',
  questions: 'Spørsmål',
  recommendations: 'Anbefalinger',
  conversations: 'Erfaringssamtaler',
  conversationsInPeriod: '– i perioden',
  costBands: 'Hvor store er prosjektene?',
  band: 'Kostnadsanslag',
  projects: 'Prosjekter',
  share: 'Andel',
  themes: 'Spørsmål og anbefalinger per tema',
  theme: 'Tema',
  mainThemes: (labels: string) => `Hovedtemaene (${labels})`,
  mainThemesShare: 'andel av alle spørsmål og anbefalinger',
  tagByYear: (tag: string) => `Andel anbefalinger med stikkordet «${tag}» per år`,
  year: 'År',
  byYear: 'Per år',
  excluded: 'Holdt utenfor totalene',
  noEstimate: 'ikke oppgitt',
  bandLabel: (key: string) => bandLabel(key, 'mill.', 'under', 'over'),
  none: 'ingen',

  // digiraad validate
  registersValid: (dir: string, counts: string) => `${dir}: registrene er gyldige (${counts})`,
  registersInvalid: 'registrene har feil: rett feilene over (digiraad validate viser alle)',
  readAs: (file: string, encoding: 'windows-1252' | 'utf-16le') => (encoding === 'windows-1252' ? `${file}: lest som Windows-1252 (filen er ikke gyldig UTF-8)` : `${file}: lest som UTF-16`),
  registerCounts: (treatments: string, questions: string, recommendations: string, conversations: string, reports: string) =>
    `${treatments} rådsbehandlinger, ${questions} spørsmål, ${recommendations} anbefalinger, ${conversations} erfaringssamtaler, ${reports} rapporter`,

  // digiraad projects
  projectsTitle: (asOf: string) => `Prosjektene rådet har behandlet, per ${asOf}`,
  project: 'Prosjekt/program',
  agency: 'Virksomhet',
  ministry: 'Departement',
  meetingDate: 'Rådsmøte',
  treatmentCount: 'Behandlinger',
  costColumn: 'Kostnad (MNOK)',
  size: 'Størrelse',
  sizeLabel: { small: 'lite', medium: 'middels', large: 'stort', unresolved: 'uavklart' } satisfies Record<SizeClass, string>,
  projectsShown: (shown: string, total: string) => `${shown} av ${total} prosjekter`,

  // digiraad compare
  compareTitle: 'Digitaliseringsrådet – nøkkeltall side om side',
  change: 'Endring',
  points: (n: string) => `${n} %-poeng`,
  countedProjects: 'Prosjekter i totalene',
  costMin: 'Minste kostnadsanslag',
  costMax: 'Største kostnadsanslag',
  mainThemesOfAll: 'Hovedtemaenes andel',
  questionShares: 'Andel av spørsmålene per tema',
  recommendationShares: 'Andel av anbefalingene per tema',

  // digiraad config
  settingsTitle: 'Innstillinger som gjelder her',
  setting: 'Innstilling',
  source: 'Kilde',
  setWith: 'Settes med',
  sourceLabel: (source: Source) => (source.kind === 'default' ? 'standard' : source.kind === 'environment' ? `${source.name} (miljøvariabel)` : source.name),
  shippedData: (dir: string) => `${dir} (registrene som følger med)`,
  reportFolder: 'reports/<år>/',
  configFile: (path: string) => `Konfigurasjonsfil: ${path}`,
  noConfigFile: (path: string) => `Ingen konfigurasjonsfil (${path} finnes ikke)`,

  // digiraad init
  initWrote: (count: string, dir: string) => `Skrev ${count} filer i ${dir}:`,
  initNext: (dir: string) => `Neste steg: fyll inn registrene (se ${dir}/README.md), og sjekk dem med «digiraad validate --data ${dir}».`,
};

const en: typeof nb = {
  title: 'Digitaliseringsrådet – key figures',
  periodLine: (since, asOf) => `As of ${asOf} · period ${since}–${asOf}`,
  keyFigures: 'Key figures',
  figure: 'Figure',
  value: 'Value',
  projectsTotal: 'Projects treated',
  treatments: 'Council treatments',
  inPeriod: 'New projects in the period',
  inPeriodShared: '– building solutions for others',
  agencies: 'Agencies',
  ministries: 'Ministries',
  programmes: 'Programmes',
  withCost: 'With a cost estimate',
  withoutCost: 'Without a cost estimate',
  totalCost: 'Total cost estimate',
  totalBenefit: 'Total benefit estimate',
  counted: (n) => `over ${n} projects`,
  costRange: 'Cost estimates from–to',
  questions: 'Questions',
  recommendations: 'Recommendations',
  conversations: 'Experience conversations',
  conversationsInPeriod: '– in the period',
  costBands: 'How large are the projects?',
  band: 'Cost estimate',
  projects: 'Projects',
  share: 'Share',
  themes: 'Questions and recommendations by theme',
  theme: 'Theme',
  mainThemes: (labels) => `The main themes (${labels})`,
  mainThemesShare: 'share of all questions and recommendations',
  tagByYear: (tag) => `Share of recommendations tagged “${tag}” by year`,
  year: 'Year',
  byYear: 'By year',
  excluded: 'Kept out of the totals',
  noEstimate: 'not given',
  bandLabel: (key) => bandLabel(key, 'MNOK', 'under', 'over'),
  none: 'none',

  registersValid: (dir, counts) => `${dir}: the registers are valid (${counts})`,
  registersInvalid: 'the registers are invalid: fix the errors above (digiraad validate lists them all)',
  readAs: (file, encoding) => (encoding === 'windows-1252' ? `${file}: read as Windows-1252 (it is not valid UTF-8)` : `${file}: read as UTF-16`),
  registerCounts: (treatments, questions, recommendations, conversations, reports) =>
    `${treatments} treatments, ${questions} questions, ${recommendations} recommendations, ${conversations} conversations, ${reports} reports`,

  projectsTitle: (asOf) => `The projects the council has treated, as of ${asOf}`,
  project: 'Project/programme',
  agency: 'Agency',
  ministry: 'Ministry',
  meetingDate: 'Council meeting',
  treatmentCount: 'Treatments',
  costColumn: 'Cost (MNOK)',
  size: 'Size',
  sizeLabel: { small: 'small', medium: 'medium', large: 'large', unresolved: 'unresolved' },
  projectsShown: (shown, total) => `${shown} of ${total} projects`,

  compareTitle: 'Digitaliseringsrådet – key figures side by side',
  change: 'Change',
  points: (n) => `${n} pp`,
  countedProjects: 'Projects in the totals',
  costMin: 'Smallest cost estimate',
  costMax: 'Largest cost estimate',
  mainThemesOfAll: 'The main themes’ share',
  questionShares: 'Share of the questions by theme',
  recommendationShares: 'Share of the recommendations by theme',

  settingsTitle: 'The settings in effect here',
  setting: 'Setting',
  source: 'Source',
  setWith: 'Set with',
  sourceLabel: (source) => (source.kind === 'default' ? 'default' : source.kind === 'environment' ? `${source.name} (environment)` : source.name),
  shippedData: (dir) => `${dir} (the shipped registers)`,
  reportFolder: 'reports/<year>/',
  configFile: (path) => `Configuration file: ${path}`,
  noConfigFile: (path) => `No configuration file (${path} does not exist)`,

  initWrote: (count, dir) => `Wrote ${count} files in ${dir}:`,
  initNext: (dir) => `Next: fill in the registers (see ${dir}/README.md), then check them with “digiraad validate --data ${dir}”.`,
};

/** `under-26` → `< 26 mill.`, `51-100` → `51–100 mill.`, `over-200` → `> 200 mill.` */
function bandLabel(key: string, unit: string, under: string, over: string): string {
  if (key.startsWith(`${under}-`)) return `< ${key.slice(under.length + 1)} ${unit}`;
  if (key.startsWith(`${over}-`)) return `> ${key.slice(over.length + 1)} ${unit}`;
  if (key.startsWith('from-')) return `≥ ${key.slice(5)} ${unit}`;
  return `${key.replace('-', '–')} ${unit}`;
}

export type Messages = typeof nb;
export const MESSAGES = { nb, en } satisfies Record<string, Messages>;
