// The reference implementation of the benchmark: the figures of docs/contract.md §4 computed by DuckDB
// from the same CSV files digiraad reads, in one process.
//
//   node bench/duckdb-figures.mjs DIR ASOF      → the figures document (JSON) on stdout
//
// Written for the files bench/generate.mjs makes (UTF-8, comma, LF, fixed column order — so
// read_csv gets explicit types and no sniffing), with the contract's definitions:
// - a project is the root of its revisit_of chain. The generator makes every revisit point
//   straight at the root, so root = coalesce(revisit_of, id) — one join, no recursion. (Longer
//   chains would need a recursive CTE; this script does not claim to handle them.)
// - a project's cost, benefit and flags come from its latest treatment dated ≤ as-of (the
//   generator gives a project's treatments distinct dates, so there are no ties);
// - questions and recommendations date from their treatment's meeting_date;
// - themes may be written as id, label or folded label, in any case; tags are `|`-separated,
//   read in lower case, a tag repeated in one cell counts once.
// Shares are computed here from the integer counts, the way digiraad divides them.

import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

const [dir, asOf] = process.argv.slice(2);
if (!dir || !/^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '')) {
  console.error('usage: node bench/duckdb-figures.mjs DIR ASOF');
  process.exit(2);
}

const THEMES = [
  ['organisering-og-styring', 'Organisering og styring', 'Organisering og styring'],
  ['behov-mal-og-losning', 'Behov, mål og løsning', 'Behov, mal og losning'],
  ['usikkerhet', 'Usikkerhet', 'Usikkerhet'],
  ['gevinstrealisering', 'Gevinstrealisering', 'Gevinstrealisering'],
  ['konkurransestrategi', 'Konkurransestrategi', 'Konkurransestrategi'],
  ['it-politiske-foringer', 'IT-politiske føringer', 'IT-politiske foringer'],
];
const MAIN_THEMES = ['organisering-og-styring', 'behov-mal-og-losning'];
const BANDS = [
  ['under-26', 'cost < 26'],
  ['26-50', 'cost >= 26 AND cost <= 50'],
  ['51-100', 'cost > 50 AND cost <= 100'],
  ['101-200', 'cost > 100 AND cost <= 200'],
  ['over-200', 'cost > 200'],
];

const q = (s) => `'${s.replace(/'/g, "''")}'`;
const csv = (file, columns) =>
  `read_csv(${q(join(dir, file))}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${Object.entries(columns)
    .map(([k, v]) => `${q(k)}: ${q(v)}`)
    .join(', ')}})`;
const bool = (col) => `coalesce(lower(trim(${col})) IN ('yes', 'ja', 'true', '1', 'x'), false)`;
const themeVariants = THEMES.flatMap(([id, label, folded]) =>
  [...new Set([id, label.toLowerCase(), folded.toLowerCase()])].map((v) => `(${q(v)}, ${q(id)})`),
).join(', ');

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const run = (sql) => con.run(sql);
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJS();
const one = async (sql) => (await rows(sql))[0];
const num = (v) => (v === null || v === undefined ? v : Number(v));
const share = (n, d) => (d === 0 ? 0 : n / d);

await run(`CREATE TEMP TABLE theme_map(variant VARCHAR, id VARCHAR); INSERT INTO theme_map VALUES ${themeVariants};`);

// Every treatment (questions may point at treatments after as-of: they are dated by them).
await run(`CREATE TEMP TABLE t AS
  SELECT id, name, agency, ministry, meeting_date, cost_mnok AS cost, benefit_mnok AS benefit,
         ${bool('programme')} AS programme, ${bool('shared_solution')} AS shared, ${bool('exclude_from_totals')} AS excluded,
         coalesce(nullif(trim(revisit_of), ''), id) AS root
  FROM ${csv('projects.csv', {
    id: 'VARCHAR',
    name: 'VARCHAR',
    agency: 'VARCHAR',
    ministry: 'VARCHAR',
    meeting_date: 'DATE',
    cost_mnok: 'DECIMAL(18,1)',
    benefit_mnok: 'DECIMAL(18,1)',
    programme: 'VARCHAR',
    shared_solution: 'VARCHAR',
    exclude_from_totals: 'VARCHAR',
    revisit_of: 'VARCHAR',
  })}`);

const reports = await rows(`SELECT year, strftime(cutoff, '%Y-%m-%d') AS cutoff FROM ${csv('reports.csv', { year: 'INTEGER', cutoff: 'DATE' })} ORDER BY year`);
const since =
  reports.filter((r) => r.cutoff < asOf).at(-1)?.cutoff ??
  `${String(Number(asOf.slice(0, 4)) - 1).padStart(4, '0')}-${asOf.slice(5) === '02-29' ? '02-28' : asOf.slice(5)}`;
