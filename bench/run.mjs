// The benchmark of issue 5: `npm run bench` (builds, then runs this).
//
// 1. generates the synthetic registers (bench/generate.mjs) into bench/work/<size>/, unless the
//    stamp says they are already there with the same seed and generator;
// 2. start-up: `node -e 0` against `digiraad stats` and `digiraad report` on the shipped data/;
// 3. scale: `digiraad stats --format json` against DuckDB (bench/duckdb-figures.mjs) on each
//    size, and checks that both give the same figures;
// 4. error reporting at scale: one bad row on line 900,000 of the 1m recommendations.csv;
// 5. the damage cases of issue 10 (bench/safety.mjs): 500 000 bad rows, 20 000 unknown ids;
// 6. writes bench/RESULTS.md.
//
// Every measurement is a whole child process, timed the same way for every command: wall time
// with process.hrtime around the spawn, peak RSS from `/usr/bin/time -f %M` (or, without it,
// from polling VmHWM in /proc/<pid>/status). Runs alternate between the two commands compared.
// Exit status: 1 when the figures differ, a digiraad stats run fails, or the validate check
// fails. Missed speed targets are marked ❌ in RESULTS.md but do not fail the run.
//
// Every ratio is printed with the machine's effective parallelism (a shared VM sometimes gives one
// core, sometimes two, and DuckDB's wall time moves with it): os.availableParallelism() and a
// measured one, the time of one busy loop ÷ the time of two in parallel (×2), taken before and after.
// Start-up ratios also compare CPU time (user + system), which moves less than wall time when other
// work shares the machine.
//
// Environment: BENCH_SIZES=10k,100k,1m,3m (default all; generated on demand into the ignored
// bench/work/), BENCH_RUNS=5 (scale, report and validate runs; the stats start-up gets 2×BENCH_RUNS+1),
// BENCH_SAFETY=0 (keep the Safety section of the RESULTS.md there is instead of running its cases).

import { execFileSync, spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  linkSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  statSync,
} from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FILES, LAST_CUTOFF, SEED, SIZES, generate, isFresh, sizeKey } from './generate.mjs';
import { safetySection } from './safety.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const WORK = join(BENCH, 'work');
const CLI = join(ROOT, 'bin', 'digiraad.js');
const DUCK = join(BENCH, 'duckdb-figures.mjs');
const NODE = process.execPath;
const rel = (p) => relative(ROOT, p) || '.';

const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '5', 10) || 5);
const STARTUP_RUNS = 2 * RUNS + 1;
const SIZE_LIST = (process.env.BENCH_SIZES ?? '10k,100k,1m,3m').split(',').map(sizeKey).filter(Boolean);
for (const s of SIZE_LIST)
  if (!SIZES[s]) {
    console.error(`BENCH_SIZES: unknown size ${s} (use ${Object.keys(SIZES).join(', ')})`);
    process.exit(2);
  }
const BAD_LINE = 900_000;

const log = (...a) => console.error('[bench]', ...a);
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => {
  try {
    execFileSync(p, ['-f', '%M', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const RSS_METHOD = TIME ? `${TIME} -f %M (max resident set size of the child)` : 'VmHWM of /proc/<pid>/status, polled every 5 ms';

// ---------------------------------------------------------------------------------------------
// The machine's effective parallelism
// ---------------------------------------------------------------------------------------------

const BUSY = 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i) | 0; if (x === 42) console.log(x);';
/** Wall ms of `n` busy loops started together (each its own process). */
async function busy(n) {
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => spawn(NODE, ['-e', BUSY], { stdio: 'ignore' }).on('close', resolve))));
  return Number(process.hrtime.bigint() - start) / 1e6;
}
/** 2 × (one loop alone ÷ two loops together): 2 when two cores are really there, 1 when one is. */
async function measuredParallelism() {
  const one = median([await busy(1), await busy(1), await busy(1)]);
  const two = median([await busy(2), await busy(2), await busy(2)]);
  return Math.min(2, (2 * one) / two);
}

// ---------------------------------------------------------------------------------------------
// Measuring one child process
// ---------------------------------------------------------------------------------------------

