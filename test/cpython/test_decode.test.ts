/**
 * Port of CPython 3.14 Lib/test/test_json/test_decode.py.
 *
 * Left out:
 * - test_keys_reuse: checks that equal keys are the same Python object and that the decoder's
 *   `memo` is emptied; JS strings have no identity and JSONDecoder has no memo.
 * - test_array_hook, test_load_array_hook: `array_hook` exists only on CPython's main branch,
 *   not in 3.14.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { float, JSONDecodeError, JSONDecoder, load, loads, PyFloat, ValueError } from '../../src/index.js';
import { assertDecodeError, thrown, type DecodeErrorRow } from './support.js';

const PAIRS_DOC = '{"xkd":1, "kcw":2, "art":3, "hxm":4, "qrt":5, "pad":6, "hoy":7}';
const PAIRS: [string, number][] = [
  ['xkd', 1], ['kcw', 2], ['art', 3], ['hxm', 4], ['qrt', 5], ['pad', 6], ['hoy', 7],
];

describe('test_decode', () => {
  it('loads() hands the exact float text to parseFloat (test_decimal)', () => {
    // Python passes decimal.Decimal; here a hook keeps the text, as Decimal('1.1') would.
    const rval = loads('1.1', { parseFloat: (s: string) => ({ decimal: s }) });
    assert.deepEqual(rval, { decimal: '1.1' });
  });

  it('loads() with parseInt=float returns a float (test_float)', () => {
    const rval = loads('1', { parseInt: float });
    assert.ok(rval instanceof PyFloat);
    assert.equal(rval.valueOf(), 1);
  });

  it('loads() rejects non-ASCII digits (test_nonascii_digits_rejected)', () => {
    const rows: DecodeErrorRow[] = [
      ['1\uff10', 'Extra data', 1, 1, 2, 'Extra data: line 1 column 2 (char 1)'],
      ['0.\uff10', 'Extra data', 1, 1, 2, 'Extra data: line 1 column 2 (char 1)'],
      ['0e\uff10', 'Extra data', 1, 1, 2, 'Extra data: line 1 column 2 (char 1)'],
    ];
    for (const row of rows) assertDecodeError(() => loads(row[0]), row);
  });

  it('loads() accepts bytes (test_bytes)', () => {
    assert.equal(loads(new TextEncoder().encode('1')), 1);
    assert.equal(loads(Buffer.from('1')), 1);
  });

  it('loads() passes the exact constant text to parseConstant (test_parse_constant)', () => {
    const cases: [string, string][] = [
      ['Infinity', 'INFINITY'],
      ['-Infinity', '-INFINITY'],
      ['NaN', 'NAN'],
    ];
    for (const [constant, expected] of cases) {
      assert.equal(loads(constant, { parseConstant: (s: string) => s.toUpperCase() }), expected);
    }
  });

  it('loads() rejects constants in the wrong case (test_constant_invalid_case)', () => {
    for (const constant of ['nan', 'NAN', 'naN', 'infinity', 'INFINITY', 'inFiniTy']) {
      assertDecodeError(() => loads(constant), [
        constant, 'Expecting value', 0, 1, 1, 'Expecting value: line 1 column 1 (char 0)',
      ]);
    }
  });

  it('loads() decodes empty containers and the empty string (test_empty_objects)', () => {
    assert.deepEqual(loads('{}'), {});
    assert.deepEqual(loads('[]'), []);
    assert.equal(loads('""'), '');
  });

  it('loads() calls objectHook innermost first and uses its results (test_object_hook)', () => {
    const hookArguments: unknown[] = [];
    const hook = (x: Record<string, unknown>) => {
      hookArguments.push(x);
      return { ...x, x: 1 };
    };
    const result = loads('{"a":{"b":{}}}', { objectHook: hook });
    assert.deepEqual(result, { a: { b: { x: 1 }, x: 1 }, x: 1 });
    assert.deepEqual(hookArguments, [{}, { b: { x: 1 } }, { a: { b: { x: 1 }, x: 1 } }]);
  });

  it('loads() and load() pass ordered pairs to objectPairsHook, which wins over objectHook (test_object_pairs_hook)', () => {
    assert.deepEqual(loads(PAIRS_DOC), Object.fromEntries(PAIRS));
    assert.deepEqual(loads(PAIRS_DOC, { objectPairsHook: (x: unknown) => x }), PAIRS);
    assert.deepEqual(load({ read: () => PAIRS_DOC }, { objectPairsHook: (x: unknown) => x }), PAIRS);
    // OrderedDict -> Map
    const od = loads(PAIRS_DOC, { objectPairsHook: (p: [string, unknown][]) => new Map(p) });
    assert.ok(od instanceof Map);
    assert.deepEqual([...od], PAIRS);
    const both = loads(PAIRS_DOC, {
      objectPairsHook: (p: [string, unknown][]) => new Map(p),
      objectHook: () => null,
    });
    assert.deepEqual([...both], PAIRS);
    // empty object literals (bpo-17368)
    assert.deepEqual(loads('{}', { objectPairsHook: (p: [string, unknown][]) => new Map(p) }), new Map());
    assert.deepEqual(
      loads('{"empty": {}}', { objectPairsHook: (p: [string, unknown][]) => new Map(p) }),
      new Map([['empty', new Map()]]),
    );
  });

  it('loads() skips whitespace around colons and commas in objects (test_decoder_optimizations)', () => {
    assert.deepEqual(loads('{   "key"    :    "value"    ,  "k":"v"    }'), { key: 'value', k: 'v' });
  });

  it('loads() reports Extra data after a complete document (test_extra_data)', () => {
    assertDecodeError(() => loads('[1, 2, 3]5'), [
      '[1, 2, 3]5', 'Extra data', 9, 1, 10, 'Extra data: line 1 column 10 (char 9)',
    ]);
  });

  it('loads() reports an invalid escape (test_invalid_escape)', () => {
    assertDecodeError(() => loads('["abc\\y"]'), [
      '["abc\\y"]', 'Invalid \\escape', 5, 1, 6, 'Invalid \\escape: line 1 column 6 (char 5)',
    ]);
  });

  it('loads() rejects input that is neither text nor bytes (test_invalid_input_type)', () => {
    // JS values standing for Python's 1, 3.14, [], {}, None (see the value mapping).
    const cases: [unknown, string][] = [
      [1, 'the JSON object must be str, bytes or bytearray, not int'],
      [3.14, 'the JSON object must be str, bytes or bytearray, not float'],
      [[], 'the JSON object must be str, bytes or bytearray, not list'],
      [{}, 'the JSON object must be str, bytes or bytearray, not dict'],
      [null, 'the JSON object must be str, bytes or bytearray, not NoneType'],
    ];
    for (const [value, message] of cases) {
      const e = thrown(() => loads(value as string));
      assert.ok(e instanceof TypeError, String(e));
      assert.equal(e.message, message);
    }
  });

  it('loads() and load() reject a text starting with a UTF-8 BOM, but not a BOM inside a string (test_string_with_utf8_bom)', () => {
    const bomJson = '\ufeff[1,2,3]';
    const row: DecodeErrorRow = [
      bomJson,
      'Unexpected UTF-8 BOM (decode using utf-8-sig)', 0, 1, 1,
      'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)',
    ];
    assertDecodeError(() => loads(bomJson), row);
    assertDecodeError(() => load({ read: () => bomJson }), row);
    const bomInStr = '"\ufeff"';
    assert.equal(loads(bomInStr), '\ufeff');
    assert.equal(load({ read: () => bomInStr }), '\ufeff');
  });

  it('JSONDecoder.rawDecode() rejects a negative index (test_negative_index)', () => {
    const e = thrown(() => new JSONDecoder().rawDecode('a'.repeat(42), -50000));
    assert.ok(e instanceof ValueError, String(e));
    assert.ok(!(e instanceof JSONDecodeError));
    assert.equal(e.message, 'idx cannot be negative');
  });

  it('JSONDecoder.rawDecode() reports an unterminated string (test_unterminated_string)', () => {
    assertDecodeError(() => new JSONDecoder().rawDecode('"\\'), [
      '"\\', 'Unterminated string starting at', 0, 1, 1,
      'Unterminated string starting at: line 1 column 1 (char 0)',
    ]);
  });

  it('loads() enforces the integer digit limit (test_limit_int)', () => {
    // CPython raises the limit to 5000 with sys.set_int_max_str_digits, which has no counterpart
    // here: the same check at CPython's default limit of 4300 digits.
    assert.equal(loads('1'.repeat(4300)), BigInt('1'.repeat(4300)));
    const e = thrown(() => loads('1'.repeat(4301)));
    assert.ok(e instanceof ValueError, String(e));
    assert.ok(!(e instanceof JSONDecodeError));
    assert.equal(
      e.message,
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit',
    );
  });

  it('loads() with an explicit cls uses that class\'s decode (test_explicit_cls_skips_json_decoder_default)', () => {
    // CPython 3.14.2: json.loads('{}', cls=C) with C.decode returning ('custom', s) gives ('custom', '{}').
    let calls = 0;
    class CustomDecoder extends JSONDecoder {
      override decode(s: string): any {
        calls++;
        return ['custom', s];
      }
    }
    assert.deepEqual(loads('{}', { cls: CustomDecoder }), ['custom', '{}']);
    assert.equal(calls, 1);
  });
});
