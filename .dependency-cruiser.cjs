// The pipeline of README.md ("How the code is laid out"), enforced: each layer may import only the
// layers before it. load → validate → aggregate → present, charts → report; model (shared
// vocabulary) and i18n (the catalogues) are below all of them; commands/ and cli.ts sit on top.
const layer = (name, mayImport) => ({
  name: `${name}-imports-only-${mayImport.join('-') || 'itself'}`,
  comment: `${name}/ may import only ${mayImport.length ? mayImport.join(', ') : 'itself'} (and node:/packages)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...mayImport.map((m) => (m.endsWith('.ts') ? `^src/${m}$` : `^src/${m}/`))] },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'no import cycle between files', from: {}, to: { circular: true } },
    { name: 'no-folder-cycle', severity: 'error', comment: 'no import cycle between folders of src/', scope: 'folder', from: {}, to: { circular: true } },
    layer('model', []),
    layer('i18n', ['model']),
    layer('load', ['model', 'i18n', 'errors.ts']),
    layer('validate', ['model', 'i18n', 'errors.ts']),
    layer('aggregate', ['model', 'i18n', 'errors.ts']),
    layer('present', ['model', 'i18n', 'aggregate', 'errors.ts']),
    layer('charts', ['model', 'i18n', 'aggregate', 'present']),
    layer('report', ['model', 'i18n', 'aggregate', 'present', 'charts', 'errors.ts']),
    {
      name: 'only-commands-import-the-cli-layer',
      comment: 'cli.ts and commands/ are the top: nothing below imports them',
      severity: 'error',
      from: { path: '^src/(model|i18n|load|validate|aggregate|present|charts|report)/' },
      to: { path: '^src/(cli\\.ts|commands/|settings)' },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code',
      severity: 'error',
      from: { orphan: true, path: '^src/', pathNot: '^src/cli\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
