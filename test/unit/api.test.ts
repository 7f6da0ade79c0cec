// The JS side of the value mapping (issue 2's tables): what each JS value is taken as, option
// spellings, error classes. Expected texts are CPython 3.14.2's (runs of its json module and
// Lib/json sources); JS-only behaviour (Map, float(), __proto__) is our spec.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  dump,
  dumps,
  float,
  JSONDecodeError,
  JSONDecoder,
  JSONEncoder,
  load,
  loads,
  PyFloat,
  RecursionError,
  UnicodeDecodeError,
  ValueError,
  type EncoderOptions,
} from '../../src/index.js';

function thrown(f: () => unknown): Error & { notes?: string[] } {
  try {
    f();
  } catch (e) {
    return e as Error & { notes?: string[] };
  }
  assert.fail('expected an exception');
}

describe('dumps() value mapping', () => {
  test('dumps() writes safe integers as ints and every other number as a Python float', () => {
    assert.equal(dumps([0, 123, -7, 2 ** 53 - 1]), '[0, 123, -7, 9007199254740991]');
    assert.equal(dumps([0.1, 2 ** 53, 1e16, 1e-5, -0, 1.2345678901234568e20]), '[0.1, 9007199254740992.0, 1e+16, 1e-05, -0.0, 1.2345678901234568e+20]');
    assert.equal(dumps([NaN, Infinity, -Infinity]), '[NaN, Infinity, -Infinity]');
  });

  test('dumps() writes bigint exactly and float() as a float', () => {
    assert.equal(dumps([2n ** 64n, -(10n ** 30n), float(1), float(-0), float('nan'), float(1e16)]), '[18446744073709551616, -1000000000000000000000000000000, 1.0, -0.0, NaN, 1e+16]');
    assert.equal(float(3).valueOf() + 1, 4);
    assert.ok(float(2) instanceof PyFloat);
  });

  test('dumps() rejects a bigint of more than 4300 digits with CPython\'s ValueError', () => {
    assert.equal(dumps(10n ** 4299n).length, 4300);
    const e = thrown(() => dumps([10n ** 4300n]));
    assert.ok(e instanceof ValueError);
    assert.equal(e.message, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit');
    assert.deepEqual(e.notes, ['when serializing list item 0']);
  });

  test('dumps() omits undefined-valued properties and symbol keys of plain objects', () => {
    assert.equal(dumps({ a: undefined, b: 1, [Symbol('s')]: 2 }), '{"b": 1}');
    assert.equal(dumps(Object.assign(Object.create(null), { x: [] })), '{"x": []}');
  });

  test('dumps() coerces Map keys as Python coerces dict keys', () => {
    const m = new Map<unknown, unknown>([['s', 1], [2, 2], [1.5, 3], [2n ** 70n, 4], [float(3), 5], [true, 6], [false, 7], [null, 8]]);
    assert.equal(dumps(m), '{"s": 1, "2": 2, "1.5": 3, "1180591620717411303424": 4, "3.0": 5, "true": 6, "false": 7, "null": 8}');
    const e = thrown(() => dumps(new Map([[[1], 1]])));
    assert.ok(e instanceof TypeError);
    assert.equal(e.message, 'keys must be str, int, float, bool or None, not list');
    assert.equal(dumps(new Map<unknown, unknown>([[[1], 1], ['a', 2]]), { skipkeys: true }), '{"a": 2}');
  });

  test('dumps() sorts keys by code point, numbers numerically, and rejects mixed kinds', () => {
    const keys = ['b', 'a', 'C', '_', 'aa', 'é', '😀', '\uffff'];
    assert.equal(dumps(Object.fromEntries(keys.map((k) => [k, 0])), { sortKeys: true, ensureAscii: false }), '{"C": 0, "_": 0, "a": 0, "aa": 0, "b": 0, "é": 0, "\uffff": 0, "😀": 0}');
    assert.equal(dumps(new Map<unknown, string>([[10, 'a'], [2, 'b'], [1.5, 'c']]), { sortKeys: true }), '{"1.5": "c", "2": "b", "10": "a"}');
    const e = thrown(() => dumps(new Map<unknown, unknown>([[1, 'a'], ['b', 2]]), { sortKeys: true }));
    assert.ok(e instanceof TypeError);
    assert.equal(e.message, "'<' not supported between instances of 'str' and 'int'");
  });

  test('dumps() hands unsupported values to default, and without one names the JS type', () => {
    for (const [value, name] of [[undefined, 'undefined'], [() => 1, 'function'], [Symbol(), 'symbol'], [new Date(0), 'Date'], [new Set(), 'Set'], [new (class Point {})(), 'Point']] as const) {
      const e = thrown(() => dumps(value));
      assert.ok(e instanceof TypeError);
      assert.equal(e.message, `Object of type ${name} is not JSON serializable`);
      assert.equal(e.notes, undefined);
    }
    assert.equal(dumps([new Set([1, 2])], { default: (o: Set<number>) => [...o] }), '[[1, 2]]');
  });

  test('dumps() attaches CPython\'s notes for nested failures', () => {
    const e = thrown(() => dumps({ a: { b: [Symbol()] } }));
    assert.deepEqual(e.notes, ['when serializing list item 0', "when serializing dict item 'b'", "when serializing dict item 'a'"]);
    const m = thrown(() => dumps(new Map<unknown, unknown>([[1, Symbol()]])));
    assert.deepEqual(m.notes, ['when serializing dict item 1']);
  });

  test('dumps() notes the failing item of a list written at once (its scalars)', () => {
    // Expected values: CPython 3.14.2 (pyodide).
    const nan = thrown(() => dumps([1, 2, NaN], { allowNan: false }));
    assert.equal(nan.message, 'Out of range float values are not JSON compliant: nan');
    assert.deepEqual(nan.notes, ['when serializing list item 2']);
    const inf = thrown(() => dumps({ a: [1, 'x', Infinity] }, { allowNan: false }));
    assert.deepEqual(inf.notes, ['when serializing list item 2', "when serializing dict item 'a'"]);
    const big = thrown(() => dumps([0, [1, 10n ** 5000n]]));
    assert.ok(big instanceof ValueError);
    assert.deepEqual(big.notes, ['when serializing list item 1', 'when serializing list item 1']);
    const a: unknown[] = [1];
    a.push(a);
    const cycle = thrown(() => dumps(a));
    assert.equal(cycle.message, 'Circular reference detected');
    assert.deepEqual(cycle.notes, ['when serializing list item 1']);
    // A bigint keeps these from JSON.stringify: the serializer writes them.
    const mixed = [10n ** 20n, 'é', null, true, 2.5, [3, [4]], 5];
    assert.equal(dumps(mixed), '[100000000000000000000, "\\u00e9", null, true, 2.5, [3, [4]], 5]');
    assert.equal(dumps(mixed, { separators: [';', '='] }), '[100000000000000000000;"\\u00e9";null;true;2.5;[3;[4]];5]');
  });

  test('dumps() detects cycles and reports deep cycles without checkCircular as RecursionError', () => {
    const a: unknown[] = [];
    a.push(a);
    const e = thrown(() => dumps(a));
    assert.ok(e instanceof ValueError);
    assert.equal(e.message, 'Circular reference detected');
    assert.deepEqual(e.notes, ['when serializing list item 0']);
    const r = thrown(() => dumps(a, { checkCircular: false }));
    assert.ok(r instanceof RecursionError);
    assert.ok(r instanceof RangeError);
  });

  test('JSONEncoder.iterencode() reads a large dict lazily: the first chunks read a few of its values', () => {
    let reads = 0;
    const big: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) {
      Object.defineProperty(big, 'k' + i, { enumerable: true, get: () => ++reads });
    }
    const chunks = new JSONEncoder().iterencode({ big });
    for (let i = 0; i < 5; i++) chunks.next();
    assert.ok(reads > 0 && reads < 200, `${reads} values read for 5 chunks`);
  });

  test('dumps() and dump() handle 100,000-deep nesting without a stack overflow', () => {
    let list: unknown = [];
    let obj: unknown = {};
    for (let i = 0; i < 100_000; i++) {
      list = [list];
      obj = { a: obj };
    }
    assert.equal(dumps(list), '['.repeat(100_001) + ']'.repeat(100_001));
    assert.equal(dumps(obj, { separators: [',', ':'] }), '{"a":'.repeat(100_000) + '{}' + '}'.repeat(100_000));
    const chunks: string[] = [];
    dump(list, { write: (c: string) => chunks.push(c) });
    assert.equal(chunks.join('').length, 200_002);
  });
});

