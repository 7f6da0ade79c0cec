// The portable subset: plain JavaScript with no imports, so that the very same cases run on
// Node, Bun, Deno and in a browser page against the built library (dist/ or the minified bundle).
//
// Every `expect` is CPython 3.14's result, checked against CPython itself (pyodide) by
// test/portable/oracle.test.ts. A case is one of:
//
//   { name, dumps: (L) => value, py: 'Python expression of the same value', opts?, pyKw?, expect }
//       dumps(value, opts) === expect, where CPython's json.dumps(<py>, **kw) gives expect
//   { name, loads: 'text' | { hex: 'bytes as hex' } | { arrayBuffer: 'hex' }, opts?, pyKw?, expect }
//       tag(loads(input, opts)) === expect: `tag` writes the value as CPython's value would be
//       written after the README's mapping (see `tag` below)
//   { name, run: (L) => string, py: 'Python expression giving a str', expect }
//
// `opts` without functions is translated to Python keyword arguments (sortKeys -> sort_keys=True);
// cases whose options hold functions give `pyKw` (Python source of the keyword arguments).
// `expect` is a string (the result) or { error, message, notes?, pos? } (the exception CPython
// raises: type name, str(e), __notes__, and JSONDecodeError's pos).
// `tricky: true` marks the values the browser test reports on its own (big ints, astral
// characters, lone surrogates, NaN). Cases with `pyjsonOnly` hold pyjson's documented behaviour
// where CPython has no comparable result (README, "Errors"): the oracle does not check them.

/** Python's repr() of a float, from a JS number (shortest round-trip digits, CPython's layout). */
export function pyFloatRepr(x) {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  return `${sign}${intPart}.${digits.slice(exp + 1) || '0'}`;
}

