/**
 * CPython 3.14 as a test oracle: one process-wide pyodide instance, batch `json.dumps` /
 * `json.loads` calls, and a small tagged value format in which values cross the JS <-> Python
 * bridge without loss (ints as decimal text, floats as their repr, strings as hex of their
 * UTF-16 code units so that lone surrogates survive).
 *
 * Pitfalls this module works around: strings cross the bridge as UTF-8, so lone surrogates would
 * be altered (hence hex of UTF-16 code units); nesting deeper than about 400 levels kills
 * pyodide's WebAssembly stack for good (not a RecursionError), so deep inputs are tested on the JS
 * side alone; Python exceptions are caught in Python and returned as [type, message, notes], not
 * as JS exceptions carrying pyodide's traceback. `json.tool.main()` runs in-process with
 * `sys.argv`, `sys.stdin`/`stdout`/`stderr` and `os.environ` replaced (test/differential/tool.test.ts).
 * @module
 */
import { loadPyodide } from 'pyodide';
import { float } from '../../src/index.js';

// ---------------------------------------------------------------------------------------------
// Tagged values
// ---------------------------------------------------------------------------------------------

/**
 * A Python value, described so that it survives the bridge exactly.
 * - `int`: decimal text (any size); `float`: Python repr text (`1.0`, `-0.0`, `nan`, `-inf`);
 * - `str`: lowercase hex of the UTF-16LE code units (lone surrogates survive);
 * - `dict`: `[key, value]` pairs in insertion order, keys of any kind;
 * - `opaque`: a value Python's json cannot serialize (a JS Symbol, Set, ...): built as an instance
 *   of a fresh Python class named `name`; `repl` is what the test's `default` turns it into;
 * - containers may carry `id`; `{t: 'ref', id}` refers back to that container (shared values,
 *   cycles).
 */
export type Tagged =
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'list'; v: Tagged[]; id?: number }
  | { t: 'dict'; v: [Tagged, Tagged][]; id?: number }
  | { t: 'opaque'; name: string; repl?: Tagged }
  | { t: 'ref'; id: number };

/** Options of `json.dumps`, in a form that crosses the bridge (no functions). */
export interface DumpOpts {
  indent?: number | string | boolean | null;
  separators?: [string, string];
  sortKeys?: boolean;
  ensureAscii?: boolean;
  allowNan?: boolean;
  skipkeys?: boolean;
  checkCircular?: boolean;
  /**
   * `'replace'`: `default(o)` returns the opaque value's `repl`;
   * `'raise'`: `default(o)` raises `ValueError('default refused <name>')`.
   */
  default?: 'replace' | 'raise';
}

/** Python error as `[type(e).__name__, str(e), list(getattr(e, '__notes__', []))]`. */
export type PyError = [type: string, message: string, notes: string[]];

export type DumpsResult = { ok: string } | { error: PyError };
export type LoadsResult = { ok: Tagged } | { error: PyError };

export interface LoadsCase {
  /** The document as a JS string (sent as UTF-16 hex, so lone surrogates survive). */
  text?: string;
  /** The document as bytes (lowercase or uppercase hex), passed to `json.loads(bytes)`. */
  bytesHex?: string;
  /** `strict=False` when false. */
  strict?: boolean;
}

/** Inputs nested deeper than this are never sent to pyodide (its stack dies fatally). */
export const MAX_ORACLE_DEPTH = 520;

/** Thrown when a case would endanger the pyodide instance (too deep, or an unguarded cycle). */
export class OracleGuardError extends Error {
  override name = 'OracleGuardError';
}

/** Hex of the UTF-16LE code units of `s`. */
export function strToHex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += (c & 0xff).toString(16).padStart(2, '0') + (c >> 8).toString(16).padStart(2, '0');
  }
  return out;
}

/** Inverse of `strToHex`. */
export function hexToStr(h: string): string {
  const units: number[] = [];
  for (let i = 0; i < h.length; i += 4) {
    units.push(parseInt(h.slice(i, i + 2), 16) | (parseInt(h.slice(i + 2, i + 4), 16) << 8));
  }
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

export function bytesToHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

/** Python's `float.__repr__` of a JS number (written independently of the library). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const a = Math.abs(x);
  if (a >= 1e16 || a < 1e-4) {
    const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(x.toExponential());
    if (!m) throw new Error(`unexpected toExponential() text for ${x}`);
    return `${m[1]}e${m[2]}${m[3]!.padStart(2, '0')}`;
  }
  const s = String(x);
  return Number.isInteger(x) ? s + '.0' : s;
}

const PyFloatClass = (float(0) as object).constructor as new (x: number) => { valueOf(): number };

function isPyFloat(v: unknown): v is { valueOf(): number } {
  return v instanceof PyFloatClass;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The type name this test suite gives to a JS value pyjson cannot serialize. */
export function jsTypeName(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'symbol') return 'symbol';
  if (typeof v === 'function') return 'function';
  if (typeof v === 'object' && v !== null) {
    const ctor = (v as { constructor?: { name?: unknown } }).constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name) return ctor.name;
    return 'Object';
  }
  return typeof v;
}

