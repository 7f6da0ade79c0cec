#!/usr/bin/env node
// pyjson benchmark: loads/dumps against native JSON.parse/JSON.stringify (the limit), the JS peers
// that keep big integers exact, and CPython's C-accelerated json (the machine's python3), all on
// the same files in one run. Outputs are checked for equality before anything is timed.
//
//   node --expose-gc bench/run.mjs   full run (standard corpora + a generated 50 MB document)
//   node bench/run.mjs --quick    smoke run on small inputs, seconds (part of npm test)
//   npm run bench -- --only=twitter,canada   some of the inputs
//
// Peers are optional dev dependencies of bench/ only: `npm ci --prefix bench` installs them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const { dumps, loads } = await import(join(root, 'dist', 'index.js'));
const quick = process.argv.includes('--quick');
const corporaDir = join(here, 'data'); // vendored, with provenance and licences: bench/data/README.md

// ------------------------------------------------------------------------------------------------
// Inputs

function generated(megabytes) {
  // Deterministic mixed document: objects, non-ASCII strings, ints beyond 2^53, floats, nesting.
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const words = ['alpha', 'beta', 'Zoë', 'naïve', '東京', 'emoji 😀', 'tab\there', 'quote "q"', 'path/to', 'ok'];
  const parts = [];
  let size = 0;
  let id = 10n ** 17n;
  while (size < megabytes * 1e6) {
    id += BigInt(Math.floor(rand() * 1e6));
    const rec = `{"id": ${id}, "name": ${JSON.stringify(words[Math.floor(rand() * words.length)] + ' ' + Math.floor(rand() * 1e4))}, "score": ${(rand() * 1000).toPrecision(1 + Math.floor(rand() * 16))}, "ratio": ${rand()}, "count": ${Math.floor(rand() * 1e6)}, "ok": ${rand() < 0.5}, "tags": [${JSON.stringify(words[Math.floor(rand() * 10)])}, null, ${Math.floor(rand() * 100)}], "nested": {"a": {"b": [1.5, -2, 3e-7]}}}`;
    parts.push(rec);
    size += rec.length + 2;
  }
  return '[' + parts.join(',\n') + ']';
}

const inputs = [];
// --only=twitter,canada keeps the inputs whose names contain one of the words (the others are not read).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wanted = (name) => !only || only.some((w) => name.includes(w));
if (quick) {
  inputs.push({ name: 'generated-0.2MB', text: generated(0.2) });
} else {
  for (const name of ['twitter.json', 'citm_catalog.json', 'canada.json'].filter(wanted)) {
    const file = join(corporaDir, name);
    if (!existsSync(file)) throw new Error(`benchmark corpus ${file} is missing: it is part of the repository (bench/data/)`);
    inputs.push({ name, text: readFileSync(file, 'utf8') });
  }
  if (wanted('generated-50MB')) inputs.push({ name: 'generated-50MB', text: generated(50) });
}

// ------------------------------------------------------------------------------------------------
// Contenders

const requireBench = createRequire(join(here, 'package.json'));
function peer(name) {
  try {
    return requireBench(name);
  } catch {
    console.log(`peer ${name} not installed: run \`npm ci --prefix bench\` to include it`);
    return null;
  }
}
const losslessJson = peer('lossless-json');
const jsonBigint = peer('json-bigint');
const jsonWithBigint = peer('json-with-bigint');
const bigintJSON = jsonBigint ? jsonBigint({ useNativeBigInt: true }) : null;

const DUMP_OPTIONS = [
  { label: 'dumps default', opts: {}, py: {}, native: (v) => JSON.stringify(v) },
  { label: 'dumps sortKeys+indent 2', opts: { sortKeys: true, indent: 2 }, py: { sort_keys: true, indent: 2 }, native: (v) => JSON.stringify(v, null, 2) },
  { label: 'dumps compact, no ascii', opts: { separators: [',', ':'], ensureAscii: false }, py: { separators: [',', ':'], ensure_ascii: false }, native: (v) => JSON.stringify(v) },
];

