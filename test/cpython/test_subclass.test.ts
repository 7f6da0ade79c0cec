/**
 * The extension contract of CPython 3.14's `json` (Lib/json/encoder.py, decoder.py, __init__.py),
 * case by case, each expected value asked of CPython itself (pyodide, test/support/oracle.ts):
 *
 * - what a subclass (or an instance) can override: `default`, `encode` (used by `dumps`),
 *   `iterencode` (used by `encode` for anything but a string, with `_one_shot=True`, and by
 *   `dump`), `decode` (used by `loads`), `raw_decode` (used by `decode`, after leading whitespace,
 *   with the extra-data check after it);
 * - when attributes are read: the encoder's at each `encode`/`iterencode` call (a generator's at
 *   the call, not at its first chunk), the decoder's once, when it is constructed (CPython builds
 *   its scanner in `__init__`);
 * - CPython's chunks: an empty dict (here: an object whose properties are all undefined) is one
 *   chunk `'{}'`, a dict whose keys are all skipped two.
 *
 * Each case is written twice, in Python and in JS, under the same label; the outcome (value or
 * error class, message and notes) must be the same. The last tests count the reads of every
 * property (Proxy traps): the serializer reads each once.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { dump, dumps, float, JSONDecoder, JSONEncoder, loads, type DumpsOptions } from '../../src/index.js';
import { getOracle, jsError } from '../support/oracle.js';
import { StringIO } from './support.js';

type Outcome = ['ok', unknown] | ['err', string, string, string[]];

/** The outcome of `fn` in the shape the Python side reports. */
function outcome(fn: () => unknown): Outcome {
  try {
    return ['ok', fn()];
  } catch (e) {
    return ['err', ...jsError(e)];
  }
}

/** The text `dump` writes to a StringIO, chunk by chunk: the Python side's `dumped(o, **kw)`. */
function dumped(o: unknown, options?: DumpsOptions): string {
  const io = new StringIO();
  dump(o, io, options);
  return io.getvalue();
}

const PY_PRELUDE = `
import json, io
from json import JSONEncoder, JSONDecoder
_results = {}
def case(label, fn):
    try:
        _results[label] = ['ok', fn()]
    except Exception as e:
        _results[label] = ['err', type(e).__name__, str(e), list(getattr(e, '__notes__', []))]
def dumped(o, **kw):
    s = io.StringIO()
    json.dump(o, s, **kw)
    return s.getvalue()
`;

let python: Record<string, Outcome>;

/** Runs the Python side of every case once. */
async function pythonOutcomes(): Promise<Record<string, Outcome>> {
  const oracle = await getOracle();
  return JSON.parse(oracle.pyRun(PY_PRELUDE + PY_CASES + '\njson.dumps(_results)') as string) as Record<string, Outcome>;
}

const js: Record<string, () => unknown> = {};
const PY_CASES_PARTS: string[] = [];
/** Registers one case: its Python code (calls `case(label, ...)`) and its JS function. */
function both(label: string, pyCode: string, fn: () => unknown): void {
  PY_CASES_PARTS.push(pyCode.replaceAll('LABEL', JSON.stringify(label)));
  js[label] = fn;
}

// JS classes named as Python's `object` and `set`, whose type names the messages show.
const { object: PyObject, set: PySet } = { object: class {}, set: class {} };

// ---------------------------------------------------------------------------------------------
// Overridable methods of the encoder

class X extends JSONEncoder {
  override *iterencode(): Generator<string, void, undefined> {
    yield 'X';
  }
}
const PY_X = `
class X(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield 'X'
`;
both('iterencode override: encode', PY_X + 'case(LABEL, lambda: X().encode([1]))', () => new X().encode([1]));
both('iterencode override: encode of a string', PY_X + 'case(LABEL, lambda: X().encode("a"))', () => new X().encode('a'));
both('iterencode override: dumps', PY_X + 'case(LABEL, lambda: json.dumps({"a": 1}, cls=X))', () => dumps({ a: 1 }, { cls: X }));
both('iterencode override: dump', PY_X + 'case(LABEL, lambda: dumped([1], cls=X))', () => dumped([1], { cls: X }));

