#!/usr/bin/env node
// pyjson benchmark: loads/dumps against native JSON.parse/JSON.stringify (the limit), the JS peers
// that keep big integers exact, and CPython's C-accelerated json (the machine's python3), all on
// the same files in one run; then JSON Lines (bench/jsonlines.mjs). Outputs are checked for
// equality before anything is timed. Runs on Node, Bun and Deno.
//
//   npm run bench                            this Node (node --expose-gc bench/run.mjs)
//   npm run bench -- --runtime=node26        another runtime, installed from npm into the cache
//                                            of `npm run test:runtimes` (node20|node22|node24|node26|bun|deno)
//   npm run bench:matrix                     every runtime, one after the other, one table each
//   npm run bench -- --only=twitter,lines    some of the inputs (twitter, citm, canada, generated, lines)
//   npm run bench -- --no-peers              without the JS peers (quicker)
//   npm run bench -- --clock=cpu             CPU time of the process instead of wall time (on a
//                                            loaded machine: waiting for a core is not counted)
//   node bench/run.mjs --quick               smoke run on small inputs, seconds (part of npm test)
//
// Fairness rules:
// - "x native" compares pyjson with JSON.parse/JSON.stringify on the same value: dumps of the value
//   JSON.parse returns (rounded numbers, no bigints) against JSON.stringify of that value.
// - "x CPython" compares pyjson with CPython's json on the exact value: loads of the file, dumps of
//   what loads returns (64-bit ids as bigints; its text is CPython's but where a float such as 1.0
//   came back as the number 1). The lossless value's text is checked against CPython's.
// - Every output is read once inside the timing (a concatenated string is flattened when first
//   read; JSON.stringify's text is read the same way).
// - A minor collection before each timed call (V8's gc({ type: 'minor' }), JavaScriptCore's
//   edenGC), so that no contender pays for another's garbage; contenders of one row alternate
//   round by round; medians.
// - The machine's python3 may be older than 3.14 (its json speed is what is compared; its texts
//   are checked against ours).
//
// Peers are optional dev dependencies of bench/ only: `npm ci --prefix bench` installs them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RECORDS, benchLines } from './jsonlines.mjs';
import { commandFor, minorGcFunction, runtime, runtimeLabel, selfCommand } from './runtime.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

// ------------------------------------------------------------------------------------------------
// --runtime / --matrix: this process only starts the benchmark on the other runtime(s).

const wantedRuntime = option('runtime');
if (wantedRuntime || args.includes('--matrix')) {
  const { RUNTIMES, install } = await import(pathToFileURL(join(root, 'scripts', 'test-runtimes.mjs')).href);
  const selected = args.includes('--matrix') ? RUNTIMES : RUNTIMES.filter((rt) => rt.id === wantedRuntime);
  if (selected.length === 0) throw new Error(`unknown runtime ${wantedRuntime}: one of ${RUNTIMES.map((rt) => rt.id).join(', ')}`);
  const rest = args.filter((a) => !a.startsWith('--runtime=') && a !== '--matrix');
  const tmp = mkdtempSync(join(tmpdir(), 'pyjson-bench-matrix-'));
  const summaries = [];
  let failed = false;
  try {
    for (const rt of selected) {
      const summary = join(tmp, `${rt.id}.md`);
      const [cmd, cmdArgs] = commandFor(rt.pkg, install(rt), fileURLToPath(import.meta.url), [...rest, `--summary=${summary}`]);
      console.log(`\n=== ${rt.label} ${rt.version}: ${[cmd, ...cmdArgs].join(' ')}`);
      const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root });
      if (r.status !== 0) {
        failed = true;
        console.log(`${rt.label}: the benchmark failed (${r.error?.message ?? `exit ${r.status}`})`);
      }
      if (existsSync(summary)) summaries.push(readFileSync(summary, 'utf8'));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (selected.length > 1) console.log(`\n=== Summaries\n\n${summaries.join('\n')}`);
  process.exit(failed ? 1 : 0);
}

