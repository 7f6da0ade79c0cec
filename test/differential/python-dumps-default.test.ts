/**
 * Differential test of `dumps` with Python's values against CPython 3.14 (pyodide): random mixes
 * of JSON values and Python values (UUID, Decimal, datetime, date, time, timedelta, timezone; the
 * datetimes, sets, bytes, arrays and exceptions that pyjson reads a JS Date, Set, Uint8Array,
 * typed array or Error as) with random dumps options:
 * - `dumps(v, { default: str, ...opts })` must be `json.dumps(v, default=str, **opts)`, text or error;
 * - `dumps(v, opts)` of mixes whose only non-JSON values are Python-value classes must raise
 *   CPython's `TypeError: Object of type UUID is not JSON serializable`, notes included.
 *
 * Each Python value is generated with the Python expression that builds its counterpart.
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/python-dumps-default.test.js`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumps, float, PyFloat, ValueError, type DumpsOptions } from '../../src/index.js';
import { date, datetime, Decimal, str, time, timedelta, timezone, UUID } from '../../src/python/index.js';
import {
  getOracle,
  hexToStr,
  jsError,
  Rand,
  randDouble,
  randInt,
  randString,
  report,
  rng,
  runBatches,
  runSeed,
  strToHex,
  toTagged,
  type Oracle,
  type PyError,
  type Tagged,
} from '../support/oracle.js';

const BATCH = 250;

const PY_SETUP = String.raw`
import json as _json, uuid as _uuid, array as _array, decimal as _decimal, datetime as _dt

def _unhx(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

_build_json = _build

def _build(t, ids):
    # A Python value: the expression that builds it.
    if t['t'] == 'py':
        return eval(t['expr'])
    return _build_json(t, ids)

def _dd_batch(payload):
    out = []
    for c in _json.loads(payload):
        _lift()
        try:
            v = _build(c['value'], {})
        except _KeyCollision:
            out.append({'collision': True})
            continue
        except TypeError:
            # A set of a signaling-NaN Decimal: Python cannot hash it, so no such set exists.
            out.append({'collision': True})
            continue
        finally:
            _restore()
        try:
            kw = _dump_kwargs(c['opts'])
            if c['str']:
                kw['default'] = str
            out.append({'ok': _json.dumps(v, **kw).encode('utf-16-le', 'surrogatepass').hex()})
        except Exception as e:
            out.append(_err(e))
    return _json.dumps(out)
`;

/** Tagged, plus a Python value given by the expression that builds it. */
type Wire = Tagged | { t: 'py'; expr: string } | { t: 'list'; v: Wire[] } | { t: 'dict'; v: [Wire, Wire][] };

interface Made {
  js: unknown;
  wire: Wire;
}

/** Python's `float()` argument for a number. */
const pyFloat = (x: number): string => `float('${Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0.0' : String(x)}')`;

/** A random decimal text: digits, a point, an exponent, a sign, or a special value. */
function decimalText(r: Rand): string {
  if (r.chance(0.1)) return r.pick(['NaN', '-NaN', 'sNaN', 'Infinity', '-Inf', '0', '-0', '0E-7', '1E+3', '-0.00']);
  let s = r.chance(0.3) ? '-' : '';
  s += r.digits(r.range(1, r.chance(0.1) ? 40 : 8), r.chance(0.8));
  if (r.chance(0.5)) s += '.' + r.digits(r.range(1, 8), false);
  if (r.chance(0.4)) s += 'E' + r.pick(['', '+', '-']) + r.range(0, r.chance(0.1) ? 999999 : 30);
  return s;
}

/** A random timezone: UTC, or a fixed offset of whole minutes (sometimes with seconds or microseconds). */
function randZone(r: Rand): [timezone, string] {
  if (r.chance(0.3)) return [timezone.utc, '_dt.timezone.utc'];
  const minutes = r.range(-1439, 1439);
  const seconds = r.chance(0.1) ? r.range(0, 59) : 0;
  const us = r.chance(0.05) ? r.range(0, 999999) : 0;
  const args = `minutes=${minutes}, seconds=${seconds}, microseconds=${us}`;
  return [new timezone(new timedelta({ minutes, seconds, microseconds: us })), `_dt.timezone(_dt.timedelta(${args}))`];
}

