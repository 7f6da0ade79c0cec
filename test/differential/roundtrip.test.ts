/**
 * The lossless promise, checked against CPython 3.14 (pyodide): for every document `s` CPython
 * accepts and random dump options, `dumps(loads(s, { lossless: true }), opts)` equals CPython's
 * `json.dumps(json.loads(s), **opts)` (or fails with the same error, e.g. NaN with
 * `allowNan: false`). Documents CPython rejects must be rejected by `loads` too.
 *
 * Left out: documents writing a surrogate half as an escape next to a raw other half (CPython
 * keeps two code points, a JS string holds one pair; see `hasMixedSurrogates`).
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/roundtrip.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dumps, loads, type DumpsOptions } from '../../src/index.js';
import {
  bytesToHex,
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
  textDepth,
  type DumpOpts,
  type LoadsCase,
  type PyError,
  runBatches,
} from '../support/oracle.js';

const CASES = 5_000;
const BATCH = 500;

interface Case {
  input: string | Uint8Array;
  opts: DumpOpts;
  wire: LoadsCase & { opts: DumpOpts };
}

function randOpts(r: Rand): DumpOpts {
  const o: DumpOpts = {};
  if (r.chance(0.5)) o.indent = r.pick<number | string | null>([null, 0, -2, 1, 2, 4, '', '\t', 'xy']);
  if (r.chance(0.3)) o.separators = r.pick<[string, string]>([[',', ':'], [', ', ': '], [' , ', ' : '], ['', '']]);
  for (const k of ['sortKeys', 'ensureAscii', 'allowNan', 'checkCircular', 'skipkeys'] as const) {
    if (r.chance(0.4)) o[k] = r.chance(0.5);
  }
  return o;
}

function makeCase(r: Rand): Case | undefined {
  let text = randJsonText(r, false, 5);
  // A few corrupted documents: most are rejected (and must be rejected by loads too), some
  // corruptions still leave valid JSON.
  if (r.chance(0.1)) text = corruptText(r, text);
  if (hasMixedSurrogates(text) || textDepth(text) > MAX_ORACLE_DEPTH) return undefined;
  const opts = randOpts(r);
  if (r.chance(0.15)) {
    const bytes = encodeText(text, r.pick(ENCODINGS));
    return { input: bytes, opts, wire: { bytesHex: bytesToHex(bytes), opts } };
  }
  return { input: text, opts, wire: { text, opts } };
}

test('dumps(loads(s, {lossless: true}), opts) equals CPython json.dumps(json.loads(s), **opts)', async () => {
  const seed = runSeed('lossless round trip');
  const r = new Rand(rng(seed));
  const oracle = await getOracle();
  let rejected = 0;
  let dumpErrors = 0;
  const started = Date.now();
  const { mismatches, compared } = runBatches(
    CASES,
    BATCH,
    () => makeCase(r),
    (batch: Case[]) => oracle.pyLoadsDumps(batch.map((c) => c.wire)),
    (c, want) => {
      let got: { ok: string } | { error: PyError } | { loadError: PyError };
      try {
        const value = loads(c.input, { lossless: true });
        try {
          got = { ok: dumps(value, c.opts as DumpsOptions) };
        } catch (e) {
          got = { error: jsError(e) };
        }
      } catch (e) {
        got = { loadError: jsError(e) };
      }
      if ('loadError' in want) rejected++;
      if ('error' in want) dumpErrors++;
      if (JSON.stringify(got) === JSON.stringify(want)) return undefined;
      const doc = typeof c.input === 'string' ? `text=${JSON.stringify(c.input)}` : `bytes=${bytesToHex(c.input)}`;
      return `${doc} opts=${JSON.stringify(c.opts)}\n  CPython: ${JSON.stringify(want)}\n  pyjson:  ${JSON.stringify(got)}`;
    },
  );
  console.log(
    `lossless round trip: ${compared} documents compared (${rejected} rejected by CPython, ${dumpErrors} dump errors) in ${Date.now() - started} ms`,
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});
