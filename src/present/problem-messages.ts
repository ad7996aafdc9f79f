import type { RuleParams } from '../model/rules.js';
import type { Lang } from './locale.js';

/**
 * The words of every problem. With a value the message is a predicate, read after the column and
 * the value: `theme "Gevinstrealisring" is not one of the six themes`.
 */
export interface ProblemText {
  message: string;
  hint?: string;
}

type Catalogue = { [R in keyof RuleParams]: (p: RuleParams[R]) => ProblemText };

const THEME_LABELS = 'Organisering og styring; Behov, mål og løsning; Usikkerhet; Gevinstrealisering; Konkurransestrategi; IT-politiske føringer';

const en: Catalogue = {
  'missing-file': (p) => ({ message: `${p.register}.csv is missing`, hint: 'every data folder needs projects.csv, questions.csv and recommendations.csv (digiraad init makes empty ones)' }),
  'empty-file': (p) => ({ message: 'the file is empty', hint: `the first line must be the header: ${p.header}` }),
  'no-header': (p) => ({ message: 'the file has no header row', hint: `the first line must be the header: ${p.header}` }),
  'binary-file': () => ({ message: 'the file is not text (it holds NUL bytes)', hint: 'save the register as CSV (UTF-8 or Windows-1252), not as a spreadsheet or other binary format' }),
  'unbalanced-quote': () => ({ message: 'a quoted field in this row is never closed, so the rest of the file reads as one value', hint: 'close the quote, or write a quote inside a quoted field as ""' }),
  'row-too-long': (p) => ({ message: `the row that starts here runs on for more than ${p.limit} characters, so reading stopped`, hint: 'a quote may have been left open, or this is not a register' }),
  'duplicate-column': () => ({ message: 'the column appears twice', hint: 'keep one of them' }),
  'missing-column': (p) => ({ message: 'the required column is missing', hint: `the header has: ${p.header}` }),
  'extra-cells': (p) => ({ message: `the row has ${p.cells} cells, the header ${p.columns}`, hint: 'a value that holds the delimiter must be in "quotes"' }),
  'missing-cells': (p) => ({ message: `the row has ${p.cells} cells, the header ${p.columns}`, hint: 'every row needs a cell (maybe empty) for every column' }),
  'value-too-long': (p) => ({ message: `is ${p.length} characters long, the limit is ${p.limit}`, hint: 'a quote may be missing, so that the rest of the file became one value' }),
  'missing-value': (p) => ({ message: `a ${p.expected} is required`, ...(p.expected === 'date' ? { hint: 'write the date as YYYY-MM-DD' } : p.expected === 'theme' ? { hint: `write one of: ${THEME_LABELS}` } : {}) }),
  'ambiguous-number': (p) => ({ message: `could be ${p.whole}${p.fraction} or ${p.whole}.${p.fraction}`, hint: `write ${p.whole} ${p.fraction} for the whole number, or ${p.whole},${p.fraction}0 for the decimal` }),
  'not-a-number': () => ({ message: 'is not a number', hint: 'write million NOK as 1234,5 or 1 234,5 or 1234.5' }),
  'negative-number': () => ({ message: 'is negative', hint: 'estimates are amounts of million NOK, 0 or more' }),
  'not-a-boolean': () => ({ message: 'is not yes or no', hint: 'write yes/no, ja/nei, true/false, 1/0, or x/empty' }),
  'not-a-date': () => ({ message: 'is not a date', hint: 'write the date as YYYY-MM-DD' }),
  'impossible-date': () => ({ message: 'does not exist in the calendar', hint: 'check the day and the month' }),
  'norwegian-date': (p) => ({ message: `read as ${p.date}`, hint: 'write dates as YYYY-MM-DD to avoid any doubt' }),
  'date-with-time': (p) => ({ message: `read as ${p.date}: the time of day is left out`, hint: 'a meeting date needs no time; format the column as a date' }),
  'not-a-year': () => ({ message: 'is not a year', hint: 'write the report year as four digits, e.g. 2019' }),
  'unknown-theme': (p) => ({ message: 'is not one of the six themes', hint: `did you mean "${p.closest}"?` }),
  'duplicate-id': (p) => ({ message: `is already used on line ${p.line}`, hint: 'every row needs its own id' }),
  'unknown-project': (p) => ({ message: 'is not the id of any treatment in projects.csv', hint: p.closest === null ? 'add the project to projects.csv first' : `did you mean "${p.closest}"?` }),
  'revisit-before-original': (p) => ({ message: `is dated ${p.date} (line ${p.line}), after this treatment (${p.own})`, hint: 'a revisit comes after the treatment it revisits: check the dates or swap revisit_of' }),
  'revisit-cycle': (p) => ({ message: `closes a circle of revisits: ${p.cycle}`, hint: 'the first treatment of a project has an empty revisit_of' }),
  'conversation-before-meeting': (p) => ({ message: `is before the council meeting (${p.meeting})`, hint: 'an experience conversation follows the meeting by about a year' }),
  'cutoff-order': (p) => ({ message: `is not after the ${p.year} cut-off (${p.cutoff}, line ${p.line})`, hint: 'each report covers the time after the previous one' }),
};

const EXPECTED_NB = { value: 'en verdi', date: 'en dato', theme: 'et tema' } as const;

