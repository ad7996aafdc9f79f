import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnySchemaObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { figurePaths } from '../src/aggregate/explain.js';
import { LANGS } from '../src/model/lang.js';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../src/model/settings.js';
import { schemaUrl } from '../src/model/schemas.js';
import { THEME_IDS } from '../src/model/themes.js';
import { parseConfigFile } from '../src/load/config-file.js';
import { runCli, tempDir } from './support/cli.js';
import { expectMatchesSchema, publishedSchema, SCHEMA_NAMES, schemaErrors, type SchemaName } from './support/schemas.js';

// The JSON Schemas of schema/: published in the npm package, in agreement with the contract and
// the code, and every JSON document digiraad writes matches its schema (test/support/schemas.ts
// also fails on a property no schema documents).

describe('schema/', () => {
  it.each(SCHEMA_NAMES)('%s.schema.json is draft 2020-12, compiles in strict mode, and its $id is where this version publishes it', (name) => {
    const schema = publishedSchema(name);
    expect(() => schemaErrors(name, {})).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(schemaUrl(name));
    expect(schema.$id).toBe(`https://unpkg.com/digiraad@${packageJson.version}/schema/${name}.schema.json`);
  });

  it('ships in the npm package', () => {
    expect(packageJson.files).toContain('schema');
  });
});

type Node = AnySchemaObject;

/** A schema node with its $ref followed (within the file or to a sibling schema file), keywords of both merged. */
function resolved(node: Node, file: SchemaName): { node: Node; file: SchemaName } {
  if (typeof node.$ref !== 'string') return { node, file };
  const [target = '', pointer = ''] = node.$ref.split('#');
  const targetFile = target ? (target.replace('.schema.json', '') as SchemaName) : file;
  let reached: unknown = publishedSchema(targetFile);
  for (const part of pointer.split('/').filter(Boolean)) reached = (reached as Record<string, unknown>)[part];
  const inner = resolved(reached as Node, targetFile);
  const { $ref: _, ...own } = node;
  return { node: { ...inner.node, ...own }, file: inner.file };
}

/** Follows a contract path (`themes.<theme-id>.label`, `rows[].reason?`) through a schema; returns what is wrong on the way. */
function walk(path: string, name: SchemaName): string[] {
  const problems: string[] = [];
  const step = (at: { node: Node; file: SchemaName }, segments: string[], where: string): void => {
    const [segment, ...rest] = segments;
    if (segment === undefined) return;
    const { node, file } = resolved(at.node, at.file);
    const optional = segment.endsWith('?');
    const key = segment.replace(/\?$/, '').replace(/\[\]$/, '');
    let next: { node: Node; file: SchemaName }[];
    if (/^<.+>$/.test(key)) {
      // Every key of a kind: the themes are listed one by one, the other series by pattern.
      if (key === '<theme-id>') {
        expect(Object.keys(node.properties ?? {}), `${where}: the six themes`).toEqual(THEME_IDS);
        expect(node.required, `${where}: the six themes required`).toEqual(THEME_IDS);
        next = THEME_IDS.map((id) => ({ node: node.properties[id], file }));
      } else if (node.additionalProperties && typeof node.additionalProperties === 'object') next = [{ node: node.additionalProperties, file }];
      else return void problems.push(`${where}: no schema for ${key} keys`);
    } else {
      if (!node.properties?.[key]) return void problems.push(`${where}: no property ${key}`);
      if (!optional && !(node.required ?? []).includes(key)) problems.push(`${where}: ${key} is not required`);
      if (optional && (node.required ?? []).includes(key)) problems.push(`${where}: ${key} is required, the contract lets it be absent`);
      next = [{ node: node.properties[key], file }];
    }
    if (segment.replace(/\?$/, '').endsWith('[]')) {
      next = next.map((n) => {
        const array = resolved(n.node, n.file);
        if (array.node.type !== 'array' || !array.node.items) problems.push(`${where}.${key}: not an array of items`);
        return { node: array.node.items ?? {}, file: array.file };
      });
    }
    for (const n of next) step(n, rest, `${where}.${segment}`);
  };
  step({ node: publishedSchema(name), file: name }, path.split('.'), name);
  return problems;
}

