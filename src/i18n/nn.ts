import type { RegisterName } from '../model/registers.js';
import { THEMES, type ThemeId } from '../model/themes.js';
import { nb, type Messages } from './nb.js';
import { bandLabel, plural, reasonWords, someFiles, type FaultTexts, type RuleTexts } from './shared.js';

const reason = reasonWords({
  EACCES: 'inga tilgang',
  EPERM: 'ikkje tillate',
  ENOSPC: 'disken er full',
  EROFS: 'skriveverna filsystem',
  ENOENT: 'finst ikkje',
  ENOTDIR: 'ein del av stien er ikkje ei mappe',
  EISDIR: 'er ei mappe',
  EIO: 'lese- eller skrivefeil på disken',
  EDQUOT: 'diskkvoten er brukt opp',
  ENAMETOOLONG: 'namnet er for langt',
  ELOOP: 'for mange symbolske lenkjer',
});
const FOUND = { folder: 'ei mappe', fifo: 'eit namngjeve røyr (FIFO)', device: 'ei einingsfil', socket: 'ein socket', other: 'ikkje ei vanleg fil' };

/** Files, folders and settings digiraad refuses to read or write, and why. */
const faults: FaultTexts = {
  'not-regular': (f) => `${f.path} er ${FOUND[f.found]}, ikkje ei vanleg fil: digiraad les ho ikkje (legg ei CSV-fil der, eller fjern ho)`,
  'dangling-link': (f) => `${f.path} er ei symbolsk lenkje til noko som ikkje finst: rett opp lenkja eller fjern ho`,
  'cannot-read': (f) => `kan ikkje lese ${f.path}: ${reason(f.reason)}`,
  'cannot-write': (f) => `kan ikkje skrive ${f.path}: ${reason(f.reason)}; ingenting vart endra`,
  'data-not-folder': (f) => `${f.path} er ikkje ei mappe: peik --data på mappa som har projects.csv`,
  'no-working-folder': (f) => `arbeidsmappa finst ikkje lenger (${f.reason}): gå til ei mappe som finst, og prøv igjen`,
  'file-too-big': (f) => `${f.path} er ${f.bytes} byte, grensa er ${f.limit}: det er ikkje ei innstillingsfil`,
  'stdout-failed': (f) => `kan ikkje skrive utdata: ${reason(f.reason)}`,
  'other-files': (f) => `${f.path} har andre filer enn dei digiraad init skriv (${someFiles(f.files)}): gje ei ny eller tom mappe`,
  'foreign-files': (f) =>
    `${f.path} har filer digiraad ikkje skreiv, med same namn som filer han skriv (${someFiles(f.files)}): digiraad skriv ikkje over dei; flytt dei, eller vel ei anna mappe`,
};

const EXPECTED = { value: 'ein verdi', date: 'ein dato', theme: 'eit tema' } as const;

/** What a user of Norwegian Excel does to save dates as ÅÅÅÅ-MM-DD; the menus are named as Excel names them. */
const EXCEL_DATES = 'i Excel: merk kolonnen, vel Formater celler › Egendefinert, skriv åååå-mm-dd i Type og lagre som CSV igjen';

/** The six themes in nynorsk, which the registers accept as well as the bokmål names. */
const THEME_NAMES = THEMES.map((t) => t.labelNn).join('; ');

/**
 * Every word digiraad shows people, in nynorsk (`--lang nn`), with the terms of the council's
 * nynorsk reports and Nynorskordboka: tilrådingar, verksemder, kostnadsoverslag. The keys are those
 * of nb.ts.
 */
