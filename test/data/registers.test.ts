import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/model/slug.js';
import { THEMES } from '../../src/model/themes.js';

// The facts of the shipped registers in data/ that the report's text and table imply, beyond the
// published figures (test/published-figures.test.ts): what scripts/generate-data.mjs made them to be.
type Row = Record<string, string>;
const DATA = new URL('../../data/', import.meta.url);
const HEADERS = {
  projects: 'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of',
  questions: 'id,project_id,theme,text',
  recommendations: 'id,project_id,theme,tags,text',
  conversations: 'id,project_id,date',
  reports: 'year,cutoff',
} as const;
type Register = keyof typeof HEADERS;

const bytes = (name: Register) => readFileSync(new URL(`${name}.csv`, DATA));
const read = (name: Register): Row[] => Papa.parse<Row>(bytes(name).toString('utf8'), { header: true, skipEmptyLines: true }).data;
const [projects, questions, recommendations, conversations] = (['projects', 'questions', 'recommendations', 'conversations'] as const).map(read) as [
  Row[],
  Row[],
  Row[],
  Row[],
];
const byId = new Map(projects.map((p) => [p.id!, p]));
const rootOf = (p: Row): Row => (p.revisit_of ? rootOf(byId.get(p.revisit_of)!) : p);
const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const weekday = (date: string) => new Date(time(date)).getUTCDay();
const LAST = '2019-10-31';

describe('the shipped registers in data/', () => {
  it.each(Object.entries(HEADERS))('%s.csv is UTF-8 without BOM, LF line ends, the contract header, full rows', (name, header) => {
    const buffer = bytes(name as Register);
    const text = buffer.toString('utf8');
    expect(Buffer.from(text, 'utf8').equals(buffer)).toBe(true);
    expect(buffer[0]).not.toBe(0xef);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]!.join(',')).toBe(header);
    expect(parsed.data.every((row) => row.length === header.split(',').length)).toBe(true);
  });

  it('has 56 treatments, 15/15/15/11 per year, of 55 projects: the one revisit is Helsedataprogrammet 2018, with a new cost estimate', () => {
    expect([2016, 2017, 2018, 2019].map((year) => projects.filter((p) => p.meeting_date!.startsWith(String(year))).length)).toEqual([15, 15, 15, 11]);
    const revisits = projects.filter((p) => p.revisit_of);
    expect(revisits.map((p) => [p.id, p.revisit_of])).toEqual([['2018-helsedataprogrammet', '2017-helsedataprogrammet']]);
    expect(revisits[0]!.cost_mnok).not.toBe(byId.get('2017-helsedataprogrammet')!.cost_mnok);
  });

  it('has three projects of the 2019 period that cost 700 MNOK or more, Akson one of them, and only Akson kept out of the totals', () => {
    const period = projects.filter((p) => !p.revisit_of && p.meeting_date! > '2018-10-24' && p.meeting_date! <= LAST);
    const latestCost = (root: Row) => Number(projects.filter((t) => rootOf(t) === root).at(-1)!.cost_mnok || NaN);
    const big = period.filter((p) => latestCost(p) >= 700);
    expect(big).toHaveLength(3);
    expect(big.some((p) => p.name!.includes('Akson'))).toBe(true);
    expect(projects.filter((p) => p.exclude_from_totals === 'yes').map((p) => p.id)).toEqual(['2019-akson']);
  });

  it('keeps the printed names of HiOA (2017) and OsloMet (2018): two agencies', () => {
    expect(byId.get('2017-digitalt-universitet')!.agency).toBe('Høgskolen i Oslo og Akershus');
    expect(byId.get('2018-arbeidslivsportalen')!.agency).toBe('OsloMet – storbyuniversitetet');
  });

  it(`has real dates up to ${LAST}, meetings in table order, on weekdays and never in July`, () => {
    const dates = [...projects.map((p) => p.meeting_date!), ...conversations.map((c) => c.date!)];
    for (const date of dates) {
      expect(new Date(time(date)).toISOString().slice(0, 10), date).toBe(date);
      expect(date <= LAST, date).toBe(true);
      expect([0, 6].includes(weekday(date)) || date.slice(5, 7) === '07', date).toBe(false);
    }
    expect(projects.every((p, i) => i === 0 || p.meeting_date! > projects[i - 1]!.meeting_date!)).toBe(true);
  });

  it('names projects <year>-<slug>, the year of their meeting, and ids are unique in every register', () => {
    for (const p of projects) expect(p.id).toMatch(new RegExp(`^${p.meeting_date!.slice(0, 4)}-[a-z0-9-]+$`));
    for (const rows of [projects, questions, recommendations, conversations]) expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('gives each treatment 1..6 questions and 4..12 recommendations, each about a treatment and one of the six themes', () => {
    const per = (rows: Row[]) => projects.map((p) => rows.filter((r) => r.project_id === p.id).length);
    expect(Math.min(...per(questions))).toBeGreaterThanOrEqual(1);
    expect(Math.max(...per(questions))).toBeLessThanOrEqual(6);
    expect(Math.min(...per(recommendations))).toBeGreaterThanOrEqual(4);
    expect(Math.max(...per(recommendations))).toBeLessThanOrEqual(12);
    const themes = new Set(THEMES.flatMap((t) => [t.id, slug(t.label)]));
    for (const row of [...questions, ...recommendations, ...conversations]) expect(byId.has(row.project_id!), row.id).toBe(true);
    for (const row of [...questions, ...recommendations]) expect(themes.has(slug(row.theme!)), row.theme).toBe(true);
    for (const row of recommendations) expect(row.tags).toMatch(/^([a-z0-9-]+(\|[a-z0-9-]+)*)?$/);
  });

  it('has at most one conversation per project, 365..548 days after its meeting', () => {
    const roots = conversations.map((c) => rootOf(byId.get(c.project_id!)!).id);
    expect(new Set(roots).size).toBe(roots.length);
    for (const c of conversations) {
      const days = (time(c.date!) - time(byId.get(c.project_id!)!.meeting_date!)) / DAY;
      expect(days, c.id).toBeGreaterThanOrEqual(365);
      expect(days, c.id).toBeLessThanOrEqual(548);
    }
  });

  it('exercises quoting (texts and agencies with commas and quotes), and data/README.md names the seed', () => {
    expect(recommendations.some((r) => /[",]/.test(r.text!))).toBe(true);
    expect(projects.some((p) => p.agency!.includes(','))).toBe(true);
    const seed = /^export const SEED = (\d+);$/m.exec(readFileSync(new URL('../../scripts/generate-data.mjs', import.meta.url), 'utf8'))?.[1];
    expect(seed).toBeDefined();
    expect(readFileSync(new URL('README.md', DATA), 'utf8')).toContain(`seed \`${seed}\``);
  });
});