// ------------------------------------------------------------------------------------------------
// CPython (the machine's python3, C accelerator) on the same files and options.

const PY_SCRIPT = String.raw`
import json, sys, time, hashlib, statistics
path, reps, opts_json = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(path, encoding='utf-8').read()
opts_list = json.loads(opts_json)
def med(f):
    ts = []
    for _ in range(reps):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return statistics.median(ts) * 1000
v = json.loads(text)
out = {'version': sys.version.split()[0], 'accelerated': json.decoder.c_scanstring is not None,
       'loads': med(lambda: json.loads(text)), 'dumps': []}
for o in opts_list:
    s = json.dumps(v, **o)
    out['dumps'].append({'ms': med(lambda: json.dumps(v, **o)), 'sha': hashlib.sha256(s.encode('utf-8', 'surrogatepass')).hexdigest()})
print(json.dumps(out))
`;

function python(file, reps) {
  const r = spawnSync('python3', ['-c', PY_SCRIPT, file, String(reps), JSON.stringify(DUMP_OPTIONS.map((d) => d.py))], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.error || r.status !== 0) {
    console.log(`python3 unavailable or failed: ${r.error?.message ?? r.stderr.trim().split('\n').pop()}`);
    return null;
  }
  return JSON.parse(r.stdout);
}

const sha = (s) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

// ------------------------------------------------------------------------------------------------
// Timing: contenders of one row interleaved round by round; medians.

// With --expose-gc (npm run bench), a minor collection before each timed call empties the young
// generation, so that no contender pays for the garbage the previous one left behind.
const minorGc = typeof globalThis.gc === 'function' ? () => globalThis.gc({ type: 'minor' }) : () => {};

function measure(fns, rounds) {
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds + 2; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (k + r) % fns.length;
      minorGc();
      const t = process.hrtime.bigint();
      fns[i]();
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r >= 2) samples[i].push(ms); // two warm-up rounds
    }
  }
  return samples.map((s) => s.sort((a, b) => a - b)[s.length >> 1]);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((x, c) => String(x).padEnd(widths[c])).join('  ')).join('\n');
}

console.log(`pyjson benchmark${quick ? ' (quick smoke run)' : ''}`);
console.log(`runtime: Node ${process.version} (V8 ${process.versions.v8}), ${process.platform}/${process.arch}`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);

