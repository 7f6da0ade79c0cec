/**
 * `repr()` and `str()` of pyjson/python. Expected texts are CPython 3.14.2's (pinned from a
 * pyodide run of the equivalent Python values); the texts of JS values without a Python
 * counterpart are pyjson's own choices (docs/python.md).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { float, loads, ValueError } from '../../src/index.js';
import { pyRepr, repr, str } from '../../src/python/index.js';

test('repr() of a loaded document is what print(json.loads(...)) shows', () => {
  assert.equal(repr(loads('{"name": "Alice", "isStudent": false}')), "{'name': 'Alice', 'isStudent': False}");
});

test('repr() of None, bools, ints and floats as pyjson maps numbers', () => {
  const v = [null, true, false, 0, -0, 1.5, 1e16, 1e-5, 123456789012345680000, NaN, Infinity, -Infinity, 2 ** 53, float(1), 2n ** 64n, -(2n ** 70n)];
  // CPython: repr([None, True, False, 0, -0.0, 1.5, 1e16, 1e-05, 123456789012345680000.0, nan, inf, -inf,
  //                9007199254740992.0, 1.0, 2**64, -(2**70)])
  assert.equal(
    repr(v),
    '[None, True, False, 0, -0.0, 1.5, 1e+16, 1e-05, 1.2345678901234568e+20, nan, inf, -inf, 9007199254740992.0, 1.0, 18446744073709551616, -1180591620717411303424]',
  );
});

test("repr() of strings: Python's quote choice, escapes and printable characters (CPython 3.14)", () => {
  const v = ["it's", 'say "hi"', 'both \' and "', 'back\\slash', '\t\n\r\x0b\x0c\x00\x1f\x7f\x80\x9f\xa0\xad',
    'é\u03b1\u2028\u2029\ufeff\uffff\u{1F600}\u{10ffff}\u{e0001}', '\ud800x\udfff', ''];
  assert.equal(
    repr(v),
    String.raw`["it's", 'say "hi"', 'both \' and "', 'back\\slash', '\t\n\r\x0b\x0c\x00\x1f\x7f\x80\x9f\xa0\xad', ` +
      String.raw`'éα\u2028\u2029\ufeff\uffff😀\U0010ffff\U000e0001', '\ud800x\udfff', '']`,
  );
});

test('repr() of dicts (plain objects and Maps with keys of any kind) and sets', () => {
  assert.equal(
    repr({ '': {}, a: [], b: [{}], c: new Set(), d: new Set(['x']) }),
    "{'': {}, 'a': [], 'b': [{}], 'c': set(), 'd': {'x'}}",
  );
  assert.equal(
    repr(new Map<unknown, string>([[1, 'int'], [1.5, 'float'], [null, 'none'], ['k', 'str'], [float(2), 'f'], [10n ** 20n, 'big']])),
    "{1: 'int', 1.5: 'float', None: 'none', 'k': 'str', 2.0: 'f', 100000000000000000000: 'big'}",
  );
  // A plain object's undefined-valued properties are left out, as dumps leaves them out.
  assert.equal(repr({ a: undefined, b: 1 }), "{'b': 1}");
  assert.equal(repr(Object.assign(Object.create(null), { x: [] })), "{'x': []}");
});

test('repr() of cycles is as Python prints them; shared values print in full', () => {
  const a: unknown[] = [1];
  a.push(a);
  assert.equal(repr(a), '[1, [...]]');
  const d: Record<string, unknown> = { x: 1 };
  d.self = d;
  assert.equal(repr(d), "{'x': 1, 'self': {...}}");
  const l: unknown[] = [];
  const d2 = { l };
  l.push(d2);
  // CPython: l = []; d2 = {'l': l}; l.append(d2); repr([l, d2])
  assert.equal(repr([l, d2]), "[[{'l': [...]}], {'l': [{...}]}]");
  const shared = [1];
  assert.equal(repr([shared, shared]), '[[1], [1]]');
  const s = new Set<unknown>();
  s.add(s);
  assert.equal(repr(s), '{set(...)}');
  const m = new Map<unknown, unknown>();
  m.set('m', m);
  assert.equal(repr(m), "{'m': {...}}");
});

test('repr() of any depth does not overflow the JS stack', () => {
  let deep: unknown[] = [];
  for (let i = 0; i < 1_000_000; i++) deep = [deep];
  const text = repr(deep);
  assert.equal(text.length, 2_000_002);
  assert.ok(text.startsWith('[[[[') && text.endsWith(']]]]'));
});

test('repr() raises ValueError for an int past 4,300 digits, as Python does', () => {
  // CPython: repr([10**4300])
  assert.throws(() => repr([10n ** 4300n]), {
    name: 'ValueError',
    message: 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
  });
  assert.equal(repr(10n ** 4299n).length, 4300);
});

test('repr() calls [pyRepr]() of Python values, also inside containers; str() calls toString()', () => {
  class Money {
    constructor(readonly text: string) {}
    [pyRepr](): string {
      return `Money('${this.text}')`;
    }
    toString(): string {
      return this.text;
    }
  }
  const m = new Money('1.50');
  assert.equal(repr(m), "Money('1.50')");
  assert.equal(str(m), '1.50');
  assert.equal(repr([m, { m }]), "[Money('1.50'), {'m': Money('1.50')}]");
  assert.equal(str([m]), "[Money('1.50')]");
});

test('a [pyRepr]() that calls repr() on its parts sees the containers already open', () => {
  class Box {
    constructor(readonly items: unknown[]) {}
    [pyRepr](): string {
      return `Box(${repr(this.items)})`;
    }
  }
  const items: unknown[] = [];
  const box = new Box(items);
  items.push(box);
  assert.equal(repr(items), '[Box([...])]');
  assert.equal(repr(box), 'Box([Box([...])])');
  // Nothing stays marked after an error inside a walk.
  const bad = { [pyRepr]: () => { throw new ValueError('no'); } };
  assert.throws(() => repr([items, bad]), { name: 'ValueError' });
  assert.equal(repr(items), '[Box([...])]');
});

test('str() differs from repr() only at the top level', () => {
  assert.equal(str("it's"), "it's");
  // CPython: str(['é', "it's"])
  assert.equal(str(['é', "it's"]), `['é', "it's"]`);
  assert.equal(str(1), '1');
  assert.equal(str(-0), '-0.0');
  assert.equal(str(null), 'None');
  assert.equal(str(new String('x')), 'x');
  assert.equal(str({ a: 'b' }), "{'a': 'b'}");
});

test('repr() of typed arrays is Python array and bytes texts (CPython 3.14)', () => {
  assert.equal(repr(new Float64Array([1, 0.5, NaN])), "array('d', [1.0, 0.5, nan])");
  assert.equal(repr(new Int8Array()), "array('b')");
  assert.equal(repr(new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n])), "array('q', [-9223372036854775808, 9223372036854775807])");
  assert.equal(repr(new Float32Array([0.1, 1])), "array('f', [0.10000000149011612, 1.0])");
  assert.equal(repr(new Uint16Array([1, 65535])), "array('H', [1, 65535])");
  // CPython: repr(b"a'\x00\xc3\xbf\t\n\r\\"), repr(b'\'"'), repr(b'')
  assert.equal(repr(new TextEncoder().encode("a'\x00\xff\t\n\r\\")), String.raw`b"a'\x00\xc3\xbf\t\n\r\\"`);
  assert.equal(repr(Uint8Array.of(0x27, 0x22)), String.raw`b'\'"'`);
  assert.equal(repr(new Uint8Array(0)), "b''");
  assert.equal(repr(Uint8Array.of(0x41).buffer), "b'A'");
});

test('repr() and str() of errors are those of Python exceptions', () => {
  // CPython: repr(ValueError('x')), repr(ValueError()), repr(ValueError("it's")), str(ValueError('x'))
  assert.equal(repr(new ValueError('x')), "ValueError('x')");
  assert.equal(repr(new TypeError()), 'TypeError()');
  assert.equal(repr(new RangeError("it's")), `RangeError("it's")`);
  assert.equal(str(new ValueError('x')), 'x');
  assert.equal(str([new ValueError('x')]), "[ValueError('x')]");
  // A message that is not a string is written as its text.
  const odd = Object.assign(new Error(), { message: 42 as unknown as string });
  assert.equal(repr(odd), "Error('42')");
  assert.equal(str(odd), '42');
});

test('repr() of JS values without a Python counterpart', () => {
  class Foo {}
  function named(): void {}
  assert.equal(repr(undefined), 'undefined');
  assert.equal(repr([undefined]), '[undefined]');
  assert.equal(repr(Symbol('s')), 'Symbol(s)');
  assert.equal(repr(named), '<function named>');
  assert.equal(repr([() => 1]), '[<function <lambda>>]');
  assert.equal(repr(Foo), "<class 'Foo'>");
  assert.equal(repr(new Foo()), '<Foo object>');
  assert.equal(repr(new Number(1.5)), '1.5');
  assert.equal(repr(Object(2n)), '2');
  assert.equal(repr(new Boolean(false)), 'False');
  assert.equal(repr(new WeakMap()), '<WeakMap object>');
});

test('a JS Date is the aware UTC datetime it stands for; an invalid or out-of-range one an object', () => {
  const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
  // CPython: repr/str of datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=timezone.utc)
  assert.equal(repr(d), 'datetime.datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=datetime.timezone.utc)');
  assert.equal(str(d), '2024-01-02 03:04:05.006000+00:00');
  assert.equal(str([d]), '[datetime.datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=datetime.timezone.utc)]');
  assert.equal(repr(new Date(0)), 'datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)');
  assert.equal(repr(new Date(NaN)), '<Date object>');
  assert.equal(str(new Date(NaN)), '<Date object>');
  assert.equal(repr(new Date(Date.UTC(10000, 0, 1))), '<Date object>');
});