export interface ToTaggedOptions {
  /** Replacement values for unsupported values (what the test's `default` returns for them). */
  replacements?: Map<unknown, unknown>;
  /** Override of the Python class name used for an unsupported value. */
  typeName?: (v: unknown) => string;
}

/**
 * The Python value pyjson's `dumps` treats `value` as: safe-integer number (not -0) = int,
 * other number = float, bigint = int, `float(x)` = float, Map / plain object = dict (JS iteration
 * order; `undefined`-valued properties left out), Array = list, anything else = opaque.
 */
export function toTagged(value: unknown, options: ToTaggedOptions = {}): Tagged {
  const ids = new Map<object, Tagged>();
  let nextId = 1;
  const typeName = options.typeName ?? jsTypeName;
  const ref = (o: object): Tagged | undefined => {
    const t = ids.get(o);
    if (!t) return undefined;
    const c = t as { id?: number };
    c.id ??= nextId++;
    return { t: 'ref', id: c.id };
  };
  const conv = (v: unknown): Tagged => {
    if (v === null) return { t: 'none' };
    if (v === true || v === false) return { t: 'bool', v };
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) return { t: 'int', v: String(v) };
      return { t: 'float', v: pyFloatRepr(v) };
    }
    if (typeof v === 'bigint') return { t: 'int', v: v.toString() };
    if (typeof v === 'string') return { t: 'str', v: strToHex(v) };
    if (isPyFloat(v)) return { t: 'float', v: pyFloatRepr(v.valueOf()) };
    if (typeof v === 'object') {
      const r = ref(v);
      if (r) return r;
      if (Array.isArray(v)) {
        const t: Tagged = { t: 'list', v: [] };
        ids.set(v, t);
        for (const x of v) t.v.push(conv(x));
        return t;
      }
      if (v instanceof Map) {
        const t: Tagged = { t: 'dict', v: [] };
        ids.set(v, t);
        for (const [k, x] of v) t.v.push([conv(k), conv(x)]);
        return t;
      }
      if (isPlainObject(v)) {
        const t: Tagged = { t: 'dict', v: [] };
        ids.set(v, t);
        for (const k of Object.keys(v)) {
          const x = (v as Record<string, unknown>)[k];
          if (x !== undefined) t.v.push([{ t: 'str', v: strToHex(k) }, conv(x)]);
        }
        return t;
      }
    }
    const t: Tagged = { t: 'opaque', name: typeName(v) };
    if (options.replacements?.has(v)) t.repl = conv(options.replacements.get(v));
    return t;
  };
  return conv(value);
}

/**
 * A JS value for a tagged Python value, as pyjson maps them: int -> number when safe else
 * bigint; float -> number, or `float(x)` when integral and finite (so it stays a float);
 * dict -> Map; list -> Array. Opaque values become fresh symbols.
 */
export function fromTagged(tagged: Tagged): unknown {
  const byId = new Map<number, unknown>();
  const conv = (t: Tagged): unknown => {
    switch (t.t) {
      case 'none':
        return null;
      case 'bool':
        return t.v;
      case 'int': {
        const b = BigInt(t.v);
        return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
      }
      case 'float': {
        const x = parsePyFloat(t.v);
        return Number.isInteger(x) && !Object.is(x, -0) ? float(x) : x;
      }
      case 'str':
        return hexToStr(t.v);
      case 'list': {
        const out: unknown[] = [];
        if (t.id !== undefined) byId.set(t.id, out);
        for (const x of t.v) out.push(conv(x));
        return out;
      }
      case 'dict': {
        const out = new Map<unknown, unknown>();
        if (t.id !== undefined) byId.set(t.id, out);
        for (const [k, x] of t.v) out.set(conv(k), conv(x));
        return out;
      }
      case 'ref':
        return byId.get(t.id);
      case 'opaque':
        return Symbol(t.name);
    }
  };
  return conv(tagged);
}

