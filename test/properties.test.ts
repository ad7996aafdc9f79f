import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/cli.js';
import { DIALECTS, type Sheet, writeSheet } from './support/dialects.js';
import { expectMatchesSchema } from './support/schemas.js';
import { PROJECT_COLUMNS } from './support/registers.js';
import { THEMES } from '../src/model/themes.js';
import { explainFigure, figurePaths } from '../src/aggregate/explain.js';
import { computeFigures } from '../src/aggregate/index.js';
import { readRegisters } from '../src/load/registers.js';
import { DEFAULT_SETTINGS } from '../src/model/settings.js';
import { RegistersValidator } from '../src/validate/index.js';
import { valueAt } from '../src/present/key-figures.js';
import { expectRowsMakeTheFigure } from './support/explain.js';

// Text that survives Windows-1252 and still tests quoting: delimiters, quotes, line ends, æøå.
// Only letters above ASCII: in Windows-1252 a letter (0xC0–0xFF) followed by a symbol such as « or
// – (0x80–0xBF) can form a valid UTF-8 sequence, and then the file is read as UTF-8 with bad bytes.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', 'æ', 'ø', 'Å', 'é', 'Ø', '|', '='), maxLength: 12 });
const amount = fc.option(
  fc.integer({ min: 0, max: 2_000_000 }).map((cents) => String(cents / 100)),
  { nil: '' },
);
const yesNo = fc.constantFrom('yes', 'no');
const date = fc.date({ min: new Date('2016-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Random valid registers: unique ids, references that resolve, revisits dated after what they revisit. */
const registersArbitrary = fc
  .array(
    fc.record({
      name: text,
      agency: fc.constantFrom('A', 'B', 'A/B', 'Cø'),
      ministry: fc.constantFrom('M1', 'M2'),
      date,
      cost: amount,
      benefit: amount,
      programme: yesNo,
      shared: yesNo,
      excluded: yesNo,
      revisit: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((rows) => {
    const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date));
    const projects: Sheet = {
      header: [...PROJECT_COLUMNS],
      rows: sorted.map((r, i) => [
        `p${i}`,
        r.name.trim() || 'x',
        r.agency,
        r.ministry,
        r.date,
        r.cost,
        r.benefit,
        r.programme,
        r.shared,
        r.excluded,
        r.revisit && i > 0 ? `p${i - 1}` : '',
      ]),
    };
    const projectId = fc.integer({ min: 0, max: sorted.length - 1 }).map((i) => `p${i}`);
    const theme = fc.constantFrom(...THEMES.flatMap((t) => [t.id, t.label]));
    const tags = fc.subarray(['kommunikasjon', 'laer-av-andre', 'smidig']).map((t) => t.join('|'));
    return fc.record({
      projects: fc.constant(projects),
      questions: fc
        .array(fc.tuple(projectId, theme, text), { maxLength: 15 })
        .map((qs) => ({ header: ['id', 'project_id', 'theme', 'text'], rows: qs.map(([p, t, x], i) => [`q${i}`, p, t, x]) })),
      recommendations: fc
        .array(fc.tuple(projectId, theme, tags, text), { maxLength: 20 })
        .map((rs) => ({ header: ['id', 'project_id', 'theme', 'tags', 'text'], rows: rs.map(([p, t, g, x], i) => [`r${i}`, p, t, g, x]) })),
      conversations: fc
        .array(fc.tuple(projectId, date), { maxLength: 5 })
        .map((cs) => ({ header: ['id', 'project_id', 'date'], rows: cs.map(([p, d], i) => [`c${i}`, p, d]) })),
    });
  });

function writeRegisters(dir: string, sheets: Record<string, Sheet>, dialect: (typeof DIALECTS)[number]): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, sheet] of Object.entries(sheets)) writeFileSync(join(dir, `${name}.csv`), writeSheet(sheet, dialect));
}

describe('properties', () => {
  const root = tempDir();
  let run = 0;

  it('random valid registers give identical figures in every dialect', async () => {
    await fc.assert(
      fc.asyncProperty(registersArbitrary, async (sheets) => {
        const outputs = [];
        for (const dialect of DIALECTS) {
          const dir = join(root, `valid-${run}-${dialect.name}`);
          writeRegisters(dir, sheets, dialect);
          outputs.push(await runCli(['stats', '--format', 'json', '--data', dir, '--as-of', '2021-01-01']));
        }
        run++;
        expect(outputs[0]!.stderr).not.toContain(': feil[');
        expect(outputs[0]!.code).toBe(0);
        for (const output of outputs.slice(1)) expect(output.stdout).toBe(outputs[0]!.stdout);
        expectMatchesSchema('figures', JSON.parse(outputs[0]!.stdout));
      }),
      { numRuns: 25 },
    );
  });

  it('explain agrees with stats on every figure of random registers, and the counted rows make each figure', async () => {
    const period = fc
      .tuple(date, date)
      .map(([a, b]) => (a < b ? { since: a, asOf: b } : { since: b, asOf: a }))
      .filter((p) => p.since < p.asOf);
    const edges = fc.constantFrom<number[]>([26, 50, 100, 200], [10, 100], [50]);
    await fc.assert(
      fc.asyncProperty(registersArbitrary, period, edges, fc.nat(), async (sheets, { since, asOf }, costBandEdges, pick) => {
        const dir = join(root, `explain-${run++}`);
        writeRegisters(dir, sheets, DIALECTS[0]!);
        const options = ['--data', dir, '--since', since, '--as-of', asOf, '--cost-bands', costBandEdges.join(',')];
        const stats = await runCli(['stats', '--format', 'json', ...options]);
        expect(stats.code).toBe(0);
        const document = JSON.parse(stats.stdout);
        const validator = new RegistersValidator({ keepRowIds: true });
        await readRegisters(dir, validator);
        const { registers } = validator.finish();
        const settings = { ...DEFAULT_SETTINGS, costBandEdges };
        const figures = computeFigures(registers, { since, asOf }, settings);
        const paths = figurePaths(figures);
        // Every number stats prints, outside the list of excluded projects, is a figure explain knows.
        const numbers = statsCsvNumbers(document);
        expect(numbers.filter((path) => !paths.includes(path))).toEqual([]);
        const sizes = {
          projects: registers.treatments.length,
          questions: registers.questions.length,
          recommendations: registers.recommendations.length,
          conversations: registers.conversations.length,
        };
        for (const path of paths) {
          const explanation = explainFigure(registers, figures, path, settings)!;
          expect(explanation.value, path).toEqual(valueAt(document, path));
          expectRowsMakeTheFigure(explanation);
          // Every row of the registers a figure is made of is listed, once.
          const listed = Object.entries(sizes).filter(([register]) => explanation.rows.some((r) => r.register === register));
          expect(explanation.rows.length).toBe(listed.reduce((n, [, size]) => n + size, 0));
        }
        const path = paths[pick % paths.length]!;
        const cli = await runCli(['explain', path, '--format', 'json', ...options]);
        expect(cli.code).toBe(0);
        expect(JSON.parse(cli.stdout).value).toEqual(valueAt(document, path));
      }),
      { numRuns: 25 },
    );
  });

  it('random corruption of a valid register never crashes: exit 0 or 1, every error located', async () => {
    const base = new URL('fixtures/base/', import.meta.url);
    const files = ['projects', 'questions', 'recommendations'].map((name) => ({ name, bytes: readFileSync(new URL(`${name}.csv`, base)) }));
    const edit = fc.record({
      file: fc.integer({ min: 0, max: files.length - 1 }),
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 8 }),
      insert: fc
        .uint8Array({ maxLength: 6 })
        .chain((random) =>
          fc.constantFrom(
            random,
            Uint8Array.from([0x22]),
            Uint8Array.from([0x2c, 0x2c]),
            Uint8Array.from([0x0a]),
            Uint8Array.from([0xe6, 0xf8]),
            Uint8Array.from([0x00]),
          ),
        ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const dir = join(root, `corrupt-${run++}`);
        mkdirSync(dir);
        const contents = files.map((f) => f.bytes);
        for (const e of edits) {
          const bytes = contents[e.file]!;
          const at = e.at % (bytes.length + 1);
          contents[e.file] = Buffer.concat([bytes.subarray(0, at), e.insert, bytes.subarray(at + e.remove)]);
        }
        for (const [i, f] of files.entries()) writeFileSync(join(dir, `${f.name}.csv`), contents[i]!);
        for (const command of ['validate', 'stats']) {
          const result = await runCli([command, '--data', dir, '--as-of', '2020-01-01']);
          expect([0, 1]).toContain(result.code);
          expect(result.stderr).not.toContain('internal error');
          const report = command === 'validate' ? result.stdout : result.stderr;
          for (const line of report.split('\n').filter((l) => l.includes(': feil['))) expect(line).toMatch(/^\/.+\.csv(:\d+)?: feil\[[a-z0-9-]+\]: /);
          if (result.code === 1 && command === 'validate') expect(report).toMatch(/\d+ feil, \d+ advars(el|ler)\n$/);
        }
        const json = await runCli(['validate', '--format', 'json', '--data', dir, '--as-of', '2020-01-01']);
        expectMatchesSchema('validate', JSON.parse(json.stdout));
      }),
      { numRuns: 60 },
    );
  });
});

/** The paths of the numbers in a stats JSON document, outside the period and the list of excluded projects. */
function statsCsvNumbers(document: unknown, path = ''): string[] {
  if (path === 'totals.excluded') return [];
  if (document !== null && typeof document === 'object')
    return Object.entries(document).flatMap(([key, child]) => statsCsvNumbers(child, path ? `${path}.${key}` : key));
  return typeof document === 'number' || (document === null && path.startsWith('totals.costRange')) ? [path] : [];
}