/** Runs `node ...args`; stdout goes to `stdoutFile` (or /dev/null). Wall ms, peak RSS KiB, exit code, stderr. */
async function measure(args, { stdoutFile = null } = {}) {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const timeFile = join(tmpdir(), `digiraad-bench-time-${process.pid}`);
  const [cmd, argv] = TIME ? [TIME, ['-o', timeFile, '-f', '%M %U %S', NODE, ...args]] : [NODE, args];
  let stderr = '';
  let hwm = 0;
  const start = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  child.stderr.on('data', (d) => {
    if (stderr.length < 64_000) stderr += d;
  });
  let poll = null;
  if (!TIME) {
    const read = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {}
    };
    poll = setInterval(read, 5);
  }
  const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1))));
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (poll) clearInterval(poll);
  if (typeof out === 'number') closeSync(out);
  let rss = hwm;
  let cpu = NaN;
  if (TIME) {
    // On a non-zero exit GNU time writes "Command exited with non-zero status N" first.
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const [maxRss, user, system] = lines.at(-1).split(' ').map(Number);
    rss = maxRss;
    cpu = (user + system) * 1000;
    rmSync(timeFile, { force: true });
  }
  return { wall, rss, cpu, code, stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (name, command, rs) => ({
  name,
  command,
  runs: rs.length,
  wall: median(rs.map((r) => r.wall)),
  cpu: median(rs.map((r) => r.cpu)),
  rss: Math.max(...rs.map((r) => r.rss)),
  walls: rs.map((r) => r.wall),
  codes: rs.map((r) => r.code),
});

/**
 * Alternates A and B `runs` times each (A B A B …) after one warm-up of each that is not counted.
 * `prepare(i)` gives per-run options (output file, fresh folder).
 */
async function alternate(a, b, runs, { warmup = true } = {}) {
  const ra = [];
  const rb = [];
  if (warmup) {
    await measure(a.args, a.options?.(-1) ?? {});
    await measure(b.args, b.options?.(-1) ?? {});
  }
  for (let i = 0; i < runs; i++) {
    ra.push(await measure(a.args, a.options?.(i) ?? {}));
    a.after?.(ra.at(-1));
    rb.push(await measure(b.args, b.options?.(i) ?? {}));
    b.after?.(rb.at(-1));
  }
  return [summary(a.name, a.command, ra), summary(b.name, b.command, rb)];
}

// ---------------------------------------------------------------------------------------------
// Comparing the figures
// ---------------------------------------------------------------------------------------------

// Objects keyed by data (years, tags, themes, bands): both sides must have the same keys.
const SERIES = [/^themes$/, /^costBands$/, /^tags$/, /^tags\.[^.]+\.byYear$/, /^byYear$/, /^mainThemes\.byYear$/];
const TOLERANCE = 1e-9; // relative; money sums are exact decimals in DuckDB and rounded to 1e-6 by digiraad

/** Every difference between DuckDB's figures (the reference) and digiraad's, as readable lines. */
function compareFigures(expected, actual, path = '') {
  const diffs = [];
  const show = (v) => JSON.stringify(v)?.slice(0, 120);
  if (path === 'totals.excluded') {
    const byId = (xs) => (Array.isArray(xs) ? [...xs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)) : xs);
    expected = byId(expected);
    actual = byId(actual);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: duckdb ${show(expected)}, digiraad ${show(actual)}`];
    if (expected.length !== actual.length) diffs.push(`${path}: duckdb has ${expected.length} entries, digiraad ${actual.length}`);
    for (const [i, e] of expected.entries()) if (i < actual.length) diffs.push(...compareFigures(e, actual[i], `${path}[${i}]`));
    return diffs;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: missing in digiraad's output (duckdb ${show(expected)})`];
    if (SERIES.some((re) => re.test(path))) {
      const extra = Object.keys(actual).filter((k) => !(k in expected));
      if (extra.length) diffs.push(`${path}: digiraad has keys duckdb has not: ${extra.slice(0, 10).join(', ')}`);
    }
    for (const key of Object.keys(expected)) diffs.push(...compareFigures(expected[key], actual[key], path ? `${path}.${key}` : key));
    return diffs;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    const ok = expected === actual || Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected), Math.abs(actual));
    return ok ? [] : [`${path}: duckdb ${expected}, digiraad ${actual}`];
  }
  return expected === actual ? [] : [`${path}: duckdb ${show(expected)}, digiraad ${show(actual)}`];
}

