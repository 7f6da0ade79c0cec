/**
 * Differential test of `loads` against CPython 3.14 (pyodide): random valid documents (random
 * whitespace, escapes, number spellings) and corrupted ones, as text and as bytes in every
 * encoding CPython detects, with and without `strict: false`. The value (compared in tagged form)
 * or the error's class and message must be CPython's.
 *
 * Left out: documents writing a surrogate half as an escape next to a raw other half (see
 * `hasMixedSurrogates`): CPython sees two code points where any JS string holds one pair.
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/loads.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSONDecodeError, loads, UnicodeDecodeError, ValueError } from '../../src/index.js';
import {
  asDefaultLoads,
  bytesDepth,
  bytesToHex,
  corruptBytes,
  corruptText,
  encodeText,
  ENCODINGS,
  getOracle,
  report,
  hasMixedSurrogates,
  jsError,
  MAX_ORACLE_DEPTH,
  Rand,
  randJsonText,
  rng,
  runSeed,
  showTagged,
  taggedEqual,
  textDepth,
  toTagged,
  type LoadsCase,
  type LoadsResult,
  type PyError,
  type Tagged,
  runBatches,
} from '../support/oracle.js';

const CASES = 9_000;
const BATCH = 500;

interface Case {
  input: string | Uint8Array;
  strict: boolean;
  lossless: boolean;
  wire: LoadsCase;
}

function makeCase(r: Rand): Case | undefined {
  const rawControl = r.chance(0.1);
  let text = randJsonText(r, rawControl);
  if (r.chance(0.5)) text = corruptText(r, text);
  if (hasMixedSurrogates(text)) return undefined;
  const strict = !(rawControl ? r.chance(0.7) : r.chance(0.1));
  const lossless = r.chance(0.5);
  if (r.chance(0.25)) {
    const enc = r.pick(ENCODINGS);
    let bytes = encodeText(text, enc);
    // Corrupting UTF-32 could align two surrogate code points next to each other: CPython keeps
    // them apart, a JS string would pair them (see the module comment). UTF-8 and UTF-16 are safe.
    if (!enc.startsWith('utf-32') && r.chance(0.3)) bytes = corruptBytes(r, bytes);
    if (bytesDepth(bytes) > MAX_ORACLE_DEPTH) return undefined;
    return { input: bytes, strict, lossless, wire: { bytesHex: bytesToHex(bytes), strict } };
  }
  if (textDepth(text) > MAX_ORACLE_DEPTH) return undefined;
  return { input: text, strict, lossless, wire: { text, strict } };
}

function ours(c: Case): { ok: Tagged } | { error: PyError } {
  try {
    const v: unknown = loads(c.input, c.strict ? { lossless: c.lossless } : { strict: false, lossless: c.lossless });
    return { ok: toTagged(v) };
  } catch (e) {
    const err = jsError(e);
    const expectClass: Record<string, unknown> = {
      JSONDecodeError,
      UnicodeDecodeError,
      ValueError,
      TypeError,
    };
    const cls = expectClass[err[0]] as (new () => unknown) | undefined;
    if (cls && !(e instanceof cls)) err[0] += '(not instanceof)';
    if (err[0] === 'JSONDecodeError' && !(e instanceof ValueError && e instanceof SyntaxError)) {
      err[0] += '(not a ValueError and SyntaxError)';
    }
    return { error: err };
  }
}

function describe(c: Case): string {
  return typeof c.input === 'string' ? `text=${JSON.stringify(c.input)}` : `bytes=${bytesToHex(c.input)}`;
}

/** Undefined when pyjson gives CPython's value (as `loads` maps it) or error, else a report. */
function mismatch(c: Case, want: LoadsResult): string | undefined {
  const got = ours(c);
  const same =
    'ok' in want
      ? 'ok' in got && taggedEqual(got.ok, c.lossless ? want.ok : asDefaultLoads(want.ok))
      : 'error' in got && JSON.stringify(got.error) === JSON.stringify(want.error);
  if (same) return undefined;
  const show = (x: { ok: Tagged } | { error: PyError }) => ('ok' in x ? showTagged(x.ok) : JSON.stringify(x.error));
  return `${describe(c)} strict=${c.strict} lossless=${c.lossless}\n  CPython: ${show(want)}\n  pyjson:  ${show(got)}`;
}