/** Shows the one-shot flag CPython's encode passes (dump passes none). */
class Flag extends JSONEncoder {
  override iterencode(o: unknown, oneShot = false): Generator<string, void, undefined> {
    return ['a', 'b', oneShot ? 'True' : 'False'].values() as unknown as Generator<string, void, undefined>;
  }
}
const PY_FLAG = `
class Flag(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return iter(['a', 'b', str(_one_shot)])
`;
both('iterencode override: the one-shot flag of dumps', PY_FLAG + 'case(LABEL, lambda: json.dumps([1], cls=Flag))', () => dumps([1], { cls: Flag }));
both('iterencode override: the one-shot flag of dump', PY_FLAG + 'case(LABEL, lambda: dumped([1], cls=Flag))', () => dumped([1], { cls: Flag }));

/** The common recipe: round every float before encoding, through super().iterencode. */
class Rounding extends JSONEncoder {
  override iterencode(o: unknown, oneShot = false): Generator<string, void, undefined> {
    const round = (v: unknown): unknown =>
      typeof v === 'number' && !Number.isInteger(v)
        ? Math.round(v * 100) / 100
        : Array.isArray(v)
          ? v.map(round)
          : v !== null && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]))
            : v;
    return super.iterencode(round(o), oneShot);
  }
}
const PY_ROUNDING = `
class Rounding(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        def r(v):
            if isinstance(v, float): return round(v, 2)
            if isinstance(v, list): return [r(x) for x in v]
            if isinstance(v, dict): return {k: r(x) for k, x in v.items()}
            return v
        return super().iterencode(r(o), _one_shot)
`;
const ROUNDING_VALUE = { a: 3.14159, b: [2.71828, 1, 'x'], c: { d: 0.126 } };
const PY_ROUNDING_VALUE = "{'a': 3.14159, 'b': [2.71828, 1, 'x'], 'c': {'d': 0.126}}";
both('iterencode recipe: dumps rounds', PY_ROUNDING + `case(LABEL, lambda: json.dumps(${PY_ROUNDING_VALUE}, cls=Rounding))`, () =>
  dumps(ROUNDING_VALUE, { cls: Rounding }),
);
both('iterencode recipe: dump rounds, chunk by chunk', PY_ROUNDING + `case(LABEL, lambda: dumped(${PY_ROUNDING_VALUE}, cls=Rounding, indent=1))`, () =>
  dumped(ROUNDING_VALUE, { cls: Rounding, indent: 1 }),
);

class NotStr extends JSONEncoder {
  override iterencode(): Generator<string, void, undefined> {
    return [1, 'a'].values() as unknown as Generator<string, void, undefined>;
  }
}
both(
  'iterencode override: a chunk that is not a str',
  `
class NotStr(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return [1, 'a']
case(LABEL, lambda: NotStr().encode([1]))`,
  () => new NotStr().encode([1]),
);

class Enc extends JSONEncoder {
  override encode(): string {
    return 'ENC';
  }
}
const PY_ENC = `
class Enc(JSONEncoder):
    def encode(self, o):
        return 'ENC'
`;
both('encode override: dumps', PY_ENC + 'case(LABEL, lambda: json.dumps([1], cls=Enc))', () => dumps([1], { cls: Enc }));
both('encode override: dump (uses iterencode)', PY_ENC + 'case(LABEL, lambda: dumped([1], cls=Enc))', () => dumped([1], { cls: Enc }));

class Def extends JSONEncoder {
  override default(o: unknown): unknown {
    return o instanceof Set ? [...o].sort() : super.default(o);
  }
}
const PY_DEF = `
class Def(JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
`;
both('default override: dumps', PY_DEF + 'case(LABEL, lambda: json.dumps({"s": {2, 1}}, cls=Def))', () => dumps({ s: new Set([2, 1]) }, { cls: Def }));
both('default override: dump', PY_DEF + 'case(LABEL, lambda: dumped([{2, 1}], cls=Def))', () => dumped([new Set([2, 1])], { cls: Def }));
both('default override: super().default raises', PY_DEF + 'case(LABEL, lambda: json.dumps([1, [object()]], cls=Def))', () => {
  return dumps([1, [new PyObject()]], { cls: Def });
});

// ---------------------------------------------------------------------------------------------
// Encoder attributes, read at each call

/** CPython's item_separator and key_separator are class attributes a subclass may replace. */
class Compact extends JSONEncoder {
  override itemSeparator = ',';
  override keySeparator = ':';
}
both(
  'separators as class attributes',
  `
class Compact(JSONEncoder):
    item_separator = ','
    key_separator = ':'
case(LABEL, lambda: json.dumps({'a': [1, 2]}, cls=Compact))`,
  () => dumps({ a: [1, 2] }, { cls: Compact }),
);