const countLeaves = (v) => (v !== null && typeof v === 'object' ? Object.values(v).reduce((n, x) => n + countLeaves(x), 0) : 1);

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

function ensureSize(size) {
  const dir = join(WORK, size);
  if (isFresh(size, dir)) {
    log(`${rel(dir)}: up to date (seed ${SEED})`);
    return dir;
  }
  const t0 = performance.now();
  const stamp = generate(size, dir);
  const mb = Object.values(stamp.bytes).reduce((a, b) => a + b, 0) / 1e6;
  log(`${rel(dir)}: generated ${mb.toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return dir;
}

/** A copy of the 1m registers whose recommendations.csv line BAD_LINE has an unknown theme. */
async function ensureBadCopy(goodDir) {
  const dir = join(WORK, '1m-bad');
  const stampPath = join(dir, '.stamp.json');
  const want = `${readFileSync(join(goodDir, '.stamp.json'), 'utf8')}|line ${BAD_LINE}`;
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === want && FILES.every((f) => existsSync(join(dir, f)))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of FILES.filter((f) => f !== 'recommendations.csv')) {
    try {
      linkSync(join(goodDir, f), join(dir, f));
    } catch {
      copyFileSync(join(goodDir, f), join(dir, f));
    }
  }
  const fd = openSync(join(dir, 'recommendations.csv'), 'w');
  let buf = '';
  let n = 0;
  const lines = createInterface({ input: createReadStream(join(goodDir, 'recommendations.csv')), crlfDelay: Infinity });
  for await (const line of lines) {
    n++;
    if (n === BAD_LINE) {
      const [id, projectId] = line.split(',', 2); // ids never hold commas or quotes
      buf += `${id},${projectId},Gevinstrealisring,,Tema med skrivefeil på linje ${BAD_LINE}\n`;
    } else buf += `${line}\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  if (n < BAD_LINE) throw new Error(`recommendations.csv has only ${n} lines`);
  writeFileSync(stampPath, want);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

const results = { startup: [], report: null, scale: [], validate: null, failures: [] };
const fail = (msg) => {
  results.failures.push(msg);
  log(`FAIL: ${msg}`);
};
const firstLine = (s) =>
  s
    .trim()
    .split('\n')
    .find((l) => l.trim()) ?? '';
const benchStart = performance.now();
// Other work on the machine skews timings: keep the 1-minute load average seen between blocks.
const loads = [];
const sampleLoad = () => {
  try {
    loads.push(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]));
  } catch {}
};
sampleLoad();

const parallelism = { available: availableParallelism(), before: await measuredParallelism(), after: NaN };
log(`effective parallelism: ${parallelism.before.toFixed(2)} measured, ${parallelism.available} available`);

mkdirSync(WORK, { recursive: true });
const dirs = Object.fromEntries(SIZE_LIST.map((s) => [s, ensureSize(s)]));

// --- start-up on the shipped data --------------------------------------------------------------
log(`start-up: node -e 0 vs digiraad stats (${STARTUP_RUNS} runs each)`);
{
  const base = { name: 'node -e 0', command: 'node -e 0', args: ['-e', '0'] };
  const stats = {
    name: 'digiraad stats',
    command: 'node bin/digiraad.js stats > /dev/null',
    args: [CLI, 'stats'],
    after: (r) => r.code !== 0 && fail(`digiraad stats exited ${r.code}: ${firstLine(r.stderr)}`),
  };
  const [b, s] = await alternate(base, stats, STARTUP_RUNS);
  results.startup = { base: b, stats: s, ratio: s.wall / b.wall, cpuRatio: s.cpu / b.cpu, target: 1.5 };
}