/** Fields of a random date, time of day and microsecond (often zero, so every width of text shows). */
function randClock(r: Rand): number[] {
  const year = r.chance(0.1) ? r.pick([1, 9999, 1970, 2000]) : r.range(1, 9999);
  const month = r.range(1, 12);
  const day = r.range(1, 28);
  const zero = r.chance(0.3);
  return [year, month, day, zero ? 0 : r.range(0, 23), zero ? 0 : r.range(0, 59), r.chance(0.2) ? 0 : r.range(0, 59), r.chance(0.4) ? 0 : r.range(0, 999999)];
}

/**
 * The Python values: each a JS value and the expression that builds its Python counterpart.
 * The first CLASSES of them are Python-value classes, which dumps names as Python names them.
 */
const PY_VALUES: ((r: Rand) => Made)[] = [
  (r) => {
    let n = 0n;
    for (let i = 0; i < 8; i++) n = (n << 16n) | BigInt(r.int(0x10000));
    return { js: new UUID({ int: n }), wire: { t: 'py', expr: `_uuid.UUID(int=${n})` } };
  },
  (r) => {
    const text = decimalText(r);
    return { js: new Decimal(text), wire: { t: 'py', expr: `_decimal.Decimal('${text}')` } };
  },
  (r) => {
    const [y, mo, d, h, mi, s, us] = randClock(r) as [number, number, number, number, number, number, number];
    if (r.chance(0.3)) {
      return { js: new datetime(y, mo, d, h, mi, s, us), wire: { t: 'py', expr: `_dt.datetime(${y}, ${mo}, ${d}, ${h}, ${mi}, ${s}, ${us})` } };
    }
    const [tz, tzExpr] = randZone(r);
    return { js: new datetime(y, mo, d, h, mi, s, us, tz), wire: { t: 'py', expr: `_dt.datetime(${y}, ${mo}, ${d}, ${h}, ${mi}, ${s}, ${us}, ${tzExpr})` } };
  },
  (r) => {
    const [y, mo, d] = randClock(r) as [number, number, number];
    return { js: new date(y, mo, d), wire: { t: 'py', expr: `_dt.date(${y}, ${mo}, ${d})` } };
  },
  (r) => {
    const [, , , h, mi, s, us] = randClock(r) as [number, number, number, number, number, number, number];
    if (r.chance(0.5)) return { js: new time(h, mi, s, us), wire: { t: 'py', expr: `_dt.time(${h}, ${mi}, ${s}, ${us})` } };
    const [tz, tzExpr] = randZone(r);
    return { js: new time(h, mi, s, us, tz), wire: { t: 'py', expr: `_dt.time(${h}, ${mi}, ${s}, ${us}, ${tzExpr})` } };
  },
  (r) => {
    const days = r.chance(0.2) ? 0 : r.range(-999999, 999999);
    const seconds = r.range(-100000, 100000);
    const microseconds = r.chance(0.5) ? 0 : r.range(-2000000, 2000000);
    return {
      js: new timedelta({ days, seconds, microseconds }),
      wire: { t: 'py', expr: `_dt.timedelta(days=${days}, seconds=${seconds}, microseconds=${microseconds})` },
    };
  },
  (r) => {
    const [tz, expr] = randZone(r);
    return { js: tz, wire: { t: 'py', expr } };
  },
  (r) => {
    // A JS Date: the aware UTC datetime it stands for.
    const ms = r.chance(0.1) ? r.pick([0, -1, -62135596800000, 253402300799999]) : Math.floor((r.next() - 0.3) * 6e12);
    return { js: new Date(ms), wire: { t: 'py', expr: `_dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc) + _dt.timedelta(milliseconds=${ms})` } };
  },
  (r) => {
    // At most one item: Python orders a set by its hash table.
    if (r.chance(0.3)) return { js: new Set(), wire: { t: 'py', expr: 'set()' } };
    if (r.chance(0.3)) {
      // str() of a set holding a Python value: that value's repr.
      const item = PY_VALUES[r.int(CLASSES)]!(r);
      return { js: new Set([item.js]), wire: { t: 'py', expr: `{${(item.wire as { expr: string }).expr}}` } };
    }
    const s = randString(r, 6);
    const item = r.pick<[unknown, string]>([[s, `_unhx('${strToHex(s)}')`], [r.range(-5, 5), ''], [r.next(), '']]);
    const expr = item[1] || (Number.isInteger(item[0]) ? String(item[0]) : pyFloat(item[0] as number));
    return { js: new Set([item[0]]), wire: { t: 'py', expr: `{${expr}}` } };
  },
  (r) => {
    const b = Uint8Array.from({ length: r.int(12) }, () => (r.chance(0.5) ? r.pick([0x27, 0x22, 0x5c, 0x0a, 0x7f, 0x41]) : r.int(256)));
    return { js: b, wire: { t: 'py', expr: `bytes.fromhex('${Buffer.from(b).toString('hex')}')` } };
  },
  (r) => {
    const xs = Array.from({ length: r.int(4) }, () => randDouble(r));
    const js = new Float64Array(xs);
    return { js, wire: { t: 'py', expr: `_array.array('d', [${[...js].map(pyFloat).join(', ')}])` } };
  },
  (r) => {
    const xs = Array.from({ length: r.int(4) }, () => r.range(-(2 ** 31), 2 ** 31 - 1));
    return { js: Int32Array.from(xs), wire: { t: 'py', expr: `_array.array('i', [${xs.join(', ')}])` } };
  },
  (r) => {
    const message = randString(r, 8);
    const [js, cls] = r.chance(0.5) ? [new ValueError(message), 'ValueError'] : [new TypeError(message), 'TypeError'];
    return { js, wire: { t: 'py', expr: message === '' ? `${cls}()` : `${cls}(_unhx('${strToHex(message)}'))` } };
  },
];

