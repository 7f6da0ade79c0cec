/**
 * Random Python values for the differential tests of pyjson/python: each is a JS value and the
 * Python expression that builds its counterpart, carried to CPython (pyodide) in a tagged value as
 * `{t: 'py', expr}`. `setupPyValues(oracle)` teaches the oracle's `_build` that tag.
 * @module
 */
import { date, datetime, Decimal, time, timedelta, timezone, UUID } from '../../src/python/index.js';
import { ValueError } from '../../src/index.js';
import { randDouble, randString, strToHex, type Oracle, type Rand, type Tagged } from './oracle.js';

const PY_SETUP = String.raw`
import uuid as _uuid, array as _array, decimal as _decimal, datetime as _dt

def _unhx(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

_build_json = _build

def _build(t, ids):
    # A Python value: the expression that builds it.
    if t['t'] == 'py':
        return eval(t['expr'])
    return _build_json(t, ids)
`;

/** Makes the oracle's `_build` read `{t: 'py', expr}` (once per oracle). */
export function setupPyValues(o: Oracle): void {
  if (!(o.pyRun("'_build_json' in globals()") as boolean)) o.pyRun(PY_SETUP);
}

/** Tagged, plus a Python value given by the expression that builds it. */
export type Wire = Tagged | { t: 'py'; expr: string } | { t: 'list'; v: Wire[] } | { t: 'dict'; v: [Wire, Wire][] };

export interface Made {
  js: unknown;
  wire: Wire;
}

/** Python's `float()` argument for a number. */
export const pyFloat = (x: number): string => `float('${Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0.0' : String(x)}')`;

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
export const PY_VALUES: ((r: Rand) => Made)[] = [
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
export const CLASSES = 7;
