#!/usr/bin/env node
// Runs the portable subset (test/portable/) on Node 20, 22, 24 and 26, Bun and Deno, against the
// built dist/index.js and against the minified bundle, and prints a compatibility table.
//
//   npm run test:runtimes                 (builds, then runs this script)
//   node scripts/test-runtimes.mjs [--only=node22,bun] [--full]
//
// --full: also runs the whole compiled test suite (build/test/**/*.test.js, as `npm test` does,
// pyodide differential tests included) on each Node version; needs `npm run build:test` first.
// The files are passed one by one: `node --test build/test/` works on Node 20 only, since
// Node 22 takes its arguments as files or globs, not directories.
//
// The runtimes come from the npm registry (the packages `node`, `bun` and `deno` ship their
// binaries through platform packages) and are installed once into a cache outside the repository:
// $PYJSON_RUNTIMES_DIR, else $XDG_CACHE_HOME/pyjson-runtimes, else ~/.cache/pyjson-runtimes.
// Versions are pinned below so that a CI run is repeatable; bump them here.
// Node 20 is this machine's own node when it is a Node 20, else installed like the others.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBundle, formatSize } from './bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNNER = join(ROOT, 'test/portable/run.mjs');

export const RUNTIMES = [
  { id: 'node20', label: 'Node.js 20', pkg: 'node', version: '20.20.2', bin: 'node' },
  { id: 'node22', label: 'Node.js 22', pkg: 'node', version: '22.23.3', bin: 'node' },
  { id: 'node24', label: 'Node.js 24', pkg: 'node', version: '24.21.0', bin: 'node' },
  { id: 'node26', label: 'Node.js 26', pkg: 'node', version: '26.10.0', bin: 'node' },
  { id: 'bun', label: 'Bun', pkg: 'bun', version: '1.4.5', bin: 'bun' },
  { id: 'deno', label: 'Deno', pkg: 'deno', version: '2.9.6', bin: 'deno' },
];

const cacheDir = process.env.PYJSON_RUNTIMES_DIR
  ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pyjson-runtimes');

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}

/** Path of the runtime's binary, installing it into the cache first if needed (bench/ shares it). */
export function install(rt) {
  if (rt.pkg === 'node' && process.versions.node === rt.version) return process.execPath;
  if (rt.pkg === 'node' && rt.id === 'node20' && process.versions.node.startsWith('20.')) return process.execPath;
  const dir = join(cacheDir, `${rt.pkg}@${rt.version}`);
  const bin = join(dir, 'node_modules', '.bin', rt.bin);
  if (existsSync(bin) && sh(bin, ['--version']).code === 0) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const started = Date.now();
  process.stdout.write(`installing ${rt.pkg}@${rt.version} into ${dir} ... `);
  // The packages' install scripts link the platform binary; npm runs them as for any package.
  const r = sh('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock',
    '--loglevel=error', `${rt.pkg}@${rt.version}`], { cwd: dir });
  if (r.code !== 0 || !existsSync(bin)) {
    console.log('failed');
    throw new Error(`npm install ${rt.pkg}@${rt.version} failed:\n${r.out}`);
  }
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  return bin;
}

function commandFor(rt, bin, lib) {
  if (rt.pkg === 'deno') {
    // Only reads of the repository; --no-config: the project's package.json is not Deno's business.
    return [bin, ['run', '--no-config', '--no-prompt', `--allow-read=${ROOT}`, RUNNER, lib]];
  }
  return [bin, [RUNNER, lib]];
}

function versionOf(rt, bin) {
  const r = sh(bin, ['--version']);
  const m = r.out.match(/\d+\.\d+\.\d+/);
  return m ? m[0] : r.out.trim();
}

/** Runs the subset on one runtime against one copy of the library. */
function runOne(rt, bin, lib) {
  const started = Date.now();
  const [cmd, args] = commandFor(rt, bin, lib);
  const r = sh(cmd, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 300_000 });
  const summary = r.out.match(/portable: .*: (\d+)\/(\d+) passed/);
  return {
    ok: r.code === 0 && !!summary && summary[1] === summary[2],
    passed: summary ? Number(summary[1]) : 0,
    total: summary ? Number(summary[2]) : 0,
    ms: Date.now() - started,
    output: r.out,
  };
}

function parseArgs(argv) {
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  return { only, full: argv.includes('--full') };
}

/** The compiled test files, as `npm test` runs them. */
function suiteFiles() {
  const dir = join(ROOT, 'build/test');
  if (!existsSync(dir)) throw new Error('build/test is missing: run `npm run build:test` first');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => join('build/test', f));
}

/** Runs the whole suite on one Node binary. */
function runSuite(bin, files) {
  const started = Date.now();
  const r = sh(bin, ['--test', '--test-concurrency=2', '--test-reporter=tap', ...files], {
    cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 1_800_000,
  });
  const count = (name) => Number(r.out.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  return {
    name: 'suite', ok: r.code === 0 && failed === 0 && passed > 0, passed, total: passed + failed,
    skipped: count('skipped'), ms: Date.now() - started,
    output: r.out.split('\n').filter((l) => /^\s*not ok/.test(l)).join('\n') || r.out.slice(-4000),
  };
}

async function main() {
  const { only, full } = parseArgs(process.argv.slice(2));
  const files = full ? suiteFiles() : [];
  const dist = join(ROOT, 'dist/index.js');
  if (!existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const b = await writeBundle();
  console.log(formatSize(b));
  const libs = [['dist', dist], ['bundle', b.outfile]];
  const selected = RUNTIMES.filter((rt) => !only || only.includes(rt.id));
  const rows = [];
  for (const rt of selected) {
    let bin;
    try {
      bin = install(rt);
    } catch (e) {
      rows.push({ rt, version: rt.version, error: e.message, results: [] });
      continue;
    }
    const version = versionOf(rt, bin);
    const results = libs.map(([name, lib]) => ({ name, ...runOne(rt, bin, lib) }));
    if (full) results.push(rt.pkg === 'node' ? runSuite(bin, files) : { name: 'suite', na: true });
    for (const r of results.filter((x) => !x.na)) {
      const status = r.ok ? 'ok' : 'FAILED';
      console.log(`${rt.label} ${version} (${r.name}): ${status} ${r.passed}/${r.total} in ${(r.ms / 1000).toFixed(1)} s`);
      if (!r.ok) console.log(r.output.replace(/^/gm, '    '));
    }
    rows.push({ rt, version, results });
  }

  const cell = (r) => (r.na ? 'n/a' : r.ok ? `pass (${r.passed}/${r.total})` : `FAIL (${r.passed}/${r.total})`);
  const columns = ['dist/ (ESM)', 'minified bundle', ...(full ? ['full test suite'] : [])];
  console.log(`\n| Runtime | Version | ${columns.join(' | ')} |`);
  console.log(`| --- | --- | ${columns.map(() => '---').join(' | ')} |`);
  for (const row of rows) {
    if (row.error) console.log(`| ${row.rt.label} | ${row.version} | ${columns.map(() => 'not installed').join(' | ')} |`);
    else console.log(`| ${row.rt.label} | ${row.version} | ${row.results.map(cell).join(' | ')} |`);
  }
  const failed = rows.some((row) => row.error || row.results.some((r) => !r.na && !r.ok));
  console.log(failed ? '\nsome runtimes FAILED' : `\nall ${rows.length} runtimes passed`);
  process.exitCode = failed ? 1 : 0;
}

// Imported by the benchmark for RUNTIMES and install(); run as a script, it tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