const { dumps, loads } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const quick = args.includes('--quick');
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
const only = option('only')?.split(',');
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
  if (args.includes('--no-peers')) return null;
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
path, reps, opts_json, clock = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
now = time.process_time if clock == 'cpu' else time.perf_counter
text = open(path, encoding='utf-8').read()
opts_list = json.loads(opts_json)
def med(f):
    ts = []
    for _ in range(reps):
        t = now(); f(); ts.append(now() - t)
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
  const r = spawnSync('python3', ['-c', PY_SCRIPT, file, String(reps), JSON.stringify(DUMP_OPTIONS.map((d) => d.py)), clock], {
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

const minorGc = (await minorGcFunction()) ?? (() => {});
const clock = option('clock') === 'cpu' ? 'cpu' : 'wall';
/** Milliseconds: wall time, or the process's CPU time (user + system) with --clock=cpu. */
const now = clock === 'cpu' ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();

function measure(fns, rounds) {
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds + 2; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (k + r) % fns.length;
      minorGc();
      const t = now();
      fns[i]();
      const ms = now() - t;
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
console.log(`runtime: ${runtimeLabel()}, ${process.platform}/${process.arch}${(await minorGcFunction()) ? '' : ' (no minor GC between calls: run with --expose-gc)'}`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; timing: ${clock === 'cpu' ? 'CPU time of the process' : 'wall time'}`);

// The summary: one ratio per target and input, as the issue states the targets.
const TARGETS = [
  ['loads ÷ JSON.parse', '≤ 1.5', (x) => x <= 1.5],
  ['loads ÷ CPython json.loads', '< 1', (x) => x < 1],
  ['loads lossless ÷ JSON.parse', '≤ 2.5', (x) => x <= 2.5],
  ['dumps ÷ JSON.stringify, same value', '≤ 2', (x) => x <= 2],
  ['sortKeys+indent 2 ÷ JSON.stringify(v, null, 2), same value', '≤ 3', (x) => x <= 3],
  ['compact, no ascii ÷ JSON.stringify, same value', '', null],
  ['dumps of the exact value ÷ CPython json.dumps', '< 1', (x) => x < 1],
  ['sortKeys+indent 2 of the exact value ÷ CPython', '', null],
  ['loads peak memory ÷ JSON.parse (input scaled to ≥ 50 MB)', '≤ 1.5', (x) => x <= 1.5],
];
const summary = new Map(TARGETS.map(([name]) => [name, new Map()]));
const note = (name, input, x) => summary.get(name).set(input, x);

const tmp = mkdtempSync(join(tmpdir(), 'pyjson-bench-'));
let failures = 0;
let linesSummary = null;
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
      // The lossless value keeps floats such as 1.0 apart from ints, so its text is CPython's.
      if (py && sha(dumps(lossless, d.opts)) !== py.dumps[k].sha) {
        console.log(`MISMATCH: ${name} ${d.label}: pyjson's text differs from CPython's`);
        failures++;
      }
    }

    console.log(`\n${name} (${mb.toFixed(1)} MB)${py ? `, CPython ${py.version}${py.accelerated ? ' with _json' : ''}` : ''}`);
    const rows = [['operation', 'contender', 'median ms', 'MB/s', 'x native', 'x CPython']];
    const ratios = new Map();
    // contenders: [who, fn, compared with CPython?]; the first is the native one.
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
      present.forEach(([who, , exact], i) => {
        ratios.set(`${label}/${who}`, [ms[i] / nativeMs, exact && pyMs ? ms[i] / pyMs : NaN]);
        rows.push([label, who, ms[i].toFixed(2), (mb / (ms[i] / 1000)).toFixed(0), (ms[i] / nativeMs).toFixed(2), exact && pyMs ? (ms[i] / pyMs).toFixed(2) : '-']);
      });
      if (pyMs) rows.push([label, 'CPython json', pyMs.toFixed(2), (mb / (pyMs / 1000)).toFixed(0), (pyMs / nativeMs).toFixed(2), '1.00']);
    };
    addRows('loads', [
      ['JSON.parse', () => JSON.parse(text), true],
      ['pyjson loads', () => loads(text), true],
      ['pyjson lossless', () => loads(text, { lossless: true }), true],
      ['lossless-json', losslessJson && (() => losslessJson.parse(text)), true],
      ['json-bigint', bigintJSON && (() => bigintJSON.parse(text)), true],
      ['json-with-bigint', jsonWithBigint && (() => jsonWithBigint.JSONParse(text)), true],
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
    // read; reading a character puts that cost inside the timing, as for JSON.stringify's text.
    const flat = (s) => s.charCodeAt(s.length >> 1);
    for (const [k, d] of DUMP_OPTIONS.entries()) {
      const indent = d.opts.indent;
      addRows(d.label, [
        ['JSON.stringify', () => flat(d.native(nativeValue)), false],
        ['pyjson dumps, same value', () => flat(dumps(nativeValue, d.opts)), false],
        ['pyjson dumps, exact value', () => flat(dumps(value, d.opts)), true],
        ['lossless-json', losslessParsed !== undefined && (() => flat(losslessJson.stringify(losslessParsed, null, indent))), true],
        ['json-bigint', bigintParsed !== undefined && (() => flat(bigintJSON.stringify(bigintParsed, null, indent))), true],
        ['json-with-bigint', withBigintParsed !== undefined && (() => flat(jsonWithBigint.JSONStringify(withBigintParsed, null, indent))), true],
      ], py?.dumps[k].ms);
    }
    console.log(table(rows));
    const ratio = (key, col) => ratios.get(key)?.[col] ?? NaN;
    note('loads ÷ JSON.parse', name, ratio('loads/pyjson loads', 0));
    note('loads ÷ CPython json.loads', name, ratio('loads/pyjson loads', 1));
    note('loads lossless ÷ JSON.parse', name, ratio('loads/pyjson lossless', 0));
    note('dumps ÷ JSON.stringify, same value', name, ratio('dumps default/pyjson dumps, same value', 0));
    note('sortKeys+indent 2 ÷ JSON.stringify(v, null, 2), same value', name, ratio('dumps sortKeys+indent 2/pyjson dumps, same value', 0));
    note('compact, no ascii ÷ JSON.stringify, same value', name, ratio('dumps compact, no ascii/pyjson dumps, same value', 0));
    note('dumps of the exact value ÷ CPython json.dumps', name, ratio('dumps default/pyjson dumps, exact value', 1));
    note('sortKeys+indent 2 of the exact value ÷ CPython', name, ratio('dumps sortKeys+indent 2/pyjson dumps, exact value', 1));
  }

  if (!quick && inputs.length > 0) {
    // Peak memory of one parse in a fresh process, each input scaled to at least 50 MB (a list of
    // copies of it).
    const lib = join(root, 'dist', 'index.js');
    const peak = (file, how) => {
      // A growth of zero or less is a failed measurement (seen on Deno: the peak read below the
      // baseline); it is taken again, up to three times.
      for (let attempt = 0; ; attempt++) {
        const [cmd, cmdArgs] = selfCommand(join(here, 'peak.mjs'), [lib, file, how]);
        const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`peak memory (${how}) failed: ${r.stderr}`);
        const grown = Number(r.stdout.trim());
        if (grown > 0 || attempt === 2) return grown > 0 ? grown : NaN;
      }
    };
    const rows = [['peak memory of one parse', 'MB', 'JSON.parse MiB', 'pyjson loads MiB', 'ratio']];
    for (const { name, text } of inputs) {
      const copies = Math.ceil(50e6 / Buffer.byteLength(text));
      const file = join(tmp, 'scaled.json');
      writeFileSync(file, copies === 1 ? text : `[${Array(copies).fill(text).join(',')}]`);
      const nativePeak = peak(file, 'JSON.parse');
      const oursPeak = peak(file, 'loads');
      rows.push([`${name}${copies > 1 ? ` x ${copies}` : ''}`, (Buffer.byteLength(text) * copies / 1e6).toFixed(0), nativePeak.toFixed(0), oursPeak.toFixed(0), (oursPeak / nativePeak).toFixed(2)]);
      note('loads peak memory ÷ JSON.parse (input scaled to ≥ 50 MB)', name, oursPeak / nativePeak);
    }
    console.log(`\n${table(rows)}`);
  }

  if (wanted('lines')) {
    if (!existsSync(RECORDS)) throw new Error(`benchmark records ${RECORDS} are missing: they are part of the repository (bench/data/)`);
    const reps = Number(option('lines-reps') ?? (quick ? 1 : 3));
    const lines = benchLines({ megabytes: quick ? 1 : Number(option('lines-mb') ?? 100), reps, tmp, clock });
    console.log(table(lines.rows));
    linesSummary = lines.summary;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ------------------------------------------------------------------------------------------------
// Summary (markdown), the form bench/README.md keeps per runtime.

const fmt = (x, ok) => (Number.isNaN(x) ? '' : `${x.toFixed(2)}${ok ? (ok(x) ? ' ✓' : ' ✗') : ''}`);
const names = inputs.map((i) => i.name.replace(/\.json$/, ''));
const md = [`#### ${runtimeLabel()}`, '', `${clock === 'cpu' ? 'CPU' : 'Wall'} time; load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`];
if (inputs.length > 0) md.push('', `| operation | target | ${names.join(' | ')} |`, `| --- | --- |${names.map(() => ' --- |').join('')}`);
for (const [name, target, ok] of TARGETS) {
  const cells = inputs.map((i) => fmt(summary.get(name).get(i.name) ?? NaN, ok));
  if (cells.some(Boolean)) md.push(`| ${name} | ${target} | ${cells.join(' | ')} |`);
}
if (linesSummary) {
  md.push('', '| JSON Lines | target | value |', '| --- | --- | --- |');
  for (const [name, [x, target, ok]] of Object.entries(linesSummary)) md.push(`| ${name} | ${target} | ${fmt(x, ok)} |`);
}
const mdText = `${md.join('\n')}\n`;
console.log(`\n${mdText}`);
const summaryFile = option('summary');
if (summaryFile) writeFileSync(summaryFile, mdText);

if (failures > 0) {
  console.log(`\n${failures} output mismatch(es) with CPython`);
  process.exitCode = 1;
}