log(`start-up: node -e 0 vs digiraad report (${RUNS} runs each)`);
{
  const probeDir = mkdtempSync(join(tmpdir(), 'digiraad-bench-report-'));
  const probe = await measure([CLI, 'report', '--out', probeDir]);
  rmSync(probeDir, { recursive: true, force: true });
  if (probe.code !== 0) {
    results.report = { failed: `exit ${probe.code}: ${firstLine(probe.stderr)}` };
    log(`digiraad report failed (${results.report.failed}): not timed`);
  } else {
    const outs = [];
    const base = { name: 'node -e 0', command: 'node -e 0', args: ['-e', '0'] };
    // Alternating like alternate(), with a fresh output folder for every report run.
    const runs = [];
    const baseRuns = [];
    await measure(base.args);
    for (let i = 0; i < RUNS; i++) {
      baseRuns.push(await measure(base.args));
      const out = mkdtempSync(join(tmpdir(), 'digiraad-bench-report-'));
      outs.push(out);
      runs.push(await measure([CLI, 'report', '--out', out]));
      if (runs.at(-1).code !== 0) fail(`digiraad report exited ${runs.at(-1).code}: ${firstLine(runs.at(-1).stderr)}`);
    }
    for (const o of outs) rmSync(o, { recursive: true, force: true });
    const b = summary(base.name, base.command, baseRuns);
    const r = summary('digiraad report', 'node bin/digiraad.js report --out <tmp> (fresh folder each run)', runs);
    results.report = { base: b, report: r, ratio: r.wall / b.wall, target: 17 };
  }
}

sampleLoad();

// --- scale ------------------------------------------------------------------------------------
for (const size of SIZE_LIST) {
  const dir = dirs[size];
  const asOf = LAST_CUTOFF;
  log(`scale ${size}: digiraad stats vs duckdb (${RUNS} runs each, as-of ${asOf})`);
  const dgOut = join(dir, 'digiraad.json');
  const ddOut = join(dir, 'duckdb.json');
  const digiraad = {
    name: 'digiraad stats',
    command: `node bin/digiraad.js stats --format json --data ${rel(dir)} --as-of ${asOf}`,
    args: [CLI, 'stats', '--format', 'json', '--data', dir, '--as-of', asOf],
    options: () => ({ stdoutFile: dgOut }),
    after: (r) => r.code !== 0 && fail(`${size}: digiraad stats exited ${r.code}: ${firstLine(r.stderr)}`),
  };
  const duck = {
    name: 'duckdb',
    command: `node bench/duckdb-figures.mjs ${rel(dir)} ${asOf}`,
    args: [DUCK, dir, asOf],
    options: () => ({ stdoutFile: ddOut }),
    after: (r) => r.code !== 0 && fail(`${size}: duckdb-figures exited ${r.code}: ${firstLine(r.stderr)}`),
  };
  const [d, k] = await alternate(digiraad, duck, RUNS);
  let diffs = [];
  let checked = 0;
  try {
    const expected = JSON.parse(readFileSync(ddOut, 'utf8'));
    checked = countLeaves(expected);
    let actual;
    try {
      actual = JSON.parse(readFileSync(dgOut, 'utf8'));
    } catch (e) {
      diffs = [`digiraad's output is not JSON: ${e.message}`];
    }
    if (actual) diffs = compareFigures(expected, actual);
  } catch (e) {
    diffs = [`duckdb's output is not JSON: ${e.message}`];
  }
  if (diffs.length) {
    fail(`${size}: digiraad and DuckDB give different figures (${diffs.length} differences)`);
    for (const line of diffs.slice(0, 30)) console.error(`   ${line}`);
  } else log(`${size}: figures match (${checked} values compared)`);
  const mb = FILES.reduce((s, f) => s + statSync(join(dir, f)).size, 0) / 1e6;
  sampleLoad();
  results.scale.push({ size, mb, counts: SIZES[size], digiraad: d, duckdb: k, ratio: d.wall / k.wall, rssRatio: d.rss / k.rss, diffs, checked });
}