/** Number for a Python float repr (`nan`, `inf`, `-inf`, `1e+16`, ...). */
export function parsePyFloat(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

/** Nesting depth of a tagged value (a `repl` counts as one level below its opaque value) and
 * whether it contains a cycle (a `ref` to an enclosing container). */
export function taggedInfo(t: Tagged): { depth: number; cyclic: boolean } {
  let cyclic = false;
  const path: number[] = [];
  const walk = (x: Tagged): number => {
    switch (x.t) {
      case 'list':
      case 'dict': {
        if (x.id !== undefined) path.push(x.id);
        let d = 0;
        if (x.t === 'list') for (const y of x.v) d = Math.max(d, walk(y));
        else for (const [k, y] of x.v) d = Math.max(d, walk(k), walk(y));
        if (x.id !== undefined) path.pop();
        return d + 1;
      }
      case 'ref':
        if (path.includes(x.id)) cyclic = true;
        return 0;
      case 'opaque':
        return x.repl ? walk(x.repl) + 1 : 0;
      default:
        return 0;
    }
  };
  const depth = walk(t);
  return { depth, cyclic };
}

/**
 * Maximum nesting of `[`/`{` in a JSON-ish text, skipping string contents as CPython's scanner
 * lexes them (the scanner never nests deeper than this).
 */
export function textDepth(s: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Upper bound of the nesting of a byte document in any encoding: its count of `[` and `{` bytes,
 * or the string-aware depth of its Latin-1 reading when that count is larger. */
export function bytesDepth(b: Uint8Array): number {
  let opens = 0;
  for (const x of b) if (x === 0x5b || x === 0x7b) opens++;
  if (opens <= MAX_ORACLE_DEPTH) return opens;
  // UTF-8 (and ASCII-compatible) documents: the string-aware count is exact enough.
  return textDepth(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'));
}

// ---------------------------------------------------------------------------------------------
// The Python side
// ---------------------------------------------------------------------------------------------

const PY_SETUP = String.raw`
import json, sys

_ORIG_LIMIT = sys.get_int_max_str_digits()

class _OpaqueBase:
    __slots__ = ('repl',)

_opaque_classes = {}

def _opaque_cls(name):
    c = _opaque_classes.get(name)
    if c is None:
        c = type(name, (_OpaqueBase,), {'__slots__': ()})
        c.__module__ = '__main__'
        c.__qualname__ = name
        _opaque_classes[name] = c
    return c

class _KeyCollision(Exception):
    pass

def _build(t, ids):
    k = t['t']
    if k == 'int':
        return int(t['v'])
    if k == 'float':
        return float(t['v'])
    if k == 'str':
        return bytes.fromhex(t['v']).decode('utf-16-le', 'surrogatepass')
    if k == 'bool':
        return bool(t['v'])
    if k == 'none':
        return None
    if k == 'list':
        out = []
        if 'id' in t:
            ids[t['id']] = out
        for x in t['v']:
            out.append(_build(x, ids))
        return out
    if k == 'dict':
        out = {}
        if 'id' in t:
            ids[t['id']] = out
        for kk, vv in t['v']:
            out[_build(kk, ids)] = _build(vv, ids)
        if len(out) != len(t['v']):
            raise _KeyCollision()
        return out
    if k == 'ref':
        return ids[t['id']]
    if k == 'opaque':
        o = _opaque_cls(t['name'])()
        o.repl = _build(t['repl'], ids) if 'repl' in t else None
        return o
    raise ValueError('bad tag ' + k)

def _tag(x):
    if x is None:
        return {'t': 'none'}
    if x is True or x is False:
        return {'t': 'bool', 'v': x}
    if type(x) is int:
        return {'t': 'int', 'v': str(x)}
    if type(x) is float:
        return {'t': 'float', 'v': repr(x)}
    if type(x) is str:
        return {'t': 'str', 'v': x.encode('utf-16-le', 'surrogatepass').hex()}
    if type(x) is list:
        return {'t': 'list', 'v': [_tag(y) for y in x]}
    if type(x) is dict:
        return {'t': 'dict', 'v': [[_tag(k), _tag(v)] for k, v in x.items()]}
    raise TypeError('cannot tag ' + type(x).__name__)

def _err(e):
    return {'error': [type(e).__name__, str(e), [str(n) for n in getattr(e, '__notes__', [])]]}

def _default_replace(o):
    if isinstance(o, _OpaqueBase):
        return o.repl
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

def _default_raise(o):
    raise ValueError('default refused ' + type(o).__name__)

def _dump_kwargs(o):
    kw = {}
    if 'indent' in o:
        i = o['indent']
        if i is None or isinstance(i, (bool, int)):
            kw['indent'] = i
        else:
            kw['indent'] = bytes.fromhex(i['hex']).decode('utf-16-le', 'surrogatepass')
    if 'separators' in o:
        kw['separators'] = tuple(bytes.fromhex(h).decode('utf-16-le', 'surrogatepass') for h in o['separators'])
    for js, py in (('sortKeys', 'sort_keys'), ('ensureAscii', 'ensure_ascii'), ('allowNan', 'allow_nan'),
                   ('skipkeys', 'skipkeys'), ('checkCircular', 'check_circular')):
        if js in o:
            kw[py] = o[js]
    if o.get('default') == 'replace':
        kw['default'] = _default_replace
    elif o.get('default') == 'raise':
        kw['default'] = _default_raise
    return kw

def _lift():
    sys.set_int_max_str_digits(0)

def _restore():
    sys.set_int_max_str_digits(_ORIG_LIMIT)

def _batch_dumps(payload):
    out = []
    for c in json.loads(payload):
        _lift()
        try:
            v = _build(c['value'], {})
        except _KeyCollision:
            out.append({'collision': True})
            continue
        finally:
            _restore()
        try:
            kw = _dump_kwargs(c['opts'])
            s = json.dumps(v, **kw)
            out.append({'ok': s.encode('utf-16-le', 'surrogatepass').hex()})
        except Exception as e:
            out.append(_err(e))
    return json.dumps(out)

def _load_one(c):
    if 'bytesHex' in c:
        doc = bytes.fromhex(c['bytesHex'])
    else:
        doc = bytes.fromhex(c['text']).decode('utf-16-le', 'surrogatepass')
    if c.get('strict') is False:
        return json.loads(doc, strict=False)
    return json.loads(doc)

def _batch_loads(payload):
    out = []
    for c in json.loads(payload):
        try:
            v = _load_one(c)
        except Exception as e:
            out.append(_err(e))
            continue
        _lift()
        try:
            out.append({'ok': _tag(v)})
        finally:
            _restore()
    return json.dumps(out)

def _batch_loads_dumps(payload):
    out = []
    for c in json.loads(payload):
        try:
            v = _load_one(c)
        except Exception as e:
            out.append({'loadError': _err(e)['error']})
            continue
        try:
            s = json.dumps(v, **_dump_kwargs(c['opts']))
            out.append({'ok': s.encode('utf-16-le', 'surrogatepass').hex()})
        except Exception as e:
            out.append(_err(e))
    return json.dumps(out)
`;

type Pyodide = Awaited<ReturnType<typeof loadPyodide>>;

export interface Oracle {
  /** The pyodide instance itself. */
  readonly py: Pyodide;
  /** `json.dumps(value, **opts)` for each case. A case whose dict keys collide in Python
   * (e.g. Map keys `1` and `float(1)`) yields `{collision: true}`: skip it. */
  pyDumps(cases: { value: Tagged; opts: DumpOpts }[]): (DumpsResult | { collision: true })[];
  /** `json.loads(text or bytes[, strict=False])` for each case. */
  pyLoads(cases: LoadsCase[]): LoadsResult[];
  /** `json.dumps(json.loads(doc), **opts)`; `loadError` when CPython rejects the document. */
  pyLoadsDumps(cases: (LoadsCase & { opts: DumpOpts })[]): (DumpsResult | { loadError: PyError })[];
  /** Runs Python code; returns the value of its last expression (proxies converted with toJs). */
  pyRun(code: string): unknown;
}

let instance: Promise<Oracle> | undefined;

/** The process-wide oracle (loaded on first use, ~2 s). */
export function getOracle(): Promise<Oracle> {
  instance ??= create();
  return instance;
}

function wireOpts(o: DumpOpts): Record<string, unknown> {
  const w: Record<string, unknown> = {};
  if ('indent' in o) {
    w.indent = typeof o.indent === 'string' ? { hex: strToHex(o.indent) } : (o.indent ?? null);
  }
  if (o.separators) w.separators = o.separators.map(strToHex);
  for (const k of ['sortKeys', 'ensureAscii', 'allowNan', 'skipkeys', 'checkCircular', 'default'] as const) {
    if (o[k] !== undefined) w[k] = o[k];
  }
  return w;
}

function guardText(c: LoadsCase): void {
  const depth = c.bytesHex !== undefined ? bytesDepth(Buffer.from(c.bytesHex, 'hex')) : textDepth(c.text ?? '');
  if (depth > MAX_ORACLE_DEPTH) {
    throw new OracleGuardError(`document nested ${depth} deep: test it on the JS side only`);
  }
}

function wireLoads(c: LoadsCase): Record<string, unknown> {
  guardText(c);
  const w: Record<string, unknown> = {};
  if (c.bytesHex !== undefined) w.bytesHex = c.bytesHex;
  else w.text = strToHex(c.text ?? '');
  if (c.strict === false) w.strict = false;
  return w;
}

async function create(): Promise<Oracle> {
  const py = await loadPyodide();
  py.runPython(PY_SETUP);
  const call = (fn: string, payload: unknown[]): unknown[] => {
    const f = py.globals.get(fn) as ((s: string) => string) & { destroy(): void };
    try {
      return JSON.parse(f(JSON.stringify(payload))) as unknown[];
    } finally {
      f.destroy();
    }
  };
  const decodeDumps = (r: Record<string, unknown>) => ('ok' in r ? { ok: hexToStr(r.ok as string) } : r);
  return {
    py,
    pyDumps(cases) {
      const wire = cases.map(({ value, opts }) => {
        const info = taggedInfo(value);
        if (info.depth > MAX_ORACLE_DEPTH) throw new OracleGuardError(`value nested ${info.depth} deep`);
        if (info.cyclic && opts.checkCircular === false) {
          throw new OracleGuardError('a cycle with checkCircular: false would recurse until pyodide dies');
        }
        return { value, opts: wireOpts(opts) };
      });
      return call('_batch_dumps', wire).map((r) => decodeDumps(r as Record<string, unknown>)) as (
        | DumpsResult
        | { collision: true }
      )[];
    },
    pyLoads(cases) {
      return call('_batch_loads', cases.map(wireLoads)) as LoadsResult[];
    },
    pyLoadsDumps(cases) {
      const wire = cases.map((c) => ({ ...wireLoads(c), opts: wireOpts(c.opts) }));
      return call('_batch_loads_dumps', wire).map((r) => decodeDumps(r as Record<string, unknown>)) as (
        | DumpsResult
        | { loadError: PyError }
      )[];
    },
    pyRun(code) {
      const r = py.runPython(code) as unknown;
      if (r && typeof r === 'object' && 'toJs' in r) {
        const p = r as { toJs(o?: object): unknown; destroy(): void };
        const js = p.toJs({ dict_converter: Object.fromEntries });
        p.destroy();
        return js;
      }
      return r;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Comparing JS results with Python's
// ---------------------------------------------------------------------------------------------

/** A JS error in the oracle's shape: `[name, message, notes]` (name = CPython's class name). */
export function jsError(e: unknown): PyError {
  if (!(e instanceof Error)) return ['<non-Error thrown>', String(e), []];
  const notes = (e as { notes?: unknown }).notes;
  return [e.name, e.message, Array.isArray(notes) ? notes.map(String) : []];
}

/** What `f` gives, or what it throws as `jsError` writes it: the shape of the oracle's results. */
export function jsResult<T>(f: () => T): { ok: T } | { error: PyError } {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: jsError(e) };
  }
}

/**
 * The tagged value Python's result turns into with pyjson's default `loads` (not lossless):
 * integral floats that are safe integers become ints (JS numbers), and dict keys are reordered
 * the way a JS plain object orders them (array-index keys ascending first).
 */
export function asDefaultLoads(t: Tagged): Tagged {
  switch (t.t) {
    case 'float': {
      const x = parsePyFloat(t.v);
      return Number.isSafeInteger(x) && !Object.is(x, -0) ? { t: 'int', v: String(x) } : t;
    }
    case 'list':
      return { t: 'list', v: t.v.map(asDefaultLoads) };
    case 'dict': {
      const pairs = t.v.map(([k, v]) => [k, asDefaultLoads(v)] as [Tagged, Tagged]);
      const idx = (k: Tagged): number => {
        if (k.t !== 'str') return -1;
        const s = hexToStr(k.v);
        if (!/^(0|[1-9]\d*)$/.test(s)) return -1;
        const n = Number(s);
        return n <= 2 ** 32 - 2 ? n : -1;
      };
      const indexed = pairs.filter(([k]) => idx(k) >= 0).sort((a, b) => idx(a[0]) - idx(b[0]));
      return { t: 'dict', v: [...indexed, ...pairs.filter(([k]) => idx(k) < 0)] };
    }
    default:
      return t;
  }
}

/** A readable rendering of a tagged value for assertion messages (strings as JSON). */
export function showTagged(t: Tagged, max = 400): string {
  const s = (x: Tagged): string => {
    switch (x.t) {
      case 'none':
        return 'None';
      case 'bool':
        return x.v ? 'True' : 'False';
      case 'int':
        return x.v.length > 40 ? `int(<${x.v.length} digits>)` : x.v;
      case 'float':
        return `float(${x.v})`;
      case 'str':
        return JSON.stringify(hexToStr(x.v));
      case 'list':
        return `[${x.v.map(s).join(', ')}]`;
      case 'dict':
        return `{${x.v.map(([k, v]) => `${s(k)}: ${s(v)}`).join(', ')}}`;
      case 'ref':
        return `<ref ${x.id}>`;
      case 'opaque':
        return `<${x.name}${x.repl ? ' -> ' + s(x.repl) : ''}>`;
    }
  };
  const out = s(t);
  return out.length > max ? out.slice(0, max) + `... (${out.length} chars)` : out;
}

/** Deterministic PRNG (mulberry32) for the randomized suites. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of this run: `PYJSON_SEED` or a fresh one; printed as `seed=N`. */
export function runSeed(label: string): number {
  const env = process.env.PYJSON_SEED;
  const seed = env !== undefined && env !== '' ? Number(env) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
  console.log(`${label}: seed=${seed} (rerun with PYJSON_SEED=${seed})`);
  return seed;
}

// ---------------------------------------------------------------------------------------------
// Random inputs shared by the differential suites
// ---------------------------------------------------------------------------------------------

/** Small helpers over a PRNG. */
export class Rand {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  /** A uniformly random double bit pattern (all exponents equally likely). */
  bitsDouble(): number {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setUint32(0, (this.next() * 2 ** 32) >>> 0);
    dv.setUint32(4, (this.next() * 2 ** 32) >>> 0);
    return dv.getFloat64(0);
  }
  digits(n: number, leadingNonZero = true): string {
    let s = leadingNonZero ? String(1 + this.int(9)) : String(this.int(10));
    for (let i = 1; i < n; i++) s += String(this.int(10));
    return s;
  }
}

/** Characters that stress string escaping and code point counting. */
export const CHAR_POOL: readonly string[] = [
  'a', 'b', 'Z', '0', ' ', '~', '/', '"', '\\', "'", '\x00', '\x01', '\b', '\t', '\n', '\x0b', '\f', '\r',
  '\x1f', '\x7f', '\x80', '\x9f', '\xa0', '\xad', '\xe9', '\u03b1', '\u2028', '\u2029', '\ufeff', '\uffff',
  '\u1234', '\ud83d\ude00', '\ud834\udd20', '\u{10ffff}', '\ud800', '\udbff', '\udc00', '\udfff', '{', '[', ':', ',',
];

/** A random string: mostly short, from CHAR_POOL and random code units (no high+low pairs built
 * from lone halves by accident: such a pair is simply an astral character in JS and Python). */
export function randString(r: Rand, maxLen = 8): string {
  const n = r.chance(0.15) ? 0 : r.range(1, maxLen);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (r.chance(0.7)) s += r.pick(CHAR_POOL);
    else if (r.chance(0.5)) s += String.fromCharCode(0x20 + r.int(0x5f));
    else s += String.fromCodePoint(r.chance(0.8) ? r.int(0x10000) : 0x10000 + r.int(0x100000));
  }
  return s;
}

export const EDGE_DOUBLES: readonly number[] = [
  0, -0, 0.1, -0.1, 0.5, 1.5, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.0001, 0.00009999999999999999,
  5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
  2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 63, 2 ** 64, 1e21, 1e22, 1e23, 123456789012345678, 0.30000000000000004,
  Math.PI, Math.E, 1 / 3, 100, 1e300, 1e-300, NaN, Infinity, -Infinity, 4.35, 2.5e-5, 1234567.0000001,
];

/** A random JS number that pyjson treats as a float (or an int when it happens to be safe). */
export function randDouble(r: Rand): number {
  switch (r.int(5)) {
    case 0:
      return r.pick(EDGE_DOUBLES);
    case 1:
      return r.bitsDouble();
    case 2:
      return (r.next() - 0.5) * 10 ** r.range(-8, 20);
    case 3:
      return Number((r.next() * 1000).toFixed(r.int(4)));
    default: {
      const x = r.bitsDouble();
      return Number.isFinite(x) ? x : r.next();
    }
  }
}

/** A random integer: a safe number, or a bigint (near 2^53, 2^64, or up to the 4,300-digit limit). */
export function randInt(r: Rand): number | bigint {
  switch (r.int(8)) {
    case 0:
      return r.range(-10, 10);
    case 1:
      return r.int(2 ** 31) * (r.chance(0.5) ? 1 : -1);
    case 2:
      return r.pick([2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53 - 2, 2 ** 52, -(2 ** 52) - 1]);
    case 3:
      return r.pick([2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n, -(2n ** 64n)]);
    case 4: {
      const n = r.chance(0.05) ? r.pick([4299, 4300, 4301, 4310]) : r.range(1, 60);
      const b = BigInt(r.digits(n));
      return r.chance(0.3) ? -b : b;
    }
    case 5:
      return BigInt(r.range(-1000, 1000));
    default:
      return Math.floor((r.next() - 0.5) * 2 ** r.range(1, 53));
  }
}

/** Random whitespace as CPython's scanner accepts it (often none). */
export function randWs(r: Rand): string {
  if (r.chance(0.65)) return '';
  let s = '';
  for (let i = r.range(1, 3); i > 0; i--) s += r.pick([' ', ' ', '\t', '\n', '\r']);
  return s;
}

/** A random JSON number literal in any spelling CPython accepts. */
export function randNumberText(r: Rand): string {
  const sign = r.chance(0.3) ? '-' : '';
  const intPart = r.chance(0.2)
    ? '0'
    : r.chance(0.01)
      ? r.digits(r.pick([4299, 4300, 4301]))
      : r.digits(r.chance(0.8) ? r.range(1, 6) : r.range(7, 30));
  if (r.chance(0.45)) return sign + intPart;
  let s = sign + intPart;
  const frac = r.chance(0.6);
  if (frac) s += '.' + r.digits(r.chance(0.8) ? r.range(1, 4) : r.range(5, 25), false);
  if (!frac || r.chance(0.4)) {
    const exp = r.chance(0.1)
      ? r.pick(['400', '308', '309', '324', '330', '99999', '0400', '00'])
      : r.chance(0.2)
        ? '0' + r.digits(r.range(1, 2), false)
        : r.digits(r.range(1, 3));
    s += r.pick(['e', 'E']) + r.pick(['', '+', '-']) + exp;
  }
  return s;
}

/** One character of a JSON string body, written raw or escaped in any way CPython accepts. */
function randStringBodyChar(r: Rand, ch: string, rawControl: boolean): string {
  const cp = ch.codePointAt(0)!;
  const u4 = (n: number) => {
    const h = n.toString(16).padStart(4, '0');
    return '\\u' + (r.chance(0.5) ? h : h.toUpperCase());
  };
  const escapeAll = () => {
    if (cp < 0x10000) return u4(cp);
    const v = cp - 0x10000;
    return u4(0xd800 + (v >> 10)) + u4(0xdc00 + (v & 0x3ff));
  };
  if (ch === '"') return r.chance(0.8) ? '\\"' : u4(0x22);
  if (ch === '\\') return r.chance(0.8) ? '\\\\' : u4(0x5c);
  if (cp < 0x20) {
    if (rawControl && r.chance(0.5)) return ch;
    const short: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };
    return short[cp] !== undefined && r.chance(0.7) ? short[cp]! : u4(cp);
  }
  if (ch === '/' && r.chance(0.5)) return '\\/';
  return r.chance(0.75) ? ch : escapeAll();
}

/** A JSON string literal for `s` (possibly holding raw control characters when `rawControl`). */
export function randStringLiteral(r: Rand, s: string, rawControl = false): string {
  let out = '"';
  for (const ch of s) out += randStringBodyChar(r, ch, rawControl);
  return out + '"';
}

/**
 * A random JSON document CPython accepts (unless `rawControl` put raw control characters in a
 * string, which needs `strict=False`), with random whitespace, escapes and number spellings.
 */
export function randJsonText(r: Rand, rawControl = false, maxDepth = 4): string {
  const value = (depth: number): string => {
    const k = depth >= maxDepth ? r.int(3) : r.int(6);
    switch (k) {
      case 0:
        return randNumberText(r);
      case 1:
        return randStringLiteral(r, randString(r), rawControl);
      case 2:
        return r.pick(['true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', '0', '""', '[]', '{}']);
      case 3:
      case 4: {
        const n = r.int(5);
        if (n === 0) return '[' + randWs(r) + ']';
        const items: string[] = [];
        for (let i = 0; i < n; i++) items.push(randWs(r) + value(depth + 1) + randWs(r));
        return '[' + items.join(',') + ']';
      }
      default: {
        const n = r.int(5);
        if (n === 0) return '{' + randWs(r) + '}';
        const keys: string[] = [];
        const items: string[] = [];
        for (let i = 0; i < n; i++) {
          const key =
            keys.length > 0 && r.chance(0.15)
              ? r.pick(keys)
              : r.chance(0.3)
                ? r.pick(['1', '0', '10', '01', '-1', '__proto__', 'a', 'b', 'constructor', '4294967295'])
                : randString(r, 5);
          keys.push(key);
          items.push(
            randWs(r) + randStringLiteral(r, key, rawControl) + randWs(r) + ':' + randWs(r) + value(depth + 1) + randWs(r),
          );
        }
        return '{' + items.join(',') + '}';
      }
    }
  };
  return randWs(r) + value(0) + randWs(r);
}

const CORRUPT_CHARS = [
  '[', ']', '{', '}', ',', ':', '"', '\\', 'x', '0', '1', '-', '+', '.', 'e', 'E', ' ', '\n', '\x00', '\x1f', '\x7f',
  '\u00e9', '\ud83d\ude00', '\ufeff', '\u00a0', 'n', 't', 'N', 'I', 'u', '/', "'",
];

/** The text with 1-2 random edits: truncation, insertion, deletion, replacement, bracket swap. */
export function corruptText(r: Rand, s: string): string {
  for (let n = r.range(1, 2); n > 0; n--) {
    const i = r.int(s.length + 1);
    switch (r.int(6)) {
      case 0:
        s = s.slice(0, i);
        break;
      case 1:
        s = s.slice(0, i) + r.pick(CORRUPT_CHARS) + s.slice(i);
        break;
      case 2:
        s = s.slice(0, i) + s.slice(i + 1);
        break;
      case 3:
        s = s.slice(0, i) + r.pick(CORRUPT_CHARS) + s.slice(i + 1);
        break;
      case 4: {
        const swap: Record<string, string> = { '[': '{', '{': '[', ']': '}', '}': ']' };
        const positions = [...s].map((c, j) => (swap[c] ? j : -1)).filter((j) => j >= 0);
        if (positions.length) {
          const j = r.pick(positions);
          s = s.slice(0, j) + swap[s[j]!] + s.slice(j + 1);
        }
        break;
      }
      default:
        if (r.chance(0.5)) s = s.slice(0, i) + ',' + s.slice(i);
        else s = '\ufeff' + s;
    }
  }
  return s;
}

/**
 * True when the text writes a surrogate half as a `\uXXXX` escape right next to a raw other half.
 * CPython decodes such a pair as two code points; in a JS string the result is one ordinary pair,
 * so no JS program can give CPython's answer (positions, sort order): left out of comparisons.
 * (Conservative: an escaped backslash before `u` also counts.)
 */
export function hasMixedSurrogates(s: string): boolean {
  return /\\u[dD][89abAB][0-9a-fA-F]{2}[\udc00-\udfff]/.test(s) || /[\ud800-\udbff]\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(s);
}

export type Encoding =
  | 'utf-8'
  | 'utf-8-sig'
  | 'utf-16-le'
  | 'utf-16-be'
  | 'utf-16-le-bom'
  | 'utf-16-be-bom'
  | 'utf-32-le'
  | 'utf-32-be'
  | 'utf-32-le-bom'
  | 'utf-32-be-bom';

export const ENCODINGS: readonly Encoding[] = [
  'utf-8', 'utf-8-sig', 'utf-16-le', 'utf-16-be', 'utf-16-le-bom', 'utf-16-be-bom', 'utf-32-le', 'utf-32-be',
  'utf-32-le-bom', 'utf-32-be-bom',
];

/** `s` encoded as Python's codecs would with `surrogatepass` (lone surrogates encoded as such). */
export function encodeText(s: string, enc: Encoding): Uint8Array {
  const out: number[] = [];
  const bom = enc.endsWith('-bom') || enc === 'utf-8-sig';
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  if (enc.startsWith('utf-8')) {
    if (bom) out.push(0xef, 0xbb, 0xbf);
    for (const c of cps) {
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  } else if (enc.startsWith('utf-16')) {
    const le = enc.startsWith('utf-16-le');
    const unit = (u: number) => (le ? out.push(u & 0xff, u >> 8) : out.push(u >> 8, u & 0xff));
    if (bom) unit(0xfeff);
    for (let i = 0; i < s.length; i++) unit(s.charCodeAt(i));
  } else {
    const le = enc.startsWith('utf-32-le');
    const unit = (u: number) => {
      const b = [(u >>> 24) & 0xff, (u >>> 16) & 0xff, (u >>> 8) & 0xff, u & 0xff];
      out.push(...(le ? b.reverse() : b));
    };
    if (bom) unit(0xfeff);
    for (const c of cps) unit(c);
  }
  return Uint8Array.from(out);
}

/** The bytes with one random edit that may make them undecodable (or truncated). */
export function corruptBytes(r: Rand, b: Uint8Array): Uint8Array {
  const a = [...b];
  const i = r.int(a.length + 1);
  if (r.chance(0.3)) return Uint8Array.from(a.slice(0, i));
  const byte = r.pick([0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf5, 0xff, 0xfe, 0x00]);
  if (r.chance(0.5)) a.splice(i, 0, byte);
  else a.splice(i, 1, byte);
  return Uint8Array.from(a);
}

/** Structural equality of tagged values (container `id`s ignored). */
export function taggedEqual(a: Tagged, b: Tagged): boolean {
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'none':
      return true;
    case 'bool':
    case 'int':
    case 'float':
    case 'str':
      return a.v === (b as typeof a).v;
    case 'list': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x, i) => taggedEqual(x, bv[i]!));
    }
    case 'dict': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every(([k, x], i) => taggedEqual(k, bv[i]![0]) && taggedEqual(x, bv[i]![1]));
    }
    case 'ref':
      return a.id === (b as typeof a).id;
    case 'opaque':
      return a.name === (b as typeof a).name;
  }
}