/** Python `e = JSONEncoder(); <statements>; case(...)`, and the same in JS. */
function afterConstruction(label: string, pyStatements: string, pyCall: string, change: (e: JSONEncoder) => void, call: (e: JSONEncoder) => unknown): void {
  both(label, `e = JSONEncoder()\n${pyStatements}\ncase(LABEL, lambda e=e: ${pyCall})`, () => {
    const e = new JSONEncoder();
    change(e);
    return call(e);
  });
}
afterConstruction('sort_keys set after construction', 'e.sort_keys = True', 'e.encode({"b": 1, "a": 2})', (e) => (e.sortKeys = true), (e) => e.encode({ b: 1, a: 2 }));
afterConstruction(
  'separators set after construction',
  "e.item_separator = ';'\ne.key_separator = '='",
  'e.encode({"a": [1, 2]})',
  (e) => {
    e.itemSeparator = ';';
    e.keySeparator = '=';
  },
  (e) => e.encode({ a: [1, 2] }),
);
afterConstruction('indent set after construction', 'e.indent = 2', 'e.encode({"a": [1]})', (e) => (e.indent = 2), (e) => e.encode({ a: [1] }));
afterConstruction('ensure_ascii set after construction: a string', 'e.ensure_ascii = False', 'e.encode("é")', (e) => (e.ensureAscii = false), (e) => e.encode('é'));
afterConstruction('ensure_ascii set after construction: a list', 'e.ensure_ascii = False', 'e.encode(["é"])', (e) => (e.ensureAscii = false), (e) => e.encode(['é']));
afterConstruction('allow_nan set after construction', 'e.allow_nan = False', 'e.encode([float("nan")])', (e) => (e.allowNan = false), (e) => e.encode([NaN]));
afterConstruction('skipkeys set after construction', 'e.skipkeys = True', 'e.encode({(1,): 1, "a": 2})', (e) => (e.skipkeys = true), (e) =>
  e.encode(new Map<unknown, number>([[[1], 1], ['a', 2]])),
);
afterConstruction('default set on the instance', 'e.default = lambda o: "D"', 'e.encode([{1}])', (e) => (e.default = () => 'D'), (e) => e.encode([new Set([1])]));
afterConstruction(
  'iterencode reads sort_keys at the call, not at the first chunk',
  "it = e.iterencode({'b': 1, 'a': 2})\ne.sort_keys = True",
  'list(it)',
  () => {},
  (e) => {
    const it = e.iterencode({ b: 1, a: 2 });
    e.sortKeys = true;
    return [...it];
  },
);
afterConstruction(
  'iterencode reads default at the call',
  'it = e.iterencode([{1}])\ne.default = lambda o: "D"',
  'list(it)',
  () => {},
  (e) => {
    const it = e.iterencode([new PySet()]);
    e.default = () => 'D';
    return [...it];
  },
);
afterConstruction(
  'iterencode checks indent at the call',
  'e.indent = 1.5',
  '(e.iterencode([1]), "no error before the first chunk")[1]',
  (e) => (e.indent = 1.5),
  (e) => (e.iterencode([1]), 'no error before the first chunk'),
);
const PY_BAD_SEPARATORS = 'e = JSONEncoder(separators=(",", 1))\n';
both('a bad separator: encode of a string does not read it', PY_BAD_SEPARATORS + 'case(LABEL, lambda: e.encode("a"))', () =>
  new JSONEncoder({ separators: [',', 1 as unknown as string] }).encode('a'),
);
both('a bad separator: encode of a list', PY_BAD_SEPARATORS + 'case(LABEL, lambda: e.encode([1, 2]))', () =>
  new JSONEncoder({ separators: [',', 1 as unknown as string] }).encode([1, 2]),
);
both('a bad indent is reported before a bad separator', 'e = JSONEncoder(indent=1.5, separators=(1, 1))\ncase(LABEL, lambda: e.encode([1]))', () =>
  new JSONEncoder({ indent: 1.5, separators: [1, 1] as unknown as string[] }).encode([1]),
);

// ---------------------------------------------------------------------------------------------
// CPython's chunks

