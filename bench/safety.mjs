// The safety cases of issue 10: time and peak RSS of `digiraad validate` on damage.
//
// 1. 500 000 bad rows (recommendations.csv, every row with the unknown theme "Gevinstrealisring"),
//    text and --format json, against a clean register of the same size;
// 2. 20 000 unknown project ids against 10 000 projects (every one gets a "did you mean").
//
// `node bench/safety.mjs` (after `npm run build`) runs them and writes the "Safety" section of
// bench/RESULTS.md in place; bench/run.mjs runs them too, as part of the whole benchmark.
// Peak RSS and CPU time (user + system) are /usr/bin/time's %M, %U and %S of the child; wall time
// is process.hrtime around the spawn. The machine may be shared: CPU time is what a busy machine
// changes least, so the time target is judged on it (wall time is shown beside it, with the load).

import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const CLI = join(BENCH, '..', 'bin', 'digiraad.js');
const WORK = join(BENCH, 'work', 'safety');
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));
const PROJECTS_HEADER = 'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of';

/** A data folder: `projects` projects, and recommendations made by `recommendation(i)`. */
function dataFolder(name, projects, recommendations, recommendation) {
  const dir = join(WORK, name);
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ids = Array.from({ length: projects }, (_, i) => `p${String(i).padStart(5, '0')}-prosjekt`);
  writeFileSync(
    join(dir, 'projects.csv'),
    `${PROJECTS_HEADER}\n${ids.map((id, i) => `${id},Prosjekt ${i},Etat,Departement,2019-01-01,10,,no,no,no,`).join('\n')}\n`,
  );
  writeFileSync(join(dir, 'questions.csv'), 'id,project_id,theme,text\n');
  const fd = openSync(join(dir, 'recommendations.csv'), 'w');
  writeFileSync(fd, 'id,project_id,theme,tags,text\n');
  for (let start = 0; start < recommendations; start += 10_000) {
    const rows = [];
    for (let i = start; i < Math.min(recommendations, start + 10_000); i++) rows.push(recommendation(i, ids));
    writeFileSync(fd, `${rows.join('\n')}\n`);
  }
  closeSync(fd);
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

/** One run of `node bin/digiraad.js ...args`, stdout to /dev/null: wall ms, CPU ms, peak RSS KiB, exit code. */
function measure(args) {
  const timeFile = join(tmpdir(), `digiraad-bench-safety-${process.pid}`);
  const [cmd, argv] = TIME ? [TIME, ['-o', timeFile, '-f', '%M %U %S', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const start = process.hrtime.bigint();
  const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      const [rss, user, system] = TIME ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
      if (TIME) rmSync(timeFile, { force: true });
      resolve({ wall, cpu: (user + system) * 1000, rss, code, stderr: stderr.trim().split('\n').at(-1) ?? '' });
    });
  });
}

/** The cases, measured; returns the Markdown section for RESULTS.md. */
export async function safetySection(log = (...a) => console.error('[bench]', ...a)) {
  const rows = 500_000;
  const clean = dataFolder('clean-500k', 100, rows, (i, ids) => `r${i},${ids[i % ids.length]},usikkerhet,,tekst`);
  const bad = dataFolder('bad-500k', 100, rows, (i, ids) => `r${i},${ids[i % ids.length]},Gevinstrealisring,,tekst`);
  const unknown = dataFolder('unknown-20k', 10_000, 20_000, (i) => `r${i},p${String(i % 10_000).padStart(5, '0')}-prosjket,usikkerhet,,tekst`);
  const cases = [
    ['clean register, 500 000 rows', ['validate', '--data', clean], 0],
    ['500 000 bad rows, text', ['validate', '--data', bad], 1],
    ['500 000 bad rows, --format json', ['validate', '--data', bad, '--format', 'json'], 1],
    ['500 000 bad rows, --max-errors 100', ['validate', '--data', bad, '--max-errors', '100'], 1],
    ['20 000 unknown ids vs 10 000 projects', ['validate', '--data', unknown], 1],
  ];
  const load = loadavg()[0].toFixed(1);
  const md = [
    '## Safety (issue 10): damage at scale',
    '',
    'Generated registers in `bench/work/safety/` (`bench/safety.mjs`); stdout to /dev/null. Peak RSS and CPU time (user + system) from `/usr/bin/time -f "%M %U %S"`.',
    `1-minute load average when the run began: ${load} on ${availableParallelism()} CPUs.`,
    '',
    '| case | command | wall | CPU | peak RSS | exit |',
    '|---|---|---:|---:|---:|---:|',
  ];
  const results = [];
  for (const [name, args, expected] of cases) {
    log(`safety: ${name}`);
    const r = await measure(args);
    results.push(r);
    md.push(
      `| ${name} | \`digiraad ${args.join(' ').replace(WORK, 'bench/work/safety')}\` | ${(r.wall / 1000).toFixed(2)} s | ${(r.cpu / 1000).toFixed(2)} s | ${(r.rss / 1024).toFixed(0)} MiB | ${r.code}${r.code === expected ? '' : ` ❌ (want ${expected}: ${r.stderr.slice(0, 120)})`} |`,
    );
  }
  const mib = (r) => `${(r.rss / 1024).toFixed(0)} MiB`;
  md.push(
    '',
    `- 20 000 unknown ids under 2 s of CPU: ${results[4].cpu < 2000 ? '✅' : '❌'} (${(results[4].cpu / 1000).toFixed(2)} s CPU, ${(results[4].wall / 1000).toFixed(2)} s wall)`,
  );
  for (const [i, format] of [
    [1, 'text'],
    [2, '--format json'],
  ])
    md.push(
      `- peak RSS of 500 000 bad rows (${format}) below the clean register's: ${results[i].rss < results[0].rss ? '✅' : '❌'} (${mib(results[i])} vs ${mib(results[0])})`,
    );
  md.push('');
  return md.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, [join(BENCH, '..', 'scripts', 'build.mjs')], { stdio: 'ignore' });
  const section = await safetySection();
  const path = join(BENCH, 'RESULTS.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const pattern = /## Safety \(issue 10\)[\s\S]*?(?=\n## |$)/;
  writeFileSync(path, pattern.test(text) ? text.replace(pattern, `${section}\n`) : text.replace(/\n## Notes\n/, `\n${section}\n## Notes\n`));
  console.error('[bench] wrote the Safety section of bench/RESULTS.md');
}