// --- error reporting at scale ----------------------------------------------------------------
if (dirs['1m']) {
  const bad = await ensureBadCopy(dirs['1m']);
  const vRuns = Math.min(RUNS, 3);
  log(`validate: bad row on ${rel(bad)}/recommendations.csv:${BAD_LINE} (${vRuns} runs)`);
  const outFile = join(bad, 'validate.out');
  const runs = [];
  for (let i = 0; i < vRuns; i++) runs.push(await measure([CLI, 'validate', '--data', bad], { stdoutFile: outFile }));
  const output = `${readFileSync(outFile, 'utf8')}${runs.at(-1).stderr}`;
  const named = output.includes(`recommendations.csv:${BAD_LINE}:`);
  const exitOk = runs.every((r) => r.code === 1);
  const lines = output.trim().split('\n');
  results.validate = {
    duckdb1m: results.scale.find((s) => s.size === '1m')?.duckdb.wall,
    summary: summary('digiraad validate', `node bin/digiraad.js validate --data ${rel(bad)}`, runs),
    named,
    exitOk,
    excerpt: lines.slice(0, 3).concat(lines.length > 3 ? ['…', lines.at(-1)] : []),
  };
  if (!exitOk) fail(`validate exited ${runs.map((r) => r.code).join(', ')} on the bad copy (want 1)`);
  if (!named) fail(`validate's output does not name recommendations.csv:${BAD_LINE}`);
}

sampleLoad();
const resultsPath = join(BENCH, 'RESULTS.md');
const previousResults = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const keptSafety = /\n(## Safety[\s\S]*?)\n## Notes\n/.exec(previousResults)?.[1];
const safety = process.env.BENCH_SAFETY === '0' && keptSafety ? keptSafety : await safetySection(log);
sampleLoad();
parallelism.after = await measuredParallelism();

// ---------------------------------------------------------------------------------------------
// RESULTS.md
// ---------------------------------------------------------------------------------------------

const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const cpu = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? '?';
const duckVersion = (() => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
})();
const head = sh('git', ['rev-parse', '--short', 'HEAD']);
const dirtyOut = sh('git', ['status', '--porcelain', '--', 'src', 'bin', 'scripts']);
const dirty = dirtyOut === '?' ? 0 : dirtyOut.split('\n').filter(Boolean).length;

const secs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mib = (kib) => (kib >= 1024 * 1024 ? `${(kib / 1024 / 1024).toFixed(2)} GiB` : `${(kib / 1024).toFixed(0)} MiB`);
const mark = (ok) => (ok ? '✅' : '❌');
const row = (m, expectedExit = 0) =>
  `| ${m.name} | \`${m.command}\` | ${secs(m.wall)} | ${mib(m.rss)} | ${m.runs}${m.codes.some((c) => c !== expectedExit) ? ` (exit ${[...new Set(m.codes)].join('/')})` : ''} |`;

const parallel = `${parallelism.before.toFixed(2)} → ${parallelism.after.toFixed(2)} measured, ${parallelism.available} available`;
const scaleOf = (size) => results.scale.find((s) => s.size === size);
/** The targets of issue 15: [measure, measured text, met (undefined: not measured)]. */
const targets = (() => {
  const t = [];
  const x = (v, digits = 2) => (Number.isFinite(v) ? `${v.toFixed(digits)} ×` : '–');
  const st = results.startup;
  t.push([
    '`stats` on the shipped data ÷ `node -e 0` ≤ 1.5 ×',
    `${x(st.ratio)} wall (${(st.stats.wall - st.base.wall).toFixed(0)} ms over Node); ${x(st.cpuRatio)} CPU`,
    st.ratio <= 1.5,
  ]);
  const m1 = scaleOf('1m');
  const m3 = scaleOf('3m');
  t.push(['1M: wall ÷ DuckDB ≤ 0.8 ×', m1 ? x(m1.ratio) : 'not run', m1 && m1.ratio <= 0.8]);
  t.push([
    '1M: peak RSS ≤ 0.5 × DuckDB and ≤ 200 MiB',
    m1 ? `${mib(m1.digiraad.rss)} = ${x(m1.rssRatio)} DuckDB (${mib(m1.duckdb.rss)})` : 'not run',
    m1 && m1.rssRatio <= 0.5 && m1.digiraad.rss <= 200 * 1024,
  ]);
  t.push(['3M: wall ÷ DuckDB ≤ 1.0 ×', m3 ? x(m3.ratio) : 'not run', m3 && m3.ratio <= 1.0]);
  const linear = m1 && m3 ? m3.digiraad.wall / m1.digiraad.wall : NaN;
  t.push(['3M time ÷ 1M time ≤ 3.1 ×', m1 && m3 ? x(linear) : 'not run', m1 && m3 && linear <= 3.1]);
  const v = results.validate;
  t.push([
    "`validate`, one bad row at line 900 000 of 1M ≤ DuckDB's time for the figures",
    v?.duckdb1m ? `${secs(v.summary.wall)} vs ${secs(v.duckdb1m)} = ${x(v.summary.wall / v.duckdb1m)}` : 'not run',
    v?.duckdb1m && v.summary.wall <= v.duckdb1m,
  ]);
  return t;
})();

