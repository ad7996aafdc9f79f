import { readFileSync } from 'node:fs';
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';

/** The JSON Schemas digiraad publishes in schema/, one per JSON document it reads or writes. */
export const SCHEMA_NAMES = ['figures', 'validate', 'explain', 'manifest', 'config'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

export function publishedSchema(name: SchemaName): AnySchemaObject {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8')) as AnySchemaObject;
}

/** Subschemas that test a value rather than describe it: closing them would change what they test. */
const CONDITIONS = new Set(['if', 'not', 'anyOf', 'oneOf']);

/**
 * The schema with every object that lists its properties closed (additionalProperties: false),
 * under its own $id so that its relative $refs reach the closed schemas too. The published schemas
 * leave room for properties later versions add; the closed ones fail when digiraad writes a
 * property that no schema documents yet.
 */
function closed(schema: AnySchemaObject): AnySchemaObject {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, CONDITIONS.has(key) ? value : walk(value)]));
    if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
    return copy;
  };
  return { ...(walk(schema) as AnySchemaObject), $id: String(schema.$id).replace('/schema/', '/schema/closed/') };
}

function compileAll(schemas: AnySchemaObject[]): Ajv2020 {
  // strict: a schema with an unknown keyword or a keyword that cannot apply is an error here.
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, schemas });
}

const published = compileAll(SCHEMA_NAMES.map(publishedSchema));
const closedAll = compileAll(SCHEMA_NAMES.map((name) => closed(publishedSchema(name))));

const errorLines = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);

/** What is wrong with `data` by the published schema, and by the closed one: nothing, when it is right. */
export function schemaErrors(name: SchemaName, data: unknown): { published: string[]; undocumented: string[] } {
  const id = String(publishedSchema(name).$id);
  const open = published.getSchema(id)!;
  const strict = closedAll.getSchema(id.replace('/schema/', '/schema/closed/'))!;
  open(data);
  strict(data);
  return { published: errorLines(open.errors), undocumented: errorLines(strict.errors) };
}

export function expectMatchesSchema(name: SchemaName, data: unknown, what: string = name): void {
  expect(schemaErrors(name, data), `${what} against schema/${name}.schema.json`).toEqual({ published: [], undocumented: [] });
}

/** The JSON Schema of Vega-Lite specs that the installed vega-lite ships (draft-07; not in its package exports). */
const VEGA_LITE_SCHEMA = new URL('../../node_modules/vega-lite/build/vega-lite-schema.json', import.meta.url);
let vegaLite: ValidateFunction | undefined;

export function vegaLiteErrors(spec: unknown): string[] {
  // Compiled on first use: it is large. Not strict, it is not ours; formats (uri) do not matter here.
  vegaLite ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
    JSON.parse(readFileSync(VEGA_LITE_SCHEMA, 'utf8')) as AnySchemaObject,
  );
  vegaLite(spec);
  return errorLines(vegaLite.errors);
}
