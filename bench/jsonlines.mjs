// JSON Lines benchmark: parseLines, parseConcatenated and stringifyLines (piped into a file) on a
// file of at least 100 MB made by repeating the vendored records (bench/data/amazon_cellphones.ndjson),
// against readline + JSON.parse and CPython's loops (`for line in f: json.loads(line)` and
// `f.write(json.dumps(v) + '\n')`). Each run is its own process, so that its peak RSS is its own:
// the readers must stay memory bounded whatever the file's size.
//
// Run by bench/run.mjs (`npm run bench -- --only=lines`); a phase alone:
//   node bench/jsonlines.mjs --phase parseLines <file> [<out> <count>]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { peakRssMiB, selfCommand } from './runtime.mjs';

const self = fileURLToPath(import.meta.url);
const root = dirname(dirname(self));
export const RECORDS = join(root, 'bench', 'data', 'amazon_cellphones.ndjson');

/** The library's module for a package export ('.' or './streams'), as package.json maps it. */
async function library(subpath) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const target = pkg.exports[subpath].default ?? pkg.exports[subpath];
  return import(pathToFileURL(join(root, target)).href);
}

/** The vendored records' lines (the last one ends with a newline too). */
function recordLines() {
  const text = readFileSync(RECORDS, 'utf8');
  return text.endsWith('\n') ? text : `${text}\n`;
}

// ------------------------------------------------------------------------------------------------
// Phases (each in a child process; prints one JSON line: seconds, items, check, peak RSS)

// Inputs are read in 64 KB chunks, as by default.
const reader = (file) => createReadStream(file, { highWaterMark: 1 << 16 });

/** The vendored records, `count` of them in a cycle: the values the writers write. */
function* cycle(values, count) {
  for (let i = 0; i < count; i++) yield values[i % values.length];
}

/** How many records a reader yields, and the sum of their lengths (so none is optimized away). */
async function tally(records) {
  let items = 0;
  let check = 0;
  for await (const v of records) {
    items++;
    check += v.length;
  }
  return { items, check };
}

const PHASES = {
  async parseLines(file) {
    const { parseLines } = await library('./streams');
    return tally(parseLines(reader(file)));
  },
  async readline(file) {
    let items = 0;
    let check = 0;
    for await (const line of createInterface({ input: reader(file), crlfDelay: Infinity })) {
      if (line === '') continue;
      items++;
      check += JSON.parse(line).length;
    }
    return { items, check };
  },
  async parseConcatenated(file) {
    const { parseConcatenated } = await library('./streams');
    return tally(parseConcatenated(reader(file)));
  },
  async stringifyLines(_file, out, count, values) {
    const { stringifyLines } = await library('./streams');
    await pipeline(Readable.from(stringifyLines(cycle(values, count))), createWriteStream(out));
    return { items: count };
  },
  async stringifyLinesBatched(_file, out, count, values) {
    const { stringifyLines } = await library('./streams');
    await pipeline(Readable.from(stringifyLines(cycle(values, count), { batchSize: 65536 })), createWriteStream(out));
    return { items: count };
  },
  async stringifyNative(_file, out, count, values) {
    const lines = (function* () {
      for (const v of cycle(values, count)) yield `${JSON.stringify(v)}\n`;
    })();
    await pipeline(Readable.from(lines), createWriteStream(out));
    return { items: count };
  },
};

async function phase(name, file, out, count) {
  // The writers' values are parsed before the clock starts, as CPython's are.
  const values = out ? recordLines().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : null;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await PHASES[name](file, out, Number(count), values);
  const seconds = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  const cpuSeconds = (c1.user + c1.system) / 1e6;
  const peakMiB = peakRssMiB();
  // A writer's check is its file's hash, taken after the clock and the memory peak.
  if (out) Object.assign(r, { check: createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16), bytes: statSync(out).size });
  console.log(JSON.stringify({ ...r, seconds, cpuSeconds, peakMiB }));
}

// ------------------------------------------------------------------------------------------------
// CPython: the loops a Python program would write, on the same files.

const PY_LINES = String.raw`
import hashlib, json, os, sys, time
phase, path, out, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if phase == 'lines':
    t = time.perf_counter(); c = time.process_time(); items = check = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                items += 1; check += len(json.loads(line))
else:
    with open(path, encoding='utf-8') as f:
        values = [json.loads(l) for l in f if l.strip()]
    t = time.perf_counter(); c = time.process_time()
    with open(out, 'w', encoding='utf-8') as f:
        for i in range(count):
            f.write(json.dumps(values[i % len(values)]) + '\n')
seconds = time.perf_counter() - t; cpu_seconds = time.process_time() - c
if phase != 'lines':
    with open(out, 'rb') as f:
        items, check, size = count, hashlib.sha256(f.read()).hexdigest()[:16], os.path.getsize(out)
# VmHWM, not ru_maxrss: Linux's ru_maxrss carries over the spawning process's size through exec.
with open('/proc/self/status') as f:
    peak = next(int(l.split()[1]) for l in f if l.startswith('VmHWM:')) / 1024
print(json.dumps({'items': items, 'check': check, 'seconds': seconds, 'cpuSeconds': cpu_seconds, 'bytes': size if phase != 'lines' else 0,
                  'peakMiB': peak}))
`;

