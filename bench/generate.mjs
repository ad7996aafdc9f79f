// Deterministic synthetic registers for the benchmark (issue 5). Plain Node, no dependencies.
//
//   node bench/generate.mjs 1m [DIR]     (sizes: 10k, 100k, 1m)
//
// Same seed + same size + same generator source → byte-identical files. Output is written in
// ~1 MB chunks with fs.writeSync, so generating needs little memory: only the treatments
// (≤ 100,000 small objects) are held, questions and recommendations are streamed.
//
// Shape (1m): 100,000 treatments (~9 % revisits, each revisit_of points straight at the root,
// so one join resolves a project — chains are allowed by the contract but not generated here),
// ~15 % without cost, a few excluded from totals, joint agencies with "/" (some " / "),
// meeting dates 2016–2024, ~200 agencies, 20 ministries; 300,000 questions; 1,000,000
// recommendations (tags kommunikasjon, laer-av-andre and others, ~55 % empty; texts ~60 chars
// with commas and quotes; themes mostly as ids, some as labels); conversations; reports.csv with
// one cut-off per year 2016–2024 (the last one, 2024-10-29, is the benchmark's as-of, so the
// treatments of Nov–Dec 2024 are outside the period).

import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../scripts/mulberry32.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SEED = 20250105;
export const FILES = ['projects.csv', 'questions.csv', 'recommendations.csv', 'conversations.csv', 'reports.csv'];

export const SIZES = {
  '10k': { treatments: 1_000, questions: 3_000, recommendations: 10_000 },
  '100k': { treatments: 10_000, questions: 30_000, recommendations: 100_000 },
  '1m': { treatments: 100_000, questions: 300_000, recommendations: 1_000_000 },
  '3m': { treatments: 300_000, questions: 900_000, recommendations: 3_000_000 },
};
/** Accepts 10k / 100K / 1M / 1m. */
export const sizeKey = (s) => s.trim().toLowerCase();

export const REPORT_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
export const cutoffOf = (year) => `${year}-10-${String(25 + (year % 5)).padStart(2, '0')}`;
export const LAST_CUTOFF = cutoffOf(REPORT_YEARS.at(-1));

const THEMES = [
  ['organisering-og-styring', 'Organisering og styring', 'Organisering og styring', 0.34],
  ['behov-mal-og-losning', 'Behov, mål og løsning', 'Behov, mal og losning', 0.21],
  ['usikkerhet', 'Usikkerhet', 'Usikkerhet', 0.15],
  ['gevinstrealisering', 'Gevinstrealisering', 'Gevinstrealisering', 0.15],
  ['konkurransestrategi', 'Konkurransestrategi', 'Konkurransestrategi', 0.08],
  ['it-politiske-foringer', 'IT-politiske føringer', 'IT-politiske foringer', 0.07],
];
const TAGS = [
  ['kommunikasjon', 0.3],
  ['laer-av-andre', 0.2],
  ['gevinstplan', 0.1],
  ['brukerinvolvering', 0.1],
  ['deling-av-data', 0.08],
  ['sikkerhet', 0.07],
  ['skytjenester', 0.05],
  ['arkitektur', 0.05],
  ['smidig', 0.03],
  ['personvern', 0.02],
];
const MINISTRIES = [
  'Arbeids- og inkluderingsdepartementet',
  'Barne- og familiedepartementet',
  'Digitaliserings- og forvaltningsdepartementet',
  'Energidepartementet',
  'Finansdepartementet',
  'Forsvarsdepartementet',
  'Helse- og omsorgsdepartementet',
  'Justis- og beredskapsdepartementet',
  'Klima- og miljødepartementet',
  'Kommunal- og distriktsdepartementet',
  'Kultur- og likestillingsdepartementet',
  'Kunnskapsdepartementet',
  'Landbruks- og matdepartementet',
  'Nærings- og fiskeridepartementet',
  'Samferdselsdepartementet',
  'Utenriksdepartementet',
  'Statsministerens kontor',
  'Kirke-, utdannings- og forskningsdepartementet',
  'Fornyingsdepartementet',
  'Olje- og energidepartementet',
];
const AGENCY_STEMS = ['Arbeids', 'Helse', 'Skatte', 'Vei', 'Miljø', 'Kultur', 'Justis', 'Nærings', 'Utdannings', 'Forsvars'];
const AGENCY_KINDS = [
  'direktoratet',
  'etaten',
  'verket',
  'tilsynet',
  'registeret',
  'senteret',
  'forvaltningen',
  'kontoret',
  'byrået',
  'nemnda',
  'instituttet',
  'ombudet',
  'fondet',
  'kassen',
  'sekretariatet',
  'rådet',
  'arkivet',
  'tjenesten',
  'banken',
  'styret',
];
// 200 agencies; two of them hold a comma, so they are quoted in the CSV.
const AGENCIES = AGENCY_STEMS.flatMap((s) => AGENCY_KINDS.map((k) => `${s}${k}`));
AGENCIES[7] = 'Statens vegvesen, region nord';
AGENCIES[123] = 'Fylkesmannen i Oslo og Viken, IKT';

