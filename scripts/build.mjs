// Bundles the CLI into dist/ with esbuild: start-up then loads one file instead of resolving and
// compiling dozens of modules. The heavy modules that only some commands need (vega, vega-lite,
// the canvas, iconv-lite, exceljs, docx, playwright-core) stay in node_modules and load on demand; so do the split chunks.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['vega', 'vega-lite', 'canvas', 'iconv-lite', 'exceljs', 'jszip', '@fontsource/*', 'playwright-core', 'axe-core', 'docx', 'fflate'],
  // CommonJS dependencies (commander, papaparse) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
