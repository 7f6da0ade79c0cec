/**
 * Port of CPython 3.14 Lib/test/test_json/test_speedups.py (C accelerator tests).
 *
 * pyjson has one implementation and no `_json` internals, so most of this module cannot apply:
 * - TestSpeedups.test_scanstring, test_encode_basestring_ascii: check that the functions come
 *   from the `_json` C module.
 * - TestDecode.test_make_scanner, TestEncode.test_make_encoder, test_bad_str_encoder,
 *   test_bad_markers_argument_to_encoder: call the internal c_make_scanner / c_make_encoder
 *   with invalid arguments.
 * - TestDecode/TestEncode.test_bad_bool_args: options whose __bool__ raises propagate that
 *   error; JS truthiness cannot raise. Ported instead: an error thrown while an option is read
 *   (a throwing getter) propagates unchanged.
 * Kept: test_unsortable_keys.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSONDecoder, JSONEncoder } from '../../src/index.js';
import { assertEncodeError, thrown } from './support.js';

class ZeroDivisionError extends Error {}

/** An options object whose `name` option throws when read (Python's BadBool). */
function badOption(name: string, extra: object = {}): object {
  return Object.defineProperty({ ...extra }, name, {
    enumerable: true,
    get() {
      throw new ZeroDivisionError('division by zero');
    },
  });
}

describe('test_speedups', () => {
  it('JSONDecoder propagates an error raised while reading strict (test_bad_bool_args, decoder)', () => {
    for (const doc of ['""', '{}']) {
      const e = thrown(() => new JSONDecoder(badOption('strict')).decode(doc));
      assert.ok(e instanceof ZeroDivisionError, String(e));
    }
  });

  it('JSONEncoder propagates an error raised while reading a flag option (test_bad_bool_args, encoder)', () => {
    for (const name of ['skipkeys', 'ensureAscii', 'checkCircular', 'allowNan', 'sortKeys']) {
      const e = thrown(() => new JSONEncoder(badOption(name)).encode({ a: 1 }));
      assert.ok(e instanceof ZeroDivisionError, `${name}: ${String(e)}`);
    }
  });

  it('JSONEncoder.encode() with sortKeys rejects keys of incomparable types (test_unsortable_keys)', () => {
    // {'a': 1, 1: 'a'}
    assertEncodeError(
      () => new JSONEncoder({ sortKeys: true }).encode(new Map<unknown, unknown>([['a', 1], [1, 'a']])),
      TypeError,
      "'<' not supported between instances of 'int' and 'str'",
      undefined,
    );
  });
});
