/**
 * Differential tests of pyjson/python's `repr`, `str` and `UUID` against CPython 3.14 (pyodide):
 * - `repr`/`str` of random documents loaded with `lossless: true` against `repr`/`str` of
 *   `json.loads(text)` (astral, control, non-printable characters and lone surrogates, quotes of
 *   both kinds, big ints, floats, nested containers);
 * - `repr`/`str` of random JS values (Decimal, datetime types, UUID, JS Dates, Sets, typed arrays and
 *   Errors among JSON values; Maps with keys of every kind, undefined-valued properties, shared
 *   values and cycles) against those of the Python value pyjson maps them to;
 * - `UUID` from random valid and damaged texts, and from int, bytes, bytes_le, fields and version:
 *   every attribute, or the error's class and text.
 *
 * Strings cross the bridge as hex of their UTF-16 code units (lone surrogates survive).
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/python-repr.test.js`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { float, loads } from '../../src/index.js';
import { repr, str, UUID } from '../../src/python/index.js';
import { CLASSES, PY_VALUES, setupPyValues, type Wire } from '../support/python-values.js';
import {
  CHAR_POOL,
  corruptText,
  getOracle,
  hasMixedSurrogates,
  hexToStr,
  jsError,
  Rand,
  randDouble,
  randInt,
  randJsonText,
  randString,
  report,
  rng,
  runBatches,
  runSeed,
  strToHex,
  textDepth,
  toTagged,
  type Oracle,
  type PyError,
} from '../support/oracle.js';

const BATCH = 300;

const PY_REPR = String.raw`
import json as _json, uuid as _uuid

def _hx(s):
    return s.encode('utf-16-le', 'surrogatepass').hex()

def _unhx(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

def _repr_batch(payload):
    out = []
    for c in _json.loads(payload):
        if 'value' in c:
            _lift()
            try:
                v = _build(c['value'], {})
            except (_KeyCollision, TypeError):
                # Keys Python merges, or an unhashable key (a signaling-NaN Decimal): no such dict.
                out.append({'collision': True})
                continue
            finally:
                _restore()
        try:
            if 'text' in c:
                v = _json.loads(_unhx(c['text']), strict=c['strict'])
            out.append({'ok': [_hx(repr(v)), _hx(str(v))]})
        except Exception as e:
            out.append(_err(e))
    return _json.dumps(out)

def _uuid_one(c):
    if 'hex' in c:
        u = _uuid.UUID(_unhx(c['hex']))
    else:
        kw = {}
        if 'int' in c: kw['int'] = int(c['int'])
        if 'bytes' in c: kw['bytes'] = bytes.fromhex(c['bytes'])
        if 'bytesLe' in c: kw['bytes_le'] = bytes.fromhex(c['bytesLe'])
        if 'fields' in c: kw['fields'] = tuple(int(x) for x in c['fields'])
        if 'version' in c: kw['version'] = c['version']
        u = _uuid.UUID(**kw)
    return [repr(u), str(u), u.hex, u.urn, repr(u.version), u.variant, u.bytes.hex(), u.bytes_le.hex(),
            str(u.int), repr(list(u.fields)), str(u.node), str(u.clock_seq), str(u.time)]

def _uuid_batch(payload):
    out = []
    for c in _json.loads(payload):
        try:
            out.append({'ok': [_hx(x) for x in _uuid_one(c)]})
        except Exception as e:
            out.append(_err(e))
    return _json.dumps(out)
`;

type Answer = { ok: string[] } | { error: PyError } | { collision: true };

async function oracle(): Promise<Oracle> {
  const o = await getOracle();
  setupPyValues(o);
  if (!(o.pyRun("'_uuid_batch' in globals()") as boolean)) o.pyRun(PY_REPR);
  return o;
}

function ask(o: Oracle, fn: string, cases: unknown[]): Answer[] {
  const f = o.py.globals.get(fn) as ((s: string) => string) & { destroy(): void };
  try {
    const answers = JSON.parse(f(JSON.stringify(cases))) as Answer[];
    return answers.map((a) => ('ok' in a ? { ok: a.ok.map(hexToStr) } : a));
  } finally {
    f.destroy();
  }
}

function ours(f: () => string[]): { ok: string[] } | { error: PyError } {
  try {
    return { ok: f() };
  } catch (e) {
    const [name, message] = jsError(e);
    return { error: [name, message, []] };
  }
}

/** A mismatch description, or undefined when the two agree (notes are not compared). */
function compare(input: string, got: { ok: string[] } | { error: PyError }, want: Answer): string | undefined | null {
  if ('collision' in want) return null;
  const g = 'ok' in got ? JSON.stringify(got.ok) : JSON.stringify(got.error.slice(0, 2));
  const w = 'ok' in want ? JSON.stringify(want.ok) : JSON.stringify(want.error.slice(0, 2));
  return g === w ? undefined : `${input}\n  ours:    ${g}\n  CPython: ${w}`;
}