const md = [];
md.push('# Benchmark results (issues 5 and 15)', '');
md.push(
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; digiraad at \`${head}\`${dirty ? ` with ${dirty} uncommitted change(s) in src/, bin/ or scripts/` : ''}. Total bench time ${secs(performance.now() - benchStart)}.`,
  '',
);
md.push('## Machine', '');
md.push(`- CPUs (\`nproc\`): ${availableParallelism()} — ${cpu}`);
md.push(`- **Effective parallelism: ${parallel}** (one busy loop's time ÷ two in parallel, ×2: 2.00 is two real cores, 1.00 one; before and after the run)`);
md.push(`- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
md.push(`- Node ${process.version} (${process.platform}-${process.arch}); DuckDB: \`@duckdb/node-api\` ${duckVersion}`);
if (loads.length)
  md.push(
    `- 1-minute load average during the run: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}${Math.max(...loads) > availableParallelism() + 0.5 ? ` ⚠️ above ${availableParallelism()} CPUs + 0.5 (the bench itself uses up to ~2): other work was running, timings are noisy` : ' (the bench itself accounts for up to ~2)'}`,
  );
md.push(
  `- Wall time: \`process.hrtime\` around the spawn of each child (median of the runs); peak RSS: ${RSS_METHOD} (largest of the runs). Runs alternate between the two commands compared, after one uncounted warm-up of each.`,
  '',
);

md.push('## Targets of issue 15', '');
md.push(`Every ratio below was measured with effective parallelism ${parallel}.`, '');
md.push('| target | measured | met |', '|---|---|---|');
for (const [what, measured, met] of targets) md.push(`| ${what} | ${measured} | ${met == null ? 'not measured' : mark(Boolean(met))} |`);
md.push('');

md.push('## Start-up (shipped `data/`)', '');
md.push('| measurement | command | median wall | peak RSS | runs |', '|---|---|---:|---:|---:|');
md.push(row(results.startup.base), row(results.startup.stats));
if (results.report?.report) md.push(row(results.report.base), row(results.report.report));
md.push('');
md.push('| target | measured | |', '|---|---:|---|');
md.push(
  `| \`stats\` ≤ 1.5 × \`node -e 0\` | ${results.startup.ratio.toFixed(2)} × (CPU: ${results.startup.cpuRatio.toFixed(2)} ×) | ${mark(results.startup.ratio <= 1.5)} |`,
);
if (results.report?.report) md.push(`| \`report\` ≤ 17 × \`node -e 0\` | ${results.report.ratio.toFixed(1)} × | ${mark(results.report.ratio <= 17)} |`);
else md.push(`| \`report\` ≤ 17 × \`node -e 0\` | not measured: \`digiraad report\` failed (${results.report.failed.replace(/\|/g, '\\|')}) | ❌ |`);
md.push('');