const VERBS = ['Snakk med', 'Lær av', 'Ta kontakt med', 'Involver', 'Avklar ansvaret med', 'Del erfaringer med'];
const OBJECTS = ['ledelsen', 'brukerne', 'leverandøren', 'prosjekteiere', '"styringsgruppen"', 'fagmiljøet', 'Lånekassen', 'NAV'];
const TAILS = [
  ', før dere velger løsning.',
  ', og skriv ned "gevinstplanen".',
  ' tidlig, slik at målene blir tydelige.',
  ', og del kunnskap på tvers.',
  ' om usikkerhet, kost og nytte.',
  ', før "anskaffelsen" starter.',
  ' jevnlig, og kommuniser tydelig.',
  ', ellers øker risikoen.',
];
const Q_STARTS = ['Hvordan bør vi', 'Når skal vi', 'Hvem bør', 'Bør vi'];
const Q_ENDS = [
  'styre et program med mange avhengigheter?',
  'måle gevinster, og når?',
  'bruke "smidige" metoder?',
  'kjøpe eller bygge selv?',
  'involvere brukerne, og hvor tidlig?',
];

const csvCell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Buffered appends to one file, flushed with writeSync in ~1 MB chunks. */
class Out {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.buf = '';
    this.bytes = 0;
  }
  line(cells) {
    this.buf += `${cells.map(csvCell).join(',')}\n`;
    if (this.buf.length > 1 << 20) this.flush();
  }
  flush() {
    if (this.buf) {
      this.bytes += writeSync(this.fd, this.buf);
      this.buf = '';
    }
  }
  close() {
    this.flush();
    closeSync(this.fd);
    return this.bytes;
  }
}

const DAY = 86_400_000;
const START = Date.UTC(2016, 0, 4);
const END = Date.UTC(2024, 11, 20);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

export function generatorHash() {
  return createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 16);
}

export function stampOf(size) {
  return { seed: SEED, size, counts: SIZES[size], generator: generatorHash(), asOf: LAST_CUTOFF };
}

/** True when DIR already holds this size made with this seed and this generator. */
export function isFresh(size, dir) {
  const stampPath = join(dir, '.stamp.json');
  if (!existsSync(stampPath)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    const want = stampOf(size);
    if (stamp.seed !== want.seed || stamp.size !== want.size || stamp.generator !== want.generator) return false;
    return FILES.every((f) => existsSync(join(dir, f)) && statSync(join(dir, f)).size === stamp.bytes?.[f]);
  } catch {
    return false;
  }
}