// ---------------------------------------------------------------------------------------------
// repr/str of loaded documents and of random values

test('repr()/str() of random documents loaded with lossless: true are those of json.loads (CPython 3.14)', async () => {
  const seed = runSeed('repr/str of loaded documents');
  const r = new Rand(rng(seed));
  const o = await oracle();
  interface Case { text: string; strict: boolean }
  const { mismatches, compared } = runBatches<Case, Answer>(
    1500,
    BATCH,
    () => {
      const rawControl = r.chance(0.15);
      let text = randJsonText(r, rawControl, 5);
      if (r.chance(0.05)) text = corruptText(r, text);
      if (hasMixedSurrogates(text) || textDepth(text) > 40) return undefined;
      return { text, strict: !rawControl };
    },
    (batch) => ask(o, '_repr_batch', batch.map((c) => ({ text: strToHex(c.text), strict: c.strict }))),
    (c, want) => {
      const got = ours(() => {
        const v: unknown = loads(c.text, { lossless: true, strict: c.strict });
        return [repr(v), str(v)];
      });
      return compare(JSON.stringify(c.text), got, want);
    },
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`repr/str of loaded documents: ${compared} compared`);
});

/** Python values in a random value, with the expressions that build them in Python. */
const pyExprs = new Map<object, string>();

/** A random Python value (Decimal, datetime, UUID, ... or a JS Date, Set, typed array, Error). */
function randPyValue(r: Rand, hashable: boolean): unknown {
  // The first CLASSES kinds and the JS Date after them are hashable in Python.
  const made = PY_VALUES[hashable ? r.int(CLASSES + 1) : r.int(PY_VALUES.length)]!(r);
  pyExprs.set(made.js as object, (made.wire as { expr: string }).expr);
  return made.js;
}

/** The tagged form of a random value, its Python values as `{t: 'py', expr}`. */
function wireOf(value: unknown): Wire {
  const names = new Map<string, string>();
  const tagged = toTagged(value, {
    typeName: (v) => {
      const name = `py#${names.size}`;
      names.set(name, pyExprs.get(v as object) ?? 'None');
      return name;
    },
  });
  const swap = (t: Wire): Wire => {
    if (t.t === 'opaque') return { t: 'py', expr: names.get(t.name)! };
    if (t.t === 'list') return { ...t, v: t.v.map(swap) };
    if (t.t === 'dict') return { ...t, v: t.v.map(([k, x]) => [swap(k), swap(x)] as [Wire, Wire]) };
    return t;
  };
  return swap(tagged);
}

/** Keys that Python's dict accepts, of every kind pyjson maps. */
function randKey(r: Rand): unknown {
  if (r.chance(0.1)) return randPyValue(r, true);
  switch (r.int(8)) {
    case 0:
      return randInt(r);
    case 1:
      return randDouble(r);
    case 2:
      return float(randDouble(r));
    case 3:
      return r.chance(0.1) ? r.pick([true, false, null]) : r.pick(['', 'a', "'", '"', '__proto__']);
    default:
      return randString(r, 6);
  }
}