/** How many of PY_VALUES (from the start) are Python-value classes, named as Python names them. */
const CLASSES = 7;

class Gen {
  constructor(readonly r: Rand, readonly kinds: number) {}

  scalar(): Made {
    const r = this.r;
    const js = r.pick<() => unknown>([() => randInt(r), () => randDouble(r), () => float(randDouble(r)), () => r.pick([true, false, null]), () => randString(r)])();
    return { js, wire: toTagged(js) };
  }

  value(depth: number): Made {
    const r = this.r;
    if (r.chance(0.25)) return r.pick(PY_VALUES.slice(0, this.kinds))(r);
    if (depth >= 3 || r.chance(0.35)) return this.scalar();
    const n = r.int(5);
    switch (r.int(3)) {
      case 0: {
        const items = Array.from({ length: n }, () => this.value(depth + 1));
        return { js: items.map((m) => m.js), wire: { t: 'list', v: items.map((m) => m.wire) } };
      }
      case 1: {
        const entries: [string, Made][] = [];
        const seen = new Set<string>();
        for (let i = 0; i < n; i++) {
          const k = r.chance(0.2) ? r.pick(['1', '10', 'price', '__proto__']) : randString(r, 4);
          if (seen.has(k)) continue;
          seen.add(k);
          entries.push([k, this.value(depth + 1)]);
        }
        // JS puts integer-like keys first: the wire follows the object's own order.
        const js = Object.fromEntries(entries.map(([k, m]) => [k, m.js])) as Record<string, unknown>;
        const byKey = new Map(entries);
        return { js, wire: { t: 'dict', v: Object.keys(js).map((k) => [toTagged(k), byKey.get(k)!.wire]) } };
      }
      default: {
        const m = new Map<unknown, unknown>();
        const wire: [Wire, Wire][] = [];
        for (let i = 0; i < n; i++) {
          const k = r.chance(0.5) ? randString(r, 4) : r.chance(0.5) ? randInt(r) : float(r.range(-3, 3) + 0.5);
          const v = this.value(depth + 1);
          m.set(k, v.js);
          wire.push([toTagged(k), v.wire]);
        }
        return { js: m, wire: { t: 'dict', v: wire } };
      }
    }
  }

  opts(): Record<string, unknown> {
    const r = this.r;
    const o: Record<string, unknown> = {};
    if (r.chance(0.4)) o.indent = r.pick<number | string | null>([null, 0, 2, 4, '\t', '']);
    if (r.chance(0.3)) o.separators = r.pick<[string, string]>([[',', ':'], [', ', ': '], [' ; ', ' = ']]);
    for (const k of ['sortKeys', 'ensureAscii', 'allowNan', 'checkCircular'] as const) {
      if (r.chance(0.3)) o[k] = r.chance(0.5);
    }
    return o;
  }
}