const contractPaths = (file: string) =>
  readFileSync(new URL(`fixtures/contract/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

describe('the schemas say what the contract says', () => {
  it.each(contractPaths('stats-paths.txt'))('§4 %s is in figures.schema.json', (path) => {
    expect(walk(path, 'figures')).toEqual([]);
  });

  it.each(contractPaths('explain-paths.txt'))('§5 %s is in explain.schema.json', (path) => {
    expect(walk(path, 'explain')).toEqual([]);
  });

  it('the walk finds a path that is missing', () => {
    expect(walk('projects.nonsense', 'figures')).toEqual(['figures.projects: no property nonsense']);
    expect(walk('rows[].reason', 'explain')).toEqual(['explain.rows[]: reason is not required']);
  });
});

/** A valid figures document to break one property at a time. */
const shippedFigures = async () => JSON.parse((await runCli(['stats', '--format', 'json'])).stdout);

describe('figures.schema.json is as strict as the contract', () => {
  // biome-ignore lint/suspicious/noExplicitAny: each case reaches into its own part of the document
  const broken: [string, (f: any) => void][] = [
    ['a share above 1', (f) => (f.costBands['under-26'].share = 1.2)],
    ['a negative count', (f) => (f.projects.total = -1)],
    ['a fractional count', (f) => (f.byYear['2019'].projects = 1.5)],
    ['a date that is not YYYY-MM-DD', (f) => (f.period.asOf = '2019-13-01')],
    ['a missing theme', (f) => delete f.themes.usikkerhet],
    ['a seventh theme', (f) => (f.themes.annet = f.themes.usikkerhet)],
    ['a missing path', (f) => delete f.totals.costRange.max],
    ['a year that is not one', (f) => (f.byYear.nineteen = f.byYear['2019'])],
    ['a cost range half null', (f) => (f.totals.costRange.min = null)],
    ['a tag that is not a slug', (f) => (f.tags['Kommunikasjon'] = f.tags.kommunikasjon)],
    ['a band that is not one', (f) => (f.costBands.huge = f.costBands['over-200'])],
  ];
  it.each(broken)('rejects %s', async (_, breakIt) => {
    const figures = await shippedFigures();
    expect(schemaErrors('figures', figures).published).toEqual([]);
    breakIt(figures);
    expect(schemaErrors('figures', figures).published).not.toEqual([]);
  });
});

describe('explain.schema.json', () => {
  const row = { file: 'projects.csv', line: 2, id: '2019-a', project: '2019-a', contributes: 0 };
  const explanation = (...rows: object[]) => ({ figure: 'projects.total', value: 1, period: { since: '2018-10-24', asOf: '2019-10-31' }, rows });

  it('wants a reason exactly for a row that does not count', () => {
    expect(schemaErrors('explain', explanation({ ...row, included: true, contributes: 1 }, { ...row, included: false, reason: 'revisit' }))).toEqual({
      published: [],
      undocumented: [],
    });
    expect(schemaErrors('explain', explanation({ ...row, included: true, reason: 'revisit' })).published).not.toEqual([]);
    expect(schemaErrors('explain', explanation({ ...row, included: false })).published).not.toEqual([]);
  });
});

describe('config.schema.json and the settings digiraad accepts', () => {
  const schema = publishedSchema('config');

  it('names exactly the settings, and $schema', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', ...SETTING_KEYS].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('has the languages, themes and defaults of the code', () => {
    expect(schema.properties.lang.enum).toEqual([...LANGS]);
    expect(publishedSchema('figures').$defs.themeId.enum).toEqual(THEME_IDS);
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) expect(schema.properties[key].default, key).toEqual(value);
    expect(schema.properties.lang.default).toBe('nb');
    expect(schema.properties.quiet.default).toBe(false);
  });

  // Each either valid by both the schema and digiraad, or refused by both.
  const configs: [object, boolean][] = [
    [{}, true],
    [{ $schema: schemaUrl('config') }, true],
    [{ $schema: './node_modules/digiraad/schema/config.schema.json', data: '../registers', lang: 'en', costBandEdges: [26, 200] }, true],
    [{ out: 'site', mainThemes: ['usikkerhet'], highlightTag: 'laer-av-andre', quiet: true }, true],
    [{ quiet: 'yes' }, false],
    [{ lang: 'de' }, false],
    [{ data: '' }, false],
    [{ costBandEdges: [] }, false],
    [{ costBandEdges: [26.5] }, false],
    [{ costBandEdges: [-1] }, false],
    [{ costBandEdges: '26,50' }, false],
    [{ mainThemes: ['annet'] }, false],
    [{ mainThemes: [] }, false],
    [{ highlightTag: 'Kommunikasjon' }, false],
    [{ colour: true }, false],
    [{ $schema: 3 }, false],
    [[], false],
  ];
  it.each(configs)('%j: valid %s', (config, valid) => {
    expect(schemaErrors('config', config).published.length === 0).toBe(valid);
    const accepted = (() => {
      try {
        parseConfigFile(JSON.stringify(config), 'digiraad.config.json');
        return true;
      } catch {
        return false;
      }
    })();
    expect(accepted).toBe(valid);
  });

  it('a config file with $schema is read, and its settings apply', async () => {
    const cwd = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'digiraad.config.json'), JSON.stringify({ $schema: schemaUrl('config'), lang: 'en' }));
    const run = await runCli(['config', '--format', 'json'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).settings.lang).toEqual({ value: 'en', source: 'file', name: 'digiraad.config.json' });

    writeFileSync(join(cwd, 'digiraad.config.json'), JSON.stringify({ $schema: 3 }));
    expect(await runCli(['config', '--lang', 'en'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'digiraad: digiraad.config.json: $schema: give the URL or path of the settings schema (config.schema.json)\n',
    });
  });

  it('the file init writes matches it', async () => {
    const cwd = tempDir();
    expect((await runCli(['init', 'registers'], { cwd })).code).toBe(0);
    expectMatchesSchema('config', JSON.parse(readFileSync(join(cwd, 'registers', 'digiraad.config.json'), 'utf8')));
  });
});

describe('JSON output of the shipped data matches its schema', () => {
  it.each(['', '--report 2017', '--report 2018', '--report 2019', '--as-of 2016-12-31', '--cost-bands 100', '--cost-bands 10,20,30', '--lang en'])(
    'stats --format json %s',
    async (args) => {
      const run = await runCli(['stats', '--format', 'json', ...args.split(' ').filter(Boolean)]);
      expect(run.code, run.stderr).toBe(0);
      expectMatchesSchema('figures', JSON.parse(run.stdout));
    },
  );

  it('stats and validate on empty registers (no cost range, no years)', async () => {
    const cwd = tempDir();
    await runCli(['init', 'registers'], { cwd });
    const stats = await runCli(['stats', '--format', 'json', '--data', 'registers', '--as-of', '2020-01-01'], { cwd });
    expect(stats.code, stats.stderr).toBe(0);
    const figures = JSON.parse(stats.stdout);
    expect(figures.totals.costRange).toEqual({ min: 0, max: 0 });
    expectMatchesSchema('figures', figures);
    const validate = await runCli(['validate', '--format', 'json', '--data', 'registers'], { cwd });
    expectMatchesSchema('validate', JSON.parse(validate.stdout));
  });

  it('validate --format json', async () => {
    const run = await runCli(['validate', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(true);
    expectMatchesSchema('validate', report);
  });

  it('explain FIGURE --format json, for every figure of stats', async () => {
    const stats = await runCli(['stats', '--format', 'json', '--report', '2019']);
    const paths = figurePaths(JSON.parse(stats.stdout));
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const run = await runCli(['explain', path, '--format', 'json', '--report', '2019']);
      expect(run.code, `${path}: ${run.stderr}`).toBe(0);
      expectMatchesSchema('explain', JSON.parse(run.stdout));
    }
  }, 300_000);
});