/** A random JS value with shared containers and cycles (each container kept in `seen`). */
function randValue(r: Rand, depth: number, seen: object[]): unknown {
  const k = depth >= 4 ? r.int(6) : r.int(10);
  if (seen.length > 0 && r.chance(0.05)) return r.pick(seen);
  if (r.chance(0.08)) return randPyValue(r, false);
  switch (k) {
    case 0:
      return r.pick([null, true, false]);
    case 1:
    case 2:
      return randInt(r);
    case 3:
      return r.chance(0.3) ? float(randDouble(r)) : randDouble(r);
    case 4:
    case 5:
      return r.chance(0.1) ? r.pick(CHAR_POOL) : randString(r, 10);
    case 6:
    case 7: {
      const list: unknown[] = [];
      seen.push(list);
      for (let i = r.int(5); i > 0; i--) list.push(randValue(r, depth + 1, seen));
      return list;
    }
    case 8: {
      const entries: [string, unknown][] = [];
      for (let i = r.int(5); i > 0; i--) {
        entries.push([r.chance(0.2) ? r.pick(['1', '0', '10', '__proto__', 'constructor']) : randString(r, 5), r.chance(0.1) ? undefined : null]);
      }
      const obj = Object.fromEntries(entries) as Record<string, unknown>;
      seen.push(obj);
      for (const [key, x] of entries) if (x === null) Object.defineProperty(obj, key, { value: randValue(r, depth + 1, seen), enumerable: true, writable: true });
      return obj;
    }
    default: {
      const map = new Map<unknown, unknown>();
      seen.push(map);
      for (let i = r.int(5); i > 0; i--) map.set(randKey(r), randValue(r, depth + 1, seen));
      return map;
    }
  }
}

test("repr()/str() of random values (Python values, Maps with any keys, cycles, shared values) are Python's", async () => {
  const seed = runSeed('repr/str of random values');
  const r = new Rand(rng(seed));
  const o = await oracle();
  interface Case { value: unknown; tagged: Wire }
  const { mismatches, compared } = runBatches<Case, Answer>(
    1500,
    BATCH,
    () => {
      const value = randValue(r, 0, []);
      return { value, tagged: wireOf(value) };
    },
    (batch) => ask(o, '_repr_batch', batch.map((c) => ({ value: c.tagged }))),
    (c, want) => {
      const got = ours(() => [repr(c.value), str(c.value)]);
      // A readable input for the report: our repr, or the error.
      return compare('ok' in got ? got.ok[0]!.slice(0, 300) : String(got.error), got, want);
    },
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`repr/str of random values: ${compared} compared`);
});

// ---------------------------------------------------------------------------------------------
// UUID

const HEX = '0123456789abcdefABCDEF';
/** Characters that a UUID text may meet: separators, Python's whitespace, other digits, junk. */
const UUID_NOISE = [
  '-', '-', '{', '}', ' ', '\t', '\n', '\x0b', '\x1c', '\x85', '\xa0', '\u2000', '\u3000', '\ufeff', '_', '_', 'x', 'X',
  '0x', '+', 'g', 'z', ':', 'urn:', 'uuid:', 'URN:', '\u0661', '\u0669', '\uff11', '\uff41', '\u{1d7ce}', '\u{1d7ff}',
  '\u{11066}', '\ud800', '\u{1F600}', '\x00', '\x7f', 'é', "'", '"', '\\',
];

function randUuidText(r: Rand): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += r.pick([...HEX]);
  let s = r.chance(0.6)
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : hex;
  if (r.chance(0.2)) s = '{' + s + '}';
  if (r.chance(0.2)) s = r.pick(['urn:uuid:', 'uuid:', 'urn:', 'urn:uuid:{']) + s;
  // Damage: 0 to 3 edits, each inserting, replacing or deleting a character or a digit.
  for (let n = r.chance(0.35) ? 0 : r.range(1, 3); n > 0; n--) {
    const cps = [...s];
    const i = r.int(cps.length + 1);
    const piece = r.chance(0.3) ? r.pick([...HEX]) : r.pick(UUID_NOISE);
    switch (r.int(3)) {
      case 0:
        cps.splice(i, 0, piece);
        break;
      case 1:
        cps.splice(i, 1, piece);
        break;
      default:
        cps.splice(i, 1);
    }
    s = cps.join('');
  }
  return s;
}

