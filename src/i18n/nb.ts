import type { FigureKind, Reason } from '../model/explain.js';
import type { RegisterName } from '../model/registers.js';
import type { Source } from '../model/settings.js';
import { THEMES, type ThemeId } from '../model/themes.js';
import { bandLabel, plural, reasonWords, REGISTER_THEME_NAMES, someFiles, type FaultTexts, type RuleTexts } from './shared.js';

const EXPECTED = { value: 'en verdi', date: 'en dato', theme: 'et tema' } as const;
/** What a user of Norwegian Excel does to save dates as ÅÅÅÅ-MM-DD. */
const EXCEL_DATES = 'i Excel: marker kolonnen, velg Formater celler › Egendefinert, skriv åååå-mm-dd i Type og lagre som CSV igjen';

const reason = reasonWords({
  EACCES: 'ingen tilgang',
  EPERM: 'ikke tillatt',
  ENOSPC: 'disken er full',
  EROFS: 'skrivebeskyttet filsystem',
  ENOENT: 'finnes ikke',
  ENOTDIR: 'en del av stien er ikke en mappe',
  EISDIR: 'er en mappe',
  EIO: 'lese- eller skrivefeil på disken',
  EDQUOT: 'diskkvoten er brukt opp',
  ENAMETOOLONG: 'navnet er for langt',
  ELOOP: 'for mange symbolske lenker',
});
const FOUND = { folder: 'en mappe', fifo: 'et navngitt rør (FIFO)', device: 'en enhetsfil', socket: 'en socket', other: 'ikke en vanlig fil' };

/** Files, folders and settings digiraad refuses to read or write, and why. */
const faults: FaultTexts = {
  'not-regular': (f) => `${f.path} er ${FOUND[f.found]}, ikke en vanlig fil: digiraad leser den ikke (legg en CSV-fil der, eller fjern den)`,
  'dangling-link': (f) => `${f.path} er en symbolsk lenke til noe som ikke finnes: rett opp lenken eller fjern den`,
  'cannot-read': (f) => `kan ikke lese ${f.path}: ${reason(f.reason)}`,
  'cannot-write': (f) => `kan ikke skrive ${f.path}: ${reason(f.reason)}; ingenting ble endret`,
  'data-not-folder': (f) => `${f.path} er ikke en mappe: pek --data på mappen som har projects.csv`,
  'no-working-folder': (f) => `arbeidsmappen finnes ikke lenger (${f.reason}): gå til en mappe som finnes, og prøv igjen`,
  'file-too-big': (f) => `${f.path} er ${f.bytes} byte, grensen er ${f.limit}: det er ikke en innstillingsfil`,
  'stdout-failed': (f) => `kan ikke skrive utdata: ${reason(f.reason)}`,
  'other-files': (f) => `${f.path} har andre filer enn dem digiraad init skriver (${someFiles(f.files)}): gi en ny eller tom mappe`,
  'foreign-files': (f) =>
    `${f.path} har filer digiraad ikke skrev, med samme navn som filer den skriver (${someFiles(f.files)}): digiraad skriver ikke over dem; flytt dem, eller velg en annen mappe`,
};

/**
 * Every word digiraad shows people, in bokmål: the default language and the shape of every other
 * catalogue (`Messages`). Grouped by where the words appear. JSON and CSV keys are not words: they
 * stay as they are in every language.
 */
