#!/usr/bin/env node
// Generates `ALWAYS_NON_PRINTABLE` in src/unicode.ts: the code point ranges where the JS engines
// we support disagree with CPython 3.14's `str.isprintable()` (Unicode 16.0.0).
//
//   node scripts/unicode-delta.mjs            probe, print the engines' answers and the table
//   node scripts/unicode-delta.mjs --write    also write the table into src/unicode.ts
//   node scripts/unicode-delta.mjs --check    exit 1 when src/unicode.ts holds another table
//
// src/unicode.ts calls a code point printable when the engine's regex /[\p{C}\p{Z}]/u does not
// match it (Python's rule: every category but Cc Cf Cs Co Cn Zl Zp Zs, plus U+0020), except in
// the table's ranges. So the table must hold every code point that CPython calls non-printable
// and some engine calls printable: characters assigned after Unicode 16 (17.0 in Node 20.20,
// Node 22-26, Bun and Chromium 150; Deno 2.9 matches 16.0 exactly). It holds each such code
// point's whole run of non-printable code points (e.g. U+323B0..U+E00FF for CJK Extension J):
// that costs a few bytes and keeps later assignments inside those runs (Unicode 18+) right too.
//
// The opposite disagreement (CPython printable, engine not: an engine older than Unicode 16)
// cannot be expressed by this table: the script reports the code points and exits 1.
//
// The truth comes from CPython 3.14 itself (pyodide): `not chr(cp).isprintable()` for every code
// point. The engines are this node, every node/bun/deno installed by scripts/test-runtimes.mjs in
// its cache ($PYJSON_RUNTIMES_DIR, $XDG_CACHE_HOME/pyjson-runtimes or ~/.cache/pyjson-runtimes),
// and Chromium ($PYJSON_CHROMIUM or /usr/bin/chromium) through playwright-core when present.
//
// Encoding: space-separated base-36 numbers, two per range: the gap from the end of the previous
// range (from 0 for the first), then the range's length.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = join(ROOT, 'src/unicode.ts');
const LIMIT = 0x110000;

/**
 * Runs in each engine: the engine's non-printable code points as bounds [start, end, start,
 * end, ...] (ends exclusive). Plain JS with no runtime APIs, so that it also runs in a page.
 */
function probe() {
  const re = /[\p{C}\p{Z}]/u;
  const bounds = [];
  let inside = false;
  for (let cp = 0; cp < 0x110000; cp++) {
    const np = cp !== 0x20 && re.test(String.fromCodePoint(cp));
    if (np !== inside) {
      bounds.push(cp);
      inside = np;
    }
  }
  if (inside) bounds.push(0x110000);
  return bounds;
}

const PROBE_SOURCE = `${probe}\nconsole.log(JSON.stringify(probe()));\n`;

/** CPython's non-printable code points, as bounds. */
async function cpythonBounds() {
  const { loadPyodide } = await import('pyodide');
  const py = await loadPyodide();
  const out = py.runPython(`
import json, sys, unicodedata
bounds = []
inside = False
for cp in range(0x110000):
    np = not chr(cp).isprintable()
    if np != inside:
        bounds.append(cp)
        inside = np
if inside:
    bounds.append(0x110000)
json.dumps({'version': sys.version.split()[0], 'unicode': unicodedata.unidata_version, 'bounds': bounds})
`);
  return JSON.parse(out);
}

function runtimeBinaries() {
  const cache = process.env.PYJSON_RUNTIMES_DIR
    ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pyjson-runtimes');
  const found = [{ name: `node ${process.versions.node} (this node)`, cmd: process.execPath, args: [] }];
  if (!existsSync(cache)) return found;
  for (const dir of readdirSync(cache).sort()) {
    const m = /^(node|bun|deno)@(.+)$/.exec(dir);
    if (!m) continue;
    const bin = join(cache, dir, 'node_modules', '.bin', m[1]);
    if (!existsSync(bin)) continue;
    found.push({ name: `${m[1]} ${m[2]}`, cmd: bin, args: m[1] === 'deno' ? ['run', '--no-config', '--no-prompt'] : [] });
  }
  return found;
}