/** Ours, in the order `_uuid_one` lists Python's attributes. */
function uuidAttributes(u: UUID): string[] {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  return [
    repr(u), str(u), u.hex, u.urn, repr(u.version), u.variant, hex(u.bytes), hex(u.bytesLe), String(u.int), repr(u.fields),
    String(u.node), String(u.clockSeq), String(u.time),
  ];
}

test('UUID(text) of random valid and damaged texts: every attribute or the error, as CPython 3.14', async () => {
  const seed = runSeed('UUID texts');
  const r = new Rand(rng(seed));
  const o = await oracle();
  let valid = 0;
  const { mismatches, compared } = runBatches<string, Answer>(
    1500,
    BATCH,
    () => randUuidText(r),
    (batch) => ask(o, '_uuid_batch', batch.map((text) => ({ hex: strToHex(text) }))),
    (text, want) => {
      if ('ok' in want) valid++;
      return compare(JSON.stringify(text), ours(() => uuidAttributes(new UUID(text))), want);
    },
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`UUID texts: ${compared} compared, ${valid} valid for CPython`);
  assert.ok(valid > compared / 4 && valid < compared, `valid ${valid} of ${compared}: the generator lost its balance`);
});

test('UUID from int, bytes, bytes_le and fields, with and without version, as CPython 3.14', async () => {
  const seed = runSeed('UUID arguments');
  const r = new Rand(rng(seed));
  const o = await oracle();
  const randBig = (bits: number): bigint => {
    let n = 0n;
    for (let i = 0; i < bits; i += 16) n = (n << 16n) | BigInt(r.int(0x10000));
    return n & ((1n << BigInt(bits)) - 1n);
  };
  const randBytes = (): Uint8Array => Uint8Array.from({ length: r.chance(0.9) ? 16 : r.pick([0, 15, 17]) }, () => r.int(256));
  interface Case { make: () => UUID; wire: Record<string, unknown>; show: string }
  const { mismatches, compared } = runBatches<Case, Answer>(
    500,
    BATCH,
    () => {
      const wire: Record<string, unknown> = {};
      let args: Record<string, unknown>;
      switch (r.int(4)) {
        case 0: {
          const n = r.chance(0.9) ? randBig(128) : r.pick([-1n, 1n << 128n, (1n << 128n) - 1n, 0n]);
          const int = n < 2n ** 53n && r.chance(0.5) ? Number(n) : n;
          args = { int };
          wire.int = String(n);
          break;
        }
        case 1:
        case 2: {
          const b = randBytes();
          const key = r.chance(0.5) ? 'bytes' : 'bytesLe';
          args = { [key]: b };
          wire[key] = Buffer.from(b).toString('hex');
          break;
        }
        default: {
          const fields = [32, 16, 16, 8, 8, 48].map((bits) =>
            r.chance(0.95) ? randBig(bits) : r.pick([-1n, 1n << BigInt(bits)]),
          );
          if (r.chance(0.05)) fields.pop();
          args = { fields: fields.map((f) => (r.chance(0.5) && f >= 0n && f < 2n ** 53n ? Number(f) : f)) };
          wire.fields = fields.map(String);
        }
      }
      if (r.chance(0.4)) {
        const version = r.chance(0.9) ? r.range(1, 8) : r.pick([0, 9, 15]);
        args.version = version;
        wire.version = version;
      }
      return { make: () => new UUID(args), wire, show: JSON.stringify(wire) };
    },
    (batch) => ask(o, '_uuid_batch', batch.map((c) => c.wire)),
    (c, want) => compare(c.show, ours(() => uuidAttributes(c.make())), want),
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`UUID arguments: ${compared} compared`);
});