/** A string with every UTF-16 unit outside printable ASCII (and `"`, `\`) as `\uXXXX`. */
export function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out += u >= 0x20 && u < 0x7f && u !== 0x22 && u !== 0x5c ? s[i] : `\\u${u.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/**
 * Writes a loaded value in a small canonical form shared with the Python side of the oracle:
 * None/True/False, ints as digits, floats as Python's repr (so `1.0`, `nan`, `-0.0`), strings
 * quoted with `\uXXXX` escapes, lists `[a, b]`, dicts `{k: v}` in iteration order.
 * A JS number that is a safe integer (not -0) is an int, any other number a float, as the README
 * maps them; `PyFloat` (from `float()` or `lossless`) is a float.
 */
export function tag(v, L) {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') {
    return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : pyFloatRepr(v);
  }
  if (typeof v === 'string') return quote(v);
  if (v instanceof L.PyFloat) return pyFloatRepr(v.valueOf());
  if (Array.isArray(v)) return `[${v.map((x) => tag(x, L)).join(', ')}]`;
  const entries = v instanceof Map ? [...v] : Object.keys(v).map((k) => [k, v[k]]);
  return `{${entries.map(([k, x]) => `${tag(k, L)}: ${tag(x, L)}`).join(', ')}}`;
}

const bytes = (hex) => ({ hex });
const ascii = (s) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
const utf16le = (s) => [...s].flatMap((c) => {
  const out = [];
  for (let i = 0; i < c.length; i++) {
    const u = c.charCodeAt(i);
    out.push((u & 0xff).toString(16).padStart(2, '0'), (u >> 8).toString(16).padStart(2, '0'));
  }
  return out;
}).join('');
const utf16be = (s) => utf16le(s).replace(/(..)(..)/g, '$2$1');
const utf32le = (s) => [...s].map((c) => {
  const cp = c.codePointAt(0);
  return [0, 8, 16, 24].map((sh) => ((cp >> sh) & 0xff).toString(16).padStart(2, '0')).join('');
}).join('');

let crcTable;

/** zlib's CRC-32 of the UTF-16LE bytes of `s`, continued from `crc` (as `zlib.crc32(b, crc)`). */
function crc32(s, crc = 0) {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let c = ~crc;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    c = crcTable[(c ^ u) & 0xff] ^ (c >>> 8);
    c = crcTable[(c ^ (u >>> 8)) & 0xff] ^ (c >>> 8);
  }
  return ~c >>> 0;
}

/**
 * The repr() of every code point, through the notes of dumps() errors: for each block of 4096 code
 * points (in descending order, so that no high surrogate precedes a low one: each stays lone), the
 * error of dumps({block: NaN}, allow_nan=False) as `Type: message\nnote` plus a newline; one CRC-32
 * of that text per plane. Which characters repr() escapes is str.isprintable(), whose answer
 * depends on the engine's Unicode version unless the library corrects it.
 */
function reprOfEveryCodePoint(L) {
  const planes = [];
  for (let plane = 0; plane < 17; plane++) {
    let crc = 0;
    for (let block = plane << 16; block < (plane + 1) << 16; block += 4096) {
      let key = '';
      for (let cp = block + 4095; cp >= block; cp--) key += String.fromCodePoint(cp);
      let text;
      try {
        text = L.dumps(new Map([[key, NaN]]), { allowNan: false });
      } catch (e) {
        text = `${e.name}: ${e.message}\n${(e.notes ?? []).join('\n')}`;
      }
      crc = crc32(`${text}\n`, crc);
    }
    planes.push(crc.toString(16).padStart(8, '0'));
  }
  return planes.join(' ');
}

const REPR_OF_EVERY_CODE_POINT_PY = "' '.join('%08x' % __import__('zlib').crc32(''.join("
  + "_out(lambda k=''.join(map(chr, range(b + 4095, b - 1, -1))): json.dumps({k: math.nan}, allow_nan=False)) + '\\n' "
  + "for b in range(p << 16, (p + 1) << 16, 4096)).encode('utf-16-le', 'surrogatepass')) for p in range(17))";

const DEEP = 100_000;

export const cases = [
  // ---------------------------------------------------------------- dumps: numbers
  {
    name: 'dumps() writes dicts and lists with the default separators',
    dumps: () => ({ a: 1, b: [true, false, null], c: 'x' }),
    py: "{'a': 1, 'b': [True, False, None], 'c': 'x'}",
    expect: '{"a": 1, "b": [true, false, null], "c": "x"}',
  },
  {
    name: 'dumps() writes floats as Python repr does',
    dumps: () => [0.1, 1e16, 1e-5, -0, 1.5e300, 5e-324, 123456789012345680000, 2.5, 1e22, 0.0001],
    py: '[0.1, 1e16, 1e-5, -0.0, 1.5e300, 5e-324, 123456789012345680000.0, 2.5, 1e22, 0.0001]',
    expect: '[0.1, 1e+16, 1e-05, -0.0, 1.5e+300, 5e-324, 1.2345678901234568e+20, 2.5, 1e+22, 0.0001]',
  },
  {
    name: 'dumps() writes safe integers as ints and 2**53 as a float',
    dumps: () => [9007199254740991, -9007199254740991, 9007199254740992, 0],
    py: '[9007199254740991, -9007199254740991, 9007199254740992.0, 0]',
    expect: '[9007199254740991, -9007199254740991, 9007199254740992.0, 0]',
  },
  {
    name: 'dumps() writes bigint exactly, far beyond 2**53',
    tricky: true,
    dumps: () => [2n ** 64n, -(2n ** 100n), 12345678901234567890n],
    py: '[2**64, -(2**100), 12345678901234567890]',
    expect: '[18446744073709551616, -1267650600228229401496703205376, 12345678901234567890]',
  },
  {
    name: 'dumps() writes float(x) as a Python float',
    dumps: (L) => [L.float(1), L.float(2n ** 60n), L.float('1e400'), L.float(-0)],
    py: '[1.0, float(2**60), float("1e400"), -0.0]',
    expect: '[1.0, 1.152921504606847e+18, Infinity, -0.0]',
  },
  {
    name: 'dumps() writes NaN and the infinities as Python does',
    tricky: true,
    dumps: () => [NaN, Infinity, -Infinity],
    py: "[float('nan'), float('inf'), float('-inf')]",
    expect: '[NaN, Infinity, -Infinity]',
  },
  {
    name: 'dumps() with allowNan false rejects NaN with ValueError',
    tricky: true,
    dumps: () => ({ x: [NaN] }),
    py: "{'x': [float('nan')]}",
    opts: { allowNan: false },
    expect: {
      error: 'ValueError',
      message: 'Out of range float values are not JSON compliant: nan',
      notes: ['when serializing list item 0', "when serializing dict item 'x'"],
    },
  },
  {
    name: 'dumps() rejects an int of more than 4300 digits with ValueError',
    dumps: () => 10n ** 4300n,
    py: '10**4300',
    expect: {
      error: 'ValueError',
      message: 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    },
  },
  // ---------------------------------------------------------------- dumps: strings
  {
    name: 'dumps() escapes non-ASCII and astral characters by default',
    tricky: true,
    dumps: () => ['é', '😀', '\u2028\u2029', 'a\u0000\u001f\u007f"\\\b\f\n\r\t/'],
    py: "['\\u00e9', '\\U0001F600', '\\u2028\\u2029', 'a\\x00\\x1f\\x7f\"\\\\\\b\\f\\n\\r\\t/']",
    expect: '["\\u00e9", "\\ud83d\\ude00", "\\u2028\\u2029", "a\\u0000\\u001f\\u007f\\"\\\\\\b\\f\\n\\r\\t/"]',
  },
  {
    name: 'dumps() with ensureAscii false keeps non-ASCII and astral characters',
    tricky: true,
    dumps: () => ['é', '😀', '\u2028', 'a\u0000\u007f\n'],
    py: "['\\u00e9', '\\U0001F600', '\\u2028', 'a\\x00\\x7f\\n']",
    opts: { ensureAscii: false },
    expect: '["é", "😀", "\u2028", "a\\u0000\u007f\\n"]',
  },
  {
    name: 'dumps() escapes lone surrogates',
    tricky: true,
    dumps: () => ['\ud800', 'x\udfffy', '\udc00\ud800'],
    py: "['\\ud800', 'x\\udfffy', '\\udc00\\ud800']",
    expect: '["\\ud800", "x\\udfffy", "\\udc00\\ud800"]',
  },
  {
    name: 'dumps() with ensureAscii false writes lone surrogates as they are',
    tricky: true,
    dumps: () => ['\ud800', 'x\udfff'],
    py: "['\\ud800', 'x\\udfff']",
    opts: { ensureAscii: false },
    expect: '["\ud800", "x\udfff"]',
  },
  // ---------------------------------------------------------------- dumps: layout and keys
  {
    name: 'dumps() with indent 2 uses newlines and ", "-less item separators',
    dumps: () => ({ a: [1, { b: [] }, {}], c: 'd' }),
    py: "{'a': [1, {'b': []}, {}], 'c': 'd'}",
    opts: { indent: 2 },
    expect: '{\n  "a": [\n    1,\n    {\n      "b": []\n    },\n    {}\n  ],\n  "c": "d"\n}',
  },
  {
    name: 'dumps() with a string indent and indent 0',
    run: (L) => `${L.dumps([1, [2]], { indent: '\t' })}|${L.dumps({ a: 1 }, { indent: 0 })}`,
    py: "json.dumps([1, [2]], indent='\\t') + '|' + json.dumps({'a': 1}, indent=0)",
    expect: '[\n\t1,\n\t[\n\t\t2\n\t]\n]|{\n"a": 1\n}',
  },
  {
    name: 'dumps() with compact separators',
    dumps: () => ({ a: [1, 2], b: { c: null } }),
    py: "{'a': [1, 2], 'b': {'c': None}}",
    opts: { separators: [',', ':'] },
    expect: '{"a":[1,2],"b":{"c":null}}',
  },
  {
    name: 'dumps() with sortKeys orders keys by code point, not UTF-16 unit',
    tricky: true,
    dumps: () => ({ '😀': 1, '\uffff': 2, b: 3, B: 4, a: 5, '': 6 }),
    py: "{'\\U0001F600': 1, '\\uffff': 2, 'b': 3, 'B': 4, 'a': 5, '': 6}",
    opts: { sortKeys: true, ensureAscii: false },
    expect: '{"": 6, "B": 4, "a": 5, "b": 3, "\uffff": 2, "😀": 1}',
  },
  {
    name: 'dumps() writes Map keys of any Python key type as CPython does',
    dumps: (L) => new Map([[1, 'a'], [1.5, 'b'], [false, 'c'], [null, 'd'], [2n ** 64n, 'e'], [L.float(2), 'f'], [NaN, 'g']]),
    py: "{1: 'a', 1.5: 'b', False: 'c', None: 'd', 2**64: 'e', 2.0: 'f', float('nan'): 'g'}",
    expect: '{"1": "a", "1.5": "b", "false": "c", "null": "d", "18446744073709551616": "e", "2.0": "f", "NaN": "g"}',
  },
  {
    name: 'dumps() with sortKeys rejects keys Python cannot compare',
    dumps: () => new Map([['a', 1], [2, 2]]),
    py: "{'a': 1, 2: 2}",
    opts: { sortKeys: true },
    expect: { error: 'TypeError', message: "'<' not supported between instances of 'int' and 'str'" },
  },
  {
    name: 'dumps() rejects a key of a non-key type, and skipkeys drops it',
    run: (L) => {
      let first;
      try { L.dumps(new Map([[new Date(0), 'x']])); first = 'no error'; } catch (e) { first = `${e.name}: ${e.message}`; }
      return `${first}|${L.dumps(new Map([['a', 1], [new Date(0), 'x'], ['b', 2]]), { skipkeys: true })}`;
    },
    py: "(lambda D: _err(lambda: json.dumps({D(): 'x'})) + '|' + json.dumps({'a': 1, D(): 'x', 'b': 2}, skipkeys=True))(type('Date', (), {}))",
    expect: 'TypeError: keys must be str, int, float, bool or None, not Date|{"a": 1, "b": 2}',
  },
  {
    name: 'dumps() leaves out undefined properties and keeps __proto__ as an ordinary key',
    dumps: () => ({ a: undefined, ['__proto__']: 1, b: [true] }),
    py: "{'__proto__': 1, 'b': [True]}",
    expect: '{"__proto__": 1, "b": [true]}',
  },
  // ---------------------------------------------------------------- dumps: errors and hooks
  {
    name: 'dumps() rejects an unserializable value with TypeError and notes',
    dumps: () => [1, { a: new Date(0) }],
    py: "[1, {'a': type('Date', (), {})()}]",
    expect: {
      error: 'TypeError',
      message: 'Object of type Date is not JSON serializable',
      notes: ["when serializing dict item 'a'", 'when serializing list item 1'],
    },
  },
  {
    name: 'dumps() detects a circular list with ValueError',
    dumps: () => { const a = [1]; a.push(a); return a; },
    py: '(lambda a: (a.append(a), a)[1])([1])',
    expect: { error: 'ValueError', message: 'Circular reference detected', notes: ['when serializing list item 1'] },
  },
  {
    name: 'dumps() notes write repr() of keys, escaping exactly the code points CPython 3.14 (Unicode 16) calls non-printable (one CRC-32 per plane)',
    tricky: true,
    run: reprOfEveryCodePoint,
    py: REPR_OF_EVERY_CODE_POINT_PY,
    expect: '831f10a3 4e1dcc36 8560b753 a877f552 18ec32c8 a4c0a5d0 bbc41ab9 07e88da1 64fecf6c d8d25874 44aee200 5baa5d69 e786ca71 65a323bb 00b6cd8b c68b0bca 69bd46f9',
  },
  {
    name: 'dumps() calls default for values it cannot serialize',
    dumps: () => [new Set([1]), 2],
    py: '[{1}, 2]',
    opts: { default: (o) => [...o] },
    pyKw: 'default=lambda o: sorted(o)',
    expect: '[[1], 2]',
  },
  {
    name: 'JSONEncoder encodes and iterencode yields CPython\'s chunks',
    run: (L) => {
      const enc = new L.JSONEncoder({ sortKeys: true });
      return `${enc.encode({ b: 1, a: [2] })}|${[...enc.iterencode({ b: 1, a: [2] })].join('/')}`;
    },
    py: "(lambda e: e.encode({'b': 1, 'a': [2]}) + '|' + '/'.join(e.iterencode({'b': 1, 'a': [2]})))(json.JSONEncoder(sort_keys=True))",
    expect: '{"a": [2], "b": 1}|{/"a"/: /[2/]/, /"b"/: /1/}',
  },
  {
    name: 'dump() writes the chunks CPython\'s json.dump writes',
    run: (L) => {
      const chunks = [];
      L.dump({ a: [1, 'x'], b: null }, { write: (c) => chunks.push(c) }, { indent: 1 });
      return chunks.join('/');
    },
    py: "(lambda w: (json.dump({'a': [1, 'x'], 'b': None}, w, indent=1), '/'.join(w.chunks))[1])(_Writer())",
    expect: '{/\n /"a"/: /[\n  1/,\n  "x"/\n /]/,\n /"b"/: /null/\n/}',
  },
  // ---------------------------------------------------------------- loads: values
  {
    name: 'loads() gives bigint for integers beyond 2**53 and NaN for NaN',
    tricky: true,
    loads: '{"id": 12345678901234567890, "n": -9007199254740993, "s": 9007199254740991, "x": NaN}',
    expect: '{"id": 12345678901234567890, "n": -9007199254740993, "s": 9007199254740991, "x": nan}',
  },
  {
    name: 'loads() reads floats, infinities and -0 as CPython does',
    loads: '[1.5, -0.0, -0, 1e400, -1e400, Infinity, -Infinity, 0.1, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1E2]',
    expect: '[1.5, -0.0, 0, inf, -inf, inf, -inf, 0.1, 5e-324, 1.7976931348623157e+308, 2.2250738585072014e-308, 100]',
  },
  {
    name: 'loads() with lossless gives Map and float() for integral floats',
    loads: '{"b": 1.0, "a": 1E2, "c": [2, 2.0, 9007199254740993, 1e300], "b": -0.0}',
    opts: { lossless: true },
    expect: '{"b": -0.0, "a": 100.0, "c": [2, 2.0, 9007199254740993, 1e+300]}',
  },
  {
    name: 'dumps(loads(s, lossless)) equals CPython\'s dumps(loads(s))',
    run: (L) => L.dumps(L.loads('{"b": 1.0, "a": 1E2, "1": [5e-324, 12345678901234567890]}', { lossless: true }), { sortKeys: true }),
    py: 'json.dumps(json.loads(\'{"b": 1.0, "a": 1E2, "1": [5e-324, 12345678901234567890]}\'), sort_keys=True)',
    expect: '{"1": [5e-324, 12345678901234567890], "a": 100.0, "b": 1.0}',
  },
  {
    name: 'loads() decodes escapes to astral characters and lone surrogates',
    tricky: true,
    loads: '["\\ud83d\\ude00", "\\ud800", "\\udc00\\ud800", "x\\udfff", "\\u00e9\\n\\"\\\\\\/\\b\\f\\r\\t"]',
    expect: '["\\ud83d\\ude00", "\\ud800", "\\udc00\\ud800", "x\\udfff", "\\u00e9\\u000a\\u0022\\u005c/\\u0008\\u000c\\u000d\\u0009"]',
  },
  {
    name: 'loads() keeps raw astral characters and lone surrogates in the text',
    tricky: true,
    loads: '["😀", "\ud800", "a\udfffb"]',
    expect: '["\\ud83d\\ude00", "\\ud800", "a\\udfffb"]',
  },
  {
    name: 'loads() keeps the last duplicate key and __proto__ as an ordinary key',
    run: (L) => {
      const v = L.loads('{"a": 1, "__proto__": {"x": 1}, "a": 2}');
      const clean = Object.getPrototypeOf(v) === Object.prototype && ({}).x === undefined;
      return `${tag(v, L)}|${clean ? 'untouched' : 'POLLUTED'}`;
    },
    py: '_tag(json.loads(\'{"a": 1, "__proto__": {"x": 1}, "a": 2}\'), False) + \'|untouched\'',
    expect: '{"a": 2, "__proto__": {"x": 1}}|untouched',
  },
  {
    name: 'loads() with strict false allows raw control characters',
    loads: '["a\tb\nc\u0000"]',
    opts: { strict: false },
    expect: '["a\\u0009b\\u000ac\\u0000"]',
  },
  {
    name: 'loads() hooks: objectPairsHook, parseFloat, parseInt, parseConstant',
    run: (L) => tag([
      L.loads('{"b": 1, "a": {"c": 2}}', { objectPairsHook: (pairs) => pairs.map(([k]) => k) }),
      L.loads('[1.5, 2, NaN]', { parseFloat: (s) => `F${s}`, parseInt: (s) => `I${s}`, parseConstant: (s) => `C${s}` }),
      L.loads('{"a": {"b": 1}}', { objectHook: (o) => Object.keys(o).length }),
    ], L),
    py: "_tag([json.loads('{\"b\": 1, \"a\": {\"c\": 2}}', object_pairs_hook=lambda p: [k for k, _ in p]),"
      + " json.loads('[1.5, 2, NaN]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s),"
      + " json.loads('{\"a\": {\"b\": 1}}', object_hook=len)], False)",
    expect: '[["b", "a"], ["F1.5", "I2", "CNaN"], 1]',
  },
  {
    name: 'JSONDecoder.rawDecode returns the value and the end index',
    // ASCII text only: rawDecode's indexes are UTF-16 units (README, "Differences from Python")
    run: (L) => tag(new L.JSONDecoder().rawDecode('xx [1, "\\ud83d\\ude00"] tail', 3), L),
    py: "_tag(json.JSONDecoder().raw_decode('xx [1, \"\\\\ud83d\\\\ude00\"] tail', 3), False)",
    expect: '[[1, "\\ud83d\\ude00"], 22]',
  },
  // ---------------------------------------------------------------- loads: errors
  {
    name: 'loads() rejects a trailing comma in an array',
    loads: '[1, 2,]',
    expect: { error: 'JSONDecodeError', message: 'Illegal trailing comma before end of array: line 1 column 6 (char 5)', pos: 5 },
  },
  {
    name: 'loads() rejects a trailing comma in an object',
    loads: '{"a": 1,}',
    expect: { error: 'JSONDecodeError', message: 'Illegal trailing comma before end of object: line 1 column 8 (char 7)', pos: 7 },
  },
  {
    name: 'loads() rejects empty input',
    loads: '',
    expect: { error: 'JSONDecodeError', message: 'Expecting value: line 1 column 1 (char 0)', pos: 0 },
  },
  {
    name: 'loads() rejects a missing colon',
    loads: '{"a" 1}',
    expect: { error: 'JSONDecodeError', message: "Expecting ':' delimiter: line 1 column 6 (char 5)", pos: 5 },
  },
  {
    name: 'loads() rejects single-quoted property names',
    loads: "{'a': 1}",
    expect: { error: 'JSONDecodeError', message: 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)', pos: 1 },
  },
  {
    name: 'loads() rejects extra data after the document',
    loads: '[1]\n x',
    expect: { error: 'JSONDecodeError', message: 'Extra data: line 2 column 2 (char 5)', pos: 5 },
  },
  {
    name: 'loads() rejects an unterminated string',
    loads: '["abc',
    expect: { error: 'JSONDecodeError', message: 'Unterminated string starting at: line 1 column 2 (char 1)', pos: 1 },
  },
  {
    name: 'loads() rejects an invalid escape',
    loads: '"a\\x"',
    expect: { error: 'JSONDecodeError', message: 'Invalid \\escape: line 1 column 3 (char 2)', pos: 2 },
  },
  {
    name: 'loads() rejects a short \\u escape',
    loads: '"\\u12"',
    expect: { error: 'JSONDecodeError', message: 'Invalid \\uXXXX escape: line 1 column 3 (char 2)', pos: 2 },
  },
  {
    name: 'loads() rejects a raw control character in a string',
    loads: '["a\nb"]',
    expect: { error: 'JSONDecodeError', message: 'Invalid control character at: line 1 column 4 (char 3)', pos: 3 },
  },
  {
    name: 'loads() counts positions in code points after an astral character',
    tricky: true,
    loads: '["😀", nul]',
    expect: { error: 'JSONDecodeError', message: 'Expecting value: line 1 column 7 (char 6)', pos: 6 },
  },
  {
    name: 'loads() counts lines and columns across newlines',
    loads: '[\n  1,\n  2,\n]',
    expect: { error: 'JSONDecodeError', message: 'Illegal trailing comma before end of array: line 3 column 4 (char 10)', pos: 10 },
  },
  {
    name: 'loads() rejects a BOM at the start of a string',
    loads: '\ufeff[1]',
    expect: { error: 'JSONDecodeError', message: 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)', pos: 0 },
  },
  {
    name: 'loads() rejects an integer of more than 4300 digits with ValueError',
    loads: `[${'9'.repeat(4301)}]`,
    expect: {
      error: 'ValueError',
      message: 'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit',
    },
  },
  {
    name: 'loads() rejects a value that is not text or bytes with TypeError',
    run: (L) => { try { L.loads(123); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } },
    py: '_err(lambda: json.loads(123))',
    expect: 'TypeError: the JSON object must be str, bytes or bytearray, not int',
  },
  // ---------------------------------------------------------------- loads: bytes
  {
    name: 'loads() decodes UTF-8 bytes',
    loads: bytes('5b22c3a9f09f9880222c2031325d'),
    expect: '["\\u00e9\\ud83d\\ude00", 12]',
  },
  {
    name: 'loads() decodes UTF-8 bytes with a BOM',
    loads: bytes(`efbbbf${ascii('{"a": [1]}')}`),
    expect: '{"a": [1]}',
  },
  {
    name: 'loads() decodes UTF-16 LE bytes with a BOM and UTF-16 BE without one',
    run: (L) => {
      const h = (hex) => new Uint8Array(hex.match(/../g).map((b) => parseInt(b, 16)));
      return `${tag(L.loads(h(`fffe${utf16le('["é😀"]')}`)), L)}|${tag(L.loads(h(utf16be('[1, "é"]'))), L)}`;
    },
    py: `_tag(json.loads(bytes.fromhex('fffe${utf16le('["é😀"]')}')), False) + '|' + _tag(json.loads(bytes.fromhex('${utf16be('[1, "é"]')}')), False)`,
    expect: '["\\u00e9\\ud83d\\ude00"]|[1, "\\u00e9"]',
  },
  {
    name: 'loads() decodes UTF-32 LE bytes',
    loads: bytes(utf32le('["😀", 1]')),
    expect: '["\\ud83d\\ude00", 1]',
  },
  {
    name: 'loads() accepts an ArrayBuffer',
    loads: { arrayBuffer: ascii('[true, null]') },
    expect: '[True, None]',
  },
  {
    name: 'loads() passes surrogates encoded in UTF-8 bytes (surrogatepass)',
    tricky: true,
    loads: bytes(`22${'eda080'}22`),
    expect: '"\\ud800"',
  },
  {
    name: 'loads() rejects invalid UTF-8 with UnicodeDecodeError',
    loads: bytes('5b22ff225d'),
    expect: { error: 'UnicodeDecodeError', message: "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte" },
  },
  {
    name: 'loads() reports positions in code points for bytes input',
    loads: bytes('5b22c3a9222c5d'),
    expect: { error: 'JSONDecodeError', message: 'Illegal trailing comma before end of array: line 1 column 5 (char 4)', pos: 4 },
  },
  // ---------------------------------------------------------------- pyjson only: depth
  {
    name: `loads() and dumps() handle ${DEEP} levels of nesting without a stack overflow`,
    pyjsonOnly: 'README: any nesting depth that fits in memory loads and dumps (CPython raises RecursionError)',
    run: (L) => {
      const text = '['.repeat(DEEP) + ']'.repeat(DEEP);
      const v = L.loads(text);
      const back = L.dumps(v);
      return `${back === text}|${L.dumps(L.loads(`${'{"a": '.repeat(DEEP)}1${'}'.repeat(DEEP)}`)).length}`;
    },
    expect: `true|${DEEP * 7 + 1}`,
  },
];