describe('dumps() through JSON.stringify', () => {
  // Texts from CPython 3.14: each case sits on an edge of the native fast path.
  test('dumps() writes integral floats beyond 2^53, -0, 1e-5 and 1e16 as Python does with compact separators and indent', () => {
    assert.equal(dumps([9007199254740992, 1e15 + 0.5], { separators: [',', ':'] }), '[9007199254740992.0,1000000000000000.5]');
    assert.equal(dumps([1e-5, -0, 1e16, 0.0001], { indent: 2 }), '[\n  1e-05,\n  -0.0,\n  1e+16,\n  0.0001\n]');
  });

  test('dumps() copies a non-ASCII indent while escaping non-ASCII text', () => {
    assert.equal(dumps([[], 'é'], { indent: 'é' }), '[\né[],\né"\\u00e9"\n]');
  });

  test('dumps() keeps lone surrogates raw with ensureAscii false and escapes them otherwise', () => {
    assert.equal(dumps(['\ud800'], { separators: [',', ':'], ensureAscii: false }), '["\ud800"]');
    assert.equal(dumps(['\ud800'], { separators: [',', ':'] }), '["\\ud800"]');
  });

  test('dumps() indents a container returned by default at the level of the value it replaces', () => {
    assert.equal(dumps(Symbol(), { indent: 1, default: () => [1] }), '[\n 1\n]');
    assert.equal(dumps([Symbol()], { indent: 1, default: () => ({ k: float(2) }) }), '[\n {\n  "k": 2.0\n }\n]');
  });

  test('dumps() escapes in notes the characters CPython 3.14 (Unicode 16) does not consider printable', () => {
    const e = thrown(() => dumps(new Map([['\u1adb', [NaN]]]), { allowNan: false }));
    assert.deepEqual(e.notes, ['when serializing list item 0', "when serializing dict item '\\u1adb'"]);
  });
});