test('loads() gives CPython 3.14 value or error for random valid and corrupted documents', async () => {
  const seed = runSeed('loads differential');
  const r = new Rand(rng(seed));
  const oracle = await getOracle();
  let rejected = 0;
  let asBytes = 0;
  let skipped = 0;
  const started = Date.now();
  const { mismatches, compared } = runBatches(
    CASES,
    BATCH,
    () => {
      const c = makeCase(r);
      if (c === undefined) skipped++;
      return c;
    },
    (batch: Case[]): LoadsResult[] => oracle.pyLoads(batch.map((c) => c.wire)),
    (c, want) => {
      if (typeof c.input !== 'string') asBytes++;
      if ('error' in want) rejected++;
      return mismatch(c, want);
    },
  );
  console.log(
    `loads differential: ${compared} cases compared (${rejected} rejected by CPython, ${asBytes} as bytes; ${skipped} generated documents left out) in ${Date.now() - started} ms`,
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});

// Documents for the JSON.parse path with integers beyond 2^53 put back (decoder.ts,
// nativeResultIsExact): integers whose doubles collide, keys JSON.parse moves (duplicates,
// integer-like keys, `__proto__`), strings holding digit runs that look like tokens, and the numbers
// that must still go to the scanner (-0, floats beyond 2^53, huge and too long integers).
const BIG_BASES = [2n ** 53n, 2n ** 60n, 10n ** 18n, 2n ** 64n, 10n ** 25n];
const BIG_KEYS = ['a', 'b', 'a', 'b', '1', '0', '10', '__proto__', 'id', '12345678901234567890'];

function bigIntToken(r: Rand): string {
  const n = r.pick(BIG_BASES) + BigInt(r.int(r.chance(0.5) ? 3 : 300));
  return (r.chance(0.2) ? '-' : '') + String(n);
}

function bigIntValue(r: Rand, depth: number): string {
  const ws = () => r.pick(['', '', ' ', '\n', '\t', '\r\n  ']);
  const roll = r.int(depth > 3 ? 4 : 8);
  switch (roll) {
    case 0:
    case 1:
      return bigIntToken(r);
    case 2:
      return r.pick([
        '-0', '-0.0', '12345678901234567.5', '9007199254740993.0', '1e20', '1E400', '-1e400',
        '123456789012345678e2', String(r.int(1000)), '0.12345678901234567890', r.digits(16), r.digits(400),
        r.digits(4301), '1.5', 'true', 'null',
      ]);
    case 3: {
      const inner = r.pick([`${bigIntToken(r)}`, ` ${bigIntToken(r)} `, `x:${bigIntToken(r)},`, `[${bigIntToken(r)}]`, bigIntToken(r) + 'x']);
      return JSON.stringify(r.pick(['', 'id ', 'a: ']) + inner);
    }
    case 4:
    case 5: {
      const n = r.int(5);
      return '[' + Array.from({ length: n }, () => ws() + bigIntValue(r, depth + 1) + ws()).join(',') + ']';
    }
    default: {
      const n = r.int(6);
      return '{' + Array.from({ length: n }, () => `${ws()}${JSON.stringify(r.pick(BIG_KEYS))}${ws()}:${ws()}${bigIntValue(r, depth + 1)}${ws()}`).join(',') + '}';
    }
  }
}

test('loads() puts integers beyond 2^53 back as CPython reads them, wherever JSON.parse moved them', async () => {
  const seed = runSeed('loads big-int differential');
  const r = new Rand(rng(seed));
  const oracle = await getOracle();
  const { mismatches, compared } = runBatches(
    3_000,
    BATCH,
    () => {
      const text = bigIntValue(r, 0);
      return { input: text, strict: true, lossless: false, wire: { text, strict: true } } satisfies Case;
    },
    (batch: Case[]): LoadsResult[] => oracle.pyLoads(batch.map((c) => c.wire)),
    mismatch,
  );
  console.log(`loads big-int differential: ${compared} documents compared`);
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});
