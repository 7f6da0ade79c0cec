/**
 * Port of CPython 3.14 Lib/test/test_json/test_float.py.
 *
 * Left out: test_allow_nan_null (allow_nan="null" is CPython main-branch only; 3.14 treats any
 * truthy value as True) and test_allow_nan_non_boolean (an object whose __bool__ raises: JS
 * truthiness cannot raise).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads, ValueError } from '../../src/index.js';
import { assertEncodeError } from './support.js';

describe('test_float', () => {
  it('dumps() writes floats as repr and they read back exactly (test_floats)', () => {
    // The doubles 1617161771.7650001, math.pi, math.pi**100, math.pi**-100, 3.1 and their
    // CPython texts (written as literals: JS ** may round pi**100 differently from C pow()).
    const cases: [number, string][] = [
      [1617161771.7650001, '1617161771.765'],
      [Math.PI, '3.141592653589793'],
      [5.187848314319592e49, '5.187848314319592e+49'],
      [1.9275814160560206e-50, '1.9275814160560206e-50'],
      [3.1, '3.1'],
    ];
    for (const [num, text] of cases) {
      assert.equal(dumps(num), text);
      assert.equal(Number(dumps(num)), num);
      assert.equal(loads(dumps(num)), num);
    }
  });

  it('dumps() writes ints as str(n) (test_ints)', () => {
    const cases: [number | bigint, string][] = [
      [1, '1'],
      [2 ** 32, '4294967296'],
      [2n ** 64n, '18446744073709551616'],
    ];
    for (const [num, text] of cases) {
      assert.equal(dumps(num), text);
      assert.equal(BigInt(dumps(num)), BigInt(num));
    }
  });

  it('loads() turns out-of-range float literals into infinities (test_out_of_range)', () => {
    assert.deepEqual(loads('[23456789012E666]'), [Infinity]);
    assert.deepEqual(loads('[-23456789012E666]'), [-Infinity]);
  });

  it('dumps() writes NaN and infinities by default and rejects them with allowNan false (test_allow_nan)', () => {
    const cases: [number, string, string][] = [
      [Infinity, '[Infinity]', 'inf'],
      [-Infinity, '[-Infinity]', '-inf'],
      [NaN, '[NaN]', 'nan'],
    ];
    for (const [val, text, repr] of cases) {
      const out = dumps([val]);
      assert.equal(out, text);
      const res = loads(out);
      assert.equal(res.length, 1);
      if (Number.isNaN(val)) assert.ok(Number.isNaN(res[0]));
      else assert.deepEqual(res, [val]);
      assertEncodeError(
        () => dumps([val], { allowNan: false }),
        ValueError,
        `Out of range float values are not JSON compliant: ${repr}`,
        ['when serializing list item 0'],
      );
    }
  });
});