const AS_OF = `DATE ${q(asOf)}`;
const SINCE = `DATE ${q(since)}`;

// Projects as of the date: first treatment (the root) and state of the latest treatment.
await run(`CREATE TEMP TABLE p AS
  WITH tr AS (SELECT * FROM t WHERE meeting_date <= ${AS_OF}),
  latest AS (SELECT DISTINCT ON (root) root, name, cost, benefit, programme, shared, excluded FROM tr ORDER BY root, meeting_date DESC)
  SELECT r.id, r.meeting_date AS first_date, l.name, l.cost, l.benefit, l.programme, l.shared, l.excluded
  FROM t r JOIN latest l ON l.root = r.id
  WHERE r.id = r.root AND r.meeting_date <= ${AS_OF}`);

const pf = await one(`SELECT
    (SELECT count(*) FROM p) AS total,
    (SELECT count(*) FROM t WHERE meeting_date <= ${AS_OF}) AS treatments,
    count(*) FILTER (WHERE first_date > ${SINCE}) AS inPeriod,
    count(*) FILTER (WHERE first_date > ${SINCE} AND shared) AS inPeriodSharedSolution,
    (SELECT count(DISTINCT a) FROM (SELECT trim(unnest(string_split(agency, '/'))) AS a FROM t WHERE meeting_date <= ${AS_OF}) WHERE a <> '') AS agencies,
    (SELECT count(DISTINCT ministry) FROM t WHERE meeting_date <= ${AS_OF}) AS ministries,
    count(*) FILTER (WHERE programme) AS programmes,
    count(cost) AS withCost
  FROM p`);
const projects = Object.fromEntries(Object.entries(pf).map(([k, v]) => [k, num(v)]));
projects.withoutCost = projects.total - projects.withCost;

const tf = await one(`SELECT count(*) AS counted, coalesce(sum(cost), 0)::DOUBLE AS cost, coalesce(sum(benefit), 0)::DOUBLE AS benefit,
    min(cost)::DOUBLE AS min, max(cost)::DOUBLE AS max
  FROM p WHERE cost IS NOT NULL AND NOT excluded`);
const excluded = await rows(`SELECT id, name, cost::DOUBLE AS costMnok, benefit::DOUBLE AS benefitMnok FROM p WHERE excluded ORDER BY first_date, id`);
const totals = {
  counted: num(tf.counted),
  costMnok: num(tf.cost),
  benefitMnok: num(tf.benefit),
  costRange: { min: num(tf.min), max: num(tf.max) },
  excluded: excluded.map((e) => ({ id: e.id, name: e.name, costMnok: num(e.costMnok), benefitMnok: num(e.benefitMnok) })),
};

const bands = await one(`SELECT ${BANDS.map(([key, cond]) => `count(*) FILTER (WHERE ${cond}) AS "${key}"`).join(', ')} FROM p WHERE cost IS NOT NULL`);
const costBands = Object.fromEntries(BANDS.map(([key]) => [key, { count: num(bands[key]), share: share(num(bands[key]), projects.withCost) }]));

// Questions and recommendations, each scanned once, dated by their treatment.
await run(`CREATE TEMP TABLE qd AS
  SELECT m.id AS theme, year(t.meeting_date) AS year
  FROM ${csv('questions.csv', { id: 'VARCHAR', project_id: 'VARCHAR', theme: 'VARCHAR', text: 'VARCHAR' })} x
  JOIN t ON t.id = trim(x.project_id)
  LEFT JOIN theme_map m ON m.variant = lower(trim(x.theme))
  WHERE t.meeting_date <= ${AS_OF}`);
await run(`CREATE TEMP TABLE rd AS
  SELECT m.id AS theme, year(t.meeting_date) AS year, t.root AS root,
         list_distinct(list_filter(list_transform(string_split(lower(coalesce(x.tags, '')), '|'), s -> trim(s)), s -> s <> '')) AS tags
  FROM ${csv('recommendations.csv', { id: 'VARCHAR', project_id: 'VARCHAR', theme: 'VARCHAR', tags: 'VARCHAR', text: 'VARCHAR' })} x
  JOIN t ON t.id = trim(x.project_id)
  LEFT JOIN theme_map m ON m.variant = lower(trim(x.theme))
  WHERE t.meeting_date <= ${AS_OF}`);

