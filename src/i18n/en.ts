import { THEMES, type ThemeId } from '../model/themes.js';
import type { Messages } from './nb.js';
import { bandLabel, plural, reasonWords, REGISTER_THEME_NAMES, someFiles } from './shared.js';

/** What a user of English Excel does to save dates as YYYY-MM-DD. */
const EXCEL_DATES = 'in Excel: select the column, choose Format Cells › Custom, type yyyy-mm-dd as the Type and save as CSV again';

const reason = reasonWords({
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENOENT: 'does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
});
const FOUND = { folder: 'a folder', fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'not a regular file' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every word digiraad shows people, in English (`--lang en`). The keys are those of nb.ts. */
export const en = (): Messages => ({
  tag: 'en-GB',

  conventions: {
    group: ',',
    decimal: '.',
    minus: '-',
    percent: '%',
    // ISO, which no English reader misreads.
    date: (iso) => iso,
  },

  words: {
    keyFigures: 'Key figures',
    figure: 'Figure',
    value: 'Value',
    project: 'Project/programme',
    projects: 'Projects',
    agency: 'Agency',
    ministry: 'Ministry',
    treatments: 'Council treatments',
    questions: 'Questions',
    recommendations: 'Recommendations',
    theme: 'Theme',
    share: 'Share',
    year: 'Year',
    size: 'Size',
    costEstimate: 'Cost estimate',
    costBandsTitle: 'How large are the projects?',
    themesTitle: 'Questions and recommendations by theme',
    none: 'none',
    noEstimate: 'not given',
    periodLine: (since, asOf) => `As of ${asOf} · period ${since}–${asOf}`,
    bandLabel: (key) => bandLabel(key, 'MNOK'),
  },

  // The English names registers may use too.
  themes: Object.fromEntries(THEMES.map((t) => [t.id, t.labelEn])) as Record<ThemeId, string>,

  tags: { kommunikasjon: 'clear leadership and communication', 'laer-av-andre': 'learning from others' },

  keyFigures: {
    projectsTotal: 'Projects treated',
    inPeriod: 'New projects in the period',
    inPeriodShared: '– building solutions for others',
    agencies: 'Agencies',
    ministries: 'Ministries',
    programmes: 'Programmes',
    withCost: 'With a cost estimate',
    withoutCost: 'Without a cost estimate',
    countedProjects: 'Projects in the totals',
    totalCost: 'Total cost estimate',
    counted: (n) => `over ${plural(n, 'project', 'projects')}`,
    totalBenefit: 'Total benefit estimate',
    costRange: 'Cost estimates from–to',
    costMin: 'Smallest cost estimate',
    costMax: 'Largest cost estimate',
    mainThemesOfAll: 'The main themes’ share',
    conversations: 'Experience conversations',
    conversationsInPeriod: '– in the period',
    sharedSolution: 'New projects building solutions for others',
    conversationsSinceLast: 'Experience conversations since the last report',
    learnFromOthers: 'Projects advised to learn from others',
    ofTotal: (part, whole) => `${part} of ${whole}`,
    billions: (value) => `NOK ${value} billion`,
  },

  stats: {
    title: 'Digitaliseringsrådet – key figures',
    mainThemes: (labels) => `The main themes (${labels})`,
    mainThemesShare: 'share of all questions and recommendations',
    tagByYear: (tag) => `Share of recommendations tagged “${tag}” by year`,
    byYear: 'By year',
    excluded: 'Kept out of the totals',
  },

  projects: {
    title: (asOf) => `The projects the council has treated, as of ${asOf}`,
    meetingDate: 'Council meeting',
    treatmentCount: 'Treatments',
    costColumn: 'Cost (MNOK)',
    sizeLabel: { small: 'small', medium: 'medium', large: 'large', unresolved: 'unresolved' },
    shown: (shown, total) => `${shown} of ${total} projects`,
    sheet: 'Projects',
  },

  xlsx: {
    toTerminal: 'a workbook is not written to a terminal: give --output FILE (e.g. --output figures.xlsx), or redirect it with > figures.xlsx',
  },

  compare: {
    title: 'Digitaliseringsrådet – key figures side by side',
    change: 'Change',
    points: (n) => `${n} pp`,
    questionShares: 'Share of the questions by theme',
    recommendationShares: 'Share of the recommendations by theme',
  },

  config: {
    title: 'The settings in effect here',
    setting: 'Setting',
    source: 'Source',
    setWith: 'Set with',
    sourceLabel: (source) => (source.kind === 'default' ? 'default' : source.kind === 'environment' ? `${source.name} (environment)` : source.name),
    shippedData: (dir) => `${dir} (the shipped registers)`,
    currentFolderData: (dir) => `${dir} (the registers in the folder you are in)`,
    reportFolder: 'reports/<year>/',
    configFile: (path) => `Configuration file: ${path}`,
    noConfigFile: (path) => `No configuration file (${path} does not exist)`,
  },

  init: {
    wrote: (count, dir) => `Wrote ${count} files in ${dir}:`,
    next: (dir) => `Next: fill in the registers (see ${dir}/README.md), then check them with “digiraad validate --data ${dir}”.`,
  },

  explain: {
    title: (figure) => `The rows behind ${figure}`,
    registers: (dir) => `The registers in ${dir}`,
    value: (value) => `Value: ${value}`,
    how: {
      count: 'Each counted row adds 1.',
      distinct: 'Each counted row adds what no earlier row named; later rows naming the same are already counted.',
      sum: 'The sum of the amounts on the counted rows.',
      share: 'The share: the counted rows, of all the rows the share is taken of.',
      min: 'The lowest estimate among the projects in the totals: the row holding it counts.',
      max: 'The highest estimate among the projects in the totals: the row holding it counts.',
      list: 'Each counted row is one project in the list.',
    },
    share: (counted, of) => `${counted} of ${of} rows; each counted row adds 1/${of}.`,
    counted: (rows) => `Counted: ${rows}`,
    notCounted: (reason, rows) => `Not counted – ${reason}: ${rows}`,
    rowCount: (n, formatted) => `${formatted} ${n === 1 ? 'row' : 'rows'}`,
    more: (n, formatted) => `… and ${formatted} more ${n === 1 ? 'row' : 'rows'} (--all lists them all)`,
    row: 'Row',
    id: 'Id',
    project: 'Project',
    contributes: 'Adds',
    workbook: {
      figureSheet: 'Figure',
      rowsSheet: 'Rows',
      counts: 'What it counts',
      since: 'Period from',
      asOf: 'As of',
      file: 'File',
      included: 'Counted',
      reason: 'Why not',
    },
    reason: {
      'after-as-of': 'after the as-of date',
      'before-period': 'before the period',
      'other-year': 'another year',
      revisit: 'a later treatment; the project counts by its first',
      replaced: 'replaced by a later treatment',
      'excluded-from-totals': 'kept out of the totals',
      'no-cost': 'no cost estimate',
      'has-cost': 'has a cost estimate',
      'no-benefit': 'no benefit estimate',
      'not-programme': 'not a programme',
      'not-shared-solution': 'does not build solutions for others',
      'not-excluded': 'not kept out of the totals',
      'other-band': 'in another cost band',
      'other-theme': 'another theme',
      'no-such-tag': 'without this tag',
      'already-counted': 'already counted on an earlier row',
      'not-min': 'not the lowest estimate',
      'not-max': 'not the highest estimate',
    },
    figureWithoutRows: (figure, close) =>
      `"${figure}" is in stats, but no register rows make it (hint: did you mean ${close.map((p) => `"${p}"`).join(', ')}?)`,
    unknownFigure: (figure, close) =>
      `no figure "${figure}" (hint: did you mean ${close.map((p) => `"${p}"`).join(', ')}? "digiraad stats --format csv" lists every figure)`,
  },

  registers: {
    valid: (dir, counts) => `${dir}: the registers are valid (${counts})`,
    invalid: 'the registers are invalid: fix the errors above (digiraad validate lists them all)',
    usingShippedData: (dir) => `using the example registers that come with digiraad (${dir})`,
    readAs: (file, encoding) => (encoding === 'windows-1252' ? `${file}: read as Windows-1252 (it is not valid UTF-8)` : `${file}: read as UTF-16`),
    counts: (treatments, questions, recommendations, conversations, reports) =>
      `${plural(treatments, 'treatment', 'treatments')}, ${plural(questions, 'question', 'questions')}, ${plural(recommendations, 'recommendation', 'recommendations')}, ${plural(conversations, 'conversation', 'conversations')}, ${plural(reports, 'report', 'reports')}`,
  },

  problems: {
    error: 'error',
    warning: 'warning',
    hint: 'hint',
    row: 'row',
    column: 'column',
    errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    hidden: (n) => `${n} more ${n === 1 ? 'error' : 'errors'} not shown: raise --max-errors`,
    alike: (n, file) => `+ ${n} more ${n === 1 ? 'warning' : 'warnings'} like these in ${file}`,
    rules: {
      'missing-file': (p) => ({
        message: `${p.register}.csv is missing`,
        hint: 'every data folder needs projects.csv, questions.csv and recommendations.csv (digiraad init makes empty ones)',
      }),
      'empty-file': (p) => ({ message: 'the file is empty', hint: `the first line must be the header: ${p.header}` }),
      'no-header': (p) => ({ message: 'the file has no header row', hint: `the first line must be the header: ${p.header}` }),
      'binary-file': () => ({
        message: 'the file is not text (it holds NUL bytes)',
        hint: 'save the register as CSV (UTF-8 or Windows-1252), not as a spreadsheet or other binary format',
      }),
      'not-a-workbook': () => ({
        message: 'the file is not an Excel workbook that can be read',
        hint: 'save it from Excel or LibreOffice as .xlsx (Excel workbook), without a password',
      }),
      'empty-sheet': () => ({ message: 'the sheet is empty', hint: 'the first row must hold the column names (digiraad init writes a workbook with them)' }),
      'register-twice': (p) => ({
        message: `the register ${p.register} is both here and in ${p.other}`,
        hint: 'keep each register in one place: remove or rename one of them',
      }),
      'unbalanced-quote': () => ({
        message: 'a quoted field in this row is never closed, so the rest of the file reads as one value',
        hint: 'close the quote, or write a quote inside a quoted field as ""',
      }),
      'row-too-long': (p) => ({
        message: `the row that starts here runs on for more than ${p.limit} characters, so reading stopped`,
        hint: 'a quote may have been left open, or this is not a register',
      }),
      'duplicate-column': () => ({ message: 'the column appears twice', hint: 'keep one of them' }),
      'missing-column': (p) => ({ message: 'the required column is missing', hint: `the header has: ${p.header}` }),
      'extra-cells': (p) => ({
        message: `the row has ${plural(String(p.cells), 'cell', 'cells')}, the header ${p.columns}`,
        hint: 'a value that holds the delimiter must be in "quotes"',
      }),
      'missing-cells': (p) => ({
        message: `the row has ${plural(String(p.cells), 'cell', 'cells')}, the header ${p.columns}`,
        hint: 'every row needs a cell (maybe empty) for every column',
      }),
      'value-too-long': (p) => ({
        message: `is ${p.length} characters long, the limit is ${p.limit}`,
        hint: 'a quote may be missing, so that the rest of the file became one value',
      }),
      'missing-value': (p) => ({
        message: `a ${p.expected} is required`,
        ...(p.expected === 'date' ? { hint: 'write the date as YYYY-MM-DD' } : p.expected === 'theme' ? { hint: `write one of: ${REGISTER_THEME_NAMES}` } : {}),
      }),
      'ambiguous-number': (p) => ({
        message: `could be ${p.whole}${p.fraction} or ${p.whole}.${p.fraction}`,
        hint: `write ${p.whole} ${p.fraction} for the whole number, or ${p.whole},${p.fraction}0 for the decimal`,
      }),
      'not-a-number': () => ({ message: 'is not a number', hint: 'write million NOK as 1234,5 or 1 234,5 or 1234.5' }),
      'negative-number': () => ({ message: 'is negative', hint: 'estimates are amounts of million NOK, 0 or more' }),
      'not-a-boolean': () => ({ message: 'is not yes or no', hint: 'write yes/no, ja/nei, true/false, 1/0, or x/empty' }),
      'not-a-date': () => ({ message: 'is not a date', hint: 'write the date as YYYY-MM-DD' }),
      'impossible-date': () => ({ message: 'does not exist in the calendar', hint: 'check the day and the month' }),
      'norwegian-date': (p) => ({ message: `read as ${p.date}`, hint: `write dates as YYYY-MM-DD to avoid any doubt; ${EXCEL_DATES}` }),
      'norwegian-date-column': (p) => ({
        message: `all ${p.rows} dates are written DD.MM.YYYY, and read so (${p.first} as ${p.date})`,
        hint: `to write them as YYYY-MM-DD, ${EXCEL_DATES}`,
      }),
      'date-with-time': (p) => ({
        message: `read as ${p.date}: the time of day is left out`,
        hint: 'a meeting date needs no time; format the column as a date',
      }),
      'not-a-year': () => ({ message: 'is not a year', hint: 'write the report year as four digits, e.g. 2019' }),
      'unknown-theme': (p) => ({ message: 'is not one of the six themes', hint: `did you mean "${p.closest}"?` }),
      'duplicate-id': (p) => ({ message: `is already used on line ${p.line}`, hint: 'every row needs its own id' }),
      'unknown-project': (p) => ({
        message: 'is not the id of any treatment in projects.csv',
        hint: p.closest === null ? 'add the project to projects.csv first' : `did you mean "${p.closest}"?`,
      }),
      'revisit-before-original': (p) => ({
        message: `is dated ${p.date} (line ${p.line}), after this treatment (${p.own})`,
        hint: 'a revisit comes after the treatment it revisits: check the dates or swap revisit_of',
      }),
      'revisit-cycle': (p) => ({ message: `closes a circle of revisits: ${p.cycle}`, hint: 'the first treatment of a project has an empty revisit_of' }),
      'conversation-before-meeting': (p) => ({
        message: `is before the council meeting (${p.meeting})`,
        hint: 'an experience conversation follows the meeting by about a year',
      }),
      'cutoff-order': (p) => ({
        message: `is not after the ${p.year} cut-off (${p.cutoff}, line ${p.line})`,
        hint: 'each report covers the time after the previous one',
      }),
      'not-utf8': (p) => ({
        message: `has bytes that are not UTF-8 (character ${p.position})`,
        hint: 'the file mixes encodings: retype the character, or save the whole file again as UTF-8',
      }),
      'not-windows-1252': (p) => ({
        message: `has a byte that Windows-1252 does not define (character ${p.position})`,
        hint: 'the file is not Windows-1252: leave out --encoding windows-1252, or save the file as UTF-8',
      }),
      'control-character': (p) => ({
        message: `holds the control character ${p.character} (character ${p.position})`,
        hint: 'delete it: control characters are invisible, and bidi controls reorder what you see; tabs and line breaks belong only in free text',
      }),
      'invisible-character': (p) => ({
        message: `holds the invisible character ${p.character} (character ${p.position})`,
        hint: 'delete it: it makes two values that look the same differ',
      }),
      'lookalike-id': (p) => ({
        message: `differs from the id on line ${p.line} only in case, width or spacing`,
        hint: 'ids must differ in more than that: the two rows are different rows, is one of them entered twice?',
      }),
      'lookalike-name': (p) => ({
        message: `is written "${p.written}" on line ${p.line}; the two are counted as one`,
        hint: 'write it the same way everywhere',
      }),
      'implausible-number': (p) => ({
        message: `is more than ${p.limit} million NOK`,
        hint: 'estimates are in million NOK: check for a missing decimal mark or a number in kroner',
      }),
      'date-in-number': () => ({
        message: 'is a date, not a number',
        hint: 'a spreadsheet probably turned the number into a date: format the column as a number and type the value again',
      }),
      'tag-separator': (p) => ({ message: `separates tags with "${p.separator}"`, hint: 'separate tags with |, e.g. kommunikasjon|laer-av-andre' }),
      'unknown-tag': (p) => ({
        message: 'is not a tag in tags.csv',
        hint: p.closest === null ? 'add the tag to tags.csv first' : `did you mean "${p.closest}"? (or add the tag to tags.csv)`,
      }),
      'rare-tag': (p) => ({
        message: `is used ${p.count} times, the similar tag "${p.similar}" ${p.similarCount} times`,
        hint: `did you mean "${p.similar}"? (a tags.csv listing the tags makes this an error)`,
      }),
      'not-a-slug': (p) => ({ message: 'is not a tag id', hint: `write tag ids in lower case with - between words, e.g. ${p.slug}` }),
      'repeated-project': (p) => ({
        message: `has the same name and agency as ${p.id} (line ${p.line}), but no revisit_of`,
        hint: `if the council treated that project again, set revisit_of to ${p.id}`,
      }),
    },
  },

  report: {
    title: (year) => `Digitaliseringsrådet – figures and charts ${year}`,
    lead: "The figures and charts are computed from the Norwegian Digitalisation Council's registers of projects, questions and recommendations. Every chart has a text that tells what matters most, and a table of the numbers behind it.",
    excludedNote: (name, cost, benefit) => `${name} (cost estimate ${cost}, benefit estimate ${benefit}) is kept out of the totals.`,
    noData: 'No data in the period.',
    files: 'Files',
    forSpreadsheets: 'for spreadsheets',
    workbookFile: 'figures.xlsx',
    workbookAbout: 'About this workbook',
    workbookPeriod: (since, asOf) => `The period ${since}–${asOf}: the figures count what is dated up to and including ${asOf}.`,
    workbookIntro:
      'Each sheet is a table of the report, with the same numbers as figures.json. Shares are fractions shown as percentages, amounts are million NOK. The sheets:',
    councilMeeting: 'Council meeting',
    revisitOf: 'Revisit of',
    filesIntro: 'The numbers behind the report, for spreadsheets and other tools:',
    footer: 'Made with digiraad.',
    generated: (iso) => `Made ${iso}.`,
    fontCredit: 'Typeface: Source Sans 3 (SIL Open Font License).',

    questionsSeries: "The agencies' questions",
    recommendationsSeries: 'Our recommendations',
    newProjects: 'New projects',
    questionShare: 'Share of the questions',
    recommendationShare: 'Share of the recommendations',
    yearShare: "Share of the year's recommendations",
    tagCount: (tag) => `Recommendations about ${tag}`,

    costBandsSubtitle: (n) => `Cost estimate, share of the ${n} projects with an estimate`,
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
    altMinistries: (projects, ministries, top, rest) =>
      `The ${projects} projects belong to ${ministries} ministries. Most belong to ${top}${rest ? `, followed by ${rest}` : ''}.`,
    ministryCount: (ministry, count) => `${ministry} (${count})`,

    projectTableTitle: 'The projects we have treated',
    projectTableIntro:
      "The size is the agency's cost estimate at the treatment: small projects cost under 26 million kroner, medium ones 26–200 million kroner and large ones over 200 million kroner. Unresolved: the agency gave no estimate.",
    sizes: { small: 'Small', medium: 'Medium', large: 'Large', unresolved: 'Unresolved' },
    revisit: 'new treatment',

    progress: (done, total, name) => `rendering charts ${done}/${total}: ${name}`,
    wrote: (display, files, index) => `wrote ${display} (${files} files): open ${index}`,
    upToDate: (display, files) => `${display} is up to date (${files} files)`,
    absent: (display) => `${display} does not exist: run digiraad report to write it`,
    stale: (display, parts) => `${display} is not what the data gives now (${parts}): run digiraad report to update it`,
    differs: (names) => `differs: ${names}`,
    missing: (names) => `missing: ${names}`,
    extra: (names) => `extra: ${names}`,
    writtenByOther: (folder, then, now) =>
      `${folder} was written by ${then}, and this is ${now}: the difference may come from the change of version, not from the data (write the report again with this version)`,
    writerVersions: (digiraad, node) => `digiraad ${digiraad} on Node ${node}`,

    source: (asOf) => `Source: Digitaliseringsrådet, registers as of ${asOf}`,
    partialYearNote: (asOf) => `* up to ${Number(asOf.slice(8, 10))} ${MONTHS[Number(asOf.slice(5, 7)) - 1]}`,
    countInYear: (count, year) => `${count} (${year})`,
    nRecommendations: (list) => `n = ${list} recommendations`,

    sharedSolutionText: (count, inPeriod) => `${count} of the ${inPeriod} new projects in the period build solutions that other agencies are to use.`,
    conversationsText: (total, inPeriod) => `The council has held ${total} experience conversations, ${inPeriod} of them since the last report.`,
    learnFromOthersText: (count, total) => `In ${count} of ${total} projects the council advised the leaders to contact agencies they can learn from directly.`,

    methodTitle: 'How we counted',
    methodPeriodTitle: 'The period',
    methodPeriod: (since, asOf) =>
      `The figures cover everything the council treated up to and including ${asOf}. "In the period" and "since the last report" mean after ${since}, the date the last report went up to, until ${asOf}. A project is new in the period when its first treatment lies in the period.`,
    methodProjectsTitle: 'Projects and new treatments',
    methodProjects: (projects, treatments, revisits) =>
      `A project is a project or programme the council has treated, counted once. When it comes back to the council, that is a new treatment of the same project, not a new project, and its estimates, ministry and flags are those of its latest treatment. The council has treated ${projects} projects in ${treatments} council treatments (new treatments: ${revisits}).`,
    methodExclusionTitle: 'Kept out of the totals',
    excludedProject: (name, cost, benefit) => `${name} (cost estimate ${cost}, benefit estimate ${benefit})`,
    methodExclusion: (excluded, withoutCost, counted) =>
      `${excluded ? `${excluded} stands apart from the rest and is kept out of the total cost and benefit estimates, but is counted in the size groups. ` : 'No project is kept out for standing apart. '}Projects without a cost estimate (${withoutCost}) are not in the totals either. The totals thus cover ${counted} projects.`,
    methodBandsTitle: 'Size groups',
    methodBands: (withCost, bands) =>
      `The chart "How large are the projects?" puts the ${withCost} projects with a cost estimate in the groups ${bands} (estimates in million kroner).`,
    methodThemesTitle: 'Themes and tags',
    methodThemes: (themes, share, tagLabel, tag) =>
      `Every question and recommendation is about one of six themes. The main themes are ${themes}; together they make up ${share} of all questions and recommendations. Recommendations about ${tagLabel} are those tagged "${tag}".`,

    docxFile: 'report.docx',
    pdfFile: 'report.pdf',
    figureWord: 'Figure',
    tableWord: 'Table',
    captionSeparator: ': ',
    noBrowser: 'found no Chromium, Chrome or Edge to make the PDF: give the browser with --browser PATH or the DIGIRAAD_BROWSER environment variable',
    browserMissing: (path) => `the browser ${path} does not exist: give a Chromium, Chrome or Edge with --browser PATH or DIGIRAAD_BROWSER`,
    pdfFailed: (reason) => `could not make the PDF in the browser: ${reason}`,
  },

  cli: {
    description: "Figures, tables and charts for Digitaliseringsrådet's annual experience report",
    examples: 'Examples:',
    footer: `
Settings come from digiraad.config.json in the working folder or the nearest parent folder with
one, then DIGIRAAD_* environment variables, then flags; "digiraad config" shows what is in effect. "digiraad <command> --help"
shows a command's examples and options.

Exit codes: 0 done, 1 the registers are invalid, 2 wrong usage, 3 a file could not be read or written,
70 internal error (a bug in digiraad).`,
    example: {
      explainFigure: 'the register rows behind one figure',
      latest: 'the key figures of the latest report',
      reportProjects: 'the projects that report covers',
      compareLatest: 'the latest report against the one before',
      validateFirst: 'check registers before counting them',
      initOwn: 'start registers of your own',
      newIn2019: 'the projects new in the 2019 report',
      largeProgrammes: 'large programmes',
      against: '2019 against the period before it',
      initForce: 'overwrite the files init writes',
      thisShell: 'this shell',
      newZsh: 'then start a new zsh',
    },
    commands: {
      explain: 'list the register rows behind one figure of stats: counted or not, and why',
      stats: 'print the key figures of a period',
      validate: 'check the registers and list every problem with file, line and column',
      report: 'write the report folder: charts (SVG, PNG, Vega-Lite), tables, index.html, report.md, figures.json',
      projects: 'list the projects: name, agency, ministry, first meeting and size class, with filters',
      compare: 'set the key figures of two periods side by side, with the change',
      config: 'show the settings in effect here and where each comes from',
      init: 'create a data folder: empty registers, the same for Excel, and a README for whoever fills them in',
      completion: 'print a completion script for bash, zsh or fish: commands, options and their values',
    },
    options: {
      allRows: 'with --format table: list every row, not just the first of each group',
      data: 'the folder with the registers (default: the data setting, else this folder if it holds registers, else the shipped data/)',
      asOf: 'count rows dated on or before this date (YYYY-MM-DD)',
      since: 'start of the period, exclusive (YYYY-MM-DD)',
      report: 'the period of that annual report (from reports.csv)',
      asOfEach: 'the end of a period (YYYY-MM-DD); give it twice, or once with one --report',
      sinceEach: 'the start of a period, exclusive (YYYY-MM-DD): the first --since goes with the first --as-of',
      reportEach: 'the period of that annual report; give it twice, or once with one --as-of',
      lang: 'language of the output',
      encoding: 'force the registers encoding: auto, utf-8 or windows-1252',
      maxErrors: 'list at most n errors',
      costBands: 'cost band edges in MNOK (default 26,50,100,200)',
      mainThemes: 'the main themes, comma-separated theme ids',
      highlightTag: 'the tag whose share by year is highlighted (default kommunikasjon)',
      out: 'the folder to write (default reports/<year>/)',
      excel: 'with --format csv: semicolons, decimal commas and a BOM for Norwegian Excel',
      output: 'with --format xlsx: the workbook to write (default: stdout, when it is not a terminal)',
      format: 'the output format',
      check: 'write nothing: exit 1 and name the files that differ from what the data gives now (report.pdf is left out)',
      all: 'with --check: every report folder under reports/, each with the period and settings of its manifest',
      quiet: 'show no warnings, only errors',
      wide: 'in a terminal: the full table, however wide, instead of fitting it to the window',
      pdf: 'also print index.html to report.pdf in a Chromium, Chrome or Edge that is installed (none is downloaded)',
      browser: 'the browser for --pdf (default: DIGIRAAD_BROWSER, else the usual install paths)',
      year: 'only projects first treated that year',
      ministry: 'only projects whose ministry contains the text (case and æøå ignored)',
      agency: 'only projects whose agency, or one of its joint agencies, contains the text',
      minCost: 'only projects with a cost estimate of at least this many MNOK',
      maxCost: 'only projects with a cost estimate of at most this many MNOK',
      programme: 'only programmes',
      noProgramme: 'only projects that are not programmes',
      sharedSolution: 'only projects that build solutions for other agencies',
      noSharedSolution: 'only projects that do not',
      inPeriod: 'only projects first treated in the period (after --since, up to --as-of)',
      force: 'overwrite files that exist (without it, init writes nothing when any of its files exists: exit 3)',
      version: 'output the version number',
      help: 'display help for command',
      helpCommand: 'display help for command',
    },
    arguments: {
      figure: 'the figure as stats --format json names it, e.g. totals.costMnok',
      dir: 'the folder to create (or fill)',
      shell: 'the shell',
    },
    help: {
      titles: {},
      options: '[options]',
      command: '[command]',
      choices: (list) => `choices: ${list}`,
      default: (value) => `default: ${value}`,
    },
    // commander's own English, word for word.
    errors: {
      unknownOption: (flag) => `error: unknown option '${flag}'`,
      unknownCommand: (name) => `error: unknown command '${name}'`,
      didYouMean: (names) => (names.length === 1 ? `(Did you mean ${names[0]}?)` : `(Did you mean one of ${names.join(', ')}?)`),
      missingArgument: (name) => `error: missing required argument '${name}'`,
      optionMissingArgument: (flags) => `error: option '${flags}' argument missing`,
      invalidOption: (flags, value, choices) => `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
      invalidArgument: (name, value, choices) => `error: command-argument value '${value}' is invalid for argument '${name}'. Allowed choices are ${choices}.`,
      excessArguments: (command, expected, received) =>
        `error: too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${received}.`,
    },
    internalError: (details) => `internal error (a bug in digiraad, please report it):\n${details}`,
    warning: (text) => `warning: ${text}`,
  },

  errors: {
    reportAndAsOf: '--report sets the period: give either --report or --as-of/--since',
    noReport: (year, known) => `no report ${year} in reports.csv${known === null ? ' (the data has no reports.csv)' : `, which has ${known}`}`,
    nothingToCount: 'nothing to count yet: projects.csv has no rows and reports.csv no cut-off (fill in the registers, or give --as-of to count up to a date)',
    sinceNotBefore: (since, asOf) => `--since ${since} must be before the as-of date ${asOf}`,
    date: (flag, value) => `${flag} ${value}: give a date as YYYY-MM-DD`,
    reportYear: (value) => `--report ${value}: give a report year, e.g. 2019`,
    year: (value) => `--year ${value}: give a year, e.g. 2019`,
    amount: (flag, value) => `${flag} ${value}: give an amount in MNOK, e.g. 26 or 26.5`,
    minAboveMax: (min, max) => `--min-cost ${min} is above --max-cost ${max}: no project can pass both`,
    encoding: (value, choices) => `--encoding ${value}: use one of ${choices}`,
    maxErrors: (value) => `--max-errors ${value}: give a whole number of 1 or more`,
    sinceNeedsAsOf: 'each --since needs an --as-of: give them in pairs, e.g. --as-of 2019-06-30 --since 2018-12-31',
    twoPeriods: (given) => `compare takes two periods, and got ${given}: give --report or --as-of twice, or one of each`,
    sourceDateEpoch: (value) => `SOURCE_DATE_EPOCH ${value}: give whole seconds since 1970-01-01`,
    sourceDateEpochRange: (value) => `SOURCE_DATE_EPOCH ${value} is out of range`,
    noSuchDate: (flag, value) => `${flag} ${value}: that date does not exist in the calendar`,
    excelWithoutCsv: (format) => `--excel is for CSV that Excel opens: use it with --format csv (not --format ${format})`,
    allNeedsCheck: '--all goes with --check: "digiraad report --check --all" checks every report folder under reports/',
    allTakesNoPeriod: '--check --all checks each folder with the period and settings of its manifest.json: leave out --report, --as-of, --since and --out',
    noReportFolders: (dir) => `${dir} has no report folders (folders with a manifest.json from digiraad report)`,

    invalidSetting: (source, written, key, expected) => `${source}: ${written} is not a valid ${key}: give ${expected}`,
    settingTooLong: (source, key, length, limit) => `${source}: ${key} is ${length} characters long, the limit is ${limit}`,
    configNotJson: (path, reason) => `${path} is not valid JSON: ${reason}`,
    configValue: (path, key, expected) => `${path}: ${key}: give ${expected}`,
    configUnknown: (path, keys, known) => `${path}: unknown setting ${keys} (the settings are ${known})`,
    configNotObject: (path, known) => `${path}: give an object of settings (the settings are ${known})`,
    expected: {
      data: 'a folder',
      out: 'a folder',
      lang: (langs) => `one of ${langs}`,
      costBandEdges: 'ascending whole numbers of MNOK, e.g. 26,50,100,200',
      mainThemes: (ids) => `theme ids, each once (${ids})`,
      highlightTag: 'a lower-case tag, e.g. kommunikasjon',
      quiet: 'true or false',
      $schema: 'the URL or path of the settings schema (config.schema.json)',
    },

    dataFolderNotFound: (dir) => `data folder not found: ${dir} (point --data at the folder that holds projects.csv)`,
    couldNotRead: (file, reason) => `could not read ${file}: ${reason}`,
    couldNotWrite: (file, reason) => `could not write ${file}: ${reason}`,
    rootFolder: (display) => `${display}: give a folder to write the report into, not the root of the file system`,
    protectedFolder: (display, kept) => `${display}: refusing to replace a folder that holds ${kept}: choose another --out`,
    writeStep: {
      look: 'could not look at it',
      temporary: 'could not make a temporary folder beside it',
      unchanged: 'nothing was changed',
      keptPrevious: 'the previous report was kept',
    },
    writeFailed: (display, step, reason) => `could not write ${display}: ${step}: ${reason}`,
    symbolicLink: (display) => `${display} is a symbolic link: give the folder it points to as --out`,
    notAFolder: (display) => `${display} exists and is not a folder: choose another --out`,
    notOurFolder: (display, manifest) =>
      `${display} exists and is not a report folder digiraad wrote (it has no digiraad ${manifest}): choose another --out, or empty it first`,
    wontOverwrite: (first, more) =>
      `will not overwrite ${first}${more > 0 ? ` (and ${more} more)` : ''}: nothing was written; --force overwrites, or name a new folder`,
    faults: {
      'not-regular': (f) => `${f.path} is ${FOUND[f.found]}, not a regular file: digiraad does not read it (put a CSV file there, or remove it)`,
      'dangling-link': (f) => `${f.path} is a symbolic link to something that does not exist: fix the link or remove it`,
      'cannot-read': (f) => `cannot read ${f.path}: ${reason(f.reason)}`,
      'cannot-write': (f) => `cannot write ${f.path}: ${reason(f.reason)}; nothing was changed`,
      'data-not-folder': (f) => `${f.path} is not a folder: point --data at the folder that holds projects.csv`,
      'no-working-folder': (f) => `the working folder does not exist any more (${f.reason}): change to a folder that exists and try again`,
      'file-too-big': (f) => `${f.path} is ${f.bytes} bytes, the limit is ${f.limit}: that is not a settings file`,
      'stdout-failed': (f) => `cannot write the output: ${reason(f.reason)}`,
      'other-files': (f) => `${f.path} holds files other than those digiraad init writes (${someFiles(f.files)}): name a new or empty folder`,
      'foreign-files': (f) =>
        `${f.path} holds files digiraad did not write with the names of files it writes (${someFiles(f.files)}): digiraad does not overwrite them; move them, or choose another folder`,
    },
    reason: (_code, message) => message,
  },

  guide: {
    intro: (excelFolder, workbook) => `# The registers

\`digiraad\` computes the figures of Digitaliseringsrådet's experience report from the CSV files in this
folder. Each file has one row per item. The first line holds the column names: leave it as it is.

- \`projects.csv\`, \`questions.csv\` and \`recommendations.csv\` are required. \`conversations.csv\` and
  \`reports.csv\` may stay without rows.
- The folder \`${excelFolder}/\` holds the same registers as one Excel workbook, \`${workbook}\`: a sheet per
  register, with drop-down lists for themes and yes/no, and this guide.
  Fill in either it or the files here, not both, and give \`--data\` the folder you filled in.
- Check the registers with \`digiraad validate --data <folder>\`: it names file, line and column of every problem.
- See the figures with \`digiraad stats --data <folder>\`.`,
    registers: {
      projects: 'one row per treatment by the council',
      questions: 'the questions the agency sent in before its meeting',
      recommendations: "the council's recommendations",
      conversations: 'the experience conversations (may stay empty)',
      reports: 'the annual reports (may stay empty)',
      tags: 'the tags recommendations may carry (may be left out)',
    },
    columnHead: ['column', 'required', 'content'],
    themeHead: ['id', 'theme'],
    workbook: {
      guideSheet: 'Guide',
      listsSheet: 'Lists',
      required: 'required',
      themeError: 'Pick one of the six themes in the list.',
      booleanError: 'Write yes or no (or leave the cell empty for no).',
      tagsPrompt: 'Pick a tag, or write several separated by |, e.g. kommunikasjon|laer-av-andre.',
    },
    yes: 'yes',
    no: 'no',
    columns: {
      projects: {
        id: 'an id no other treatment has, e.g. `2019-akson`',
        name: 'the name of the project or programme',
        agency: 'the agency; joint agencies separated by `/`',
        ministry: 'the ministry',
        meeting_date: 'the date of the council meeting',
        cost_mnok: 'the cost estimate in million NOK; empty = not given',
        benefit_mnok: 'the benefit estimate in million NOK; empty = not given',
        programme: 'organised as a programme (yes/no)',
        shared_solution: 'builds solutions for other agencies (yes/no)',
        exclude_from_totals: 'kept out of the total estimates because it stands out (yes/no)',
        revisit_of: 'only when the council treats a project again: the id of its first treatment',
      },
      questions: {
        id: 'an id no other row has, e.g. `q001`',
        project_id: 'the id of the treatment in `projects.csv`',
        theme: 'the theme (see the list below)',
        text: 'the question',
      },
      recommendations: {
        id: 'an id no other row has, e.g. `r001`',
        project_id: 'the id of the treatment in `projects.csv`',
        theme: 'the theme (see the list below)',
        tags: 'tags (see below)',
        text: 'the recommendation',
      },
      conversations: {
        id: 'an id no other row has, e.g. `c01`',
        project_id: 'the id of the treatment the conversation follows up',
        date: 'the date of the conversation',
      },
      reports: { year: 'the report year, e.g. `2019`', cutoff: 'the last day the report covers' },
      tags: {
        id: 'the tag as written in `recommendations.csv`: lower case, `-` between words',
        label: 'its name in bokmål, used in charts and text',
        label_nn: 'its name in nynorsk (empty = as `label`)',
        label_en: 'its name in English (empty = as `label`)',
        description: 'when to use the tag',
      },
    },
    values: `## Values

- **Dates**: \`YYYY-MM-DD\`, e.g. \`2019-10-31\`.
- **Amounts** in million NOK: \`1234.5\`, \`1234,5\` or \`1 234,5\`. An empty cell = not given.
- **Yes/no**: \`yes\`/\`no\`, \`ja\`/\`nei\`, \`true\`/\`false\`, \`1\`/\`0\` or \`x\`/empty. An empty cell = no.
- **Themes**: one of the six below, written as the id or the Norwegian name (case and æøå do not matter).`,
    tags: `**Tags** (\`tags\`) are separated by \`|\`, e.g. \`kommunikasjon|laer-av-andre\`. The report counts
\`kommunikasjon\` (clear leadership and communication) and \`laer-av-andre\` (contact another agency to
learn from it). With \`tags.csv\`, a tag it does not list is an error; add new tags there first.`,
  },
});
