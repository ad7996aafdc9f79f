#!/usr/bin/env node
// Runs dist/cli.cjs (one CommonJS bundle, see scripts/build.mjs) through vm.Script with V8's code
// cache: Node 20 has no compile cache for ES modules, and compiling the bundle is most of
// start-up. The cache lives in the user's cache folder, one file per build, Node version and
// architecture; it is written after the first run and rewritten when V8 rejects it. A cache that
// cannot be read or written only costs speed, never the run.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundleUrl = new URL('../dist/cli.cjs', import.meta.url);
const bundlePath = fileURLToPath(bundleUrl);
const source = readFileSync(bundlePath, 'utf8');
const build = /^\/\/ digiraad build (\w+)/.exec(source)?.[1] ?? 'unknown';
/** Each build of digiraad and each Node version has a cache of its own: the newest few are kept. */
const KEPT_CACHES = 4;
const cacheFile = join(cacheFolder(), `cli-${build}-node${process.version}-${process.arch}.v8`);

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet (or unreadable): compile from source, write it afterwards.
}
// The wrapper stays on the first line so that line numbers in stack traces match the bundle.
const script = new Script(`(function (exports, require, module, __bundleUrl, __importModule) {${source}\n})`, { filename: bundlePath, cachedData });
const bundleRequire = createRequire(bundlePath);
const module = { exports: {} };
script.runInThisContext()(module.exports, lazyBuiltins(bundleRequire), module, bundleUrl.href, (specifier) => import(specifier));

process.exitCode = await module.exports.main(process.argv);
// After the run, so that the functions it compiled are in the cache too.
if (cachedData === undefined || script.cachedDataRejected) {
  writeAtomically(cacheFile, script.createCachedData());
  pruneCaches(join(cacheFile, '..'), KEPT_CACHES);
}

/** Removes all but the `keep` newest caches in `folder`; like the cache itself, never fatal. */
function pruneCaches(folder, keep) {
  try {
    const caches = readdirSync(folder)
      .filter((name) => /^cli-\w+-node.+\.v8$/.test(name))
      .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { path } of caches.slice(keep)) rmSync(path, { force: true });
  } catch {
    // Another run pruned first, or the folder is not ours to tidy: the caches only cost space.
  }
}

/** $XDG_CACHE_HOME/digiraad, or ~/.cache/digiraad. */
function cacheFolder() {
  const base = process.env.XDG_CACHE_HOME?.startsWith('/') ? process.env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'digiraad');
}

/** Writes to a temporary name and renames, so a reader never sees half a cache; failures are ignored. */
function writeAtomically(file, bytes) {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder is not there or not ours: nothing was left behind.
    }
  }
}

/**
 * `require` for the bundle, except that node:child_process loads when first used: commander
 * requires it eagerly but needs it only for executable subcommands, which digiraad has none of.
 */
function lazyBuiltins(require) {
  let childProcess;
  const lazyChildProcess = new Proxy(
    {},
    {
      get: (_, key) => {
        childProcess ??= require('node:child_process');
        return childProcess[key];
      },
    },
  );
  return Object.assign((id) => (id === 'node:child_process' || id === 'child_process' ? lazyChildProcess : require(id)), require);
}
