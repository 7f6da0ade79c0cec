// Streaming benchmark (not part of npm test): a generated JSON Lines file of at least 1 GB read with
// parseLines, and a value whose JSON text is at least 1 GB written with dumpAsync, each in its own
// child process so that its peak RSS is its own. Native baselines: readline + JSON.parse for the
// lines; for the big document there is none (a 1 GB string exceeds V8's maximum string length).
//
//   npx tsc -p tsconfig.test.json && node build/bench/lines.js [megabytes=1100]
//   PYJSON_BENCH_ONLY=dumpAsync node build/bench/lines.js 200    (one phase: generate, parseLines, native, dumpAsync)
//
// Prints machine, Node version, sizes, times, throughput (MB = 10^6 bytes) and peak RSS.
import { fork } from 'node:child_process';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dumps } from '../src/index.js';
import { dumpAsync, parseLines, stringifyLines } from '../src/streams.js';

const self = fileURLToPath(import.meta.url);

interface PhaseResult {
  phase: string;
  bytes: number;
  items: number;
  seconds: number;
  maxRssMB: number;
  check: string;
}

/** A deterministic record of ~250 bytes of text: ints beyond 2^53, floats, non-ASCII, nesting. */
function makeRecord(i: number): unknown {
  const words = ['alpha', 'beta', 'Zoë', 'naïve', '東京', 'emoji 😀', 'tab\there', 'quote "q"', 'path/to', 'ok'];
  const r = (k: number) => ((i * 2654435761 + k * 40503) >>> 0) / 2 ** 32;
  return {
    id: 10n ** 17n + BigInt(i) * 7919n,
    name: `${words[i % 10]} ${i}`,
    score: Math.round(r(1) * 1e6) / 1e3,
    ratio: r(2),
    count: i,
    ok: i % 3 === 0,
    tags: [words[(i * 7) % 10], null, i % 100],
    nested: { a: { b: [1.5, -2, 3e-7] } },
  };
}

function* records(count: number): Generator<unknown> {
  for (let i = 0; i < count; i++) yield makeRecord(i);
}

async function generate(path: string, targetBytes: number): Promise<PhaseResult> {
  const lineBytes = Buffer.byteLength(dumps(makeRecord(123456), { ensureAscii: false })) + 1;
  const count = Math.ceil(targetBytes / lineBytes) + 1000;
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const t0 = performance.now();
  // stringifyLines, batched by hand into 1 MB writes with backpressure.
  let batch = '';
  for await (const line of stringifyLines(records(count), { ensureAscii: false })) {
    batch += line;
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await new Promise<void>((r) => out.once('drain', () => r()));
      batch = '';
    }
  }
  out.end(batch);
  await new Promise<void>((r) => out.once('finish', () => r()));
  const seconds = (performance.now() - t0) / 1000;
  return { phase: 'generate (stringifyLines)', bytes: statSync(path).size, items: count, seconds, maxRssMB: 0, check: '' };
}

async function phaseParseLines(path: string): Promise<PhaseResult> {
  const t0 = performance.now();
  let items = 0;
  let sum = 0;
  for await (const v of parseLines(createReadStream(path, { highWaterMark: 1 << 16 }))) {
    items++;
    sum += (v as { count: number }).count;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { phase: 'parseLines(createReadStream)', bytes: statSync(path).size, items, seconds, maxRssMB: 0, check: `sum(count)=${sum}` };
}

async function phaseNative(path: string): Promise<PhaseResult> {
  const t0 = performance.now();
  let items = 0;
  let sum = 0;
  const rl = createInterface({ input: createReadStream(path, { highWaterMark: 1 << 16 }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line === '') continue;
    items++;
    sum += (JSON.parse(line) as { count: number }).count;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { phase: 'baseline: readline + JSON.parse', bytes: statSync(path).size, items, seconds, maxRssMB: 0, check: `sum(count)=${sum}` };
}

async function phaseDumpAsync(path: string, targetBytes: number): Promise<PhaseResult> {
  // A list of N dicts (1,000 distinct ones, shared): the value is small, its text is >= 1 GB.
  const distinct = Array.from({ length: 1000 }, (_, i) => makeRecord(i));
  const itemBytes = distinct.reduce<number>((n, r) => n + dumps(r).length, 0) / distinct.length + 2;
  const count = Math.ceil(targetBytes / itemBytes);
  const value = Array.from({ length: count }, (_, i) => distinct[i % 1000]);
  let expected = 2 + 2 * (count - 1);
  for (let i = 0; i < count; i++) expected += dumps(distinct[i % 1000]).length; // ensureAscii: all ASCII
  const valueRssMB = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  await dumpAsync(value, createWriteStream(path), { end: true });
  const seconds = (performance.now() - t0) / 1000;
  const bytes = statSync(path).size;
  if (bytes !== expected) throw new Error(`dumpAsync wrote ${bytes} bytes, expected ${expected}`);
  return { phase: 'dumpAsync(list, createWriteStream)', bytes, items: count, seconds, maxRssMB: 0, check: `size = sum of dumps(item); RSS with the value built, before writing: ${valueRssMB.toFixed(0)} MiB` };
}

function runChild(phase: string, args: string[]): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(self, ['--phase', phase, ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    let result: PhaseResult | undefined;
    child.on('message', (m) => (result = m as PhaseResult));
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${phase} exited with ${code}`))));
  });
}

async function child(phase: string, args: string[]): Promise<void> {
  const [path, target] = [args[0]!, Number(args[1])];
  const result =
    phase === 'generate'
      ? await generate(path, target)
      : phase === 'parseLines'
        ? await phaseParseLines(path)
        : phase === 'native'
          ? await phaseNative(path)
          : await phaseDumpAsync(path, target);
  // maxRSS is in kilobytes (KiB) on Linux.
  result.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.send!(result);
}

async function main(): Promise<void> {
  const megabytes = Number(process.argv[2] ?? 1100);
  const target = megabytes * 1e6;
  const dir = await mkdtemp(join(tmpdir(), 'pyjson-bench-lines-'));
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
  console.log(`temp dir ${dir}, target ${megabytes} MB per file\n`);
  try {
    const lines = join(dir, 'records.jsonl');
    const only = process.env.PYJSON_BENCH_ONLY; // e.g. dumpAsync
    const results = only ? [await runChild(only, [join(dir, 'big.json'), String(target)])] : [
      await runChild('generate', [lines, String(target)]),
      await runChild('parseLines', [lines, String(target)]),
      await runChild('native', [lines, String(target)]),
    ];
    if (!only) {
      await rm(lines);
      results.push(await runChild('dumpAsync', [join(dir, 'big.json'), String(target)]));
    }
    console.log('| phase | size (MB) | items | seconds | MB/s | peak RSS (MiB) | check |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const r of results) {
      console.log(
        `| ${r.phase} | ${(r.bytes / 1e6).toFixed(0)} | ${r.items.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${(r.bytes / 1e6 / r.seconds).toFixed(1)} | ${r.maxRssMB.toFixed(0)} | ${r.check} |`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--phase');
if (at !== -1) await child(process.argv[at + 1]!, process.argv.slice(at + 2));
else await main();
