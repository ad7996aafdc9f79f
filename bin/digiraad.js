#!/usr/bin/env node
// Runs dist/cli.cjs (one CommonJS bundle, see scripts/build.mjs) through vm.Script with V8's code
// cache: Node 20 has no compile cache for ES modules, and compiling the bundle is most of
// start-up. The cache lives in the user's cache folder, one file per build, Node version,
// architecture and command; it is written after the first run and rewritten when V8 rejects it. A
// cache that cannot be read or written only costs speed, never the run.
//
// This file is CommonJS (bin/package.json): an ES module entry would start Node's ES module loader,
// a dozen internal modules more on every run.
const { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

/**
 * The bundle and then its cache are read through one buffer: a page of memory touched for the
 * first time costs 15-35 us on the VMs digiraad is measured on, and the cache, read second,
 * reuses the pages the bundle was read into (65 page faults fewer a start). Pages it does not use
 * are only reserved, and cost nothing.
 */
const pages = Buffer.allocUnsafeSlow(8 << 20);

const bundlePath = join(__dirname, '..', 'dist', 'cli.cjs');
const bundleUrl = pathToFileURL(bundlePath);
const source = readBytes(bundlePath).toString('latin1');
const build = /^\/\/ digiraad build (\w+)/.exec(source)?.[1] ?? 'unknown';
/** Each build of digiraad and each Node version has caches of its own: those of the newest few are kept. */
const KEPT_BUILDS = 4;
// A cache holds the functions its first run compiled: one made by `digiraad --help` lacks most of
// what `stats` runs (43 million instructions more a start), so each command has its own.
const command = /^[a-z_]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
const cacheFile = join(cacheFolder(), `cli-${build}-node${process.version}-${process.arch}-${command}.v8`);

let cachedData;
try {
  cachedData = readBytes(cacheFile);
} catch {
  // No cache yet (or unreadable): compile from source, write it afterwards.
}
// The bundle is one function expression (scripts/build.mjs): its value is what runs it.
const script = new Script(source, { filename: bundlePath, cachedData });
const bundleRequire = createRequire(bundlePath);
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, lazyBuiltins(bundleRequire), bundle, bundleUrl.href, (specifier) => import(specifier));

bundle.exports.main(process.argv).then((code) => {
  process.exitCode = code;
  // After the run, so that the functions it compiled are in the cache too.
  if (cachedData === undefined || script.cachedDataRejected) {
    writeAtomically(cacheFile, script.createCachedData());
    pruneCaches(join(cacheFile, '..'), KEPT_BUILDS);
  }
  // The run is over: exit without waiting for V8's background work (optimising compiles begun on
  // the run's hot loops, which Node lets finish before it tears the heap down), 20–50 ms of a short
  // run. After the write errors queued on the streams have been handled, and only when nothing is
  // left to write (files and pipes are written synchronously, and so are a terminal's streams on
  // Linux; elsewhere a terminal may still be busy).
  setImmediate(() => {
    if (!bundle.exports.outputPending()) process.exit();
  });
});

/** Removes the caches of all but the `keep` builds (and Node versions) in `folder` that were cached last; like the cache itself, never fatal. */
function pruneCaches(folder, keep) {
  try {
    const newest = new Map();
    for (const name of readdirSync(folder).filter((name) => /^cli-\w+-node.+\.v8$/.test(name))) {
      const time = statSync(join(folder, name)).mtimeMs;
      // What is left without the command is the build, the Node version and the architecture.
      const cached = name.replace(/-[a-z_]+\.v8$/, '');
      const entry = newest.get(cached) ?? { time, names: [] };
      entry.time = Math.max(entry.time, time);
      entry.names.push(name);
      newest.set(cached, entry);
    }
    const older = [...newest.values()].sort((a, b) => b.time - a.time).slice(keep);
    for (const { names } of older) for (const name of names) rmSync(join(folder, name), { force: true });
  } catch {
    // Another run pruned first, or the folder is not ours to tidy: the caches only cost space.
  }
}

/** The bytes of `path`: a view of `pages` (until the next read), or a buffer of their own when they do not fit. */
function readBytes(path) {
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < pages.length) {
      const n = readSync(fd, pages, read, pages.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return read < pages.length ? pages.subarray(0, read) : readFileSync(path);
  } finally {
    closeSync(fd);
  }
}

/** $XDG_CACHE_HOME/digiraad, or ~/.cache/digiraad. */
function cacheFolder() {
  // $HOME as os.homedir() reads it first, without loading node:os for it.
  const home = (process.platform !== 'win32' && process.env.HOME) || require('node:os').homedir();
  const base = process.env.XDG_CACHE_HOME?.startsWith('/') ? process.env.XDG_CACHE_HOME : join(home, '.cache');
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
