// Bundles the CLI into one CommonJS file, dist/cli.cjs, with esbuild. bin/digiraad.js compiles it
// through vm.Script with V8's code cache (Node 20 has no compile cache for ES modules), so start-up
// neither resolves nor compiles dozens of modules. The heavy modules that only some commands need
// (vega, vega-lite, the canvas, iconv-lite, exceljs) stay in node_modules and load on demand.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * simple-statistics' package entry is one file with every function, whose top level computes
 * tables digiraad never uses (5 ms of every start). Its ES module sources have no side effects:
 * resolved to them, and said to be so, only the functions digiraad imports are bundled.
 */
const simpleStatisticsSources = {
  name: 'simple-statistics-sources',
  setup(build) {
    build.onResolve({ filter: /^simple-statistics$/ }, () => ({
      path: fileURLToPath(new URL('../node_modules/simple-statistics/index.js', import.meta.url)),
      sideEffects: false,
    }));
    build.onResolve({ filter: /^\./ }, (args) =>
      args.importer.includes('/node_modules/simple-statistics/')
        ? { path: fileURLToPath(new URL(args.path, `file://${args.importer}`)), sideEffects: false }
        : undefined,
    );
  },
};

const EXTERNAL = ['vega', 'vega-lite', 'canvas', 'iconv-lite', 'exceljs', 'jszip', '@fontsource/*', 'playwright-core', 'axe-core', 'docx', 'fflate'];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const { outputFiles } = await build({
  entryPoints: ['src/cli.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // The bin passes the bundle's own URL: a vm.Script has no import.meta.
  define: { 'import.meta.url': '__bundleUrl' },
  write: false,
  outfile: 'dist/cli.cjs',
  logLevel: 'warning',
  plugins: [simpleStatisticsSources],
  // Minified names and syntax too: the bin reads the bundle into a buffer and then a string, new
  // memory each, and a page touched for the first time costs 15-35 us on the VMs digiraad is
  // measured on (509 -> 380 KB: 94 fewer page faults a start). Stack traces name functions by
  // their place in dist/cli.cjs either way.
  minify: true,
  legalComments: 'none',
});
mkdirSync(new URL('../dist', import.meta.url));
let code = outputFiles[0].text;
// A vm.Script cannot import() on Node 20 without a flag: the externals are loaded by the bin's
// import(), passed in as __importModule.
const imports = /\bimport\(("[^"]+")\)/g;
code = code.replace(imports, (_, specifier) => `__importModule(${specifier})`);
if (/\bimport\(/.test(code.replace(/\/\/.*$/gm, ''))) throw new Error('dist/cli.cjs: an import() was left that a vm.Script cannot run');
// ASCII only, so that the bin reads it as one byte a character (latin1): a single non-ASCII
// character makes the whole source a two-byte string, twice the memory and slower to read and scan.
// Outside comments (gone with the whitespace) a \uXXXX escape means the same in strings, regular
// expressions, templates and names.
code = code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// The bin compiles the file as it is, a function of what a CommonJS module is given and of what
// the bin adds (wrapping it there would copy half a megabyte of source into a new string).
code = `(function (exports, require, module, __bundleUrl, __importModule) {${code}\n})`;
// The first line names the build: the bin keys its code cache on it.
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(new URL('../dist/cli.cjs', import.meta.url), `// digiraad build ${id}\n${code}`);