const nb: Catalogue = {
  'missing-file': (p) => ({ message: `${p.register}.csv mangler`, hint: 'hver datamappe trenger projects.csv, questions.csv og recommendations.csv (digiraad init lager tomme)' }),
  'empty-file': (p) => ({ message: 'filen er tom', hint: `første linje må være kolonnenavnene: ${p.header}` }),
  'no-header': (p) => ({ message: 'filen har ingen linje med kolonnenavn', hint: `første linje må være kolonnenavnene: ${p.header}` }),
  'binary-file': () => ({ message: 'filen er ikke tekst (den har NUL-byte)', hint: 'lagre registeret som CSV (UTF-8 eller Windows-1252), ikke som regneark eller annet binærformat' }),
  'unbalanced-quote': () => ({ message: 'et felt i denne raden åpner et anførselstegn som aldri lukkes, så resten av filen leses som én verdi', hint: 'lukk anførselstegnet, eller skriv et anførselstegn inne i et felt som ""' }),
  'row-too-long': (p) => ({ message: `raden som begynner her, er lengre enn ${p.limit} tegn, så lesingen stoppet`, hint: 'kanskje et anførselstegn ikke er lukket, eller filen er ikke et register' }),
  'duplicate-column': () => ({ message: 'kolonnen finnes to ganger', hint: 'behold én av dem' }),
  'missing-column': (p) => ({ message: 'den påkrevde kolonnen mangler', hint: `kolonnenavnene er: ${p.header}` }),
  'extra-cells': (p) => ({ message: `raden har ${p.cells} celler, kolonnenavnene ${p.columns}`, hint: 'en verdi med skilletegnet i må stå i "anførselstegn"' }),
  'missing-cells': (p) => ({ message: `raden har ${p.cells} celler, kolonnenavnene ${p.columns}`, hint: 'hver rad trenger en celle (gjerne tom) for hver kolonne' }),
  'value-too-long': (p) => ({ message: `er ${p.length} tegn lang, grensen er ${p.limit}`, hint: 'kanskje et anførselstegn mangler, så resten av filen ble én verdi' }),
  'missing-value': (p) => ({ message: `${EXPECTED_NB[p.expected]} må fylles inn`, ...(p.expected === 'date' ? { hint: 'skriv datoen som ÅÅÅÅ-MM-DD' } : p.expected === 'theme' ? { hint: `skriv ett av: ${THEME_LABELS}` } : {}) }),
  'ambiguous-number': (p) => ({ message: `kan bety ${p.whole}${p.fraction} eller ${p.whole},${p.fraction}`, hint: `skriv ${p.whole} ${p.fraction} for heltallet, eller ${p.whole},${p.fraction}0 for desimaltallet` }),
  'not-a-number': () => ({ message: 'er ikke et tall', hint: 'skriv millioner kroner som 1234,5 eller 1 234,5 eller 1234.5' }),
  'negative-number': () => ({ message: 'er negativt', hint: 'anslag er beløp i millioner kroner, 0 eller mer' }),
  'not-a-boolean': () => ({ message: 'er verken ja eller nei', hint: 'skriv ja/nei, yes/no, true/false, 1/0 eller x/tom' }),
  'not-a-date': () => ({ message: 'er ikke en dato', hint: 'skriv datoen som ÅÅÅÅ-MM-DD' }),
  'impossible-date': () => ({ message: 'finnes ikke i kalenderen', hint: 'sjekk dag og måned' }),
  'norwegian-date': (p) => ({ message: `lest som ${p.date}`, hint: 'skriv datoer som ÅÅÅÅ-MM-DD, så er det ingen tvil' }),
  'date-with-time': (p) => ({ message: `lest som ${p.date}: klokkeslettet er tatt bort`, hint: 'en møtedato trenger ikke klokkeslett; formater kolonnen som dato' }),
  'not-a-year': () => ({ message: 'er ikke et årstall', hint: 'skriv rapportåret med fire sifre, f.eks. 2019' }),
  'unknown-theme': (p) => ({ message: 'er ikke ett av de seks temaene', hint: `mente du «${p.closest}»?` }),
  'duplicate-id': (p) => ({ message: `er allerede brukt på linje ${p.line}`, hint: 'hver rad trenger sin egen id' }),
  'unknown-project': (p) => ({ message: 'er ikke id-en til noen behandling i projects.csv', hint: p.closest === null ? 'legg prosjektet inn i projects.csv først' : `mente du «${p.closest}»?` }),
  'revisit-before-original': (p) => ({ message: `er datert ${p.date} (linje ${p.line}), etter denne behandlingen (${p.own})`, hint: 'en ny behandling kommer etter den den følger opp: sjekk datoene eller bytt om revisit_of' }),
  'revisit-cycle': (p) => ({ message: `lukker en ring av nye behandlinger: ${p.cycle}`, hint: 'den første behandlingen av et prosjekt har tom revisit_of' }),
  'conversation-before-meeting': (p) => ({ message: `er før rådsmøtet (${p.meeting})`, hint: 'en erfaringssamtale kommer omtrent et år etter møtet' }),
  'cutoff-order': (p) => ({ message: `er ikke etter skjæringsdatoen for ${p.year} (${p.cutoff}, linje ${p.line})`, hint: 'hver rapport dekker tiden etter den forrige' }),
};

const CATALOGUES: Record<Lang, Catalogue> = { nb, en };

export function problemText(problem: { rule: keyof RuleParams; params: unknown }, lang: Lang): ProblemText {
  return (CATALOGUES[lang][problem.rule] as (p: unknown) => ProblemText)(problem.params);
}