/** The options as they cross the bridge (strings as UTF-16 hex, as the oracle's `_dump_kwargs` reads them). */
function wireOpts(o: Record<string, unknown>): Record<string, unknown> {
  const w: Record<string, unknown> = { ...o };
  if (typeof o.indent === 'string') w.indent = { hex: strToHex(o.indent) };
  if (Array.isArray(o.separators)) w.separators = (o.separators as string[]).map(strToHex);
  return w;
}

interface Case {
  made: Made;
  opts: Record<string, unknown>;
  withStr: boolean;
}

type Answer = { ok: string } | { error: PyError } | { collision: true };

async function oracle(): Promise<Oracle> {
  const o = await getOracle();
  if (!(o.pyRun("'_dd_batch' in globals()") as boolean)) o.pyRun(PY_SETUP);
  return o;
}

function ask(o: Oracle, batch: Case[]): Answer[] {
  const f = o.py.globals.get('_dd_batch') as ((s: string) => string) & { destroy(): void };
  try {
    const payload = batch.map((c) => ({ value: c.made.wire, opts: wireOpts(c.opts), str: c.withStr }));
    const answers = JSON.parse(f(JSON.stringify(payload))) as Answer[];
    return answers.map((a) => ('ok' in a ? { ok: hexToStr(a.ok) } : a));
  } finally {
    f.destroy();
  }
}

function check(c: Case, want: Answer): string | undefined | null {
  if ('collision' in want) return null;
  let got: { ok: string } | { error: PyError };
  try {
    const options = (c.withStr ? { ...c.opts, default: str } : c.opts) as DumpsOptions;
    got = { ok: dumps(c.made.js, options) };
  } catch (e) {
    got = { error: jsError(e) };
  }
  const g = JSON.stringify('ok' in got ? got.ok : got.error);
  const w = JSON.stringify('ok' in want ? want.ok : want.error);
  if (g === w) return undefined;
  return `${JSON.stringify(c.made.wire).slice(0, 600)} opts=${JSON.stringify(c.opts)} str=${c.withStr}\n  ours:    ${g}\n  CPython: ${w}`;
}

test('dumps(v, { default: str }) of random mixes of Python values is json.dumps(v, default=str) (CPython 3.14)', async () => {
  const seed = runSeed('dumps default=str of Python values');
  const r = new Rand(rng(seed));
  const gen = new Gen(r, PY_VALUES.length);
  const o = await oracle();
  const { mismatches, compared } = runBatches<Case, Answer>(
    2000,
    BATCH,
    () => ({ made: gen.value(0), opts: gen.opts(), withStr: true }),
    (batch) => ask(o, batch),
    check,
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`dumps default=str: ${compared} compared`);
});

test('dumps(v) without default raises CPython\'s TypeError, notes included, for Python values at any place', async () => {
  const seed = runSeed('dumps of Python values without default');
  const r = new Rand(rng(seed));
  const gen = new Gen(r, CLASSES);
  const o = await oracle();
  let errors = 0;
  const { mismatches, compared } = runBatches<Case, Answer>(
    1000,
    BATCH,
    () => ({ made: gen.value(0), opts: gen.opts(), withStr: false }),
    (batch) => ask(o, batch),
    (c, want) => {
      if ('error' in want) errors++;
      return check(c, want);
    },
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`dumps without default: ${compared} compared, ${errors} errors`);
  assert.ok(errors > compared / 5, `only ${errors} of ${compared} cases held a Python value`);
});

test('a Python value is never written by the native JSON.stringify path', () => {
  const u = new UUID('12345678123456781234567812345678');
  const values: [unknown, string][] = [
    [u, 'UUID'],
    [new Decimal('1.5'), 'Decimal'],
    [new datetime(2024, 1, 2), 'datetime'],
    [new date(2024, 1, 2), 'date'],
    [new time(1), 'time'],
    [new timedelta({ days: 1 }), 'timedelta'],
    [timezone.utc, 'timezone'],
  ];
  for (const [v, name] of values) {
    for (const value of [v, [v], { a: v }, { a: [1, { b: v }] }]) {
      for (const options of [{}, { separators: [',', ':'] as [string, string] }, { indent: 2 }, { sortKeys: true }]) {
        assert.throws(() => dumps(value, options), { name: 'TypeError', message: `Object of type ${name} is not JSON serializable` });
      }
    }
  }
  assert.equal(dumps({ a: [u] }, { default: str, separators: [',', ':'] }), '{"a":["12345678-1234-5678-1234-567812345678"]}');
  assert.ok(!(u instanceof PyFloat));
});