both('chunks: an empty dict is one chunk', 'case(LABEL, lambda: list(JSONEncoder().iterencode([{}, {"a": 1}])))', () => [
  ...new JSONEncoder().iterencode([{ x: undefined }, { a: 1, b: undefined }]),
]);
both('chunks: an empty dict, indented', 'case(LABEL, lambda: list(JSONEncoder(indent=2).iterencode({"a": {}})))', () => [
  ...new JSONEncoder({ indent: 2 }).iterencode({ a: { x: undefined, y: undefined } }),
]);
both('chunks: a dict whose keys are all skipped', 'case(LABEL, lambda: list(JSONEncoder(skipkeys=True).iterencode({(1,): 1})))', () => [
  ...new JSONEncoder({ skipkeys: true }).iterencode(new Map([[[1], 1]])),
]);
both('dumps: an object of undefined values', 'case(LABEL, lambda: json.dumps([{}, {"b": 2}], indent=1))', () =>
  dumps([{ a: undefined }, { a: undefined, b: 2 }], { indent: 1 }),
);

// Cycles, where dumps reads a snapshot (copies of the arrays and plain objects) first: they are
// found among the originals, with CPython's notes, however the cycle mixes copies and originals.
both('a cycle: an object in itself', 'o = {}\no["self"] = o\ncase(LABEL, lambda: json.dumps(o))', () => {
  const o: Record<string, unknown> = {};
  o.self = o;
  return dumps(o);
});
both('a cycle: through a Map', 'o = {"a": 1}\no["m"] = {"k": [o]}\ncase(LABEL, lambda: json.dumps([o]))', () => {
  const o: Record<string, unknown> = { a: 1 };
  o.m = new Map([['k', [o]]]);
  return dumps([o]);
});
both('a cycle: after a bigint', 'a = [1 << 70, {}]\na[1]["a"] = a\ncase(LABEL, lambda: json.dumps(a, sort_keys=True, indent=1))', () => {
  const a: unknown[] = [1n << 70n, {}];
  (a[1] as Record<string, unknown>).a = a;
  return dumps(a, { sortKeys: true, indent: 1 });
});
both('a cycle: 450 levels deep (past the snapshot depth)', 'a = []\nb = a\nfor _ in range(450):\n    b.append([]); b = b[0]\nb.append(a)\ncase(LABEL, lambda: json.dumps(a))', () => {
  const a: unknown[] = [];
  let b = a;
  for (let i = 0; i < 450; i++) b.push((b = []));
  b.push(a);
  return dumps(a);
});
both('no cycle: 450 levels deep (past the snapshot depth)', 'a = []\nb = a\nfor _ in range(450):\n    n = [1.5, {"k": "v"}]; b.append(n); b = n\ncase(LABEL, lambda: json.dumps(a))', () => {
  const a: unknown[] = [];
  let b = a;
  for (let i = 0; i < 450; i++) b.push((b = [1.5, { k: 'v' }]));
  return dumps(a);
});

// ---------------------------------------------------------------------------------------------
// Overridable methods of the decoder

class Tail extends JSONDecoder {
  override rawDecode(s: string, idx = 0): [any, number] {
    return [['R', s.slice(idx)], idx + 1];
  }
}
const PY_TAIL = `
class Tail(JSONDecoder):
    def raw_decode(self, s, idx=0):
        return ('R', s[idx:]), idx + 1
`;
both('raw_decode override: loads', PY_TAIL + 'case(LABEL, lambda: list(json.loads("  x  ", cls=Tail)))', () => loads('  x  ', { cls: Tail }));
both('raw_decode override: decode checks what follows its end', PY_TAIL + 'case(LABEL, lambda: Tail().decode("  [1]"))', () => new Tail().decode('  [1]'));
both('raw_decode override: bytes', PY_TAIL + 'case(LABEL, lambda: list(json.loads(b" 7", cls=Tail)))', () => loads(new TextEncoder().encode(' 7'), { cls: Tail }));

class Wrap extends JSONDecoder {
  override rawDecode(s: string, idx = 0): [any, number] {
    const [obj, end] = super.rawDecode(s, idx);
    return [[obj, 'seen'], end];
  }
}
both(
  'raw_decode override through super()',
  `
class Wrap(JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return [obj, 'seen'], end
case(LABEL, lambda: json.loads(' {"a": [1, 2.5]} ', cls=Wrap))`,
  () => loads(' {"a": [1, 2.5]} ', { cls: Wrap }),
);
both(
  'raw_decode replaced on the instance',
  `
d = JSONDecoder()
d.raw_decode = lambda s, idx=0: ('inst', idx)
case(LABEL, lambda: d.decode('  [1]  '))`,
  () => {
    const d = new JSONDecoder();
    d.rawDecode = (_s: string, idx = 0) => ['inst', idx];
    return d.decode('  [1]  ');
  },
);