export function generate(size, dir) {
  const counts = SIZES[size];
  if (!counts) throw new Error(`unknown size ${size}: use one of ${Object.keys(SIZES).join(', ')}`);
  mkdirSync(dir, { recursive: true });
  const seedOfSize = SEED + Object.keys(SIZES).indexOf(size) * 7919;
  const rand = mulberry32(seedOfSize);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const weighted = (items, w = (x) => x.at(-1)) => {
    let r = rand() * items.reduce((s, x) => s + w(x), 0);
    for (const x of items) {
      r -= w(x);
      if (r < 0) return x;
    }
    return items.at(-1);
  };
  const bytes = {};

  // --- treatments ---------------------------------------------------------------------------
  const money = () => {
    const u = rand();
    if (u < 0.03) return String(pick([26, 50, 100, 200])); // band edges
    const v = Math.exp(Math.log(3) + rand() * (Math.log(2500) - Math.log(3)));
    return u < 0.75 ? String(Math.round(v)) : (Math.round(v * 10) / 10).toFixed(1);
  };
  const rows = []; // [date, name, agency, ministry, cost, benefit, programme, shared, excluded, rootIndex|-1]
  let projectNo = 0;
  while (rows.length < counts.treatments) {
    projectNo++;
    const first = START + Math.floor(rand() * ((END - START) / DAY)) * DAY;
    const n = rand() < 0.93 ? 1 : 1 + Math.floor(1 + rand() * 2);
    const agency =
      rand() < 0.08
        ? [...new Set([pick(AGENCIES), pick(AGENCIES), ...(rand() < 0.3 ? [pick(AGENCIES)] : [])])].join(rand() < 0.25 ? ' / ' : '/')
        : pick(AGENCIES);
    const ministry = pick(MINISTRIES);
    const name = rand() < 0.1 ? `Prosjekt ${projectNo}, fase ${int(1, 3)}` : `Prosjekt ${projectNo}`;
    const excluded = rand() < 0.003;
    const programme = rand() < 0.2 ? 'yes' : 'no';
    const shared = rand() < 0.3 ? 'yes' : 'no';
    const rootIndex = rows.length;
    let date = first;
    for (let k = 0; k < n && rows.length < counts.treatments; k++) {
      if (k > 0) {
        date += int(30, 600) * DAY;
        if (date > END) break;
      }
      const cost = rand() < 0.15 ? '' : excluded ? String(int(5000, 15000)) : money();
      const benefit = cost === '' || rand() < 0.25 ? '' : String(Math.round(Number(cost) * (0.5 + rand() * 4.5)));
      const ex = excluded && !(k > 0 && rand() < 0.2) ? 'yes' : 'no';
      rows.push([date, name, agency, ministry, cost, benefit, k > 0 && rand() < 0.1 ? 'yes' : programme, shared, ex, k === 0 ? -1 : rootIndex]);
    }
  }
  // Registers list treatments by meeting date; ids are given in that order.
  const order = rows.map((_, i) => i).sort((a, b) => rows[a][0] - rows[b][0] || a - b);
  const idOf = new Array(rows.length);
  for (const [n, i] of order.entries()) idOf[i] = `p${n + 1}`;
  const treatments = order.map((i) => ({ id: idOf[i], date: rows[i][0] }));
  const projects = new Out(join(dir, 'projects.csv'));
  projects.line([
    'id',
    'name',
    'agency',
    'ministry',
    'meeting_date',
    'cost_mnok',
    'benefit_mnok',
    'programme',
    'shared_solution',
    'exclude_from_totals',
    'revisit_of',
  ]);
  for (const i of order) {
    const [date, name, agency, ministry, cost, benefit, programme, shared, ex, root] = rows[i];
    projects.line([idOf[i], name, agency, ministry, iso(date), cost, benefit, programme, shared, ex, root === -1 ? '' : idOf[root]]);
  }
  bytes['projects.csv'] = projects.close();
  rows.length = 0;

  const theme = () => {
    const t = weighted(THEMES);
    const u = rand();
    return u < 0.93 ? t[0] : u < 0.98 ? t[1] : t[2];
  };

  // --- questions ------------------------------------------------------------------------------
  const questions = new Out(join(dir, 'questions.csv'));
  questions.line(['id', 'project_id', 'theme', 'text']);
  for (let n = 1; n <= counts.questions; n++) {
    questions.line([`q${n}`, pick(treatments).id, theme(), `${pick(Q_STARTS)} ${pick(Q_ENDS)}`]);
  }
  bytes['questions.csv'] = questions.close();

  // --- recommendations ------------------------------------------------------------------------
  const recommendations = new Out(join(dir, 'recommendations.csv'));
  recommendations.line(['id', 'project_id', 'theme', 'tags', 'text']);
  for (let n = 1; n <= counts.recommendations; n++) {
    let tags = '';
    if (rand() >= 0.55) {
      const set = new Set();
      const k = rand() < 0.7 ? 1 : int(2, 3);
      for (let j = 0; j < k; j++) set.add(weighted(TAGS)[0]);
      tags = [...set].join('|');
      const u = rand();
      if (u < 0.005)
        tags = `${tags}|${tags.split('|')[0]}`; // a repeated tag counts once
      else if (u < 0.015) tags = tags[0].toUpperCase() + tags.slice(1); // tags are read in any case
    }
    recommendations.line([`r${n}`, pick(treatments).id, theme(), tags, `${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)}`]);
  }
  bytes['recommendations.csv'] = recommendations.close();

  // --- conversations: about a year after a meeting (some after the as-of date) -----------------
  const conversations = new Out(join(dir, 'conversations.csv'));
  conversations.line(['id', 'project_id', 'date']);
  const nConversations = Math.round(counts.treatments * 0.3);
  for (let n = 1; n <= nConversations; n++) {
    const t = pick(treatments);
    conversations.line([`c${n}`, t.id, iso(t.date + int(200, 600) * DAY)]);
  }
  bytes['conversations.csv'] = conversations.close();

  const reports = new Out(join(dir, 'reports.csv'));
  reports.line(['year', 'cutoff']);
  for (const year of REPORT_YEARS) reports.line([String(year), cutoffOf(year)]);
  bytes['reports.csv'] = reports.close();

  const stamp = { ...stampOf(size), bytes };
  writeFileSync(join(dir, '.stamp.tmp'), JSON.stringify(stamp, null, 2));
  renameSync(join(dir, '.stamp.tmp'), join(dir, '.stamp.json'));
  return stamp;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = sizeKey(process.argv[2] ?? '10k');
  const dir = process.argv[3] ?? join(HERE, 'work', size);
  const t0 = performance.now();
  const stamp = generate(size, dir);
  const mb = Object.values(stamp.bytes).reduce((a, b) => a + b, 0) / 1e6;
  console.error(`${dir}: ${mb.toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