function run([cmd, args]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const last = (r.stdout ?? '').trim().split('\n').pop();
  if (r.status !== 0 || !last?.startsWith('{')) {
    throw new Error(`${[cmd, ...args].join(' ')} failed: ${r.error?.message ?? (r.stderr || r.stdout).trim().slice(-500)}`);
  }
  return JSON.parse(last);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Runs every contender `reps` times on a file of `megabytes` MB and returns the table rows and a
 * summary of the targets. `tmp` is a scratch directory.
 */
export function benchLines({ megabytes, reps, tmp, clock = 'wall', log = console.log }) {
  const unit = recordLines();
  const copies = Math.ceil((megabytes * 1e6) / Buffer.byteLength(unit));
  const file = join(tmp, 'records.jsonl');
  writeFileSync(file, unit.repeat(copies));
  const bytes = statSync(file).size;
  const count = unit.split('\n').filter(Boolean).length * copies;
  const out = join(tmp, 'out.jsonl');
  const contenders = [
    ['read', 'readline + JSON.parse', () => run(selfCommand(self, ['--phase', 'readline', file]))],
    ['read', 'parseLines', () => run(selfCommand(self, ['--phase', 'parseLines', file]))],
    ['read', 'parseConcatenated', () => run(selfCommand(self, ['--phase', 'parseConcatenated', file]))],
    ['read', 'CPython line loop', () => run(['python3', ['-c', PY_LINES, 'lines', file, '-', '0']])],
    ['write', 'JSON.stringify lines (not the same text)', () => run(selfCommand(self, ['--phase', 'stringifyNative', file, out, String(count)]))],
    ['write', 'stringifyLines', () => run(selfCommand(self, ['--phase', 'stringifyLines', file, out, String(count)]))],
    ['write', 'stringifyLines, batchSize 65536', () => run(selfCommand(self, ['--phase', 'stringifyLinesBatched', file, out, String(count)]))],
    ['write', 'CPython write loop', () => run(['python3', ['-c', PY_LINES, 'write', RECORDS, out, String(count)]])],
  ];
  log(`\nJSON Lines: ${(bytes / 1e6).toFixed(0)} MB, ${count.toLocaleString('en')} records (${RECORDS.slice(root.length + 1)} x ${copies}); ${reps} run(s) each, a process per run`);
  const results = new Map();
  // Round by round, so that a change in the machine's load touches every contender alike.
  for (let r = 0; r < reps; r++) {
    for (const [kind, who, f] of contenders) {
      const res = f();
      const prev = results.get(who) ?? { kind, seconds: [], cpuSeconds: [], peakMiB: 0, items: res.items, check: res.check, bytes: kind === 'read' ? bytes : res.bytes };
      prev.seconds.push(res.seconds);
      prev.cpuSeconds.push(res.cpuSeconds);
      prev.peakMiB = Math.max(prev.peakMiB, res.peakMiB);
      if (res.items !== prev.items || res.check !== prev.check) throw new Error(`${who}: runs disagree`);
      results.set(who, prev);
    }
  }
  // MB/s by the clock asked for (the other one is shown too).
  const rows = [['JSON Lines', 'contender', 'median s', 'CPU s', `MB/s (${clock})`, 'peak RSS MiB', 'check']];
  const speed = new Map();
  for (const [who, r] of results) {
    const [s, cpu] = [median(r.seconds), median(r.cpuSeconds)];
    const mbs = r.bytes / 1e6 / (clock === 'cpu' ? cpu : s);
    speed.set(who, mbs);
    rows.push([r.kind, who, s.toFixed(2), cpu.toFixed(2), mbs.toFixed(0), r.peakMiB.toFixed(0), `${r.items} items, ${r.check}`]);
  }
  const reads = [...results].filter(([, r]) => r.kind === 'read');
  if (new Set(reads.map(([, r]) => `${r.items}/${r.check}`)).size !== 1) throw new Error('JSON Lines readers disagree');
  const cpythonText = results.get('CPython write loop').check;
  if (results.get('stringifyLines').check !== cpythonText || results.get('stringifyLines, batchSize 65536').check !== cpythonText) {
    throw new Error('stringifyLines wrote a different text than CPython');
  }
  return {
    rows,
    summary: {
      'parseLines ÷ CPython line loop (speed)': [speed.get('parseLines') / speed.get('CPython line loop'), '≥ 1.5', (x) => x >= 1.5],
      'parseLines ÷ readline + JSON.parse (speed)': [speed.get('parseLines') / speed.get('readline + JSON.parse'), '≥ 1.2', (x) => x >= 1.2],
      'parseConcatenated ÷ readline + JSON.parse (speed)': [speed.get('parseConcatenated') / speed.get('readline + JSON.parse'), '', null],
      'stringifyLines ÷ CPython write loop (speed)': [speed.get('stringifyLines') / speed.get('CPython write loop'), '≥ 1', (x) => x >= 1],
      'stringifyLines, batchSize 65536 ÷ CPython write loop (speed)': [speed.get('stringifyLines, batchSize 65536') / speed.get('CPython write loop'), '≥ 1', (x) => x >= 1],
      'parseLines peak RSS (MiB)': [results.get('parseLines').peakMiB, 'bounded', null],
    },
  };
}

const at = process.argv.indexOf('--phase');
if (at !== -1) await phase(...process.argv.slice(at + 1, at + 5));