for (const [label, py, js] of [
  ['one item', '(7,)', [7]],
  ['three items', '[7, 1, 2]', [7, 1, 2]],
] as const) {
  both(
    `raw_decode returning ${label}: decode unpacks it as CPython does`,
    `
d = JSONDecoder()
d.raw_decode = lambda s, idx=0: ${py}
case(LABEL, lambda: d.decode('7'))`,
    () => {
      const d = new JSONDecoder();
      d.rawDecode = () => js as never;
      return d.decode('7');
    },
  );
}

class Dec extends JSONDecoder {
  override decode(s: string): any {
    return 'D:' + s;
  }
}
const PY_DEC = `
class Dec(JSONDecoder):
    def decode(self, s):
        return 'D:' + s
`;
both('decode override: loads', PY_DEC + 'case(LABEL, lambda: json.loads("[1]", cls=Dec))', () => loads('[1]', { cls: Dec }));
both('decode override: loads of bytes gets the text', PY_DEC + 'case(LABEL, lambda: json.loads(b"[1]", cls=Dec))', () =>
  loads(new TextEncoder().encode('[1]'), { cls: Dec }),
);

// ---------------------------------------------------------------------------------------------
// Decoder attributes, read once, by the constructor

both('strict set after construction changes nothing', 'd = JSONDecoder()\nd.strict = False\ncase(LABEL, lambda: d.decode(\'"\\x01"\'))', () => {
  const d = new JSONDecoder();
  d.strict = false;
  return d.decode('"\x01"');
});
both(
  'hooks set after construction change nothing',
  `
d = JSONDecoder()
d.parse_int = float
d.parse_float = str
d.parse_constant = str
d.object_hook = len
d.object_pairs_hook = list
case(LABEL, lambda: [d.decode('[1, 1.5, {"a": 1}]'), d.raw_decode('[2, 0.5] ')])`,
  () => {
    const d = new JSONDecoder();
    d.parseInt = (t) => float(t);
    d.parseFloat = String;
    d.parseConstant = String;
    d.objectHook = (o) => Object.keys(o).length;
    d.objectPairsHook = (p) => p;
    return [d.decode('[1, 1.5, {"a": 1}]'), d.rawDecode('[2, 0.5] ')];
  },
);
both(
  'a hook a subclass sets after super().__init__ changes nothing',
  `
class Late(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parse_int = str
case(LABEL, lambda: json.loads('[1, 2]', cls=Late))`,
  () => {
    class Late extends JSONDecoder {
      constructor(options = {}) {
        super(options);
        this.parseInt = String;
      }
    }
    return loads('[1, 2]', { cls: Late });
  },
);
both(
  'a hook a subclass passes to super().__init__ applies',
  `
class Early(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_int=str, **kw)
case(LABEL, lambda: json.loads('[1, 2]', cls=Early))`,
  () => {
    class Early extends JSONDecoder {
      constructor(options = {}) {
        super({ parseInt: String, ...options });
      }
    }
    return loads('[1, 2]', { cls: Early });
  },
);

const PY_CASES = PY_CASES_PARTS.join('\n');