md.push('## Scale: `digiraad stats --format json` against DuckDB', '');
md.push(
  `Synthetic registers from \`bench/generate.mjs\` (seed ${SEED}), as-of ${LAST_CUTOFF} (the last report cut-off). DuckDB computes the same figures from the same CSV files in one process (\`bench/duckdb-figures.mjs\`, \`read_csv\` with explicit types); the generator points every revisit straight at its project's first treatment, so one join resolves a project (the DuckDB script does not follow longer chains).`,
  '',
);
md.push('| size | data | measurement | median wall | peak RSS | runs |', '|---|---|---|---:|---:|---:|');
for (const s of results.scale) {
  const data = `${s.counts.treatments.toLocaleString('en')} treatments, ${s.counts.questions.toLocaleString('en')} questions, ${s.counts.recommendations.toLocaleString('en')} recommendations (${s.mb.toFixed(0)} MB)`;
  for (const m of [s.digiraad, s.duckdb])
    md.push(
      `| ${s.size} | ${m === s.digiraad ? data : ''} | ${m.name} | ${secs(m.wall)} | ${mib(m.rss)} | ${m.runs}${m.codes.some((c) => c !== 0) ? ` (exit ${[...new Set(m.codes)].join('/')})` : ''} |`,
    );
}
md.push('');
md.push(`Ratios with effective parallelism ${parallel}.`, '');
md.push('| size | digiraad ÷ DuckDB wall | digiraad ÷ DuckDB RSS | same figures |', '|---|---:|---:|---|');
for (const s of results.scale)
  md.push(
    `| ${s.size} | ${s.ratio.toFixed(2)} × | ${s.rssRatio.toFixed(2)} × | ${s.diffs.length ? `❌ ${s.diffs.length} difference(s), e.g. \`${s.diffs[0].replace(/\|/g, '\\|').slice(0, 140)}\`` : `✅ ${s.checked} values`} |`,
  );
md.push(
  '',
  `Compared: every value DuckDB computes (period, projects.*, totals.* incl. costRange and excluded[], costBands, questions, recommendations, themes, mainThemes, tags.*.{recommendations, projects, byYear}, byYear, conversations); series (years, tags, themes, bands) must have the same keys on both sides. Numbers must be equal within ${TOLERANCE} relative (money is an exact decimal sum in DuckDB, rounded to 1e-6 by digiraad).`,
  '',
);
md.push(
  `Commands: \`node bin/digiraad.js stats --format json --data bench/work/<size> --as-of ${LAST_CUTOFF}\` and \`node bench/duckdb-figures.mjs bench/work/<size> ${LAST_CUTOFF}\`.`,
  '',
);

md.push('## Error reporting at scale', '');
if (results.validate) {
  const v = results.validate;
  md.push(`The 1m registers with one bad row: \`recommendations.csv\` line ${BAD_LINE.toLocaleString('en')} has the theme \`Gevinstrealisring\`.`, '');
  md.push('| measurement | command | median wall | peak RSS | runs |', '|---|---|---:|---:|---:|', row(v.summary, 1), '');
  md.push(`- exits 1: ${mark(v.exitOk)} (${[...new Set(v.summary.codes)].join('/')})`);
  md.push(`- names \`recommendations.csv:${BAD_LINE}\`: ${mark(v.named)}`, '');
  md.push('```', ...v.excerpt.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 300)), '```', '');
} else md.push('Not run: needs the 1m size (`BENCH_SIZES` did not include it).', '');

md.push(safety);
md.push(
  '## Reproduce',
  '',
  '```sh',
  'npm install',
  'npm run bench                              # all sizes (3m is generated on first use: ~0.4 GB), 5 runs',
  'BENCH_SIZES=10k,100k BENCH_RUNS=3 npm run bench   # quicker',
  '```',
  '',
);
md.push(`Inputs are regenerated only when \`bench/work/<size>/.stamp.json\` does not match the seed and the generator's source.`, '');
if (results.failures.length) md.push('## Failures', '', ...results.failures.map((f) => `- ${f}`), '');

const previousNotes = /\n## Notes\n[\s\S]*$/.exec(previousResults)?.[0];
writeFileSync(resultsPath, `${md.join('\n')}${previousNotes ?? '\n## Notes\n\n_(to be filled in)_\n'}`);
// Formatted as `npm run lint` checks it (Biome lines up the tables), so that a regenerated file can be committed as it is.
execFileSync(process.execPath, [join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'format', '--write', resultsPath], {
  cwd: ROOT,
  stdio: 'ignore',
});
log(`wrote ${rel(resultsPath)} (${secs(performance.now() - benchStart)})`);

if (results.failures.length) {
  console.error(`\n[bench] ${results.failures.length} failure(s):`);
  for (const f of results.failures) console.error(`  - ${f}`);
  process.exit(1);
}