const tmp = mkdtempSync(join(tmpdir(), 'pyjson-bench-'));
let failures = 0;
try {
  for (const { name, text } of inputs) {
    const mb = Buffer.byteLength(text) / 1e6;
    const rounds = quick ? 3 : mb > 20 ? 5 : 25;
    const file = join(tmp, 'input.json');
    writeFileSync(file, text);
    const py = python(file, quick ? 2 : mb > 20 ? 3 : 15);

    // Correctness before timing.
    const nativeValue = JSON.parse(text);
    const value = loads(text);
    const lossless = loads(text, { lossless: true });
    for (const [k, d] of DUMP_OPTIONS.entries()) {
      const ours = dumps(lossless, d.opts);
      if (py && sha(ours) !== py.dumps[k].sha) {
        console.log(`MISMATCH: ${name} ${d.label}: pyjson's text differs from CPython's`);
        failures++;
      }
    }

    console.log(`\n${name} (${mb.toFixed(1)} MB)${py ? `, CPython ${py.version}${py.accelerated ? ' with _json' : ''}` : ''}`);
    const rows = [['operation', 'contender', 'median ms', 'MB/s', 'x native', 'x CPython']];
    const addRows = (label, contenders, pyMs) => {
      const present = contenders.filter(([who, f]) => {
        if (!f) return false;
        try {
          f();
          return true;
        } catch (e) {
          rows.push([label, who, `fails: ${String(e.message).slice(0, 60)}`, '', '', '']);
          return false;
        }
      });
      const ms = measure(present.map(([, f]) => f), rounds);
      const nativeMs = ms[0];
      present.forEach(([who], i) => {
        rows.push([label, who, ms[i].toFixed(2), (mb / (ms[i] / 1000)).toFixed(0), (ms[i] / nativeMs).toFixed(2), pyMs ? (ms[i] / pyMs).toFixed(2) : '-']);
      });
      if (pyMs) rows.push([label, 'CPython json', pyMs.toFixed(2), (mb / (pyMs / 1000)).toFixed(0), (pyMs / nativeMs).toFixed(2), '1.00']);
    };
    addRows('loads', [
      ['JSON.parse', () => JSON.parse(text)],
      ['pyjson loads', () => loads(text)],
      ['pyjson lossless', () => loads(text, { lossless: true })],
      ['lossless-json', losslessJson && (() => losslessJson.parse(text))],
      ['json-bigint', bigintJSON && (() => bigintJSON.parse(text))],
      ['json-with-bigint', jsonWithBigint && (() => jsonWithBigint.JSONParse(text))],
    ], py?.loads);
    const attempt = (f) => {
      try {
        return f();
      } catch {
        return undefined;
      }
    };
    // undefined where the peer is missing (said above) or cannot read the input (its loads row says why).
    const losslessParsed = losslessJson ? attempt(() => losslessJson.parse(text)) : undefined;
    const bigintParsed = bigintJSON ? attempt(() => bigintJSON.parse(text)) : undefined;
    const withBigintParsed = jsonWithBigint ? attempt(() => jsonWithBigint.JSONParse(text)) : undefined;
    // A string built by concatenation may come back as a rope that is flattened only when first
    // read; reading a character puts that cost inside the timing, as for JSON.stringify's flat text.
    const flat = (s) => s.charCodeAt(s.length >> 1);
    for (const [k, d] of DUMP_OPTIONS.entries()) {
      const indent = d.opts.indent;
      addRows(d.label, [
        ['JSON.stringify', () => flat(d.native(nativeValue))],
        ['pyjson dumps', () => flat(dumps(value, d.opts))],
        ['lossless-json', losslessParsed !== undefined && (() => flat(losslessJson.stringify(losslessParsed, null, indent)))],
        ['json-bigint', bigintParsed !== undefined && (() => flat(bigintJSON.stringify(bigintParsed, null, indent)))],
        ['json-with-bigint', withBigintParsed !== undefined && (() => flat(jsonWithBigint.JSONStringify(withBigintParsed, null, indent)))],
      ], py?.dumps[k].ms);
    }
    console.log(table(rows));
  }

  if (!quick && inputs.length > 0) {
    // Peak memory of one parse in a fresh process, on the largest input.
    const largest = inputs.reduce((a, b) => (a.text.length > b.text.length ? a : b));
    const file = join(tmp, 'largest.json');
    writeFileSync(file, largest.text);
    const peak = (code) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
      return Number(r.stdout.trim());
    };
    // Both processes load pyjson before the baseline, so that only the parse is counted.
    const read = `import { readFileSync } from 'node:fs'; const { loads } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))}); const t = readFileSync(${JSON.stringify(file)}, 'utf8'); const base = process.resourceUsage().maxRSS;`;
    const nativePeak = peak(`${read} const v = JSON.parse(t); console.log(process.resourceUsage().maxRSS - base);`);
    const oursPeak = peak(`${read} const v = loads(t); console.log(process.resourceUsage().maxRSS - base);`);
    console.log(`\npeak memory of one parse of ${largest.name} (RSS growth): JSON.parse ${(nativePeak / 1024).toFixed(0)} MB, pyjson loads ${(oursPeak / 1024).toFixed(0)} MB (x${(oursPeak / nativePeak).toFixed(2)})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failures > 0) {
  console.log(`\n${failures} output mismatch(es) with CPython`);
  process.exitCode = 1;
}
