/**
 * JSONTestSuite (nst/JSONTestSuite) against CPython 3.14 (pyodide): every file of `test_parsing/`
 * is fed to `loads` as bytes (`Uint8Array`), as `json.loads(bytes)` gets it in CPython; pyjson
 * must accept and reject the same files and give the same value (compared in tagged form, both
 * with `lossless: true` and with the default mapping) or the same error class and message.
 * `i_` files included: for us, "implementation defined" means "whatever CPython does".
 * The `test_transform/` files are compared the same way.
 *
 * Known deviations live in ./deviations.ts, one reason each; a listed file that matches CPython
 * fails too, so the list cannot go stale.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSONDecodeError, loads, ValueError } from '../../src/index.js';
import {
  asDefaultLoads,
  bytesToHex,
  getOracle,
  jsError,
  showTagged,
  taggedEqual,
  toTagged,
  type LoadsResult,
  type PyError,
  type Tagged,
} from '../support/oracle.js';
import { DEVIATIONS } from './deviations.js';
import { fixturePath } from './fixtures.js';

// The vendored copy (test/fixtures/jsontestsuite/, byte for byte; its README gives the source).
// Relative to this file: test/conformance/ and build/test/conformance/ both find it (see fixtures.ts).
const SUITE = fixturePath('jsontestsuite');
const PARSING = join(SUITE, 'test_parsing');
const TRANSFORM = join(SUITE, 'test_transform');

/**
 * Files nested far too deep to hand to pyodide: its WebAssembly stack dies fatally (the whole
 * instance, not a Python RecursionError). They are checked on the JS side alone: pyjson has no
 * nesting limit, so it must reach the end of the input without a stack overflow and report what
 * the grammar says is missing there. Both files end in an open container right after a point where
 * a value is due (after `[`, and after `:` then a newline), so the error is `Expecting value` at
 * the end of the input. (A native CPython 3.14 with a small C stack may raise RecursionError
 * instead; that threshold is platform dependent and not something to copy.)
 */
const DEEP: Readonly<Record<string, string>> = {
  // 100,000 × '[' and nothing else: a value is expected at char 100000 (end of input).
  'n_structure_100000_opening_arrays.json': 'Expecting value: line 1 column 100001 (char 100000)',
  // 50,000 × '[{"":' then '\n': after the last ':' whitespace is skipped to the end (char 250001, line 2).
  'n_structure_open_array_object.json': 'Expecting value: line 2 column 1 (char 250001)',
};

/** `n_` files CPython 3.14 accepts: its documented extension (`NaN`, `Infinity`, `-Infinity`). */
const CPYTHON_ACCEPTS_N = new Set(['n_number_NaN.json', 'n_number_infinity.json', 'n_number_minus_infinity.json']);

type Outcome = { ok: Tagged } | { error: PyError };

function ours(bytes: Uint8Array, lossless: boolean): Outcome {
  try {
    return { ok: toTagged(loads(bytes, { lossless })) };
  } catch (e) {
    return { error: jsError(e) };
  }
}

function show(o: Outcome | LoadsResult): string {
  return 'ok' in o ? showTagged(o.ok) : JSON.stringify(o.error);
}

/** Differences between pyjson and CPython on one document, empty when they agree. */
function differences(bytes: Uint8Array, want: LoadsResult): string[] {
  const out: string[] = [];
  for (const lossless of [true, false]) {
    const got = ours(bytes, lossless);
    let same: boolean;
    if ('ok' in want) {
      same = 'ok' in got && taggedEqual(got.ok, lossless ? want.ok : asDefaultLoads(want.ok));
    } else {
      same = 'error' in got && JSON.stringify(got.error) === JSON.stringify(want.error);
    }
    if (!same) out.push(`lossless=${lossless}: CPython ${show(want)}, pyjson ${show(got)}`);
  }
  return out;
}

const oracle = await getOracle();

function checkFolder(folder: string, prefix: string): void {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const key = prefix + file;
    const expectDeviation = DEVIATIONS[key];
    if (prefix === '' && DEEP[file] !== undefined) {
      test(`loads() raises JSONDecodeError without overflowing the stack on ${file} (JS side only)`, () => {
        const bytes = new Uint8Array(readFileSync(join(folder, file)));
        assert.throws(
          () => loads(bytes),
          (e: unknown) => {
            assert.ok(e instanceof JSONDecodeError, `expected JSONDecodeError, got ${String(e)}`);
            assert.ok(e instanceof ValueError);
            assert.equal(e.message, DEEP[file]);
            return true;
          },
        );
      });
      continue;
    }
    const name =
      file.startsWith('y_')
        ? `loads(bytes) accepts ${key} with CPython's value`
        : file.startsWith('n_')
          ? `loads(bytes) rejects ${key} with CPython's error`
          : `loads(bytes) gives CPython's value or error for ${key}`;
    test(name, () => {
      const bytes = new Uint8Array(readFileSync(join(folder, file)));
      const want = oracle.pyLoads([{ bytesHex: bytesToHex(bytes) }])[0]!;
      if (prefix === '') {
        // JSONTestSuite's own expectation, as a sanity check of the oracle.
        if (file.startsWith('y_')) assert.ok('ok' in want, `CPython rejects y_ file ${file}: ${show(want)}`);
        // CPython accepts NaN/Infinity/-Infinity by design; every other n_ file is rejected.
        if (file.startsWith('n_')) {
          assert.equal('ok' in want, CPYTHON_ACCEPTS_N.has(file), `CPython on n_ file ${file}: ${show(want)}`);
        }
      }
      const diff = differences(bytes, want);
      if (expectDeviation !== undefined) {
        assert.notEqual(
          diff.length,
          0,
          `${key} is listed in deviations.ts (${expectDeviation}) but now matches CPython: remove it from the list`,
        );
      } else {
        assert.ok(diff.length === 0, `${key} (bytes ${bytesToHex(bytes).slice(0, 120)}):\n${diff.join('\n')}`);
      }
    });
  }
}

test('JSONTestSuite test_parsing has its 318 files', () => {
  assert.equal(readdirSync(PARSING).filter((f) => f.endsWith('.json')).length, 318);
});
test('JSONTestSuite test_transform has its 22 files', () => {
  assert.equal(readdirSync(TRANSFORM).filter((f) => f.endsWith('.json')).length, 22);
});
checkFolder(PARSING, '');
checkFolder(TRANSFORM, 'transform/');
test('deviations.ts names only existing files', () => {
  for (const key of Object.keys(DEVIATIONS)) {
    const path = key.startsWith('transform/') ? join(TRANSFORM, key.slice('transform/'.length)) : join(PARSING, key);
    assert.ok(existsSync(path), `deviations.ts lists ${key}, which does not exist`);
  }
});