/** Each engine's non-printable code points: [{ name, bounds }]. */
async function engineBounds() {
  const dir = mkdtempSync(join(tmpdir(), 'pyjson-unicode-'));
  const file = join(dir, 'probe.mjs');
  writeFileSync(file, PROBE_SOURCE);
  const out = [];
  try {
    for (const rt of runtimeBinaries()) {
      const r = spawnSync(rt.cmd, [...rt.args, file], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1' } });
      if (r.status !== 0) throw new Error(`${rt.name} failed:\n${r.stdout}${r.stderr}`);
      out.push({ name: rt.name, bounds: JSON.parse(r.stdout) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const chromium = process.env.PYJSON_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(chromium)) {
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({
      executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'], timeout: 60_000,
    });
    try {
      const page = await browser.newPage();
      out.push({ name: `chromium ${browser.version()}`, bounds: await page.evaluate(`(${probe})()`) });
    } finally {
      await browser.close();
    }
  } else {
    console.log(`(Chromium not found at ${chromium}: not probed)`);
  }
  return out;
}

function toFlags(bounds) {
  const flags = new Uint8Array(LIMIT);
  for (let i = 0; i < bounds.length; i += 2) flags.fill(1, bounds[i], bounds[i + 1]);
  return flags;
}

const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function rangesOf(cps) {
  const out = [];
  for (const cp of cps) {
    const last = out.at(-1);
    if (last && last[1] === cp) last[1]++;
    else out.push([cp, cp + 1]);
  }
  return out.map(([a, b]) => (b - a === 1 ? hex(a) : `${hex(a)}..${hex(b - 1)}`));
}

/** The table's ranges: each non-printable run of CPython that holds a code point some engine calls printable. */
function deltaRanges(truthBounds, engines) {
  const truth = toFlags(truthBounds);
  const forced = new Uint8Array(LIMIT);
  let missing = false;
  for (const e of engines) {
    const flags = toFlags(e.bounds);
    const printableHere = [];
    const notPrintableHere = [];
    for (let cp = 0; cp < LIMIT; cp++) {
      if (truth[cp] && !flags[cp]) {
        forced[cp] = 1;
        printableHere.push(cp);
      } else if (!truth[cp] && flags[cp]) notPrintableHere.push(cp);
    }
    console.log(`${e.name}: ${printableHere.length} code points printable here but not in CPython, `
      + `${notPrintableHere.length} the other way`);
    if (notPrintableHere.length) {
      missing = true;
      console.log(`  CPython printable, ${e.name} not: ${rangesOf(notPrintableHere).join(' ')}`);
    }
  }
  if (missing) {
    throw new Error('an engine calls non-printable what CPython calls printable (older Unicode?): '
      + 'src/unicode.ts has no way to express that; extend its table format first');
  }
  const ranges = [];
  for (let i = 0; i < truthBounds.length; i += 2) {
    const [a, b] = [truthBounds[i], truthBounds[i + 1]];
    if (forced.subarray(a, b).includes(1)) ranges.push([a, b]);
  }
  return ranges;
}

function encode(ranges) {
  const nums = [];
  let at = 0;
  for (const [a, b] of ranges) {
    nums.push(a - at, b - a);
    at = b;
  }
  return nums.map((n) => n.toString(36)).join(' ');
}

const TABLE = /(const ALWAYS_NON_PRINTABLE =\s*)('[^']*'(?:\s*\+\s*'[^']*')*);/;

/** The table as TS source: string pieces of at most ~96 characters, joined by `+`. */
function literal(text) {
  const pieces = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 96) {
      pieces.push(`${line} `);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  pieces.push(line);
  return pieces.map((p) => `'${p}'`).join(' +\n  ');
}

async function main() {
  const write = process.argv.includes('--write');
  const check = process.argv.includes('--check');
  const truth = await cpythonBounds();
  console.log(`CPython ${truth.version}, Unicode ${truth.unicode}: ${truth.bounds.length / 2} non-printable ranges`);
  const engines = await engineBounds();
  const ranges = deltaRanges(truth.bounds, engines);
  const text = encode(ranges);
  console.log(`\n${ranges.length} ranges, ${ranges.reduce((n, [a, b]) => n + b - a, 0)} code points, `
    + `${text.length} characters:`);
  console.log(ranges.map(([a, b]) => `${hex(a)}..${hex(b - 1)}`).join(' '));
  console.log(`\nconst ALWAYS_NON_PRINTABLE =\n  ${literal(text)};`);

  const source = readFileSync(TARGET, 'utf8');
  const m = TABLE.exec(source);
  if (!m) throw new Error(`no \`const ALWAYS_NON_PRINTABLE = '...'\` in ${TARGET}`);
  const current = new Function(`return ${m[2]};`)();
  if (current === text) console.log('\nsrc/unicode.ts is up to date');
  else if (write) {
    writeFileSync(TARGET, source.replace(TABLE, `$1${literal(text)};`));
    console.log('\nwrote src/unicode.ts');
  } else {
    console.log('\nsrc/unicode.ts holds another table (--write to replace it)');
    if (check) process.exitCode = 1;
  }
}

await main();
