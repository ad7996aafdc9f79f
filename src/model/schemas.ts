// esbuild inlines the file: the version has one home, package.json.
import packageJson from '../../package.json' with { type: 'json' };

/**
 * Where the JSON Schemas of schema/ are published: in the npm package of this very version, so that
 * a file written now keeps pointing at the schema it was written against. Each schema's `$id`.
 */
export function schemaUrl(name: 'figures' | 'validate' | 'explain' | 'manifest' | 'config'): string {
  return `https://unpkg.com/digiraad@${packageJson.version}/schema/${name}.schema.json`;
}