describe('dumps() options', () => {
  test('dumps() accepts the Python spelling of every option', () => {
    const v = { b: 'é', a: NaN };
    assert.equal(dumps(v, { sort_keys: true, ensure_ascii: false }), dumps(v, { sortKeys: true, ensureAscii: false }));
    assert.equal(thrown(() => dumps(v, { allow_nan: false })).message, 'Out of range float values are not JSON compliant: nan');
  });

  test('dumps() rejects an option given in both spellings, and unknown options', () => {
    const both = thrown(() => dumps(1, { sortKeys: true, sort_keys: false }));
    assert.ok(both instanceof TypeError);
    assert.match(both.message, /sortKeys.*sort_keys/);
    const unknown = thrown(() => dumps(1, { foo: 1 }));
    assert.ok(unknown instanceof TypeError);
    assert.equal(unknown.message, "JSONEncoder.__init__() got an unexpected keyword argument 'foo'");
    // Names of Object.prototype's properties are unknown options like any other (messages from CPython 3.14.2, pyodide).
    assert.equal(thrown(() => dumps(1, { toString: 1 })).message, "JSONEncoder.__init__() got an unexpected keyword argument 'toString'");
    assert.equal(thrown(() => loads('1', { constructor: 1 })).message, "JSONDecoder.__init__() got an unexpected keyword argument 'constructor'");
  });

  test('dumps() passes extra options to cls', () => {
    class Enc extends JSONEncoder {
      extra: unknown;
      constructor(opts: EncoderOptions & { extra?: unknown }) {
        super(opts);
        this.extra = opts.extra;
      }
      override default(): unknown {
        return this.extra;
      }
    }
    assert.equal(dumps([Symbol()], { cls: Enc, extra: 'E' }), '["E"]');
  });

  test('dumps() validates indent and separators as CPython does', () => {
    assert.equal(thrown(() => dumps([1], { indent: 2.5 })).message, "can't multiply sequence by non-int of type 'float'");
    assert.equal(thrown(() => dumps([1], { separators: [',', ':', ';'] })).message, 'too many values to unpack (expected 2, got 3)');
    assert.equal(dumps([1, [2]], { indent: true }), '[\n 1,\n [\n  2\n ]\n]');
    assert.equal(dumps([1, [2]], { indent: 'ab' }), '[\nab1,\nab[\nabab2\nab]\n]');
  });
});