describe('CPython 3.14 extension contract (subclasses, attributes, chunks)', () => {
  before(async () => {
    python = await pythonOutcomes();
  });

  for (const label of Object.keys(js)) {
    it(label, () => {
      assert.ok(label in python, `no Python outcome for ${label}`);
      assert.deepEqual(outcome(js[label]!), python[label]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Each property read once

/**
 * `value` with every plain object and array behind a Proxy that counts the reads (`get`) of each
 * of its own properties, by path; a Map's values are wrapped in turn.
 */
function counted(value: unknown, counts: Map<string, number>, path = '$'): unknown {
  if (value instanceof Map) return new Map([...value].map(([k, x]) => [k, counted(x, counts, `${path}<${String(k)}>`)]));
  if (value === null || typeof value !== 'object') return value;
  const target = (Array.isArray(value)
    ? value.map((x, i) => counted(x, counts, `${path}[${i}]`))
    : Object.fromEntries(Object.entries(value).map(([k, x]) => [k, counted(x, counts, `${path}.${k}`)]))) as Record<string, unknown>;
  for (const k of Object.keys(target)) counts.set(`${path}/${k}`, 0);
  return new Proxy(target, {
    get(t, k, receiver) {
      if (typeof k === 'string' && Object.hasOwn(t, k) && !(Array.isArray(t) && k === 'length')) {
        counts.set(`${path}/${k}`, counts.get(`${path}/${k}`)! + 1);
      }
      return Reflect.get(t, k, receiver);
    },
  });
}

/** Documents of values JSON.stringify can write, and of values it cannot (a bigint, a small float, -0). */
const READ_DOCS = [
  '{"a": [1, 2.5, "x", {"b": null, "c": [true, false]}], "d": {"e": "f:g,h"}, "é": [[], {}]}',
  '{"a": [1, {"b": 12345678901234567890}], "c": {"d": [1e-7, 2]}, "e": [3]}',
  '[{"z": 1, "y": [2, {"x": 3}]}, [4, [5, -0.0]], {"w": 6}]',
];
/**
 * Every path reads each property once: JSON.stringify's (through a snapshot), the serializer's in one
 * piece (the rest of a snapshot) and in chunks.
 */
const READ_OPTIONS: { label: string; py: string; opts?: DumpsOptions; chunked?: boolean; lossless?: boolean }[] = [
  { label: 'dumps', py: '' },
  { label: 'dumps, sortKeys, indent', py: 'sort_keys=True, indent=2', opts: { sortKeys: true, indent: 2 } },
  { label: 'dumps, compact, no ascii', py: 'separators=(",", ":"), ensure_ascii=False', opts: { separators: [',', ':'], ensureAscii: false } },
  { label: 'dumps of Maps (lossless)', py: '', lossless: true },
  { label: 'dumps, a default', py: 'default=str', opts: { default: String } },
  { label: 'dumps, a default, sortKeys, indent', py: 'default=str, sort_keys=True, indent=2', opts: { default: String, sortKeys: true, indent: 2 } },
  { label: 'dump (chunks)', py: '', chunked: true },
  { label: 'dump, sortKeys, indent', py: 'sort_keys=True, indent=1', opts: { sortKeys: true, indent: 1 }, chunked: true },
  { label: 'dump of Maps (lossless)', py: '', chunked: true, lossless: true },
  { label: 'dumps of Maps, a default, sortKeys', py: 'default=str, sort_keys=True', opts: { default: String, sortKeys: true }, lossless: true },
];

describe('dumps and dump read each property once, and the text is CPython\'s text of the values read', () => {
  let expected: string[][];
  before(async () => {
    const oracle = await getOracle();
    const calls = READ_DOCS.map((doc) => `[${READ_OPTIONS.map((o) => `json.dumps(json.loads(${JSON.stringify(doc)}), ${o.py})`).join(', ')}]`);
    expected = JSON.parse(oracle.pyRun(`import json\njson.dumps([${calls.join(', ')}])`) as string) as string[][];
  });

  READ_DOCS.forEach((doc, d) => {
    READ_OPTIONS.forEach((o, k) => {
      it(`${o.label}: ${doc}`, () => {
        const counts = new Map<string, number>();
        const value = counted(loads(doc, { lossless: o.lossless }), counts);
        const text = o.chunked ? dumped(value, o.opts) : dumps(value, o.opts);
        assert.equal(text, expected[d]![k]);
        const wrong = [...counts].filter(([, n]) => n !== 1);
        assert.deepEqual(wrong, [], 'properties read other than once');
      });
    });
  });

  it('a getter whose value changes at each read: the text of the first read', async () => {
    // Later reads would give a small float and -0, which CPython writes as 1e-07 and -0.0.
    const changing = (first: unknown, later: unknown) => {
      let reads = 0;
      return { get v() { return reads++ === 0 ? first : later; }, reads: () => reads };
    };
    const a = changing(1, 1e-7);
    const b = changing(0, -0);
    const value = { a: Object.defineProperty({}, 'v', { get: () => a.v, enumerable: true }), b: [Object.defineProperty({}, 'w', { get: () => b.v, enumerable: true })] };
    const oracle = await getOracle();
    assert.equal(dumps(value), oracle.pyRun('import json\njson.dumps({"a": {"v": 1}, "b": [{"w": 0}]})'));
    assert.deepEqual([a.reads(), b.reads()], [1, 1]);
  });

});