export const nn = (): Messages => ({
  tag: 'nn-NO',

  // Nynorsk writes numbers and dates as bokmål does.
  conventions: nb.conventions,

  words: {
    keyFigures: 'Nøkkeltal',
    figure: 'Tal',
    value: 'Verdi',
    project: 'Prosjekt/program',
    projects: 'Prosjekt',
    agency: 'Verksemd',
    ministry: 'Departement',
    treatments: 'Rådsbehandlingar',
    questions: 'Spørsmål',
    recommendations: 'Tilrådingar',
    theme: 'Tema',
    share: 'Del',
    year: 'År',
    size: 'Storleik',
    costEstimate: 'Kostnadsoverslag',
    costBandsTitle: 'Kor store er prosjekta?',
    themesTitle: 'Spørsmål og tilrådingar per tema',
    none: 'ingen',
    noEstimate: 'ikkje oppgitt',
    periodLine: (since, asOf) => `Per ${asOf} · perioden ${since}–${asOf}`,
    bandLabel: (key) => bandLabel(key, 'mill.'),
  },

  // The nynorsk names registers may use too.
  themes: Object.fromEntries(THEMES.map((t) => [t.id, t.labelNn])) as Record<ThemeId, string>,

  tags: { kommunikasjon: 'tydeleg leiing og kommunikasjon', 'laer-av-andre': 'å lære av andre' },

  keyFigures: {
    projectsTotal: 'Prosjekt behandla',
    inPeriod: 'Nye prosjekt i perioden',
    inPeriodShared: '– som lagar løysingar for andre',
    agencies: 'Verksemder',
    ministries: 'Departement',
    programmes: 'Program',
    withCost: 'Med kostnadsoverslag',
    withoutCost: 'Utan kostnadsoverslag',
    countedProjects: 'Prosjekt i totalane',
    totalCost: 'Samla kostnadsoverslag',
    counted: (n) => `over ${n} prosjekt`,
    totalBenefit: 'Samla gevinstoverslag',
    costRange: 'Kostnadsoverslag frå–til',
    costMin: 'Minste kostnadsoverslag',
    costMax: 'Største kostnadsoverslag',
    mainThemesOfAll: 'Delen til hovudtemaa',
    conversations: 'Erfaringssamtalar',
    conversationsInPeriod: '– i perioden',
    sharedSolution: 'Nye prosjekt som lagar løysingar for andre',
    conversationsSinceLast: 'Erfaringssamtalar sidan førre rapport',
    learnFromOthers: 'Prosjekt med råd om å lære av andre',
    ofTotal: (part, whole) => `${part} av ${whole}`,
    billions: (value) => `${value} mrd. kroner`,
  },

  stats: {
    title: 'Digitaliseringsrådet – nøkkeltal',
    mainThemes: (labels) => `Hovudtemaa (${labels})`,
    mainThemesShare: 'del av alle spørsmål og tilrådingar',
    tagByYear: (tag) => `Del av tilrådingane med stikkordet «${tag}» per år`,
    byYear: 'Per år',
    excluded: 'Halde utanfor totalane',
  },

  projects: {
    title: (asOf) => `Prosjekta rådet har behandla, per ${asOf}`,
    meetingDate: 'Rådsmøte',
    treatmentCount: 'Behandlingar',
    costColumn: 'Kostnad (MNOK)',
    sizeLabel: { small: 'lite', medium: 'middels', large: 'stort', unresolved: 'uavklart' },
    shown: (shown, total) => `${shown} av ${total} prosjekt`,
    sheet: 'Prosjekt',
  },

  xlsx: {
    toTerminal: 'eit rekneark blir ikkje skrive til terminalen: gje --output FIL (til dømes --output tal.xlsx), eller send det vidare med > tal.xlsx',
  },

  compare: {
    title: 'Digitaliseringsrådet – nøkkeltal side om side',
    change: 'Endring',
    points: (n) => `${n} %-poeng`,
    questionShares: 'Del av spørsmåla per tema',
    recommendationShares: 'Del av tilrådingane per tema',
  },

  config: {
    title: 'Innstillingar som gjeld her',
    setting: 'Innstilling',
    source: 'Kjelde',
    setWith: 'Blir sett med',
    sourceLabel: (source) => (source.kind === 'default' ? 'standard' : source.kind === 'environment' ? `${source.name} (miljøvariabel)` : source.name),
    shippedData: (dir) => `${dir} (registera som følgjer med)`,
    currentFolderData: (dir) => `${dir} (registera i mappa du står i)`,
    reportFolder: 'reports/<år>/',
    configFile: (path) => `Konfigurasjonsfil: ${path}`,
    noConfigFile: (path) => `Inga konfigurasjonsfil (${path} finst ikkje)`,
  },

  init: {
    wrote: (count, dir) => `Skreiv ${count} filer i ${dir}:`,
    next: (dir) => `Neste steg: fyll inn registera (sjå ${dir}/README.md), og sjekk dei med «digiraad validate --data ${dir}».`,
  },

  explain: {
    title: (figure) => `Radene bak ${figure}`,
    registers: (dir) => `Registera i ${dir}`,
    value: (value) => `Verdi: ${value}`,
    how: {
      count: 'Kvar rad som er talt med, tel 1.',
      distinct: 'Kvar rad som er talt med, tel det ingen tidlegare rad har nemnt; seinare rader med det same er alt talde.',
      sum: 'Summen av beløpa på radene som er talde med.',
      share: 'Delen: radene som er talde med, av alle radene delen er rekna av.',
      min: 'Det lågaste kostnadsoverslaget blant prosjekta i totalane: rada som har det, er talt med.',
      max: 'Det høgaste kostnadsoverslaget blant prosjekta i totalane: rada som har det, er talt med.',
      list: 'Kvar rad som er talt med, er eitt prosjekt i lista.',
    },
    share: (counted, of) => `${counted} av ${of} rader; kvar rad som er talt med, tel 1/${of}.`,
    counted: (rows) => `Talt med: ${rows}`,
    notCounted: (reason, rows) => `Ikkje talt med – ${reason}: ${rows}`,
    rowCount: (n, formatted) => `${formatted} ${n === 1 ? 'rad' : 'rader'}`,
    more: (n, formatted) => `… og ${formatted} ${n === 1 ? 'rad' : 'rader'} til (--all viser alle)`,
    row: 'Rad',
    id: 'Id',
    project: 'Prosjekt',
    contributes: 'Tel',
    workbook: {
      figureSheet: 'Talet',
      rowsSheet: 'Radene',
      counts: 'Kva talet tel',
      since: 'Perioden frå',
      asOf: 'Per',
      file: 'Fil',
      included: 'Talt med',
      reason: 'Kvifor ikkje',
    },
    reason: {
      'after-as-of': 'etter slutten av perioden',
      'before-period': 'før perioden',
      'other-year': 'eit anna år',
      revisit: 'ny behandling; prosjektet blir talt ved første behandling',
      replaced: 'erstatta av ei seinare behandling',
      'excluded-from-totals': 'halde utanfor totalane',
      'no-cost': 'utan kostnadsoverslag',
      'has-cost': 'har kostnadsoverslag',
      'no-benefit': 'utan gevinstoverslag',
      'not-programme': 'ikkje eit program',
      'not-shared-solution': 'lagar ikkje løysingar for andre',
      'not-excluded': 'ikkje halde utanfor totalane',
      'other-band': 'i ei anna kostnadsgruppe',
      'other-theme': 'eit anna tema',
      'no-such-tag': 'utan dette stikkordet',
      'already-counted': 'alt talt på ei tidlegare rad',
      'not-min': 'ikkje det lågaste overslaget',
      'not-max': 'ikkje det høgaste overslaget',
    },
    figureWithoutRows: (figure, close) =>
      `«${figure}» står i stats, men blir ikkje rekna ut frå rader i registera (tips: meinte du ${close.map((p) => `«${p}»`).join(', ')}?)`,
    unknownFigure: (figure, close) =>
      `ukjent tal «${figure}» (tips: meinte du ${close.map((p) => `«${p}»`).join(', ')}? «digiraad stats --format csv» viser alle tala)`,
  },

  registers: {
    valid: (dir, counts) => `${dir}: registera er gyldige (${counts})`,
    invalid: 'registera har feil: rett feila over (digiraad validate viser alle)',
    usingShippedData: (dir) => `brukar eksempelregistera som følgjer med digiraad (${dir})`,
    readAs: (file, encoding) => (encoding === 'windows-1252' ? `${file}: lesen som Windows-1252 (fila er ikkje gyldig UTF-8)` : `${file}: lesen som UTF-16`),
    counts: (treatments, questions, recommendations, conversations, reports) =>
      `${plural(treatments, 'rådsbehandling', 'rådsbehandlingar')}, ${questions} spørsmål, ${plural(recommendations, 'tilråding', 'tilrådingar')}, ${plural(conversations, 'erfaringssamtale', 'erfaringssamtalar')}, ${plural(reports, 'rapport', 'rapportar')}`,
  },

  problems: {
    error: 'feil',
    warning: 'åtvaring',
    hint: 'tips',
    row: 'rad',
    column: 'kolonne',
    errors: (n) => `${n} feil`,
    warnings: (n) => `${n} ${n === 1 ? 'åtvaring' : 'åtvaringar'}`,
    hidden: (n) => `${n} feil til er ikkje viste: auk --max-errors`,
    alike: (n, file) => `+ ${n} ${n === 1 ? 'lik åtvaring' : 'like åtvaringar'} i ${file}`,
    rules: {
      'missing-file': (p) => ({
        message: `${p.register}.csv manglar`,
        hint: 'kvar datamappe treng projects.csv, questions.csv og recommendations.csv (digiraad init lagar tomme)',
      }),
      'empty-file': (p) => ({ message: 'fila er tom', hint: `første linja må vere kolonnenamna: ${p.header}` }),
      'no-header': (p) => ({ message: 'fila har inga linje med kolonnenamn', hint: `første linja må vere kolonnenamna: ${p.header}` }),
      'not-a-workbook': () => ({
        message: 'fila er ikkje ei Excel-arbeidsbok som kan lesast',
        hint: 'lagre ho frå Excel eller LibreOffice som .xlsx (Excel-arbeidsbok), utan passord',
      }),
      'empty-sheet': () => ({ message: 'arket er tomt', hint: 'første rad må ha kolonnenamna (digiraad init lagar ei arbeidsbok med dei)' }),
      'register-twice': (p) => ({
        message: `registeret ${p.register} står både her og i ${p.other}`,
        hint: 'hald kvart register på éin stad: fjern eller gje nytt namn til eitt av dei',
      }),
      'binary-file': () => ({
        message: 'fila er ikkje tekst (ho har NUL-byte)',
        hint: 'lagre registeret som CSV (UTF-8 eller Windows-1252), ikkje som rekneark eller anna binærformat',
      }),
      'unbalanced-quote': () => ({
        message: 'eit felt i denne rada opnar eit hermeteikn som aldri blir lukka, så resten av fila blir lesen som éin verdi',
        hint: 'lukk hermeteiknet, eller skriv eit hermeteikn inne i eit felt som ""',
      }),
      'row-too-long': (p) => ({
        message: `rada som byrjar her, er lengre enn ${p.limit} teikn, så lesinga stoppa`,
        hint: 'kanskje eit hermeteikn ikkje er lukka, eller fila er ikkje eit register',
      }),
      'duplicate-column': () => ({ message: 'kolonnen finst to gonger', hint: 'behald éin av dei' }),
      'missing-column': (p) => ({ message: 'den påkravde kolonnen manglar', hint: `kolonnenamna er: ${p.header}` }),
      'extra-cells': (p) => ({
        message: `rada har ${plural(String(p.cells), 'celle', 'celler')}, kolonnenamna ${p.columns}`,
        hint: 'ein verdi med skiljeteiknet i må stå i "hermeteikn"',
      }),
      'missing-cells': (p) => ({
        message: `rada har ${plural(String(p.cells), 'celle', 'celler')}, kolonnenamna ${p.columns}`,
        hint: 'kvar rad treng ei celle (gjerne tom) for kvar kolonne',
      }),
      'value-too-long': (p) => ({
        message: `er ${p.length} teikn lang, grensa er ${p.limit}`,
        hint: 'kanskje eit hermeteikn manglar, så resten av fila vart éin verdi',
      }),
      'missing-value': (p) => ({
        message: `${EXPECTED[p.expected]} må fyllast inn`,
        ...(p.expected === 'date' ? { hint: 'skriv datoen som ÅÅÅÅ-MM-DD' } : p.expected === 'theme' ? { hint: `skriv eitt av: ${THEME_NAMES}` } : {}),
      }),
      'ambiguous-number': (p) => ({
        message: `kan tyde ${p.whole}${p.fraction} eller ${p.whole},${p.fraction}`,
        hint: `skriv ${p.whole} ${p.fraction} for heiltalet, eller ${p.whole},${p.fraction}0 for desimaltalet`,
      }),
      'not-a-number': () => ({ message: 'er ikkje eit tal', hint: 'skriv millionar kroner som 1234,5 eller 1 234,5 eller 1234.5' }),
      'negative-number': () => ({ message: 'er negativt', hint: 'overslag er beløp i millionar kroner, 0 eller meir' }),
      'not-a-boolean': () => ({ message: 'er verken ja eller nei', hint: 'skriv ja/nei, yes/no, true/false, 1/0 eller x/tom' }),
      'not-a-date': () => ({ message: 'er ikkje ein dato', hint: 'skriv datoen som ÅÅÅÅ-MM-DD' }),
      'impossible-date': () => ({ message: 'finst ikkje i kalenderen', hint: 'sjekk dag og månad' }),
      'norwegian-date': (p) => ({ message: `lesen som ${p.date}`, hint: `skriv datoar som ÅÅÅÅ-MM-DD, så er det ingen tvil; ${EXCEL_DATES}` }),
      'norwegian-date-column': (p) => ({
        message: `alle dei ${p.rows} datoane er skrivne DD.MM.ÅÅÅÅ, og er lesne slik (${p.first} som ${p.date})`,
        hint: `for å skrive dei som ÅÅÅÅ-MM-DD ${EXCEL_DATES}`,
      }),
      'date-with-time': (p) => ({
        message: `lesen som ${p.date}: klokkeslettet er teke bort`,
        hint: 'ein møtedato treng ikkje klokkeslett; formater kolonnen som dato',
      }),
      'not-a-year': () => ({ message: 'er ikkje eit årstal', hint: 'skriv rapportåret med fire siffer, t.d. 2019' }),
      'unknown-theme': (p) => ({ message: 'er ikkje eitt av dei seks temaa', hint: `meinte du «${p.closest}»?` }),
      'duplicate-id': (p) => ({ message: `er alt brukt på linje ${p.line}`, hint: 'kvar rad treng sin eigen id' }),
      'unknown-project': (p) => ({
        message: 'er ikkje id-en til nokon behandling i projects.csv',
        hint: p.closest === null ? 'legg prosjektet inn i projects.csv først' : `meinte du «${p.closest}»?`,
      }),
      'revisit-before-original': (p) => ({
        message: `er datert ${p.date} (linje ${p.line}), etter denne behandlinga (${p.own})`,
        hint: 'ei ny behandling kjem etter den ho følgjer opp: sjekk datoane eller byt om revisit_of',
      }),
      'revisit-cycle': (p) => ({
        message: `lukkar ein ring av nye behandlingar: ${p.cycle}`,
        hint: 'den første behandlinga av eit prosjekt har tom revisit_of',
      }),
      'conversation-before-meeting': (p) => ({ message: `er før rådsmøtet (${p.meeting})`, hint: 'ein erfaringssamtale kjem om lag eitt år etter møtet' }),
      'cutoff-order': (p) => ({
        message: `er ikkje etter skjeringsdatoen for ${p.year} (${p.cutoff}, linje ${p.line})`,
        hint: 'kvar rapport dekkjer tida etter den førre',
      }),
      'not-utf8': (p) => ({
        message: `har byte som ikkje er UTF-8 (teikn ${p.position})`,
        hint: 'fila blandar teiknsett: skriv teiknet på nytt, eller lagre heile fila som UTF-8',
      }),
      'not-windows-1252': (p) => ({
        message: `har ein byte som Windows-1252 ikkje har (teikn ${p.position})`,
        hint: 'fila er ikkje Windows-1252: dropp --encoding windows-1252, eller lagre fila som UTF-8',
      }),
      'control-character': (p) => ({
        message: `har kontrollteiknet ${p.character} (teikn ${p.position})`,
        hint: 'slett det: kontrollteikn er usynlege, og bidi-teikn snur om på det du ser; tabulator og linjeskift høyrer berre heime i fritekst',
      }),
      'invisible-character': (p) => ({
        message: `har det usynlege teiknet ${p.character} (teikn ${p.position})`,
        hint: 'slett det: det gjer at to verdiar som ser like ut, er ulike',
      }),
      'lookalike-id': (p) => ({
        message: `skil seg frå id-en på linje ${p.line} berre i store/små bokstavar, breidd eller mellomrom`,
        hint: 'id-ar må skilje seg meir enn det: dei to radene er ulike rader, er ei av dei ført opp to gonger?',
      }),
      'lookalike-name': (p) => ({ message: `er skrive «${p.written}» på linje ${p.line}; dei to blir talde som éin`, hint: 'skriv det likt overalt' }),
      'implausible-number': (p) => ({
        message: `er meir enn ${p.limit} millionar kroner`,
        hint: 'overslag er i millionar kroner: sjekk om eit desimalteikn manglar, eller om talet er i kroner',
      }),
      'date-in-number': () => ({
        message: 'er ein dato, ikkje eit tal',
        hint: 'eit rekneark har truleg gjort talet om til ein dato: formater kolonnen som tal og skriv verdien inn på nytt',
      }),
      'tag-separator': (p) => ({ message: `skil stikkord med «${p.separator}»`, hint: 'skil stikkord med |, t.d. kommunikasjon|laer-av-andre' }),
      'unknown-tag': (p) => ({
        message: 'er ikkje eit stikkord i tags.csv',
        hint: p.closest === null ? 'legg stikkordet inn i tags.csv først' : `meinte du «${p.closest}»? (eller legg stikkordet inn i tags.csv)`,
      }),
      'rare-tag': (p) => ({
        message: `er brukt ${p.count} gonger, det liknande stikkordet «${p.similar}» ${p.similarCount} gonger`,
        hint: `meinte du «${p.similar}»? (med ein tags.csv som listar stikkorda, er dette ein feil)`,
      }),
      'not-a-slug': (p) => ({ message: 'er ikkje ein stikkord-id', hint: `skriv id-en med små bokstavar og - mellom orda, t.d. ${p.slug}` }),
      'repeated-project': (p) => ({
        message: `har same namn og verksemd som ${p.id} (linje ${p.line}), men ingen revisit_of`,
        hint: `om rådet handsama det prosjektet på nytt, set revisit_of til ${p.id}`,
      }),
    } satisfies RuleTexts as RuleTexts,
  },

  report: {
    title: (year) => `Digitaliseringsrådet – tal og figurar ${year}`,
    lead: 'Tala og figurane er rekna ut frå registera til Digitaliseringsrådet over prosjekta, spørsmåla og tilrådingane. Kvar figur har ein tekst som fortel det viktigaste, og ein tabell med tala bak.',
    excludedNote: (name, cost, benefit) => `${name} (kostnadsoverslag ${cost}, gevinstoverslag ${benefit}) er halde utanfor dei samla overslaga.`,
    noData: 'Ingen data i perioden.',
    files: 'Filer',
    filesIntro: 'Tala bak rapporten, til bruk i rekneark og andre verktøy:',
    forSpreadsheets: 'for rekneark',
    workbookFile: 'tal.xlsx',
    workbookAbout: 'Om arbeidsboka',
    workbookPeriod: (since, asOf) => `Perioden ${since}–${asOf}: tala tel det som er datert til og med ${asOf}.`,
    workbookIntro:
      'Kvart ark er ein tabell frå rapporten, med dei same tala som figures.json. Delar er brøkar viste som prosent, beløp er millionar kroner. Arka:',
    councilMeeting: 'Rådsmøte',
    revisitOf: 'Ny handsaming av',
    footer: 'Laga med digiraad.',
    generated: (iso) => `Laga ${iso}.`,
    fontCredit: 'Skrift: Source Sans 3 (SIL Open Font License).',

    questionsSeries: 'Spørsmåla frå verksemdene',
    recommendationsSeries: 'Tilrådingane våre',
    newProjects: 'Nye prosjekt',
    questionShare: 'Del av spørsmåla',
    recommendationShare: 'Del av tilrådingane',
    yearShare: 'Del av tilrådingane det året',
    tagCount: (tag) => `Tilrådingar om ${tag}`,

    costBandsSubtitle: (n) => `Kostnadsoverslag, del av dei ${n} prosjekta med overslag`,
    themesSubtitle: (questions, recommendations) => `Del av ${questions} spørsmål og ${recommendations} tilrådingar`,
    tagTitle: (tag) => `Tilrådingar om ${tag}`,
    tagSubtitle: 'Del av tilrådingane det året',
    byYearTitle: 'Nye prosjekt per år',
    byYearSubtitle: 'Prosjekt etter året dei vart behandla første gong',
    ministriesTitle: 'Prosjekt per departement',
    ministriesSubtitle: (asOf) => `Departementet ved siste behandling til og med ${asOf}`,
    mainThemesTitle: 'Tilrådingar om hovudtemaa',
    mainThemesSubtitle: (themes) => `Del av tilrådingane det året som gjeld ${themes}`,

    altCostBands: (n, largest, largestShare, largestCount, all) =>
      `Av dei ${n} prosjekta med kostnadsoverslag er den største gruppa ${largest}, med ${largestShare} (${largestCount} prosjekt). Fordelinga er ${all}.`,
    altThemes: (topQ, topQShare, topR, topRShare, lowR, lowRShare) =>
      `Flest spørsmål gjaldt ${topQ} (${topQShare}), og flest tilrådingar gjaldt ${topR} (${topRShare}). Færrast tilrådingar gjaldt ${lowR} (${lowRShare}).`,
    trendUp: (subject, from, fromYear, to, toYear) => `${subject} auka frå ${from} i ${fromYear} til ${to} i ${toYear}.`,
    trendDown: (subject, from, fromYear, to, toYear) => `${subject} gjekk ned frå ${from} i ${fromYear} til ${to} i ${toYear}.`,
    trendFlat: (subject, value, fromYear, toYear) => `${subject} var ${value} både i ${fromYear} og i ${toYear}.`,
    single: (subject, value, year) => `${subject} var ${value} i ${year}.`,
    tagSubject: (tag) => `Delen av tilrådingane om ${tag}`,
    mainThemesSubject: (themes) => `Delen av tilrådingane om ${themes}`,
    peak: (year, value) => `Høgast var han i ${year} (${value}).`,
    low: (year, value) => `Lågast var han i ${year} (${value}).`,
    altByYear: (list, total) => `Rådet behandla ${total} prosjekt: ${list}.`,
    inYear: (count, year) => `${count} i ${year}`,
    altMinistries: (projects, ministries, top, rest) =>
      `Dei ${projects} prosjekta høyrer til ${ministries} departement. Flest har ${top}${rest ? `, følgt av ${rest}` : ''}.`,
    ministryCount: (ministry, count) => `${ministry} (${count})`,

    projectTableTitle: 'Prosjekta vi har behandla',
    projectTableIntro:
      'Prosjektstorleiken viser kostnadsoverslaget til verksemda ved behandlinga: små prosjekt kostar under 26 millionar kroner, middels store 26–200 millionar kroner og store over 200 millionar kroner. Uavklart: verksemda har ikkje oppgitt noko overslag.',
    sizes: { small: 'Lite', medium: 'Middels', large: 'Stort', unresolved: 'Uavklart' },
    revisit: 'ny behandling',

    progress: (done, total, name) => `teiknar figurar ${done}/${total}: ${name}`,
    wrote: (display, files, index) => `skreiv ${display} (${files} filer): opne ${index}`,
    upToDate: (display, files) => `${display} er oppdatert (${files} filer)`,
    absent: (display) => `${display} finst ikkje: køyr digiraad report for å skrive den`,
    stale: (display, parts) => `${display} er ikkje det dataa gjev no (${parts}): køyr digiraad report for å oppdatere den`,
    differs: (names) => `ulike: ${names}`,
    missing: (names) => `manglar: ${names}`,
    extra: (names) => `i tillegg: ${names}`,
    writtenByOther: (folder, then, now) =>
      `${folder} vart skriven av ${then}, og dette er ${now}: skilnaden kan kome av versjonsbytet, ikkje av dataa (skriv rapporten på nytt med denne versjonen)`,
    writerVersions: (digiraad, node) => `digiraad ${digiraad} med Node ${node}`,

    source: (asOf) => `Kjelde: Digitaliseringsrådet, register per ${asOf}`,
    partialYearNote: (asOf) => `* til og med ${asOf.slice(8, 10)}.${asOf.slice(5, 7)}.`,
    countInYear: (count, year) => `${count} (${year})`,
    nRecommendations: (list) => `n = ${list} tilrådingar`,

    sharedSolutionText: (count, inPeriod) => `${count} av dei ${inPeriod} nye prosjekta i perioden skal lage løysingar som andre verksemder skal bruke.`,
    conversationsText: (total, inPeriod) => `Rådet har hatt ${total} erfaringssamtalar, ${inPeriod} av dei sidan førre rapport.`,
    learnFromOthersText: (count, total) =>
      `I ${count} av ${total} prosjekt har rådet gitt leiarane råd om å ta direkte kontakt med verksemder dei kan lære av.`,

    methodTitle: 'Slik har vi talt',
    methodPeriodTitle: 'Perioden',
    methodPeriod: (since, asOf) =>
      `Tala gjeld alt rådet har behandla til og med ${asOf}. «I perioden» og «sidan førre rapport» tyder etter ${since}, datoen førre rapport gjekk til, og til og med ${asOf}. Eit prosjekt er nytt i perioden når den første behandlinga er i perioden.`,
    methodProjectsTitle: 'Prosjekt og nye behandlingar',
    methodProjects: (projects, treatments, revisits) =>
      `Eit prosjekt er eit prosjekt eller program rådet har behandla, talt éin gong. Kjem det tilbake til rådet, er det ei ny behandling av same prosjektet, ikkje eit nytt prosjekt, og overslaga, departementet og flagga er dei frå den siste behandlinga. Rådet har behandla ${projects} prosjekt i ${treatments} rådsbehandlingar (nye behandlingar: ${revisits}).`,
    methodExclusionTitle: 'Halde utanfor dei samla overslaga',
    excludedProject: (name, cost, benefit) => `${name} (kostnadsoverslag ${cost}, gevinstoverslag ${benefit})`,
    methodExclusion: (excluded, withoutCost, counted) =>
      `${excluded ? `${excluded} skil seg ut frå resten og er halde utanfor det samla kostnads- og gevinstoverslaget, men er med i storleiksgruppene. ` : 'Ingen prosjekt er haldne utanfor fordi dei skil seg ut. '}Prosjekt utan kostnadsoverslag (${withoutCost}) er heller ikkje med. Dei samla overslaga gjeld dermed ${counted} prosjekt.`,
    methodBandsTitle: 'Storleiksgrupper',
    methodBands: (withCost, bands) =>
      `Figuren «Kor store er prosjekta?» fordeler dei ${withCost} prosjekta med kostnadsoverslag på gruppene ${bands} (overslag i millionar kroner).`,
    methodThemesTitle: 'Tema og stikkord',
    methodThemes: (themes, share, tagLabel, tag) =>
      `Kvart spørsmål og kvar tilråding gjeld eitt av seks tema. Hovudtemaa er ${themes}; saman utgjer dei ${share} av alle spørsmål og tilrådingar. Tilrådingar om ${tagLabel} er dei som har stikkordet «${tag}».`,

    docxFile: 'rapport.docx',
    pdfFile: 'rapport.pdf',
    figureWord: 'Figur',
    tableWord: 'Tabell',
    captionSeparator: ': ',
    noBrowser: 'fann ingen Chromium, Chrome eller Edge til å lage PDF: oppgi nettlesaren med --browser STI eller miljøvariabelen DIGIRAAD_BROWSER',
    browserMissing: (path) => `nettlesaren ${path} finst ikkje: oppgi ein Chromium, Chrome eller Edge med --browser STI eller DIGIRAAD_BROWSER`,
    pdfFailed: (reason) => `kunne ikkje lage PDF i nettlesaren: ${reason}`,
  },

  cli: {
    description: 'Tal, tabellar og figurar til erfaringsrapporten frå Digitaliseringsrådet',
    examples: 'Døme:',
    footer: `
Innstillingane kjem frå digiraad.config.json i arbeidsmappa, så frå DIGIRAAD_*-miljøvariablar,
så frå val på kommandolinja; «digiraad config» viser kva som gjeld. «digiraad <kommando> --help»
viser døme og val for ein kommando.

Avslutningskodar: 0 ferdig, 1 registera har feil, 2 feil bruk, 3 ei fil kunne ikkje lesast eller skrivast,
70 intern feil (ein feil i digiraad).`,
    example: {
      explainFigure: 'radene i registera bak eitt tal',
      latest: 'nøkkeltala i den siste rapporten',
      reportProjects: 'prosjekta som den rapporten dekkjer',
      compareLatest: 'den siste rapporten mot den før',
      validateFirst: 'sjekk registera før du tel',
      initOwn: 'lag eigne register',
      newIn2019: 'prosjekta som er nye i 2019-rapporten',
      largeProgrammes: 'store program',
      against: '2019 mot perioden før',
      initForce: 'skriv over filene init lagar',
      thisShell: 'dette skalet',
      newZsh: 'start så eit nytt zsh',
    },
    commands: {
      explain: 'vis radene i registera bak eitt tal frå stats: talt med eller ikkje, og kvifor',
      stats: 'vis nøkkeltala for ein periode',
      validate: 'sjekk registera og vis kvart problem med fil, linje og kolonne',
      report: 'skriv rapportmappa: figurar (SVG, PNG, Vega-Lite), tabellar, index.html, report.md, figures.json',
      projects: 'vis prosjekta: namn, verksemd, departement, første møte og storleik, med filter',
      compare: 'set nøkkeltala for to periodar side om side, med endringa',
      config: 'vis innstillingane som gjeld her, og kvar kvar av dei kjem frå',
      init: 'lag ei datamappe: tomme register, dei same for Excel og ei README-fil for den som fyller dei inn',
      completion: 'skriv ut eit fullføringsskript for bash, zsh eller fish: kommandoar, val og verdiane deira',
    },
    options: {
      allRows: 'med --format table: vis alle radene, ikkje berre dei første i kvar gruppe',
      data: 'mappa med registera (standard: data/ som følgjer med)',
      asOf: 'tel rader daterte på eller før denne datoen (ÅÅÅÅ-MM-DD)',
      since: 'starten av perioden, ikkje med (ÅÅÅÅ-MM-DD)',
      report: 'perioden til den årsrapporten (frå reports.csv)',
      asOfEach: 'slutten av ein periode (ÅÅÅÅ-MM-DD); gje valet to gonger, eller éin gong med éin --report',
      sinceEach: 'starten av ein periode, ikkje med (ÅÅÅÅ-MM-DD): første --since høyrer til første --as-of',
      reportEach: 'perioden til den årsrapporten; gje valet to gonger, eller éin gong med éin --as-of',
      lang: 'språket i utdataa',
      encoding: 'tving teiknkodinga til registera: auto, utf-8 eller windows-1252',
      maxErrors: 'vis høgst n feil',
      costBands: 'grensene for kostnadsgruppene i MNOK (standard 26,50,100,200)',
      mainThemes: 'hovudtemaa, tema-id-ar skilde med komma',
      highlightTag: 'stikkordet som får delen per år framheva (standard kommunikasjon)',
      out: 'mappa som skal skrivast (standard reports/<år>/)',
      excel: 'med --format csv: semikolon, desimalkomma og BOM for norsk Excel',
      output: 'med --format xlsx: arbeidsboka som skal skrivast (standard: stdout, når han ikkje er ein terminal)',
      format: 'formatet på utdataa',
      check: 'skriv ingenting: avslutt med 1 og nemn filene som er ulike det dataa gjev no (rapport.pdf er ikkje med)',
      pdf: 'skriv òg ut index.html til rapport.pdf i ein Chromium, Chrome eller Edge som er installert (ingen blir lasta ned)',
      browser: 'nettlesaren til --pdf (standard: DIGIRAAD_BROWSER, elles dei vanlege installasjonsstadene)',
      all: 'med --check: kvar rapportmappe under reports/, kvar med perioden og innstillingane i manifestet sitt',
      quiet: 'vis ingen åtvaringar, berre feil',
      wide: 'i eit terminalvindauge: heile tabellen, kor brei han enn er, i staden for å tilpasse han til vindauget',
      year: 'berre prosjekt som vart behandla første gong det året',
      ministry: 'berre prosjekt der departementet inneheld teksten (store og små bokstavar og æøå spelar inga rolle)',
      agency: 'berre prosjekt der verksemda, eller ei av dei som samarbeider, inneheld teksten',
      minCost: 'berre prosjekt med kostnadsoverslag på minst så mange MNOK',
      maxCost: 'berre prosjekt med kostnadsoverslag på høgst så mange MNOK',
      programme: 'berre program',
      noProgramme: 'berre prosjekt som ikkje er program',
      sharedSolution: 'berre prosjekt som lagar løysingar for andre verksemder',
      noSharedSolution: 'berre prosjekt som ikkje gjer det',
      inPeriod: 'berre prosjekt som vart behandla første gong i perioden (etter --since, til og med --as-of)',
      force: 'skriv over filer som finst (utan dette skriv init ingenting når ei av filene finst: avsluttar med 3)',
      version: 'vis versjonen',
      help: 'vis hjelpa',
      helpCommand: 'vis hjelpa for ein kommando',
    },
    arguments: {
      figure: 'talet slik stats --format json kallar det, t.d. totals.costMnok',
      dir: 'mappa som skal lagast (eller fyllast)',
      shell: 'skalet',
    },
    help: {
      titles: { 'Usage:': 'Bruk:', 'Arguments:': 'Argument:', 'Options:': 'Val:', 'Commands:': 'Kommandoar:', 'Global Options:': 'Felles val:' },
      options: '[val]',
      command: '[kommando]',
      choices: (list) => `moglege verdiar: ${list}`,
      default: (value) => `standard: ${value}`,
    },
    errors: {
      unknownOption: (flag) => `feil: ukjent val «${flag}»`,
      unknownCommand: (name) => `feil: ukjend kommando «${name}»`,
      didYouMean: (names) => (names.length === 1 ? `(Meinte du ${names[0]}?)` : `(Meinte du ein av ${names.join(', ')}?)`),
      missingArgument: (name) => `feil: argumentet «${name}» manglar`,
      optionMissingArgument: (flags) => `feil: valet «${flags}» manglar ein verdi`,
      invalidOption: (flags, value, choices) => `feil: «${value}» er ikkje ein gyldig verdi for valet «${flags}». Gyldige verdiar er ${choices}.`,
      invalidArgument: (name, value, choices) => `feil: «${value}» er ikkje ein gyldig verdi for argumentet «${name}». Gyldige verdiar er ${choices}.`,
      excessArguments: (command, expected, received) => `feil: for mange argument${command ? ` til «${command}»` : ''}. Venta ${expected}, fekk ${received}.`,
    },
    internalError: (details) => `intern feil (ein feil i digiraad, meld gjerne frå om han):\n${details}`,
    warning: (text) => `åtvaring: ${text}`,
  },

  errors: {
    reportAndAsOf: '--report fastset perioden: gje anten --report eller --as-of/--since',
    noReport: (year, known) => `ingen rapport ${year} i reports.csv${known === null ? ' (dataa har inga reports.csv)' : `, som har ${known}`}`,
    nothingToCount:
      'ingenting å telje enno: projects.csv har ingen rader og reports.csv ingen skjeringsdato (fyll inn registera, eller gje --as-of for å telje til ein dato)',
    sinceNotBefore: (since, asOf) => `--since ${since} må vere før sluttdatoen ${asOf}`,
    date: (flag, value) => `${flag} ${value}: gje ein dato som ÅÅÅÅ-MM-DD`,
    reportYear: (value) => `--report ${value}: gje eit rapportår, t.d. 2019`,
    year: (value) => `--year ${value}: gje eit årstal, t.d. 2019`,
    amount: (flag, value) => `${flag} ${value}: gje eit beløp i MNOK, t.d. 26 eller 26,5`,
    minAboveMax: (min, max) => `--min-cost ${min} er over --max-cost ${max}: ingen prosjekt kan oppfylle begge`,
    encoding: (value, choices) => `--encoding ${value}: bruk ein av ${choices}`,
    maxErrors: (value) => `--max-errors ${value}: gje eit heiltal på 1 eller meir`,
    sinceNeedsAsOf: 'kvar --since treng ein --as-of: gje dei i par, t.d. --as-of 2019-06-30 --since 2018-12-31',
    twoPeriods: (given) => `compare tek to periodar, men fekk ${given}: gje --report eller --as-of to gonger, eller éin av kvar`,
    sourceDateEpoch: (value) => `SOURCE_DATE_EPOCH ${value}: gje heile sekund sidan 1970-01-01`,
    sourceDateEpochRange: (value) => `SOURCE_DATE_EPOCH ${value} er utanfor gyldig område`,
    noSuchDate: (flag, value) => `${flag} ${value}: den datoen finst ikkje i kalenderen`,
    excelWithoutCsv: (format) => `--excel gjeld CSV for Excel: bruk det med --format csv (ikkje --format ${format})`,
    allNeedsCheck: '--all høyrer til --check: «digiraad report --check --all» sjekkar kvar rapportmappe under reports/',
    allTakesNoPeriod: '--check --all sjekkar kvar mappe med perioden og innstillingane i manifest.json i mappa: ta bort --report, --as-of, --since og --out',
    noReportFolders: (dir) => `${dir} har ingen rapportmapper (mapper med ei manifest.json frå digiraad report)`,

    settingTooLong: (source, key, length, limit) => `${source}: ${key} er ${length} teikn lang, grensa er ${limit}`,
    invalidSetting: (source, written, key, expected) => `${source}: ${written} er ikkje ein gyldig verdi for ${key}: gje ${expected}`,
    configNotJson: (path, reason) => `${path} er ikkje gyldig JSON: ${reason}`,
    configValue: (path, key, expected) => `${path}: ${key}: gje ${expected}`,
    configUnknown: (path, keys, known) => `${path}: ukjend innstilling ${keys} (innstillingane er ${known})`,
    configNotObject: (path, known) => `${path}: gje eit objekt med innstillingar (innstillingane er ${known})`,
    expected: {
      data: 'ei mappe',
      out: 'ei mappe',
      lang: (langs) => `ein av ${langs}`,
      costBandEdges: 'stigande heile tal i MNOK, t.d. 26,50,100,200',
      mainThemes: (ids) => `tema-id-ar, kvar berre éin gong (${ids})`,
      highlightTag: 'eit stikkord med små bokstavar, t.d. kommunikasjon',
      quiet: 'true eller false',
      $schema: 'adressa eller stien til skjemaet for innstillingane (config.schema.json)',
    },

    dataFolderNotFound: (dir) => `fann ikkje datamappa: ${dir} (peik --data på mappa der projects.csv ligg)`,
    couldNotRead: (file, reason) => `kunne ikkje lese ${file}: ${reason}`,
    couldNotWrite: (file, reason) => `kunne ikkje skrive ${file}: ${reason}`,
    rootFolder: (display) => `${display}: gje ei mappe å skrive rapporten i, ikkje rota av filsystemet`,
    protectedFolder: (display, kept) => `${display}: vil ikkje byte ut ei mappe som inneheld ${kept}: vel ei anna --out`,
    writeStep: {
      look: 'kunne ikkje sjå på den',
      temporary: 'kunne ikkje lage ei mellombels mappe ved sida av',
      unchanged: 'ingenting vart endra',
      keptPrevious: 'den førre rapporten vart behalden',
    },
    writeFailed: (display, step, reason) => `kunne ikkje skrive ${display}: ${step}: ${reason}`,
    symbolicLink: (display) => `${display} er ei symbolsk lenkje: gje mappa lenkja peikar til som --out`,
    notAFolder: (display) => `${display} finst og er ikkje ei mappe: vel ei anna --out`,
    notOurFolder: (display, manifest) =>
      `${display} finst og er ikkje ei rapportmappe som digiraad har skrive (ho har inga ${manifest} frå digiraad): vel ei anna --out, eller tøm mappa først`,
    wontOverwrite: (first, more) =>
      `vil ikkje skrive over ${first}${more > 0 ? ` (og ${more} til)` : ''}: ingenting vart skrive; --force skriv over, eller vel ei ny mappe`,
    faults,
    reason: (code, message) =>
      ({
        EACCES: 'ingen tilgang',
        EPERM: 'ikkje tillate',
        ENOENT: 'finst ikkje',
        ENOTDIR: 'ein del av stien er ikkje ei mappe',
        EISDIR: 'er ei mappe',
        ENOSPC: 'disken er full',
        EROFS: 'filsystemet er skriveverna',
      })[code ?? ''] ?? message,
  },

  guide: {
    intro: (excelFolder, workbook) => `# Registera

\`digiraad\` reknar ut tala i erfaringsrapporten til Digitaliseringsrådet frå CSV-filene i denne mappa.
Kvar fil har éi rad per sak. Den første linja er kolonnenamna: la ho stå.

- \`projects.csv\`, \`questions.csv\` og \`recommendations.csv\` må vere med. \`conversations.csv\` og
  \`reports.csv\` kan stå utan rader.
- Mappa \`${excelFolder}/\` har dei same registera som éi Excel-arbeidsbok, \`${workbook}\`: eitt ark per
  register, med nedtrekkslister for tema og ja/nei, og denne rettleiinga.
  Fyll inn anten ho eller filene her, ikkje begge, og gje \`--data\` den mappa du fylte inn.
- Sjekk registera med \`digiraad validate --data <mappe>\`: kommandoen viser fil, linje og kolonne for kvar feil.
- Sjå tala med \`digiraad stats --data <mappe>\`.`,
    registers: {
      projects: 'éi rad per rådsbehandling',
      questions: 'spørsmåla verksemda sende inn før møtet',
      recommendations: 'tilrådingane frå rådet',
      conversations: 'erfaringssamtalane (kan stå tom)',
      reports: 'årsrapportane (kan stå tom)',
      tags: 'stikkorda tilrådingane kan ha (kan mangle)',
    } satisfies Record<RegisterName, string> as Record<RegisterName, string>,
    columnHead: ['kolonne', 'påkravd', 'innhald'],
    themeHead: ['id', 'tema'],
    workbook: {
      guideSheet: 'Rettleiing',
      listsSheet: 'Lister',
      required: 'påkravd',
      themeError: 'Vel eitt av dei seks temaa i lista.',
      booleanError: 'Skriv ja eller nei (eller la cella stå tom for nei).',
      tagsPrompt: 'Vel eit stikkord, eller skriv fleire skilde med |, t.d. kommunikasjon|laer-av-andre.',
    },
    yes: 'ja',
    no: 'nei',
    columns: {
      projects: {
        id: 'ein id som inga anna behandling har, t.d. `2019-akson`',
        name: 'namnet på prosjektet eller programmet',
        agency: 'verksemda; fleire verksemder skil du med `/`',
        ministry: 'departementet',
        meeting_date: 'datoen for rådsmøtet',
        cost_mnok: 'kostnadsoverslaget i millionar kroner; tom = ikkje oppgitt',
        benefit_mnok: 'gevinstoverslaget i millionar kroner; tom = ikkje oppgitt',
        programme: 'organisert som eit program (ja/nei)',
        shared_solution: 'lagar løysingar for andre verksemder (ja/nei)',
        exclude_from_totals: 'blir halde utanfor dei samla overslaga fordi det skil seg ut (ja/nei)',
        revisit_of: 'berre når rådet behandlar eit prosjekt på nytt: id-en til den første behandlinga',
      },
      questions: {
        id: 'ein id som inga anna rad har, t.d. `q001`',
        project_id: 'id-en til behandlinga i `projects.csv`',
        theme: 'temaet (sjå lista under)',
        text: 'spørsmålet',
      },
      recommendations: {
        id: 'ein id som inga anna rad har, t.d. `r001`',
        project_id: 'id-en til behandlinga i `projects.csv`',
        theme: 'temaet (sjå lista under)',
        tags: 'stikkord (sjå under)',
        text: 'tilrådinga',
      },
      conversations: {
        id: 'ein id som inga anna rad har, t.d. `c01`',
        project_id: 'id-en til behandlinga som samtalen følgjer opp',
        date: 'datoen for samtalen',
      },
      reports: { year: 'rapportåret, t.d. `2019`', cutoff: 'den siste dagen rapporten dekkjer' },
      tags: {
        id: 'stikkordet slik det er skrive i `recommendations.csv`: små bokstavar, `-` mellom orda',
        label: 'namnet på bokmål, brukt i figurar og tekst',
        label_nn: 'namnet på nynorsk (tom = som `label`)',
        label_en: 'namnet på engelsk (tom = som `label`)',
        description: 'når stikkordet skal brukast',
      },
    } satisfies Record<RegisterName, Record<string, string>> as Record<RegisterName, Record<string, string>>,
    values: `## Verdiar

- **Datoar**: \`ÅÅÅÅ-MM-DD\`, t.d. \`2019-10-31\`.
- **Beløp** i millionar kroner: \`1234,5\`, \`1234.5\` eller \`1 234,5\`. Tom celle = ikkje oppgitt.
- **Ja/nei**: \`ja\`/\`nei\`, \`yes\`/\`no\`, \`true\`/\`false\`, \`1\`/\`0\` eller \`x\`/tom. Tom celle = nei.
- **Tema**: eitt av dei seks under, skrive som id eller som namn på nynorsk, bokmål eller engelsk (store og små bokstavar og æøå spelar inga rolle).`,
    tags: `**Stikkord** (\`tags\`) skil du med \`|\`, t.d. \`kommunikasjon|laer-av-andre\`. Rapporten tel
\`kommunikasjon\` (tydeleg leiing og kommunikasjon) og \`laer-av-andre\` (ta kontakt med ei anna
verksemd for å lære av erfaringane deira). Med \`tags.csv\` er eit stikkord som ikkje står der, ein feil; legg nye
stikkord inn der først.`,
  },
});