export const nb = {
  /** BCP 47 tag, for Intl (joining lists). */
  tag: 'nb-NO',

  /**
   * How numbers and dates are written, spelt out rather than taken from Intl: the same bytes on
   * every Node and ICU version, and no ICU locale data to load when digiraad starts.
   */
  conventions: {
    group: '\u00a0',
    decimal: ',',
    minus: '\u2212',
    percent: '\u00a0%',
    /** The Norwegian dd.mm.yyyy. */
    date: (iso: string) => iso.split('-').reverse().join('.'),
  },

  /** Words several outputs share: table heads, chart axes, section titles. */
  words: {
    keyFigures: 'Nøkkeltall',
    figure: 'Tall',
    value: 'Verdi',
    project: 'Prosjekt/program',
    projects: 'Prosjekter',
    agency: 'Virksomhet',
    ministry: 'Departement',
    treatments: 'Rådsbehandlinger',
    questions: 'Spørsmål',
    recommendations: 'Anbefalinger',
    theme: 'Tema',
    share: 'Andel',
    year: 'År',
    size: 'Størrelse',
    costEstimate: 'Kostnadsanslag',
    costBandsTitle: 'Hvor store er prosjektene?',
    themesTitle: 'Spørsmål og anbefalinger per tema',
    none: 'ingen',
    noEstimate: 'ikke oppgitt',
    periodLine: (since: string, asOf: string) => `Per ${asOf} · perioden ${since}–${asOf}`,
    bandLabel: (key: string) => bandLabel(key, 'mill.'),
  },

  /** The six themes; the bokmål names are the ones the registers use. */
  themes: Object.fromEntries(THEMES.map((t) => [t.id, t.label])) as Record<ThemeId, string>,

  /** The labels of the tags the published figures use, in charts and running text, until tags.csv gives each tag its label; a tag not listed is shown as its slug. */
  tags: { kommunikasjon: 'tydelig ledelse og kommunikasjon', 'laer-av-andre': 'å lære av andre' } as Record<string, string>,

  /** The names of the key figures (present/key-figures.ts); counts of questions, recommendations and treatments are named in words. */
  keyFigures: {
    projectsTotal: 'Prosjekter behandlet',
    inPeriod: 'Nye prosjekter i perioden',
    inPeriodShared: '– som lager løsninger for andre',
    agencies: 'Virksomheter',
    ministries: 'Departementer',
    programmes: 'Programmer',
    withCost: 'Med kostnadsanslag',
    withoutCost: 'Uten kostnadsanslag',
    countedProjects: 'Prosjekter i totalene',
    totalCost: 'Samlet kostnadsanslag',
    counted: (n: string) => `over ${plural(n, 'prosjekt', 'prosjekter')}`,
    totalBenefit: 'Samlet gevinstanslag',
    costRange: 'Kostnadsanslag fra–til',
    costMin: 'Minste kostnadsanslag',
    costMax: 'Største kostnadsanslag',
    mainThemesOfAll: 'Hovedtemaenes andel',
    conversations: 'Erfaringssamtaler',
    conversationsInPeriod: '– i perioden',
    // The report's names where stats shows a figure as a sub-row, and the figures only the report shows
    sharedSolution: 'Nye prosjekter som lager løsninger for andre',
    conversationsSinceLast: 'Erfaringssamtaler siden forrige rapport',
    learnFromOthers: 'Prosjekter med råd om å lære av andre',
    /** A part of a whole in the report: `11 av 15`. */
    ofTotal: (part: string, whole: string) => `${part} av ${whole}`,
    /** Money of 1 000 MNOK or more in the report's text, as the printed report writes it. */
    billions: (value: string) => `${value} mrd. kroner`,
  },

  /** digiraad stats. */
  stats: {
    title: 'Digitaliseringsrådet – nøkkeltall',
    mainThemes: (labels: string) => `Hovedtemaene (${labels})`,
    mainThemesShare: 'andel av alle spørsmål og anbefalinger',
    tagByYear: (tag: string) => `Andel anbefalinger med stikkordet «${tag}» per år`,
    byYear: 'Per år',
    excluded: 'Holdt utenfor totalene',
  },

  /** digiraad projects */
  projects: {
    title: (asOf: string) => `Prosjektene rådet har behandlet, per ${asOf}`,
    meetingDate: 'Rådsmøte',
    treatmentCount: 'Behandlinger',
    costColumn: 'Kostnad (MNOK)',
    sizeLabel: { small: 'lite', medium: 'middels', large: 'stort', unresolved: 'uavklart' },
    shown: (shown: string, total: string) => `${shown} av ${total} prosjekter`,
    sheet: 'Prosjekter',
  },

  /** --format xlsx */
  xlsx: {
    toTerminal: 'et regneark skrives ikke til terminalen: gi --output FIL (for eksempel --output tall.xlsx), eller send det videre med > tall.xlsx',
  },

  /** digiraad compare */
  compare: {
    title: 'Digitaliseringsrådet – nøkkeltall side om side',
    change: 'Endring',
    points: (n: string) => `${n} %-poeng`,
    questionShares: 'Andel av spørsmålene per tema',
    recommendationShares: 'Andel av anbefalingene per tema',
  },

  /** digiraad config */
  config: {
    title: 'Innstillinger som gjelder her',
    setting: 'Innstilling',
    source: 'Kilde',
    setWith: 'Settes med',
    sourceLabel: (source: Source) => (source.kind === 'default' ? 'standard' : source.kind === 'environment' ? `${source.name} (miljøvariabel)` : source.name),
    shippedData: (dir: string) => `${dir} (registrene som følger med)`,
    currentFolderData: (dir: string) => `${dir} (registrene i mappen du står i)`,
    reportFolder: 'reports/<år>/',
    configFile: (path: string) => `Konfigurasjonsfil: ${path}`,
    noConfigFile: (path: string) => `Ingen konfigurasjonsfil (${path} finnes ikke)`,
  },

  /** digiraad init */
  init: {
    wrote: (count: string, dir: string) => `Skrev ${count} filer i ${dir}:`,
    next: (dir: string) => `Neste steg: fyll inn registrene (se ${dir}/README.md), og sjekk dem med «digiraad validate --data ${dir}».`,
  },

  /** digiraad explain */
  explain: {
    title: (figure: string) => `Radene bak ${figure}`,
    registers: (dir: string) => `Registrene i ${dir}`,
    value: (value: string) => `Verdi: ${value}`,
    how: {
      count: 'Hver rad som er talt med, teller 1.',
      distinct: 'Hver rad som er talt med, teller det ingen tidligere rad har nevnt; senere rader med det samme er allerede talt.',
      sum: 'Summen av beløpene på radene som er talt med.',
      share: 'Andelen: radene som er talt med, av alle radene andelen regnes av.',
      min: 'Det laveste anslaget blant prosjektene i totalene: raden som har det, er talt med.',
      max: 'Det høyeste anslaget blant prosjektene i totalene: raden som har det, er talt med.',
      list: 'Hver rad som er talt med, er ett prosjekt i lista.',
    } satisfies Record<FigureKind, string>,
    share: (counted: string, of: string) => `${counted} av ${of} rader; hver rad som er talt med, teller 1/${of}.`,
    counted: (rows: string) => `Talt med: ${rows}`,
    notCounted: (reason: string, rows: string) => `Ikke talt med – ${reason}: ${rows}`,
    rowCount: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'rad' : 'rader'}`,
    more: (n: number, formatted: string) => `… og ${formatted} ${n === 1 ? 'rad' : 'rader'} til (--all viser alle)`,
    row: 'Rad',
    id: 'Id',
    project: 'Prosjekt',
    contributes: 'Teller',
    /** explain --format xlsx: a sheet with the figure, a sheet with its rows. */
    workbook: {
      figureSheet: 'Tallet',
      rowsSheet: 'Radene',
      counts: 'Hva tallet teller',
      since: 'Perioden fra',
      asOf: 'Per',
      file: 'Fil',
      included: 'Talt med',
      reason: 'Hvorfor ikke',
    },
    reason: {
      'after-as-of': 'etter periodens slutt',
      'before-period': 'før perioden',
      'other-year': 'et annet år',
      revisit: 'ny behandling; prosjektet telles ved første behandling',
      replaced: 'erstattet av en senere behandling',
      'excluded-from-totals': 'holdt utenfor totalene',
      'no-cost': 'uten kostnadsanslag',
      'has-cost': 'har kostnadsanslag',
      'no-benefit': 'uten gevinstanslag',
      'not-programme': 'ikke et program',
      'not-shared-solution': 'lager ikke løsninger for andre',
      'not-excluded': 'ikke holdt utenfor totalene',
      'other-band': 'i en annen kostnadsgruppe',
      'other-theme': 'et annet tema',
      'no-such-tag': 'uten dette stikkordet',
      'already-counted': 'allerede talt på en tidligere rad',
      'not-min': 'ikke det laveste anslaget',
      'not-max': 'ikke det høyeste anslaget',
    } satisfies Record<Reason, string>,
    figureWithoutRows: (figure: string, close: string[]) =>
      `«${figure}» står i stats, men regnes ikke ut fra rader i registrene (tips: mente du ${close.map((p) => `«${p}»`).join(', ')}?)`,
    unknownFigure: (figure: string, close: string[]) =>
      `ukjent tall «${figure}» (tips: mente du ${close.map((p) => `«${p}»`).join(', ')}? «digiraad stats --format csv» viser alle tallene)`,
  },

  /** Reading and checking the registers (every command, and digiraad validate). */
  registers: {
    valid: (dir: string, counts: string) => `${dir}: registrene er gyldige (${counts})`,
    invalid: 'registrene har feil: rett feilene over (digiraad validate viser alle)',
    usingShippedData: (dir: string) => `bruker eksempelregistrene som følger med digiraad (${dir})`,
    readAs: (file: string, encoding: 'windows-1252' | 'utf-16le' | 'utf-16be') =>
      encoding === 'windows-1252' ? `${file}: lest som Windows-1252 (filen er ikke gyldig UTF-8)` : `${file}: lest som UTF-16`,
    counts: (treatments: string, questions: string, recommendations: string, conversations: string, reports: string) =>
      `${plural(treatments, 'rådsbehandling', 'rådsbehandlinger')}, ${questions} spørsmål, ${plural(recommendations, 'anbefaling', 'anbefalinger')}, ${plural(conversations, 'erfaringssamtale', 'erfaringssamtaler')}, ${plural(reports, 'rapport', 'rapporter')}`,
  },

  /** The problems validation finds: one line each, and the summary. */
  problems: {
    error: 'feil',
    warning: 'advarsel',
    hint: 'tips',
    row: 'rad',
    column: 'kolonne',
    errors: (n: number) => `${n} feil`,
    warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
    hidden: (n: number) => `${n} feil til er ikke vist: øk --max-errors`,
    /** After the first few warnings of one rule in one file. */
    alike: (n: number, file: string) => `+ ${n} ${n === 1 ? 'lik advarsel' : 'like advarsler'} i ${file}`,
    rules: {
      'missing-file': (p) => ({
        message: `${p.register}.csv mangler`,
        hint: 'hver datamappe trenger projects.csv, questions.csv og recommendations.csv (digiraad init lager tomme)',
      }),
      'empty-file': (p) => ({ message: 'filen er tom', hint: `første linje må være kolonnenavnene: ${p.header}` }),
      'no-header': (p) => ({ message: 'filen har ingen linje med kolonnenavn', hint: `første linje må være kolonnenavnene: ${p.header}` }),
      'binary-file': () => ({
        message: 'filen er ikke tekst (den har NUL-byte)',
        hint: 'lagre registeret som CSV (UTF-8 eller Windows-1252), ikke som regneark eller annet binærformat',
      }),
      'not-a-workbook': () => ({
        message: 'filen er ikke en Excel-arbeidsbok som kan leses',
        hint: 'lagre den fra Excel eller LibreOffice som .xlsx (Excel-arbeidsbok), uten passord',
      }),
      'empty-sheet': () => ({ message: 'arket er tomt', hint: 'første rad må ha kolonnenavnene (digiraad init lager en arbeidsbok med dem)' }),
      'register-twice': (p) => ({
        message: `registeret ${p.register} står både her og i ${p.other}`,
        hint: 'hold hvert register på ett sted: fjern eller gi nytt navn til ett av dem',
      }),
      'unbalanced-quote': () => ({
        message: 'et felt i denne raden åpner et anførselstegn som aldri lukkes, så resten av filen leses som én verdi',
        hint: 'lukk anførselstegnet, eller skriv et anførselstegn inne i et felt som ""',
      }),
      'row-too-long': (p) => ({
        message: `raden som begynner her, er lengre enn ${p.limit} tegn, så lesingen stoppet`,
        hint: 'kanskje et anførselstegn ikke er lukket, eller filen er ikke et register',
      }),
      'duplicate-column': () => ({ message: 'kolonnen finnes to ganger', hint: 'behold én av dem' }),
      'missing-column': (p) => ({ message: 'den påkrevde kolonnen mangler', hint: `kolonnenavnene er: ${p.header}` }),
      'extra-cells': (p) => ({
        message: `raden har ${plural(String(p.cells), 'celle', 'celler')}, kolonnenavnene ${p.columns}`,
        hint: 'en verdi med skilletegnet i må stå i "anførselstegn"',
      }),
      'missing-cells': (p) => ({
        message: `raden har ${plural(String(p.cells), 'celle', 'celler')}, kolonnenavnene ${p.columns}`,
        hint: 'hver rad trenger en celle (gjerne tom) for hver kolonne',
      }),
      'value-too-long': (p) => ({
        message: `er ${p.length} tegn lang, grensen er ${p.limit}`,
        hint: 'kanskje et anførselstegn mangler, så resten av filen ble én verdi',
      }),
      'missing-value': (p) => ({
        message: `${EXPECTED[p.expected]} må fylles inn`,
        ...(p.expected === 'date' ? { hint: 'skriv datoen som ÅÅÅÅ-MM-DD' } : p.expected === 'theme' ? { hint: `skriv ett av: ${REGISTER_THEME_NAMES}` } : {}),
      }),
      'ambiguous-number': (p) => ({
        message: `kan bety ${p.whole}${p.fraction} eller ${p.whole},${p.fraction}`,
        hint: `skriv ${p.whole} ${p.fraction} for heltallet, eller ${p.whole},${p.fraction}0 for desimaltallet`,
      }),
      'not-a-number': () => ({ message: 'er ikke et tall', hint: 'skriv millioner kroner som 1234,5 eller 1 234,5 eller 1234.5' }),
      'negative-number': () => ({ message: 'er negativt', hint: 'anslag er beløp i millioner kroner, 0 eller mer' }),
      'not-a-boolean': () => ({ message: 'er verken ja eller nei', hint: 'skriv ja/nei, yes/no, true/false, 1/0 eller x/tom' }),
      'not-a-date': () => ({ message: 'er ikke en dato', hint: 'skriv datoen som ÅÅÅÅ-MM-DD' }),
      'impossible-date': () => ({ message: 'finnes ikke i kalenderen', hint: 'sjekk dag og måned' }),
      'norwegian-date': (p) => ({ message: `lest som ${p.date}`, hint: `skriv datoer som ÅÅÅÅ-MM-DD, så er det ingen tvil; ${EXCEL_DATES}` }),
      'norwegian-date-column': (p) => ({
        message: `alle de ${p.rows} datoene er skrevet DD.MM.ÅÅÅÅ, og er lest slik (${p.first} som ${p.date})`,
        hint: `for å skrive dem som ÅÅÅÅ-MM-DD ${EXCEL_DATES}`,
      }),
      'date-with-time': (p) => ({
        message: `lest som ${p.date}: klokkeslettet er tatt bort`,
        hint: 'en møtedato trenger ikke klokkeslett; formater kolonnen som dato',
      }),
      'not-a-year': () => ({ message: 'er ikke et årstall', hint: 'skriv rapportåret med fire sifre, f.eks. 2019' }),
      'unknown-theme': (p) => ({ message: 'er ikke ett av de seks temaene', hint: `mente du «${p.closest}»?` }),
      'duplicate-id': (p) => ({ message: `er allerede brukt på linje ${p.line}`, hint: 'hver rad trenger sin egen id' }),
      'unknown-project': (p) => ({
        message: 'er ikke id-en til noen behandling i projects.csv',
        hint: p.closest === null ? 'legg prosjektet inn i projects.csv først' : `mente du «${p.closest}»?`,
      }),
      'revisit-before-original': (p) => ({
        message: `er datert ${p.date} (linje ${p.line}), etter denne behandlingen (${p.own})`,
        hint: 'en ny behandling kommer etter den den følger opp: sjekk datoene eller bytt om revisit_of',
      }),
      'revisit-cycle': (p) => ({
        message: `lukker en ring av nye behandlinger: ${p.cycle}`,
        hint: 'den første behandlingen av et prosjekt har tom revisit_of',
      }),
      'conversation-before-meeting': (p) => ({ message: `er før rådsmøtet (${p.meeting})`, hint: 'en erfaringssamtale kommer omtrent et år etter møtet' }),
      'cutoff-order': (p) => ({
        message: `er ikke etter skjæringsdatoen for ${p.year} (${p.cutoff}, linje ${p.line})`,
        hint: 'hver rapport dekker tiden etter den forrige',
      }),
      'not-utf8': (p) => ({
        message: `har byte som ikke er UTF-8 (tegn ${p.position})`,
        hint: 'filen blander tegnsett: skriv tegnet på nytt, eller lagre hele filen som UTF-8',
      }),
      'not-windows-1252': (p) => ({
        message: `har en byte som Windows-1252 ikke har (tegn ${p.position})`,
        hint: 'filen er ikke Windows-1252: dropp --encoding windows-1252, eller lagre filen som UTF-8',
      }),
      'control-character': (p) => ({
        message: `har kontrolltegnet ${p.character} (tegn ${p.position})`,
        hint: 'slett det: kontrolltegn er usynlige, og bidi-tegn snur om på det du ser; tabulator og linjeskift hører bare hjemme i fritekst',
      }),
      'invisible-character': (p) => ({
        message: `har det usynlige tegnet ${p.character} (tegn ${p.position})`,
        hint: 'slett det: det gjør at to verdier som ser like ut, er forskjellige',
      }),
      'lookalike-id': (p) => ({
        message: `skiller seg fra id-en på linje ${p.line} bare i store/små bokstaver, bredde eller mellomrom`,
        hint: 'id-er må skille seg mer enn det: de to radene er forskjellige rader, er en av dem ført opp to ganger?',
      }),
      'lookalike-name': (p) => ({ message: `er skrevet «${p.written}» på linje ${p.line}; de to telles som én`, hint: 'skriv det likt overalt' }),
      'implausible-number': (p) => ({
        message: `er mer enn ${p.limit} millioner kroner`,
        hint: 'anslag er i millioner kroner: sjekk om et desimaltegn mangler, eller om tallet er i kroner',
      }),
      'date-in-number': () => ({
        message: 'er en dato, ikke et tall',
        hint: 'et regneark har trolig gjort tallet om til en dato: formater kolonnen som tall og skriv verdien inn på nytt',
      }),
      'tag-separator': (p) => ({ message: `skiller stikkord med «${p.separator}»`, hint: 'skill stikkord med |, f.eks. kommunikasjon|laer-av-andre' }),
      'unknown-tag': (p) => ({
        message: 'er ikke et stikkord i tags.csv',
        hint: p.closest === null ? 'legg stikkordet inn i tags.csv først' : `mente du «${p.closest}»? (eller legg stikkordet inn i tags.csv)`,
      }),
      'rare-tag': (p) => ({
        message: `er brukt ${p.count} ganger, det lignende stikkordet «${p.similar}» ${p.similarCount} ganger`,
        hint: `mente du «${p.similar}»? (med en tags.csv som lister stikkordene, er dette en feil)`,
      }),
      'not-a-slug': (p) => ({ message: 'er ikke en stikkord-id', hint: `skriv id-en med små bokstaver og - mellom ordene, f.eks. ${p.slug}` }),
      'repeated-project': (p) => ({
        message: `har samme navn og virksomhet som ${p.id} (linje ${p.line}), men ingen revisit_of`,
        hint: `hvis rådet behandlet det prosjektet på nytt, sett revisit_of til ${p.id}`,
      }),
    } satisfies RuleTexts as RuleTexts,
  },

  /** The report folder: index.html, report.md, the charts and their text alternatives. */
  report: {
    title: (year: string) => `Digitaliseringsrådet – tall og figurer ${year}`,
    lead: 'Tallene og figurene er regnet ut fra Digitaliseringsrådets registre over prosjektene, spørsmålene og anbefalingene. Hver figur har en tekst som forteller det viktigste, og en tabell med tallene bak.',
    excludedNote: (name: string, cost: string, benefit: string) =>
      `${name} (kostnadsanslag ${cost}, gevinstanslag ${benefit}) er holdt utenfor de samlede anslagene.`,
    noData: 'Ingen data i perioden.',
    files: 'Filer',
    filesIntro: 'Tallene bak rapporten, til bruk i regneark og andre verktøy:',
    forSpreadsheets: 'for regneark',
    workbookFile: 'tall.xlsx',
    workbookAbout: 'Om arbeidsboken',
    workbookPeriod: (since: string, asOf: string) => `Perioden ${since}–${asOf}: tallene teller det som er datert til og med ${asOf}.`,
    workbookIntro:
      'Hvert ark er en tabell fra rapporten, med de samme tallene som figures.json. Andeler er brøker vist som prosent, beløp er millioner kroner. Arkene:',
    councilMeeting: 'Rådsmøte',
    revisitOf: 'Ny behandling av',
    footer: 'Laget med digiraad.',
    generated: (iso: string) => `Laget ${iso}.`,
    fontCredit: 'Skrift: Source Sans 3 (SIL Open Font License).',

    // Axes, legends and table heads
    questionsSeries: 'Spørsmålene fra virksomhetene',
    recommendationsSeries: 'Anbefalingene våre',
    newProjects: 'Nye prosjekter',
    questionShare: 'Andel av spørsmålene',
    recommendationShare: 'Andel av anbefalingene',
    yearShare: 'Andel av årets anbefalinger',
    tagCount: (tag: string) => `Anbefalinger om ${tag}`,

    // Chart titles and subtitles
    costBandsSubtitle: (n: string) => `Kostnadsanslag, andel av de ${n} prosjektene med anslag`,
    themesSubtitle: (questions: string, recommendations: string) => `Andel av ${questions} spørsmål og ${recommendations} anbefalinger`,
    tagTitle: (tag: string) => `Anbefalinger om ${tag}`,
    tagSubtitle: 'Andel av årets anbefalinger',
    byYearTitle: 'Nye prosjekter per år',
    byYearSubtitle: 'Prosjekter etter året de første gang ble behandlet',
    ministriesTitle: 'Prosjekter per departement',
    ministriesSubtitle: (asOf: string) => `Departementet ved siste behandling til og med ${asOf}`,
    mainThemesTitle: 'Anbefalinger om hovedtemaene',
    mainThemesSubtitle: (themes: string) => `Andel av årets anbefalinger som gjelder ${themes}`,

    // Text alternatives
    altCostBands: (n: string, largest: string, largestShare: string, largestCount: string, all: string) =>
      `Av de ${n} prosjektene med kostnadsanslag er den største gruppen ${largest}, med ${largestShare} (${largestCount} prosjekter). Fordelingen er ${all}.`,
    altThemes: (topQ: string, topQShare: string, topR: string, topRShare: string, lowR: string, lowRShare: string) =>
      `Flest spørsmål gjaldt ${topQ} (${topQShare}), og flest anbefalinger gjaldt ${topR} (${topRShare}). Færrest anbefalinger gjaldt ${lowR} (${lowRShare}).`,
    trendUp: (subject: string, from: string, fromYear: string, to: string, toYear: string) =>
      `${subject} økte fra ${from} i ${fromYear} til ${to} i ${toYear}.`,
    trendDown: (subject: string, from: string, fromYear: string, to: string, toYear: string) =>
      `${subject} sank fra ${from} i ${fromYear} til ${to} i ${toYear}.`,
    trendFlat: (subject: string, value: string, fromYear: string, toYear: string) => `${subject} var ${value} både i ${fromYear} og i ${toYear}.`,
    single: (subject: string, value: string, year: string) => `${subject} var ${value} i ${year}.`,
    tagSubject: (tag: string) => `Andelen anbefalinger om ${tag}`,
    mainThemesSubject: (themes: string) => `Andelen anbefalinger om ${themes}`,
    peak: (year: string, value: string) => `Høyest var den i ${year} (${value}).`,
    low: (year: string, value: string) => `Lavest var den i ${year} (${value}).`,
    altByYear: (list: string, total: string) => `Rådet behandlet ${total} prosjekter: ${list}.`,
    inYear: (count: string, year: string) => `${count} i ${year}`,
    altMinistries: (projects: string, ministries: string, top: string, rest: string | null) =>
      `De ${projects} prosjektene hører til ${ministries} departementer. Flest har ${top}${rest ? `, fulgt av ${rest}` : ''}.`,
    ministryCount: (ministry: string, count: string) => `${ministry} (${count})`,

    // Project table
    projectTableTitle: 'Prosjektene vi har behandlet',
    projectTableIntro:
      'Prosjektstørrelsen angir virksomhetens kostnadsanslag ved behandlingen: små prosjekter koster under 26 millioner kroner, middels store 26–200 millioner kroner og store over 200 millioner kroner. Uavklart: virksomheten har ikke oppgitt et anslag.',
    sizes: { small: 'Lite', medium: 'Middels', large: 'Stort', unresolved: 'Uavklart' },
    revisit: 'ny behandling',

    // The progress line on stderr
    progress: (done: number, total: number, name: string) => `tegner figurer ${done}/${total}: ${name}`,
    // digiraad report and report --check, on stderr
    wrote: (display: string, files: string, index: string) => `skrev ${display} (${files} filer): åpne ${index}`,
    upToDate: (display: string, files: string) => `${display} er oppdatert (${files} filer)`,
    absent: (display: string) => `${display} finnes ikke: kjør digiraad report for å skrive den`,
    stale: (display: string, parts: string) => `${display} er ikke det dataene gir nå (${parts}): kjør digiraad report for å oppdatere den`,
    differs: (names: string) => `ulike: ${names}`,
    missing: (names: string) => `mangler: ${names}`,
    extra: (names: string) => `i tillegg: ${names}`,
    writtenByOther: (folder: string, then: string, now: string) =>
      `${folder} ble skrevet av ${then}, og dette er ${now}: forskjellen kan komme av versjonsbyttet, ikke av dataene (skriv rapporten på nytt med denne versjonen)`,
    writerVersions: (digiraad: string, node: string) => `digiraad ${digiraad} med Node ${node}`,

    // Charts ready to publish
    source: (asOf: string) => `Kilde: Digitaliseringsrådet, registre per ${asOf}`,
    /** The note on a partial last year, from the as-of date (ISO). */
    partialYearNote: (asOf: string) => `* til og med ${asOf.slice(8, 10)}.${asOf.slice(5, 7)}.`,
    countInYear: (count: string, year: string) => `${count} (${year})`,
    nRecommendations: (list: string) => `n = ${list} anbefalinger`,

    // The headline figures in sentences
    sharedSolutionText: (count: string, inPeriod: string) =>
      `${count} av de ${inPeriod} nye prosjektene i perioden skal lage løsninger som andre virksomheter skal bruke.`,
    conversationsText: (total: string, inPeriod: string) => `Rådet har hatt ${total} erfaringssamtaler, ${inPeriod} av dem siden forrige rapport.`,
    learnFromOthersText: (count: string, total: string) =>
      `I ${count} av ${total} prosjekter har rådet gitt lederne råd om å ta direkte kontakt med virksomheter de kan lære av.`,

    // «Slik har vi talt»: how the figures are counted, from the settings
    methodTitle: 'Slik har vi talt',
    methodPeriodTitle: 'Perioden',
    methodPeriod: (since: string, asOf: string) =>
      `Tallene gjelder alt rådet har behandlet til og med ${asOf}. «I perioden» og «siden forrige rapport» betyr etter ${since}, datoen forrige rapport gikk til, og til og med ${asOf}. Et prosjekt er nytt i perioden når den første behandlingen er i perioden.`,
    methodProjectsTitle: 'Prosjekter og nye behandlinger',
    methodProjects: (projects: string, treatments: string, revisits: string) =>
      `Et prosjekt er et prosjekt eller program rådet har behandlet, talt én gang. Kommer det tilbake til rådet, er det en ny behandling av samme prosjekt, ikke et nytt prosjekt, og anslagene, departementet og flaggene er dem fra den siste behandlingen. Rådet har behandlet ${projects} prosjekter i ${treatments} rådsbehandlinger (nye behandlinger: ${revisits}).`,
    methodExclusionTitle: 'Holdt utenfor de samlede anslagene',
    excludedProject: (name: string, cost: string, benefit: string) => `${name} (kostnadsanslag ${cost}, gevinstanslag ${benefit})`,
    methodExclusion: (excluded: string | null, withoutCost: string, counted: string) =>
      `${excluded ? `${excluded} skiller seg ut fra resten og er holdt utenfor det samlede kostnads- og gevinstanslaget, men er med i størrelsesgruppene. ` : 'Ingen prosjekter er holdt utenfor fordi de skiller seg ut. '}Prosjekter uten kostnadsanslag (${withoutCost}) er heller ikke med. De samlede anslagene gjelder dermed ${counted} prosjekter.`,
    methodBandsTitle: 'Størrelsesgrupper',
    methodBands: (withCost: string, bands: string) =>
      `Figuren «Hvor store er prosjektene?» fordeler de ${withCost} prosjektene med kostnadsanslag på gruppene ${bands} (anslag i millioner kroner).`,
    methodThemesTitle: 'Temaer og stikkord',
    methodThemes: (themes: string, share: string, tagLabel: string, tag: string) =>
      `Hvert spørsmål og hver anbefaling gjelder ett av seks temaer. Hovedtemaene er ${themes}; sammen utgjør de ${share} av alle spørsmål og anbefalinger. Anbefalinger om ${tagLabel} er dem som har stikkordet «${tag}».`,

    // Word and PDF: file names and captions follow the language
    docxFile: 'rapport.docx',
    pdfFile: 'rapport.pdf',
    figureWord: 'Figur',
    tableWord: 'Tabell',
    /** `Figur 3: Title`, after the number (a SEQ field in Word). */
    captionSeparator: ': ',
    noBrowser: 'fant ingen Chromium, Chrome eller Edge for å lage PDF: oppgi nettleseren med --browser STI eller miljøvariabelen DIGIRAAD_BROWSER',
    browserMissing: (path: string) => `nettleseren ${path} finnes ikke: oppgi en Chromium, Chrome eller Edge med --browser STI eller DIGIRAAD_BROWSER`,
    pdfFailed: (reason: string) => `kunne ikke lage PDF i nettleseren: ${reason}`,
  },

  /** The command line: descriptions, options, examples, commander's own headings and errors. */
  cli: {
    description: 'Tall, tabeller og figurer til Digitaliseringsrådets erfaringsrapport',
    examples: 'Eksempler:',
    footer: `
Innstillinger kommer fra digiraad.config.json i arbeidsmappen eller nærmeste overordnede mappe som
har en, så fra DIGIRAAD_*-miljøvariabler, så fra valg på kommandolinjen; «digiraad config» viser hva som gjelder. «digiraad <kommando> --help»
viser eksempler og valg for en kommando.

Avslutningskoder: 0 ferdig, 1 registrene har feil, 2 feil bruk, 3 en fil kunne ikke leses eller skrives,
70 intern feil (en feil i digiraad).`,
    /** The comments after the examples. */
    example: {
      explainFigure: 'radene i registrene bak ett tall',
      latest: 'nøkkeltallene i den siste rapporten',
      reportProjects: 'prosjektene den rapporten dekker',
      compareLatest: 'den siste rapporten mot den før',
      validateFirst: 'sjekk registrene før du teller',
      initOwn: 'lag egne registre',
      newIn2019: 'prosjektene som er nye i 2019-rapporten',
      largeProgrammes: 'store programmer',
      against: '2019 mot perioden før',
      initForce: 'skriv over filene init lager',
      thisShell: 'dette skallet',
      newZsh: 'start så et nytt zsh',
    },
    commands: {
      explain: 'vis radene i registrene bak ett tall fra stats: talt med eller ikke, og hvorfor',
      stats: 'vis nøkkeltallene for en periode',
      validate: 'sjekk registrene og vis hvert problem med fil, linje og kolonne',
      report: 'skriv rapportmappen: figurer (SVG, PNG, Vega-Lite), tabeller, index.html, report.md, figures.json',
      projects: 'vis prosjektene: navn, virksomhet, departement, første møte og størrelse, med filtre',
      compare: 'sett nøkkeltallene for to perioder side om side, med endringen',
      config: 'vis innstillingene som gjelder her, og hvor hver kommer fra',
      init: 'lag en datamappe: tomme registre, de samme for Excel og en README for den som fyller dem inn',
      completion: 'skriv ut et fullføringsskript for bash, zsh eller fish: kommandoer, valg og verdiene deres',
    },
    options: {
      allRows: 'med --format table: vis alle radene, ikke bare de første i hver gruppe',
      data: 'mappen med registrene (standard: data-innstillingen, ellers denne mappen hvis den har registre, ellers data/ som følger med)',
      asOf: 'tell rader datert på eller før denne datoen (ÅÅÅÅ-MM-DD)',
      since: 'starten av perioden, ikke med (ÅÅÅÅ-MM-DD)',
      report: 'perioden til den årsrapporten (fra reports.csv)',
      asOfEach: 'slutten av en periode (ÅÅÅÅ-MM-DD); gi den to ganger, eller én gang med én --report',
      sinceEach: 'starten av en periode, ikke med (ÅÅÅÅ-MM-DD): første --since hører til første --as-of',
      reportEach: 'perioden til den årsrapporten; gi den to ganger, eller én gang med én --as-of',
      lang: 'språket i utdataene',
      encoding: 'tving tegnkodingen til registrene: auto, utf-8 eller windows-1252',
      maxErrors: 'vis høyst n feil',
      costBands: 'grensene for kostnadsgruppene i MNOK (standard 26,50,100,200)',
      mainThemes: 'hovedtemaene, tema-id-er skilt med komma',
      highlightTag: 'stikkordet som får andelen per år fremhevet (standard kommunikasjon)',
      out: 'mappen som skal skrives (standard reports/<år>/)',
      excel: 'med --format csv: semikolon, desimalkomma og BOM for norsk Excel',
      output: 'med --format xlsx: arbeidsboken som skal skrives (standard: stdout, når den ikke er en terminal)',
      format: 'formatet på utdataene',
      check: 'skriv ingenting: avslutt med 1 og nevn filene som er ulike det dataene gir nå (rapport.pdf er ikke med)',
      all: 'med --check: hver rapportmappe under reports/, hver med perioden og innstillingene i sitt manifest',
      quiet: 'vis ingen advarsler, bare feil',
      wide: 'i et terminalvindu: hele tabellen, hvor bred den enn er, i stedet for å tilpasse den til vinduet',
      pdf: 'skriv også ut index.html til rapport.pdf i en Chromium, Chrome eller Edge som er installert (ingen lastes ned)',
      browser: 'nettleseren til --pdf (standard: DIGIRAAD_BROWSER, ellers de vanlige installasjonsstedene)',
      year: 'bare prosjekter som ble behandlet første gang det året',
      ministry: 'bare prosjekter der departementet inneholder teksten (store og små bokstaver og æøå spiller ingen rolle)',
      agency: 'bare prosjekter der virksomheten, eller en av de samarbeidende, inneholder teksten',
      minCost: 'bare prosjekter med kostnadsanslag på minst så mange MNOK',
      maxCost: 'bare prosjekter med kostnadsanslag på høyst så mange MNOK',
      programme: 'bare programmer',
      noProgramme: 'bare prosjekter som ikke er programmer',
      sharedSolution: 'bare prosjekter som lager løsninger for andre virksomheter',
      noSharedSolution: 'bare prosjekter som ikke gjør det',
      inPeriod: 'bare prosjekter som ble behandlet første gang i perioden (etter --since, til og med --as-of)',
      force: 'skriv over filer som finnes (uten dette skriver init ingenting når en av filene finnes: avslutter med 3)',
      version: 'vis versjonen',
      help: 'vis hjelpen',
      helpCommand: 'vis hjelpen for en kommando',
    },
    arguments: {
      figure: 'tallet slik stats --format json kaller det, f.eks. totals.costMnok',
      dir: 'mappen som skal lages (eller fylles)',
      shell: 'skallet',
    },
    /** commander's own words in --help. */
    help: {
      titles: { 'Usage:': 'Bruk:', 'Arguments:': 'Argumenter:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Global Options:': 'Felles valg:' } as Record<
        string,
        string
      >,
      options: '[valg]',
      command: '[kommando]',
      choices: (list: string) => `mulige verdier: ${list}`,
      default: (value: string) => `standard: ${value}`,
    },
    /** commander's errors, worded again from what it found. */
    errors: {
      unknownOption: (flag: string) => `feil: ukjent valg «${flag}»`,
      unknownCommand: (name: string) => `feil: ukjent kommando «${name}»`,
      didYouMean: (names: string[]) => (names.length === 1 ? `(Mente du ${names[0]}?)` : `(Mente du en av ${names.join(', ')}?)`),
      missingArgument: (name: string) => `feil: argumentet «${name}» mangler`,
      optionMissingArgument: (flags: string) => `feil: valget «${flags}» mangler en verdi`,
      invalidOption: (flags: string, value: string, choices: string) =>
        `feil: «${value}» er ikke en gyldig verdi for valget «${flags}». Gyldige verdier er ${choices}.`,
      invalidArgument: (name: string, value: string, choices: string) =>
        `feil: «${value}» er ikke en gyldig verdi for argumentet «${name}». Gyldige verdier er ${choices}.`,
      excessArguments: (command: string, expected: number, received: number) =>
        `feil: for mange argumenter${command ? ` til «${command}»` : ''}. Ventet ${expected}, fikk ${received}.`,
    },
    internalError: (details: string) => `intern feil (en feil i digiraad, meld den gjerne fra):\n${details}`,
    warning: (text: string) => `advarsel: ${text}`,
  },

  /** The errors a user can cause: wrong usage (exit 2), files that cannot be read or written (exit 3). */
  errors: {
    reportAndAsOf: '--report angir perioden: gi enten --report eller --as-of/--since',
    noReport: (year: string, known: string | null) =>
      `ingen rapport ${year} i reports.csv${known === null ? ' (dataene har ingen reports.csv)' : `, som har ${known}`}`,
    nothingToCount:
      'ingenting å telle ennå: projects.csv har ingen rader og reports.csv ingen skjæringsdato (fyll inn registrene, eller gi --as-of for å telle til en dato)',
    sinceNotBefore: (since: string, asOf: string) => `--since ${since} må være før sluttdatoen ${asOf}`,
    date: (flag: string, value: string) => `${flag} ${value}: gi en dato som ÅÅÅÅ-MM-DD`,
    reportYear: (value: string) => `--report ${value}: gi et rapportår, f.eks. 2019`,
    year: (value: string) => `--year ${value}: gi et årstall, f.eks. 2019`,
    amount: (flag: string, value: string) => `${flag} ${value}: gi et beløp i MNOK, f.eks. 26 eller 26,5`,
    minAboveMax: (min: string, max: string) => `--min-cost ${min} er over --max-cost ${max}: ingen prosjekter kan oppfylle begge`,
    encoding: (value: string, choices: string) => `--encoding ${value}: bruk en av ${choices}`,
    maxErrors: (value: string) => `--max-errors ${value}: gi et heltall på 1 eller mer`,
    sinceNeedsAsOf: 'hver --since trenger en --as-of: gi dem i par, f.eks. --as-of 2019-06-30 --since 2018-12-31',
    twoPeriods: (given: number) => `compare tar to perioder, men fikk ${given}: gi --report eller --as-of to ganger, eller én av hver`,
    sourceDateEpoch: (value: string) => `SOURCE_DATE_EPOCH ${value}: gi hele sekunder siden 1970-01-01`,
    sourceDateEpochRange: (value: string) => `SOURCE_DATE_EPOCH ${value} er utenfor gyldig område`,
    noSuchDate: (flag: string, value: string) => `${flag} ${value}: den datoen finnes ikke i kalenderen`,
    excelWithoutCsv: (format: string) => `--excel gjelder CSV for Excel: bruk det med --format csv (ikke --format ${format})`,
    allNeedsCheck: '--all gjelder --check: «digiraad report --check --all» sjekker hver rapportmappe under reports/',
    allTakesNoPeriod: '--check --all sjekker hver mappe med perioden og innstillingene i dens manifest.json: ta bort --report, --as-of, --since og --out',
    noReportFolders: (dir: string) => `${dir} har ingen rapportmapper (mapper med en manifest.json fra digiraad report)`,

    // Settings
    invalidSetting: (source: string, written: string, key: string, expected: string) =>
      `${source}: ${written} er ikke en gyldig verdi for ${key}: gi ${expected}`,
    settingTooLong: (source: string, key: string, length: number, limit: number) => `${source}: ${key} er ${length} tegn lang, grensen er ${limit}`,
    configNotJson: (path: string, reason: string) => `${path} er ikke gyldig JSON: ${reason}`,
    configValue: (path: string, key: string, expected: string) => `${path}: ${key}: gi ${expected}`,
    configUnknown: (path: string, keys: string, known: string) => `${path}: ukjent innstilling ${keys} (innstillingene er ${known})`,
    configNotObject: (path: string, known: string) => `${path}: gi et objekt med innstillinger (innstillingene er ${known})`,
    /** What each setting takes. */
    expected: {
      data: 'en mappe',
      out: 'en mappe',
      lang: (langs: string) => `en av ${langs}`,
      costBandEdges: 'stigende hele tall i MNOK, f.eks. 26,50,100,200',
      mainThemes: (ids: string) => `tema-id-er, hver bare én gang (${ids})`,
      highlightTag: 'et stikkord med små bokstaver, f.eks. kommunikasjon',
      quiet: 'true eller false',
      $schema: 'adressen eller stien til skjemaet for innstillingene (config.schema.json)',
    },

    // Files
    dataFolderNotFound: (dir: string) => `fant ikke datamappen: ${dir} (pek --data på mappen der projects.csv ligger)`,
    couldNotRead: (file: string, reason: string) => `kunne ikke lese ${file}: ${reason}`,
    couldNotWrite: (file: string, reason: string) => `kunne ikke skrive ${file}: ${reason}`,
    rootFolder: (display: string) => `${display}: gi en mappe å skrive rapporten i, ikke roten av filsystemet`,
    protectedFolder: (display: string, kept: string) => `${display}: vil ikke erstatte en mappe som inneholder ${kept}: velg en annen --out`,
    writeStep: {
      look: 'kunne ikke se på den',
      temporary: 'kunne ikke lage en midlertidig mappe ved siden av',
      unchanged: 'ingenting ble endret',
      keptPrevious: 'den forrige rapporten ble beholdt',
    },
    writeFailed: (display: string, step: string, reason: string) => `kunne ikke skrive ${display}: ${step}: ${reason}`,
    symbolicLink: (display: string) => `${display} er en symbolsk lenke: gi mappen den peker til som --out`,
    notAFolder: (display: string) => `${display} finnes og er ikke en mappe: velg en annen --out`,
    notOurFolder: (display: string, manifest: string) =>
      `${display} finnes og er ikke en rapportmappe digiraad har skrevet (den har ingen ${manifest} fra digiraad): velg en annen --out, eller tøm den først`,
    wontOverwrite: (first: string, more: number) =>
      `vil ikke skrive over ${first}${more > 0 ? ` (og ${more} til)` : ''}: ingenting ble skrevet; --force skriver over, eller velg en ny mappe`,
    faults,
    /** Why the system refused, for the common causes; anything else in the system's own words. */
    reason: (code: string | undefined, message: string) =>
      ({
        EACCES: 'ingen tilgang',
        EPERM: 'ikke tillatt',
        ENOENT: 'finnes ikke',
        ENOTDIR: 'en del av stien er ikke en mappe',
        EISDIR: 'er en mappe',
        ENOSPC: 'disken er full',
        EROFS: 'filsystemet er skrivebeskyttet',
      })[code ?? ''] ?? message,
  },

  /** The README digiraad init writes into a new data folder. */
  guide: {
    intro: (excelFolder: string, workbook: string) => `# Registrene

\`digiraad\` regner ut tallene i Digitaliseringsrådets erfaringsrapport fra CSV-filene i denne mappen.
Hver fil har én rad per sak. Den første linjen er kolonnenavnene: la den stå.

- \`projects.csv\`, \`questions.csv\` og \`recommendations.csv\` må være med. \`conversations.csv\` og
  \`reports.csv\` kan stå uten rader.
- Mappen \`${excelFolder}/\` har de samme registrene som én Excel-arbeidsbok, \`${workbook}\`: et ark per
  register, med nedtrekkslister for tema og ja/nei, og denne veiledningen.
  Fyll inn enten den eller filene her, ikke begge, og gi \`--data\` den mappen du fylte inn.
- Sjekk registrene med \`digiraad validate --data <mappe>\`: den viser fil, linje og kolonne for hver feil.
- Se tallene med \`digiraad stats --data <mappe>\`.`,
    registers: {
      projects: 'én rad per rådsbehandling',
      questions: 'spørsmålene virksomheten sendte inn før møtet',
      recommendations: 'rådets anbefalinger',
      conversations: 'erfaringssamtalene (kan stå tom)',
      reports: 'årsrapportene (kan stå tom)',
      tags: 'stikkordene anbefalingene kan ha (kan mangle)',
    } satisfies Record<RegisterName, string> as Record<RegisterName, string>,
    columnHead: ['kolonne', 'påkrevd', 'innhold'],
    themeHead: ['id', 'tema'],
    /** registre.xlsx */
    workbook: {
      guideSheet: 'Veiledning',
      listsSheet: 'Lister',
      required: 'påkrevd',
      themeError: 'Velg ett av de seks temaene i listen.',
      booleanError: 'Skriv ja eller nei (eller la cellen stå tom for nei).',
      tagsPrompt: 'Velg et stikkord, eller skriv flere skilt med |, f.eks. kommunikasjon|laer-av-andre.',
    },
    yes: 'ja',
    no: 'nei',
    /** Every column of every register (a test checks that none is left out). */
    columns: {
      projects: {
        id: 'en id som ingen annen behandling har, f.eks. `2019-akson`',
        name: 'prosjektets eller programmets navn',
        agency: 'virksomheten; flere virksomheter skilles med `/`',
        ministry: 'departementet',
        meeting_date: 'datoen for rådsmøtet',
        cost_mnok: 'kostnadsanslaget i millioner kroner; tom = ikke oppgitt',
        benefit_mnok: 'gevinstanslaget i millioner kroner; tom = ikke oppgitt',
        programme: 'organisert som et program (ja/nei)',
        shared_solution: 'lager løsninger for andre virksomheter (ja/nei)',
        exclude_from_totals: 'holdes utenfor de samlede anslagene fordi det skiller seg ut (ja/nei)',
        revisit_of: 'bare når rådet behandler et prosjekt på nytt: id-en til den første behandlingen',
      },
      questions: {
        id: 'en id som ingen annen rad har, f.eks. `q001`',
        project_id: 'id-en til behandlingen i `projects.csv`',
        theme: 'temaet (se listen under)',
        text: 'spørsmålet',
      },
      recommendations: {
        id: 'en id som ingen annen rad har, f.eks. `r001`',
        project_id: 'id-en til behandlingen i `projects.csv`',
        theme: 'temaet (se listen under)',
        tags: 'stikkord (se under)',
        text: 'anbefalingen',
      },
      conversations: {
        id: 'en id som ingen annen rad har, f.eks. `c01`',
        project_id: 'id-en til behandlingen samtalen følger opp',
        date: 'datoen for samtalen',
      },
      reports: { year: 'rapportåret, f.eks. `2019`', cutoff: 'den siste dagen rapporten dekker' },
      tags: {
        id: 'stikkordet slik det skrives i `recommendations.csv`: små bokstaver, `-` mellom ordene',
        label: 'navnet på bokmål, brukt i figurer og tekst',
        label_nn: 'navnet på nynorsk (tom = som `label`)',
        label_en: 'navnet på engelsk (tom = som `label`)',
        description: 'når stikkordet brukes',
      },
    } satisfies Record<RegisterName, Record<string, string>> as Record<RegisterName, Record<string, string>>,
    values: `## Verdier

- **Datoer**: \`ÅÅÅÅ-MM-DD\`, f.eks. \`2019-10-31\`.
- **Beløp** i millioner kroner: \`1234,5\`, \`1234.5\` eller \`1 234,5\`. Tom celle = ikke oppgitt.
- **Ja/nei**: \`ja\`/\`nei\`, \`yes\`/\`no\`, \`true\`/\`false\`, \`1\`/\`0\` eller \`x\`/tom. Tom celle = nei.
- **Temaer**: ett av de seks under, skrevet som id eller som navn (store og små bokstaver og æøå spiller ingen rolle).`,
    tags: `**Stikkord** (\`tags\`) skilles med \`|\`, f.eks. \`kommunikasjon|laer-av-andre\`. Rapporten teller
\`kommunikasjon\` (tydelig ledelse og kommunikasjon) og \`laer-av-andre\` (ta kontakt med en annen
virksomhet for å lære av den). Med \`tags.csv\` er et stikkord som ikke står der, en feil; legg nye
stikkord inn der først.`,
  },
};

/** The shape every language's catalogue has: a key missing in one of them does not compile. */
export type Messages = typeof nb;