describe('loads() value mapping', () => {
  test('loads() returns numbers for safe integers and bigint beyond', () => {
    assert.deepEqual(loads('[1, -0, 9007199254740991, 9007199254740992, -12345678901234567890]'), [1, 0, 9007199254740991, 9007199254740992n, -12345678901234567890n]);
    assert.ok(Object.is(loads('-0'), 0));
    assert.ok(Object.is(loads('-0.0'), -0));
    assert.deepEqual(loads('[1.0, 1E2, 1e400, -1e400, NaN]'), [1, 100, Infinity, -Infinity, NaN]);
  });

  test('loads() puts every integer beyond 2^53 of an object back under its own key', () => {
    // Integer-like keys come first in a JS object, __proto__ is an own key, and 3,000 of them in
    // one object (each put back by its key) load as fast as any other object.
    const keys = ['b', '7', '__proto__', 'a', ...Array.from({ length: 3000 }, (_, i) => `k${i}`)];
    const big = (i: number) => 2n ** 60n + BigInt(i);
    const v = loads(`{${keys.map((k, i) => `"${k}": ${big(i)}`).join(', ')}, "s": "12345678901234567890"}`);
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.deepEqual(Object.keys(v), ['7', 'b', '__proto__', 'a', ...keys.slice(4), 's']);
    keys.forEach((k, i) => assert.equal(Object.getOwnPropertyDescriptor(v, k)?.value, big(i), k));
    assert.equal(v.s, '12345678901234567890');
  });

  test('loads() rejects integers of more than 4300 digits with CPython\'s ValueError', () => {
    assert.equal(loads('-' + '9'.repeat(4300)), -(10n ** 4300n - 1n));
    const e = thrown(() => loads('[' + '1'.repeat(4301) + ']'));
    assert.ok(e instanceof ValueError && !(e instanceof JSONDecodeError));
    assert.equal(e.message, 'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit');
  });

  test('loads() treats __proto__ as an ordinary key', () => {
    const v = loads('{"__proto__": {"polluted": 1}, "a": 1}');
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.deepEqual(Object.keys(v), ['__proto__', 'a']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(v, '__proto__')?.value, { polluted: 1 });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('loads() keeps the last of duplicate keys at the first position', () => {
    assert.deepEqual(Object.entries(loads('{"a": 1, "a": 2, "b": 3, "a": 4}')), [['a', 4], ['b', 3]]);
  });

  test('loads() with lossless gives Maps and float() so that dumps() writes CPython\'s text again', () => {
    const text = '{"b": [1.0, 1E2, -0.0, 2.5, 10000000000000000000], "a": {}, "1": null}';
    const v = loads(text, { lossless: true });
    assert.ok(v instanceof Map);
    assert.deepEqual([...v.keys()], ['b', 'a', '1']);
    assert.ok(v.get('b')[0] instanceof PyFloat);
    assert.equal(dumps(v), '{"b": [1.0, 100.0, -0.0, 2.5, 10000000000000000000], "a": {}, "1": null}');
  });

  test('loads() decodes bytes in UTF-8, UTF-16 and UTF-32 as CPython does', () => {
    assert.deepEqual(loads(new TextEncoder().encode('["aé"]')), ['aé']);
    assert.deepEqual(loads(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x31, 0x5d])), [1]);
    assert.deepEqual(loads(new Uint8Array([0xff, 0xfe, 0x5b, 0, 0x31, 0, 0x5d, 0])), [1]);
    assert.deepEqual(loads(new Uint8Array([0x35, 0])), 5);
    assert.deepEqual(loads(new Uint8Array([0x5b, 0x31, 0x5d]).buffer), [1]);
    const e = thrown(() => loads(new Uint8Array([0x5b, 0x22, 0x80, 0x22, 0x5d])));
    assert.ok(e instanceof UnicodeDecodeError && e instanceof ValueError);
    assert.equal(e.message, "'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte");
  });

  test('loads() rejects other input types with CPython\'s TypeError', () => {
    for (const [v, name] of [[1, 'int'], [null, 'NoneType'], [[1], 'list'], [1.5, 'float']] as const) {
      const e = thrown(() => loads(v as unknown as string));
      assert.ok(e instanceof TypeError);
      assert.equal(e.message, `the JSON object must be str, bytes or bytearray, not ${name}`);
    }
  });

  test('loads() calls the hooks as CPython does', () => {
    assert.deepEqual(loads('{"a": {"b": 1}, "c": [{}]}', { objectHook: (d) => ['H', d] }), ['H', { a: ['H', { b: 1 }], c: [['H', {}]] }]);
    assert.deepEqual(loads('{"a": 1, "a": 2}', { object_pairs_hook: (p) => p, objectHook: () => 'no' }), [['a', 1], ['a', 2]]);
    assert.deepEqual(loads('[1.0, 1e5, -0, 2, NaN, true]', { parseFloat: (t) => ['F', t], parseInt: (t) => ['I', t], parseConstant: (t) => t.toUpperCase() }), [['F', '1.0'], ['F', '1e5'], ['I', '-0'], ['I', '2'], 'NAN', true]);
  });

  test('loads() loads 100,000-deep nesting without a stack overflow', () => {
    let v = loads('['.repeat(100_000) + ']'.repeat(100_000));
    for (let i = 0; i < 99_999; i++) v = v[0];
    assert.deepEqual(v, []);
    assert.equal(dumps(loads('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))).length, 100_000 * 7 + 1);
  });
});

describe('errors', () => {
  test('JSONDecodeError is a SyntaxError and a ValueError with CPython\'s fields', () => {
    const e = thrown(() => loads('["😀", nul]'));
    assert.ok(e instanceof JSONDecodeError && e instanceof SyntaxError && e instanceof ValueError);
    assert.ok(!(new ValueError('x') instanceof JSONDecodeError));
    const d = e as JSONDecodeError;
    assert.deepEqual([d.msg, d.pos, d.lineno, d.colno, d.doc, d.message], ['Expecting value', 6, 1, 7, '["😀", nul]', 'Expecting value: line 1 column 7 (char 6)']);
    assert.equal(new JSONDecodeError('m', 'ab', 10).message, 'm: line 1 column 11 (char 10)');
    assert.equal(String(new JSONDecodeError('m', 'a\nb', 2)), 'JSONDecodeError: m: line 2 column 1 (char 2)');
  });

  test('JSONDecoder.rawDecode() returns JS string indexes and rejects negative ones', () => {
    const d = new JSONDecoder();
    assert.deepEqual(d.rawDecode('[1, 2] extra'), [[1, 2], 6]);
    assert.deepEqual(d.rawDecode('xx{"a":1}yy', 2), [{ a: 1 }, 9]);
    assert.deepEqual(d.rawDecode('"😀" 1'), ['😀', 4]);
    assert.equal(thrown(() => d.rawDecode('  [1]')).message, 'Expecting value: line 1 column 1 (char 0)');
    const neg = thrown(() => d.rawDecode('1', -1));
    assert.ok(neg instanceof ValueError);
    assert.equal(neg.message, 'idx cannot be negative');
  });

  test('JSONDecoder.decode() and rawDecode() name the type of a non-string argument as CPython 3.14 does', () => {
    // CPython: json.JSONDecoder().decode(x) and .raw_decode(x) for 1, 1.5, b'[1]', None, [1], {}, True
    const d = new JSONDecoder();
    const cases: [unknown, string][] = [
      [1, 'int'],
      [1.5, 'float'],
      [null, 'NoneType'],
      [[1], 'list'],
      [{}, 'dict'],
      [true, 'bool'],
    ];
    for (const [arg, name] of cases) {
      const e = thrown(() => d.decode(arg as string));
      assert.ok(e instanceof TypeError);
      assert.equal(e.message, `expected string or bytes-like object, got '${name}'`);
      assert.equal(thrown(() => d.rawDecode(arg as string)).message, `first argument must be a string, not ${name}`);
    }
    const bytes = new TextEncoder().encode('[1]');
    assert.equal(thrown(() => d.decode(bytes as unknown as string)).message, 'cannot use a string pattern on a bytes-like object');
    assert.equal(thrown(() => d.rawDecode(bytes as unknown as string)).message, 'first argument must be a string, not bytes');
  });

  test('load() reads fp.read() and dump() writes each chunk', () => {
    assert.deepEqual(load({ read: () => new Uint8Array([0xff, 0xfe, 0x5b, 0, 0x31, 0, 0x5d, 0]) }), [1]);
    const chunks: string[] = [];
    dump({ a: [1, 2, { b: null }], c: 'd' }, { write: (c: string) => chunks.push(c) });
    assert.deepEqual(chunks, ['{', '"a"', ': ', '[1', ', 2', ', ', '{', '"b"', ': ', 'null', '}', ']', ', ', '"c"', ': ', '"d"', '}']);
  });
});