/**
 * The failure text of a differential suite: the count, then the 20 shortest mismatch
 * descriptions (the shortest inputs are the best reproducers).
 */
/**
 * The loop every differential suite runs: make cases until `count` have been compared, ask
 * CPython for a batch at a time, and let `check` compare each case with CPython's answer. `check`
 * returns a description of a mismatch, `undefined` for a match, or `null` for a case CPython
 * cannot judge (not counted). Returns the mismatches (at most 5,000) and the number compared.
 */
export function runBatches<C, P>(
  count: number,
  batchSize: number,
  make: () => C | undefined,
  ask: (batch: C[]) => P[],
  check: (c: C, want: P) => string | undefined | null,
): { mismatches: string[]; compared: number } {
  const mismatches: string[] = [];
  let compared = 0;
  while (compared < count) {
    const batch: C[] = [];
    while (batch.length < batchSize) {
      const c = make();
      if (c !== undefined) batch.push(c);
    }
    const answers = ask(batch);
    batch.forEach((c, i) => {
      const mismatch = check(c, answers[i]!);
      if (mismatch === null) return;
      compared++;
      if (mismatch !== undefined && mismatches.length < 5000) mismatches.push(mismatch);
    });
  }
  return { mismatches, compared };
}

export function report(seed: number, mismatches: string[], shown = 20): string {
  const sorted = [...mismatches].sort((a, b) => a.length - b.length);
  return (
    `seed=${seed}: ${mismatches.length}${mismatches.length >= 5000 ? '+' : ''} mismatches with CPython; ` +
    `the ${Math.min(shown, sorted.length)} shortest:\n` +
    sorted.slice(0, shown).join('\n')
  );
}
