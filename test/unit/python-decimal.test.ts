/**
 * `Decimal` (pyjson/python) with pinned expectations. Unless a comment says otherwise, every
 * expected text was printed by CPython 3.14.2 (pyodide 314.0.7), `repr(x)` or
 * `f'{type(e).__name__}: {e}'`. The randomized comparison with CPython is
 * test/differential/python-decimal.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { dumps, float, loads } from '../../src/index.js';
import { Decimal, InvalidOperation, OverflowError, pyRepr, repr, str, ValueError } from '../../src/python/index.js';

/** What Python would print: the repr of a result, or the error as `Class: message`. */
function outcome(f: () => unknown): string {
  try {
    const v = f();
    if (v instanceof Decimal) return v[pyRepr]();
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    return String(v);
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const SYNTAX = "InvalidOperation: [<class 'decimal.ConversionSyntax'>]";
const INVALID = "InvalidOperation: [<class 'decimal.InvalidOperation'>]";

test('new Decimal(str) reads every form CPython accepts, and str()/repr() are CPython\'s', () => {
  const cases: [string, string][] = [
    ['12.50', "Decimal('12.50')"],
    ['0.0000001', "Decimal('1E-7')"],
    ['0.000001', "Decimal('0.000001')"],
    ['-0', "Decimal('-0')"],
    ['+0.00', "Decimal('0.00')"],
    ['0E-7', "Decimal('0E-7')"],
    ['0e+7', "Decimal('0E+7')"],
    ['1E+3', "Decimal('1E+3')"],
    ['1000', "Decimal('1000')"],
    ['123.456e-10', "Decimal('1.23456E-8')"],
    ['1.e5', "Decimal('1E+5')"],
    ['.5', "Decimal('0.5')"],
    ['5.', "Decimal('5')"],
    ['-1.23E-7', "Decimal('-1.23E-7')"],
    ['1e-6', "Decimal('0.000001')"],
    ['1.0e-7', "Decimal('1.0E-7')"],
    ['123456789012345678901234567890.123456789', "Decimal('123456789012345678901234567890.123456789')"],
    [' \t 42\n', "Decimal('42')"],
    ['\u3000-7\u2028', "Decimal('-7')"],
    ['1_000_000', "Decimal('1000000')"],
    ['_1__2_', "Decimal('12')"],
    ['NaN', "Decimal('NaN')"],
    ['-nan', "Decimal('-NaN')"],
    ['NAN0012', "Decimal('NaN12')"],
    ['sNaN', "Decimal('sNaN')"],
    ['-SNAN7', "Decimal('-sNaN7')"],
    ['snan000', "Decimal('sNaN')"],
    ['Inf', "Decimal('Infinity')"],
    ['-infinity', "Decimal('-Infinity')"],
    ['iNfInItY', "Decimal('Infinity')"],
    ['+Infinity', "Decimal('Infinity')"],
    ['\u0661\u0662.\u0663e\u0664', "Decimal('1.23E+5')"],
    ['\u{1d7cf}\u{1d7ce}', "Decimal('10')"],
    ['\uff11\uff15', "Decimal('15')"],
    ['\u0e51e-\u0e52', "Decimal('0.01')"],
    ['1E425000000', "Decimal('1E+425000000')"],
    ['1E-849999999', "Decimal('1E-849999999')"],
    ['0E-849999999', "Decimal('0E-849999999')"],
  ];
  for (const [text, want] of cases) assert.equal(outcome(() => new Decimal(text)), want, JSON.stringify(text));
});

test('new Decimal(str) refuses what CPython refuses, with its class and text', () => {
  const bad = [
    '', ' ', '_', 'abc', '1 2', '1e', '1e+', 'e5', '.', '.e1', '1..2', '1.2.3', '1e1.5', '++1', '+-1', '- 1', 'Infinit',
    'infinityy', 'inf1', 'NaN-1', 'NaN.5', 'NaN1e2', 'sNaN+1', 'nan 1', '1\x00', '\x001', '0x10', '1e5e5', '\ufeff1',
    '1\u200b', '\u00bd', '\u2460', '\ud800',
  ];
  for (const text of bad) assert.equal(outcome(() => new Decimal(text)), SYNTAX, JSON.stringify(text));
  assert.ok(outcome(() => new Decimal('x')).startsWith('InvalidOperation'));
  assert.throws(() => new Decimal('x'), InvalidOperation);
  for (const text of ['12e999999999999999999', '1e-1999999999999999998', '1e99999999999999999999999999999999999']) {
    assert.equal(outcome(() => new Decimal(text)), INVALID, text);
  }
});

test('the exponent range is 64-bit CPython\'s, beyond the 32-bit range of pyodide', () => {
  // Pinned from 64-bit CPython 3.11.2 with libmpdec 2.5.1, the library and limits CPython 3.14
  // bundles (MAX_EMAX 999999999999999999, MIN_ETINY -1999999999999999997); pyodide, a 32-bit
  // build, raises InvalidOperation for all the accepted ones beyond 425000000 / -849999999.
  const cases: [string, string][] = [
    ['1e999999999999999999', "Decimal('1E+999999999999999999')"],
    ['1e1000000000000000000', INVALID],
    ['12e999999999999999998', "Decimal('1.2E+999999999999999999')"],
    ['12e999999999999999999', INVALID],
    ['0e999999999999999999', "Decimal('0E+999999999999999999')"],
    ['0e1000000000000000000', INVALID],
    ['1e-1999999999999999997', "Decimal('1E-1999999999999999997')"],
    ['1e-1999999999999999998', INVALID],
    ['10e-1999999999999999998', INVALID],
    ['0e-1999999999999999997', "Decimal('0E-1999999999999999997')"],
    ['0e-1999999999999999998', INVALID],
    ['1e9223372036854775807', INVALID],
    ['1e-9223372036854775809', INVALID],
    ['0.1e1000000000000000000', "Decimal('1E+999999999999999999')"],
    ['1e425000001', "Decimal('1E+425000001')"],
    ['1.5e-900000000', "Decimal('1.5E-900000000')"],
  ];
  for (const [text, want] of cases) assert.equal(outcome(() => new Decimal(text)), want, text);
  assert.deepEqual(new Decimal('1e999999999999999999').asTuple(), { sign: 0, digits: [1], exponent: 999999999999999999n });
  assert.equal(new Decimal('1e999999999999999999').toNumber(), Infinity);
  assert.equal(new Decimal('1e999999999999999999').gt(10n ** 1000n), true);
  assert.equal(new Decimal('1e-1999999999999999997').gt(0), true);
  assert.equal(new Decimal('-1e-1999999999999999997').lt(new Decimal('-1e-1999999999999999996')), false);
  assert.equal(outcome(() => new Decimal([0, [1], 2n ** 62n])), INVALID);
  assert.equal(outcome(() => new Decimal([0, [1], 2n ** 63n])), 'OverflowError: Python int too large to convert to C ssize_t');
  assert.equal(outcome(() => new Decimal([0, [1], 999999999999999999n])), "Decimal('1E+999999999999999999')");
});

test('new Decimal(number) is Decimal(int) for a safe integer and the exact binary value of a float otherwise', () => {
  const cases: [number | ReturnType<typeof float>, string][] = [
    [0.1, "Decimal('0.1000000000000000055511151231257827021181583404541015625')"],
    [-0, "Decimal('-0')"],
    [float(0), "Decimal('0')"],
    [1.5, "Decimal('1.5')"],
    [1e16, "Decimal('10000000000000000')"],
    [1e20, "Decimal('100000000000000000000')"],
    [2 ** 60, "Decimal('1152921504606846976')"],
    [1.7976931348623157e308, "Decimal('179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368')"],
    [-2.5e-5, "Decimal('-0.00002500000000000000119804340059648239957823534496128559112548828125')"],
    [NaN, "Decimal('NaN')"],
    [-Infinity, "Decimal('-Infinity')"],
    [0.3, "Decimal('0.299999999999999988897769753748434595763683319091796875')"],
    [-7, "Decimal('-7')"],
  ];
  for (const [x, want] of cases) assert.equal(outcome(() => new Decimal(x)), want, String(x));
  const tiny = outcome(() => new Decimal(5e-324));
  assert.ok(tiny.startsWith("Decimal('4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359"));
  assert.ok(tiny.endsWith("9718265533447265625E-324')"));
  assert.equal(outcome(() => new Decimal(-(2n ** 70n))), "Decimal('-1180591620717411303424')");
  assert.equal(outcome(() => new Decimal(true)), "Decimal('1')");
  assert.equal(outcome(() => new Decimal()), "Decimal('0')");
  const d = new Decimal('1.50');
  assert.equal(outcome(() => new Decimal(d)), "Decimal('1.50')");
});

test('new Decimal() of another type throws CPython\'s TypeError', () => {
  // CPython: Decimal({}) and Decimal(None). The other names are pyjson's (as in dumps' errors).
  const cases: [unknown, string][] = [
    [{}, 'dict'],
    [new Map(), 'dict'],
    [null, 'NoneType'],
    [Symbol('s'), 'symbol'],
    [() => 1, 'function'],
    [new Date(0), 'Date'],
    [new Set(), 'Set'],
  ];
  for (const [v, name] of cases) {
    assert.equal(
      outcome(() => new Decimal(v as never)),
      `TypeError: conversion from ${name} to Decimal is not supported`,
      name,
    );
  }
});

test('new Decimal([sign, digits, exponent]) is Python\'s tuple form, with its errors', () => {
  const cases: [unknown[], string][] = [
    [[0, [1, 2], -1], "Decimal('1.2')"],
    [[1, [], 'n'], "Decimal('-NaN')"],
    [[1, [0, 0, 1], 'N'], "Decimal('-sNaN1')"],
    [[0, [1, 2], 'F'], "Decimal('Infinity')"],
    [[0, [1, 2], 'x'], "ValueError: string argument in the third position must be 'F', 'n' or 'N'"],
    [[2, [1, 2], 1], 'ValueError: sign must be an integer with the value 0 or 1'],
    [[0.5, [1, 2], 1], 'ValueError: sign must be an integer with the value 0 or 1'],
    [[0, [1, 2], 1.5], 'ValueError: exponent must be an integer'],
    [[0, '12', 1], 'ValueError: coefficient must be a tuple of digits'],
    [[0, [10], 1], 'ValueError: coefficient must be a tuple of digits'],
    [[0, [true], true], "Decimal('1E+1')"],
    [[0, [], 0], "Decimal('0')"],
    [[1, [], 5], "Decimal('-0E+5')"],
    [[2n ** 63n, [1], 2], 'OverflowError: Python int too large to convert to C long'],
    [[0, [2n ** 63n], 2], 'OverflowError: Python int too large to convert to C long'],
    [[0, [-1], 2], 'ValueError: coefficient must be a tuple of digits'],
    [[null, [1], null], 'ValueError: sign must be an integer with the value 0 or 1'],
    [[0, null, 1], 'ValueError: coefficient must be a tuple of digits'],
    [[0, [null], 'x'], "ValueError: string argument in the third position must be 'F', 'n' or 'N'"],
    [[], 'ValueError: argument must be a sequence of length 3'],
    [[0, 1, 2, 3], 'ValueError: argument must be a sequence of length 3'],
    [[true, [1], -2], "Decimal('-0.01')"],
    [[0, [0, 0, 1, 0], -2], "Decimal('0.10')"],
  ];
  for (const [t, want] of cases) assert.equal(outcome(() => new Decimal(t as never)), want, String(t));
  assert.throws(() => new Decimal([0, [10], 1]), ValueError);
  assert.throws(() => new Decimal([2n ** 63n, [1], 2]), OverflowError);
});

test('asTuple() is Python\'s as_tuple()', () => {
  const cases: [string, unknown][] = [
    ['1.5', { sign: 0, digits: [1, 5], exponent: -1 }],
    ['-0.00', { sign: 1, digits: [0], exponent: -2 }],
    ['NaN', { sign: 0, digits: [], exponent: 'n' }],
    ['-sNaN12', { sign: 1, digits: [1, 2], exponent: 'N' }],
    ['Infinity', { sign: 0, digits: [0], exponent: 'F' }],
    ['-Inf', { sign: 1, digits: [0], exponent: 'F' }],
    ['1E+3', { sign: 0, digits: [1], exponent: 3 }],
    ['0E-7', { sign: 0, digits: [0], exponent: -7 }],
    ['1e-0', { sign: 0, digits: [1], exponent: 0 }],
  ];
  for (const [text, want] of cases) assert.deepStrictEqual(new Decimal(text).asTuple(), want, text);
  const t = new Decimal('-12.50').asTuple();
  assert.equal(new Decimal([t.sign, t.digits, t.exponent]).toString(), '-12.50');
});

test('toNumber() is float(d) and toBigInt() is int(d)', () => {
  const halfwayToDenormMin =
    '2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125E-324';
  // [text, repr(float(d)), repr(int(d))]
  const cases: [string, string, string][] = [
    ['1.5', '1.5', '1'],
    ['-12.9', '-12.9', '-12'],
    ['-0.9', '-0.9', '0'],
    ['0.5', '0.5', '0'],
    ['1E+30', '1e+30', '1000000000000000000000000000000'],
    ['123456789012345678901234567890.9', '1.2345678901234568e+29', '123456789012345678901234567890'],
    ['NaN', 'nan', 'ValueError: cannot convert NaN to integer'],
    ['-NaN', 'nan', 'ValueError: cannot convert NaN to integer'],
    ['sNaN', 'ValueError: cannot convert signaling NaN to float', 'ValueError: cannot convert NaN to integer'],
    ['Infinity', 'inf', 'OverflowError: cannot convert Infinity to integer'],
    ['-Infinity', '-inf', 'OverflowError: cannot convert Infinity to integer'],
    ['-0', '-0.0', '0'],
    ['1e-400', '0.0', '0'],
    ['1e400', 'inf', '1' + '0'.repeat(400)],
    ['0.1000000000000000055511151231257827', '0.1', '0'],
    [halfwayToDenormMin, '0.0', '0'],
  ];
  const pyFloat = (x: number): string =>
    Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : float(x).toString();
  for (const [text, f, i] of cases) {
    const d = new Decimal(text);
    assert.equal(outcome(() => pyFloat(d.toNumber())), f, text);
    assert.equal(outcome(() => d.toBigInt()), i, text);
  }
  // Not CPython: the engine's bigint limit, raised at once rather than after minutes of work.
  assert.throws(() => new Decimal('1e999999999').toBigInt(), RangeError);
  assert.equal(new Decimal('-1e-999999999999999999').toBigInt(), 0n);
});

test('comparisons are Python\'s ==, <, <=, >, >= against Decimal, int and float', () => {
  // [decimal, other, ==, <, <=, >, >=]
  const nanOrder = INVALID;
  const typeErr = (name: string) => ['<', '<=', '>', '>='].map((op) => `TypeError: '${op}' not supported between instances of 'decimal.Decimal' and '${name}'`);
  const cases: [string, unknown, ...string[]][] = [
    ['1.5', new Decimal('1.5'), 'True', 'False', 'True', 'False', 'True'],
    ['1.50', 1.5, 'True', 'False', 'True', 'False', 'True'],
    ['0.1', 0.1, 'False', 'True', 'True', 'False', 'False'],
    ['0.1000000000000000055511151231257827021181583404541015625', 0.1, 'True', 'False', 'True', 'False', 'True'],
    ['1', 1, 'True', 'False', 'True', 'False', 'True'],
    ['1', true, 'True', 'False', 'True', 'False', 'True'],
    ['0', false, 'True', 'False', 'True', 'False', 'True'],
    ['-0', 0, 'True', 'False', 'True', 'False', 'True'],
    ['NaN', new Decimal('NaN'), 'False', nanOrder, nanOrder, nanOrder, nanOrder],
    ['NaN', 1, 'False', nanOrder, nanOrder, nanOrder, nanOrder],
    ['sNaN', 1, INVALID, nanOrder, nanOrder, nanOrder, nanOrder],
    ['1', NaN, 'False', nanOrder, nanOrder, nanOrder, nanOrder],
    ['Infinity', Infinity, 'True', 'False', 'True', 'False', 'True'],
    ['-Infinity', -99999999999999999999999n, 'False', 'True', 'True', 'False', 'False'],
    ['1E+400', Infinity, 'False', 'True', 'True', 'False', 'False'],
    ['1', '1', 'False', ...typeErr('str')],
    ['1', null, 'False', ...typeErr('NoneType')],
    ['1', [1], 'False', ...typeErr('list')],
    ['sNaN', 'a', 'False', ...typeErr('str')],
    ['9007199254740993', float(9007199254740992), 'False', 'False', 'False', 'True', 'True'],
    ['2E+1', 20, 'True', 'False', 'True', 'False', 'True'],
    ['1.0000000000000000000001', float(1), 'False', 'False', 'False', 'True', 'True'],
  ];
  for (const [text, other, ...want] of cases) {
    const d = new Decimal(text);
    const o = other as never;
    const got = [() => d.equals(o), () => d.lt(o), () => d.le(o), () => d.gt(o), () => d.ge(o)].map(outcome);
    assert.deepEqual(got, want, `${text} vs ${String(other)}`);
  }
});

test('Decimal.compare orders as sorted() does, and throws where sorted() raises', () => {
  const items = [new Decimal('2'), 1, new Decimal('0.5'), 0.75, 3n, new Decimal('-Infinity'), new Decimal('1.0')];
  assert.deepEqual(items.sort(Decimal.compare).map(String), ['-Infinity', '0.5', '0.75', '1', '1.0', '2', '3']);
  assert.throws(() => [new Decimal('NaN'), new Decimal(1)].sort(Decimal.compare), InvalidOperation);
  assert.throws(() => Decimal.compare(1, 'a' as never), {
    name: 'TypeError',
    message: "'<' not supported between instances of 'int' and 'str'",
  });
});

test('in JS: string conversions give str(d), numeric ones throw, JSON.stringify and inspect', () => {
  const d = new Decimal('1.50');
  assert.equal(String(d), '1.50');
  assert.equal(`${d}`, '1.50');
  assert.equal('x' + d, 'x1.50');
  assert.throws(() => (d as unknown as number) * 2, { name: 'TypeError', message: /toNumber\(\)/ });
  assert.throws(() => (d as unknown as number) < 2, TypeError);
  assert.throws(() => Number(d), TypeError);
  assert.equal(JSON.stringify({ price: d }), '{"price":"1.50"}');
  assert.equal(inspect(d), "Decimal('1.50')");
  assert.equal(inspect([d]), "[ Decimal('1.50') ]");
  assert.deepEqual(Object.keys(d), []);
  assert.ok(d.isFinite() && !d.isNaN() && !d.isSNaN() && !d.isQNaN() && !d.isInfinite() && !d.isSigned() && !d.isZero());
  const flags = (s: string) => {
    const x = new Decimal(s);
    return [x.isNaN(), x.isSNaN(), x.isQNaN(), x.isFinite(), x.isInfinite(), x.isSigned(), x.isZero()].map(Number).join('');
  };
  // Python: is_nan, is_snan, is_qnan, is_finite, is_infinite, is_signed, is_zero
  assert.equal(flags('-0.00'), '0001011');
  assert.equal(flags('-sNaN3'), '1100010');
  assert.equal(flags('NaN'), '1010000');
  assert.equal(flags('-Inf'), '0000110');
});

test('dumps treats a Decimal as json.dumps does; loads with parseFloat is parse_float=Decimal', () => {
  // CPython: json.dumps(Decimal('1.50')) raises; json.dumps([Decimal('1E+3')], default=str) == '["1E+3"]'.
  assert.throws(() => dumps(new Decimal('1.50')), {
    name: 'TypeError',
    message: 'Object of type Decimal is not JSON serializable',
  });
  assert.equal(dumps([new Decimal('1E+3'), new Decimal('-0.0')], { default: String }), '["1E+3", "-0.0"]');
  // CPython: [str(x) for x in json.loads(text, parse_float=Decimal)] ...
  const text = '[1.10, 2e400, -0.0, 1E-7, 0.1, 3, 123456789012345678901234567890.5]';
  const v = loads(text, { parseFloat: (s: string) => new Decimal(s) }) as unknown[];
  assert.deepEqual(v.map(String), ['1.10', '2E+400', '-0.0', '1E-7', '0.1', '3', '123456789012345678901234567890.5']);
});

test('repr() and str() of pyjson/python show a Decimal as Python does, also inside containers', () => {
  // CPython: repr([Decimal('1.5'), {'a': Decimal('-0')}]), str(Decimal('1E+3')), str([Decimal('sNaN')]), repr(Decimal('1e-7'))
  assert.equal(repr([new Decimal('1.5'), { a: new Decimal('-0') }]), "[Decimal('1.5'), {'a': Decimal('-0')}]");
  assert.equal(str(new Decimal('1E+3')), '1E+3');
  assert.equal(str([new Decimal('sNaN')]), "[Decimal('sNaN')]");
  assert.equal(repr(new Decimal('1e-7')), "Decimal('1E-7')");
});