const qTotal = num((await one(`SELECT count(*) AS n FROM qd`)).n);
const rTotal = num((await one(`SELECT count(*) AS n FROM rd`)).n);
const qByTheme = new Map((await rows(`SELECT theme, count(*) AS n FROM qd GROUP BY theme`)).map((r) => [r.theme, num(r.n)]));
const rByTheme = new Map((await rows(`SELECT theme, count(*) AS n FROM rd GROUP BY theme`)).map((r) => [r.theme, num(r.n)]));
const themes = Object.fromEntries(
  THEMES.map(([id, label]) => {
    const qn = qByTheme.get(id) ?? 0;
    const rn = rByTheme.get(id) ?? 0;
    return [id, { label, questions: qn, questionShare: share(qn, qTotal), recommendations: rn, recommendationShare: share(rn, rTotal) }];
  }),
);
if (qByTheme.has(null) || rByTheme.has(null)) console.error('duckdb-figures: some themes did not map to an id');

const mainList = `(${MAIN_THEMES.map(q).join(', ')})`;
const rYears = await rows(
  `SELECT year::VARCHAR AS year, count(*) AS n, count(*) FILTER (WHERE theme IN ${mainList}) AS main FROM rd GROUP BY year ORDER BY year`,
);
const mainCount = MAIN_THEMES.reduce((s, id) => s + (qByTheme.get(id) ?? 0) + (rByTheme.get(id) ?? 0), 0);
const mainThemes = {
  themes: MAIN_THEMES,
  share: share(mainCount, qTotal + rTotal),
  byYear: Object.fromEntries(rYears.map((y) => [y.year, { recommendationShare: share(num(y.main), num(y.n)) }])),
};

const tagRows = await rows(`SELECT tag, year::VARCHAR AS year, count(*) AS n FROM (SELECT unnest(tags) AS tag, year FROM rd) GROUP BY tag, year`);
const tagProjects = await rows(
  `SELECT tag, count(*) AS recs, count(DISTINCT root) AS projects FROM (SELECT unnest(tags) AS tag, root FROM rd) GROUP BY tag ORDER BY tag`,
);
const perYear = new Map(rYears.map((y) => [y.year, num(y.n)]));
const tags = Object.fromEntries(
  tagProjects.map((tp) => [
    tp.tag,
    {
      recommendations: num(tp.recs),
      projects: num(tp.projects),
      byYear: Object.fromEntries(
        rYears.map((y) => {
          const count = num(tagRows.find((r) => r.tag === tp.tag && r.year === y.year)?.n ?? 0);
          return [y.year, { count, share: share(count, perYear.get(y.year)) }];
        }),
      ),
    },
  ]),
);

const years = await rows(`WITH
    tr AS (SELECT year(meeting_date)::VARCHAR AS year, count(*) AS n FROM t WHERE meeting_date <= ${AS_OF} GROUP BY ALL),
    pr AS (SELECT year(first_date)::VARCHAR AS year, count(*) AS n FROM p GROUP BY ALL),
    qs AS (SELECT year::VARCHAR AS year, count(*) AS n FROM qd GROUP BY ALL),
    rs AS (SELECT year::VARCHAR AS year, count(*) AS n FROM rd GROUP BY ALL)
  SELECT tr.year, coalesce(pr.n, 0) AS projects, tr.n AS treatments, coalesce(qs.n, 0) AS questions, coalesce(rs.n, 0) AS recommendations
  FROM tr LEFT JOIN pr USING (year) LEFT JOIN qs USING (year) LEFT JOIN rs USING (year) ORDER BY tr.year`);
const byYear = Object.fromEntries(
  years.map((y) => [
    y.year,
    { projects: num(y.projects), treatments: num(y.treatments), questions: num(y.questions), recommendations: num(y.recommendations) },
  ]),
);

let conversations = { total: 0, inPeriod: 0 };
try {
  const c = await one(`SELECT count(*) AS total, count(*) FILTER (WHERE date > ${SINCE}) AS inPeriod
    FROM ${csv('conversations.csv', { id: 'VARCHAR', project_id: 'VARCHAR', date: 'DATE' })} WHERE date <= ${AS_OF}`);
  conversations = { total: num(c.total), inPeriod: num(c.inPeriod) };
} catch (error) {
  if (!/No files found|does not exist/i.test(String(error.message))) throw error;
}

const figures = {
  period: { since, asOf },
  projects,
  totals,
  costBands,
  questions: { total: qTotal },
  recommendations: { total: rTotal },
  themes,
  mainThemes,
  tags,
  byYear,
  conversations,
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
