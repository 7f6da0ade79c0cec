/**
 * Differential test of `pyjson/python`'s datetime types against CPython 3.14 (pyodide's C
 * `_datetime`). Each random case is one Python expression and the JS call that stands for it:
 * constructors with valid and invalid arguments, timedelta normalisation (mixed signs, floats,
 * huge values), `isoformat` with every timespec and random separators, `fromisoformat` of random
 * valid and corrupted texts, `str`/`repr`, `total_seconds`, comparisons, arithmetic and the other
 * methods. The result's `repr()` (or the error's class and message) must be CPython's.
 *
 * Local time (naive `timestamp()`, `toDate()`, `astimezone()`, `fromDate(d, null)`) is compared
 * too: pyodide's C library reads the local zone through JS's Date, so both sides see the zone of
 * this process (run with `TZ=America/New_York` and others to exercise gaps and folds). Left out:
 * the name of the zone `astimezone()` attaches (`UTC-0500` in pyodide, `EST` natively; pyjson
 * attaches none), and `now()`.
 *
 * Rerun a failing run with
 * `PYJSON_SEED=<seed printed> node --test build/test/differential/python-datetime.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { float, PyFloat } from '../../src/index.js';
import { pyFloatRepr, pyStrRepr } from '../../src/float.js';
import { date, datetime, pyRepr, time, timedelta, timezone } from '../../src/python/index.js';
import { getOracle, Rand, report, rng, runBatches, runSeed } from '../support/oracle.js';

const CASES = 4_500;
const BATCH = 500;

const PY_SETUP = String.raw`
import json
from datetime import date, datetime, time, timedelta, timezone

_dt_ns = {'date': date, 'datetime': datetime, 'time': time, 'timedelta': timedelta, 'timezone': timezone}

def _dt_run(payload):
    out = []
    for e in json.loads(payload):
        try:
            out.append(repr(eval(e, _dt_ns)))
        except Exception as x:
            out.append('!' + type(x).__name__ + ': ' + str(x))
    return json.dumps(out)
`;

/** One case: the Python expression and the JS computation of the same value. */
interface Case {
  py: string;
  js: () => unknown;
}

// ---------------------------------------------------------------------------------------------
// JS values as Python source, and JS results as Python's repr
// ---------------------------------------------------------------------------------------------

function isPyIntNumber(n: number): boolean {
  return Number.isSafeInteger(n) && !Object.is(n, -0);
}

function floatSource(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  return pyFloatRepr(x);
}

/** Python source for a JS value as pyjson maps it (strings as JSON literals, valid in Python). */
function py(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return isPyIntNumber(v) ? String(v) : floatSource(v);
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof PyFloat) return floatSource(v.valueOf());
  if (v instanceof timedelta) return `timedelta(${v.days}, ${v.seconds}, ${v.microseconds})`;
  if (v instanceof timezone) {
    if (v === timezone.utc) return 'timezone.utc';
    return `timezone(${py(v.offset)}${v.name === null ? '' : ', ' + py(v.name)})`;
  }
  if (v instanceof datetime) {
    return `datetime(${v.year}, ${v.month}, ${v.day}, ${v.hour}, ${v.minute}, ${v.second}, ${v.microsecond}, ${py(v.tzinfo)}, fold=${v.fold})`;
  }
  if (v instanceof date) return `date(${v.year}, ${v.month}, ${v.day})`;
  if (v instanceof time) {
    return `time(${v.hour}, ${v.minute}, ${v.second}, ${v.microsecond}, ${py(v.tzinfo)}, fold=${v.fold})`;
  }
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  if (typeof v === 'object') return '{}';
  throw new Error(`no Python source for ${String(v)}`);
}

/** Python's repr of a JS result (a float result comes wrapped in `float()`). */
function show(v: unknown): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return isPyIntNumber(v) ? String(v) : pyFloatRepr(v);
  if (v instanceof PyFloat) return pyFloatRepr(v.valueOf());
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return `(${v.map(show).join(', ')})`;
  if (typeof v === 'object' && pyRepr in (v as object)) return (v as { [pyRepr](): string })[pyRepr]();
  return `<unexpected ${typeof v}: ${String(v)}>`;
}

function runJs(c: Case): string {
  try {
    return show(c.js());
  } catch (e) {
    return e instanceof Error ? `!${e.name}: ${e.message}` : `!<non-Error> ${String(e)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Random arguments and values
// ---------------------------------------------------------------------------------------------

const WRONG_TYPES: readonly unknown[] = [null, 'x', '1', 1.5, float(2), -0, [], {}, true, 2 ** 53, NaN];

function edgeInt(r: Rand, lo: number, hi: number): number | bigint {
  const p = r.next();
  if (p < 0.6) return r.range(lo, hi);
  if (p < 0.75) return r.pick([lo, hi]);
  if (p < 0.87) return r.pick([lo - 1, hi + 1, -1, 0]);
  if (p < 0.93) return r.pick([2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 40]);
  if (p < 0.96) return r.pick([2n ** 31n, 10n ** 30n, -(2n ** 63n), 5n]);
  return r.pick(WRONG_TYPES) as number;
}

function validYear(r: Rand): number {
  return r.chance(0.3) ? r.pick([1, 2, 99, 100, 1000, 1582, 1969, 1970, 2000, 2024, 9998, 9999]) : r.range(1, 9999);
}

function dim(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function randTimezone(r: Rand): timezone {
  const p = r.next();
  if (p < 0.3) return timezone.utc;
  let seconds: number;
  let us = 0;
  if (p < 0.7) seconds = r.range(-23, 23) * 3600 + r.pick([0, 0, 30, 45]) * 60;
  else {
    seconds = r.range(-86399, 86399);
    if (r.chance(0.5)) us = r.range(0, 999999);
  }
  const offset = new timedelta(0, seconds, us);
  if (offset.days === -1 && offset.seconds === 0 && offset.microseconds === 0) return timezone.utc;
  const name = r.chance(0.2) ? r.pick(['', 'CET', 'UTC', "it's", '\u00e9t\u00e9', '\ud83d\ude00', '\ud800']) : undefined;
  return new timezone(offset, name);
}

function randTimedelta(r: Rand): timedelta {
  const p = r.next();
  if (p < 0.3) return new timedelta(r.range(-5, 5), r.range(0, 86399), r.chance(0.5) ? 0 : r.range(0, 999999));
  if (p < 0.6) return new timedelta(r.range(-999999999, 999999999), r.range(0, 86399), r.range(0, 999999));
  if (p < 0.8) return new timedelta(0, r.range(-100000, 100000), r.range(-2000000, 2000000));
  return r.pick([timedelta.max, timedelta.min, timedelta.resolution, new timedelta(), new timedelta(-1), new timedelta(3652058)]);
}

function randDate(r: Rand): date {
  const y = validYear(r);
  const m = r.range(1, 12);
  return new date(y, m, r.chance(0.2) ? dim(y, m) : r.range(1, dim(y, m)));
}

function randTime(r: Rand, aware = r.chance(0.5)): time {
  const us = r.pick([0, 0, r.range(0, 999999), r.range(0, 999) * 1000]);
  return new time(r.range(0, 23), r.range(0, 59), r.pick([0, r.range(0, 59)]), us, aware ? randTimezone(r) : null, r.chance(0.1) ? 1 : 0);
}

function randDatetime(r: Rand, aware = r.chance(0.5)): datetime {
  const d = randDate(r);
  const t = randTime(r, aware);
  return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold as 0 | 1);
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

/** Positional arguments as Python source, `undefined` left out at the end. */
function argList(args: unknown[]): string {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n).map(py).join(', ');
}

function constructorCase(r: Rand): Case {
  const kind = r.int(3);
  if (kind === 0) {
    const y = edgeInt(r, 1, 9999);
    const m = edgeInt(r, 1, 12);
    const d = edgeInt(r, 1, 31);
    const args: unknown[] = [y, m, d].slice(0, r.chance(0.05) ? r.int(3) : 3);
    return { py: `date(${argList(args)})`, js: () => new (date as new (...a: unknown[]) => date)(...args) };
  }
  const time6 = [edgeInt(r, 0, 23), edgeInt(r, 0, 59), edgeInt(r, 0, 59), edgeInt(r, 0, 999999)];
  const tz = r.chance(0.5) ? (r.chance(0.9) ? randTimezone(r) : r.pick([1, 'UTC', new timedelta(1), new date(2024, 1, 1)])) : undefined;
  const fold = r.chance(0.2) ? r.pick([0, 1, 2, -1, 1.0, null]) : undefined;
  const n = r.range(0, 4);
  const given = time6.slice(0, n);
  const tail = tz !== undefined || fold !== undefined;
  while (tail && given.length < 4) given.push(0);
  if (kind === 1) {
    const ymd = [edgeInt(r, 1, 9999), edgeInt(r, 1, 12), edgeInt(r, 1, 31)];
    const pyArgs = argList([...ymd, ...given, tail ? (tz ?? null) : undefined]);
    const pyFold = fold !== undefined ? `, fold=${py(fold)}` : '';
    const jsArgs = [...ymd, ...given, tail ? (tz ?? null) : undefined, fold];
    return { py: `datetime(${pyArgs}${pyFold})`, js: () => new (datetime as new (...a: unknown[]) => datetime)(...jsArgs) };
  }
  const pyArgs = argList([...given, tail ? (tz ?? null) : undefined]);
  const pyFold = fold !== undefined ? `${pyArgs ? ', ' : ''}fold=${py(fold)}` : '';
  const jsArgs = [...given, tail ? (tz ?? null) : undefined, fold];
  return { py: `time(${pyArgs}${pyFold})`, js: () => new (time as new (...a: unknown[]) => time)(...jsArgs) };
}

const TD_NAMES = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'] as const;

function randTdArg(r: Rand): unknown {
  const p = r.next();
  const sign = r.chance(0.5) ? -1 : 1;
  if (p < 0.3) return sign * r.int(1000);
  if (p < 0.55) return sign * r.int(1000000) / r.pick([1, 2, 3, 4, 7, 8, 10, 1000, 3600, 86400]);
  if (p < 0.65) return sign * r.pick([0.5, 1.5, 2.5, 0.25, 1e-6, 5e-7, 1.5e-6, 0.1, 1 / 3, 86399.9999995]);
  if (p < 0.75) return sign * r.next() * 10 ** r.int(12);
  if (p < 0.82) return sign * r.pick([999999999, 1000000000, 2 ** 31, 2 ** 52, 2 ** 53, 1e15, 1e20, 1e300]);
  if (p < 0.87) return r.pick([10n ** 15n, -(10n ** 17n), 2n ** 70n, 86400n]);
  if (p < 0.92) return float(sign * r.int(100));
  if (p < 0.95) return r.pick([NaN, Infinity, -Infinity, -0]);
  return r.pick(['1', null, [], true, {}]);
}

function timedeltaCase(r: Rand): Case {
  const count = r.range(0, 4);
  if (r.chance(0.5)) {
    const kw: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) kw[r.pick(TD_NAMES)] = randTdArg(r);
    if (r.chance(0.02)) kw['day'] = 1;
    const pyKw = Object.entries(kw).map(([k, v]) => `${k}=${py(v)}`).join(', ');
    return { py: `timedelta(${pyKw})`, js: () => new timedelta(kw as never) };
  }
  const args: unknown[] = [];
  const n = r.chance(0.02) ? 8 : r.range(0, 7);
  for (let i = 0; i < n; i++) args.push(randTdArg(r));
  // One plain object is the keyword form, not a positional dict.
  if (args.length === 1 && !Array.isArray(args[0]) && typeof args[0] === 'object' && args[0] !== null && !(args[0] instanceof PyFloat)) args[0] = [];
  return { py: `timedelta(${argList(args)})`, js: () => new (timedelta as new (...a: unknown[]) => timedelta)(...args) };
}

function timezoneCase(r: Rand): Case {
  const p = r.next();
  let offset: unknown;
  if (p < 0.7) offset = new timedelta(0, r.range(-90000, 90000), r.chance(0.3) ? r.range(-999999, 999999) : 0);
  else if (p < 0.85) offset = r.pick([new timedelta(1), new timedelta(-1), new timedelta(0, -86399, -999999), new timedelta(0, 86399, 999999), new timedelta()]);
  else offset = r.pick([null, 3600, 'UTC', new date(2024, 1, 1)]);
  const name = r.chance(0.4) ? r.pick(['', 'X', 'UTC', "a'b", 'a"b', '\n', '\u00e9', '\ud800', null, 1]) : undefined;
  const args = [offset, name];
  const which = r.pick(['repr', 'str', 'tzname', 'utcoffset', 'dst']);
  const make = () => new (timezone as new (...a: unknown[]) => timezone)(...args.slice(0, name === undefined ? 1 : 2));
  const pyTz = `timezone(${argList(args)})`;
  switch (which) {
    case 'str':
      return { py: `str(${pyTz})`, js: () => String(make()) };
    case 'tzname':
      return { py: `${pyTz}.tzname(None)`, js: () => make().tzname() };
    case 'utcoffset':
      return { py: `${pyTz}.utcoffset(None)`, js: () => make().utcoffset() };
    case 'dst':
      return { py: `${pyTz}.dst(None)`, js: () => make().dst() };
    default:
      return { py: pyTz, js: make };
  }
}

const TIMESPECS = ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'];

function isoformatCase(r: Rand): Case {
  const spec = r.chance(0.9) ? r.pick(TIMESPECS) : r.pick(['', 'Auto', 'nanoseconds', 'x\x00', '\ud800', 1, null]);
  const which = r.int(5);
  if (which === 0) {
    const d = randDate(r);
    return r.chance(0.5) ? { py: `${py(d)}.isoformat()`, js: () => d.isoformat() } : { py: `str(${py(d)})`, js: () => String(d) };
  }
  if (which === 1) {
    const t = randTime(r);
    if (r.chance(0.3)) return { py: `str(${py(t)})`, js: () => String(t) };
    return { py: `${py(t)}.isoformat(${py(spec)})`, js: () => t.isoformat(spec as never) };
  }
  const dt = randDatetime(r);
  if (which === 2) return { py: `str(${py(dt)})`, js: () => String(dt) };
  const sep = r.chance(0.8) ? r.pick(['T', ' ', 'x', '\u00e9', '\ud83d\ude00', '\x00', '\ud800', '_']) : r.pick(['', 'ab', 1, null]);
  if (r.chance(0.2)) return { py: `${py(dt)}.isoformat(${py(sep)})`, js: () => dt.isoformat(sep as string) };
  return { py: `${py(dt)}.isoformat(${py(sep)}, ${py(spec)})`, js: () => dt.isoformat(sep as string, spec as never) };
}

function reprCase(r: Rand): Case {
  const v = r.pick([randDate, randTime, randDatetime, randTimedelta, randTimezone] as const)(r);
  return r.chance(0.5) ? { py: py(v), js: () => v } : { py: `str(${py(v)})`, js: () => String(v) };
}

// ISO texts ------------------------------------------------------------------------------------

const ISO_CHARS = ['0', '1', '5', '9', ':', '-', '+', 'W', 'T', 'Z', 'z', '.', ',', ' ', '\x00', '\u00e9', '\ud83d\ude00', '\ud800', 't'];

function digits(r: Rand, n: number, value?: number): string {
  if (value !== undefined && r.chance(0.95)) return String(value).padStart(n, '0').slice(-n);
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(10));
  return s;
}

function isoDateText(r: Rand, d: date): string {
  const dash = r.chance(0.6);
  const sep = dash ? '-' : '';
  if (r.chance(0.25)) {
    const [y, w, wd] = d.isocalendar();
    const withDay = r.chance(0.6);
    return `${digits(r, 4, y)}${sep}W${digits(r, 2, w)}${withDay ? sep + digits(r, 1, wd) : ''}`;
  }
  return `${digits(r, 4, d.year)}${sep}${digits(r, 2, d.month)}${sep}${digits(r, 2, d.day)}`;
}

function isoOffsetText(r: Rand): string {
  const p = r.next();
  if (p < 0.3) return '';
  if (p < 0.45) return 'Z';
  const sign = r.pick(['+', '-']);
  const colon = r.chance(0.6) ? ':' : '';
  const h = digits(r, 2, r.range(0, 23));
  const m = digits(r, 2, r.range(0, 59));
  const s = digits(r, 2, r.range(0, 59));
  const n = r.int(5);
  if (n === 0) return sign + h;
  if (n === 1) return sign + h + colon + m;
  if (n === 2) return sign + h + colon + m + colon + s;
  return sign + h + colon + m + colon + s + r.pick(['.', ',']) + digits(r, r.range(1, 8));
}

function isoTimeText(r: Rand, t: time): string {
  const colon = r.chance(0.6) ? ':' : '';
  const hour = r.chance(0.05) ? 24 : t.hour;
  const h = digits(r, 2, hour);
  const m = digits(r, 2, hour === 24 && r.chance(0.7) ? 0 : t.minute);
  const s = digits(r, 2, hour === 24 && r.chance(0.7) ? 0 : t.second);
  const n = r.int(4);
  let out = n === 0 ? h : n === 1 ? h + colon + m : h + colon + m + colon + s;
  if (n === 3) {
    const k = r.range(0, 10);
    out += r.pick(['.', ',']) + (hour === 24 && r.chance(0.7) ? '0'.repeat(k) : digits(r, k, Math.floor(t.microsecond / 10 ** Math.max(0, 6 - k))));
  }
  return out + isoOffsetText(r);
}

function corrupt(r: Rand, s: string): string {
  const chars = [...s];
  const i = r.int(chars.length + 1);
  const c = r.pick(ISO_CHARS);
  const p = r.next();
  if (p < 0.3) chars.splice(i, 0, c);
  else if (p < 0.6) chars.splice(i, 1);
  else if (p < 0.9) chars.splice(i, 1, c);
  else return chars.slice(0, i).join('');
  return chars.join('');
}

function fromisoformatCase(r: Rand): Case {
  const which = r.int(3);
  let text: string;
  if (which === 0) text = isoDateText(r, randDate(r));
  else if (which === 1) text = (r.chance(0.2) ? 'T' : '') + isoTimeText(r, randTime(r));
  else {
    const sep = r.pick(['T', 'T', ' ', 't', 'x', '-', '5', '\u00e9', '\ud83d\ude00', '\x00', '\ud800', 'W']);
    text = isoDateText(r, randDate(r)) + (r.chance(0.15) ? '' : sep + isoTimeText(r, randTime(r)));
  }
  const corruptions = r.chance(0.4) ? r.range(1, 3) : 0;
  for (let i = 0; i < corruptions; i++) text = corrupt(r, text);
  const cls = r.chance(0.8) ? which : r.int(3);
  const name = ['date', 'time', 'datetime'][cls]!;
  const parse = [date.fromisoformat, time.fromisoformat, datetime.fromisoformat][cls]!;
  return { py: `${name}.fromisoformat(${py(text)})`, js: () => parse(text) };
}

// Comparisons, arithmetic, methods ------------------------------------------------------------

/** A value near `a` to compare it with: a shifted copy, the same instant elsewhere, a naive one... */
function partner(r: Rand, a: date | time | timedelta): unknown {
  const p = r.next();
  if (p < 0.1) return r.pick([1, 'x', null, new timedelta(1), new date(2024, 1, 1), new time(1)]);
  if (a instanceof timedelta) return p < 0.4 ? a : randTimedelta(r);
  if (a instanceof datetime) {
    if (p < 0.3) return a.replace({ tzinfo: r.chance(0.5) ? null : randTimezone(r) });
    if (p < 0.5 && a.tzinfo) {
      try {
        return a.astimezone(randTimezone(r));
      } catch {
        return a;
      }
    }
    if (p < 0.6) return a.date();
    if (p < 0.8) {
      try {
        return a.add(new timedelta(0, r.pick([-1, 1, 0]), r.pick([-1, 1, 0])));
      } catch {
        return a;
      }
    }
    return randDatetime(r);
  }
  if (a instanceof time) {
    if (p < 0.5) return a.replace({ tzinfo: r.chance(0.3) ? null : randTimezone(r), microsecond: r.chance(0.5) ? a.microsecond : r.range(0, 999999) });
    return randTime(r);
  }
  if (p < 0.4) return a;
  if (p < 0.6) return new datetime(a.year, a.month, a.day);
  return randDate(r);
}

const OPS = [
  ['==', 'equals'],
  ['<', 'lt'],
  ['<=', 'le'],
  ['>', 'gt'],
  ['>=', 'ge'],
] as const;

function compareCase(r: Rand): Case {
  const a = r.pick([randDate, randTime, randDatetime, randTimedelta] as const)(r);
  const b = partner(r, a);
  const [op, method] = r.chance(0.4) ? OPS[0] : r.pick(OPS);
  return { py: `${py(a)} ${op} ${py(b)}`, js: () => (a as unknown as Record<string, (o: unknown) => boolean>)[method]!(b) };
}

function arithmeticCase(r: Rand): Case {
  const k = r.int(7);
  if (k === 0) {
    const a = randTimedelta(r);
    const b = r.chance(0.95) ? randTimedelta(r) : 1;
    return r.chance(0.5)
      ? { py: `${py(a)} + ${py(b)}`, js: () => a.add(b as timedelta) }
      : { py: `${py(a)} - ${py(b)}`, js: () => a.sub(b as timedelta) };
  }
  if (k === 1) {
    const a = randTimedelta(r);
    return r.chance(0.5) ? { py: `-${py(a)}`, js: () => a.neg() } : { py: `abs(${py(a)})`, js: () => a.abs() };
  }
  if (k === 2) {
    const a = randTimedelta(r);
    return { py: `${py(a)}.total_seconds()`, js: () => float(a.total_seconds()) };
  }
  if (k === 3) {
    const c = timedeltaCase(r);
    return { py: `${c.py}.total_seconds()`, js: () => float((c.js() as timedelta).total_seconds()) };
  }
  const a = k === 4 ? randDate(r) : randDatetime(r);
  const p = r.next();
  if (p < 0.35) {
    const d = r.chance(0.95) ? randTimedelta(r) : r.pick([1, new date(2024, 1, 1)]);
    return { py: `${py(a)} + ${py(d)}`, js: () => a.add(d as timedelta) };
  }
  if (p < 0.6) {
    const d = randTimedelta(r);
    return { py: `${py(a)} - ${py(d)}`, js: () => a.sub(d) };
  }
  const b = a instanceof datetime && r.chance(0.8) ? (r.chance(0.5) ? randDatetime(r) : partner(r, a)) : partner(r, a);
  return { py: `${py(a)} - ${py(b)}`, js: () => (a.sub as (o: unknown) => unknown)(b) };
}

function methodCase(r: Rand): Case {
  const k = r.int(4);
  if (k === 0) {
    const a = r.chance(0.5) ? randDate(r) : randDatetime(r);
    const m = r.pick(['weekday', 'isoweekday', 'toordinal', 'isocalendar'] as const);
    if (m === 'isocalendar') return { py: `tuple(${py(a)}.isocalendar())`, js: () => a.isocalendar() };
    return { py: `${py(a)}.${m}()`, js: () => a[m]() };
  }
  if (k === 1) {
    const n = r.chance(0.8) ? r.range(1, 3652059) : r.pick([0, -1, 3652060, 2 ** 31 - 1, 1.5, 'x']);
    const cls = r.chance(0.5) ? 'date' : 'datetime';
    const C = cls === 'date' ? date : datetime;
    return { py: `${cls}.fromordinal(${py(n)})`, js: () => C.fromordinal(n as number) };
  }
  if (k === 2) {
    const a = r.pick([randDate, randTime, randDatetime] as const)(r);
    const names = a instanceof datetime ? ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold']
      : a instanceof date ? ['year', 'month', 'day'] : ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];
    const kw: Record<string, unknown> = {};
    for (let i = r.range(0, 3); i > 0; i--) {
      const name = r.chance(0.95) ? r.pick(names) : r.pick(['hour', 'days', 'tz']);
      kw[name] = name === 'tzinfo'
        ? (r.chance(0.8) ? (r.chance(0.5) ? null : randTimezone(r)) : 1)
        : name === 'fold' ? r.pick([0, 1, 2]) : edgeInt(r, 0, 60);
    }
    const pyKw = Object.entries(kw).map(([k2, v]) => `${k2}=${py(v)}`).join(', ');
    return { py: `${py(a)}.replace(${pyKw})`, js: () => (a.replace as (f: object) => unknown)(kw) };
  }
  const a = randDatetime(r, r.chance(0.7));
  const m = r.pick(['utcoffset', 'tzname', 'dst', 'date', 'time', 'timetz', 'timestamp', 'astimezone'] as const);
  if (m === 'timestamp') {
    if (!a.tzinfo) return { py: `${py(a)}.utcoffset()`, js: () => a.utcoffset() };
    return { py: `${py(a)}.timestamp()`, js: () => float(a.timestamp()) };
  }
  if (m === 'astimezone') {
    if (!a.tzinfo) return { py: `${py(a)}.astimezone(1)`, js: () => a.astimezone(1 as never) };
    const tz = r.chance(0.95) ? randTimezone(r) : 'UTC';
    return { py: `${py(a)}.astimezone(${py(tz)})`, js: () => a.astimezone(tz as timezone) };
  }
  return { py: `${py(a)}.${m}()`, js: () => a[m]() };
}

/** A naive datetime near a transition of the local zone (DST changes fall on such hours). */
function randLocalDatetime(r: Rand): datetime {
  if (r.chance(0.5)) return randDatetime(r, false);
  const y = r.pick([1970, 2000, 2024, 2025, 1950, 2100]);
  const m = r.pick([3, 4, 10, 11, 1, 9]);
  const d = r.range(1, 31 - (m === 4 || m === 11 || m === 9 ? 1 : 0));
  return new datetime(y, m, d, r.pick([0, 1, 2, 3, 23]), r.pick([0, 30, 59]), r.int(60), r.int(1000000), null, r.chance(0.5) ? 1 : 0);
}

function localTimeCase(r: Rand): Case {
  const k = r.int(5);
  if (k === 0) {
    const a = randLocalDatetime(r);
    return { py: `${py(a)}.timestamp()`, js: () => float(a.timestamp()) };
  }
  if (k === 1) {
    const a = randLocalDatetime(r);
    const tz = randTimezone(r);
    return { py: `${py(a)}.astimezone(${py(tz)})`, js: () => a.astimezone(tz) };
  }
  if (k === 2) {
    const a = r.chance(0.5) ? randLocalDatetime(r) : randDatetime(r, true);
    return r.chance(0.5)
      ? { py: `${py(a)}.astimezone().utcoffset()`, js: () => a.astimezone().utcoffset() }
      : { py: `${py(a)}.astimezone().replace(tzinfo=None)`, js: () => a.astimezone().replace({ tzinfo: null }) };
  }
  if (k === 3) {
    // Python's int(timestamp * 1000) is the JS Date's time value, when the datetime is in JS's range.
    const a = randLocalDatetime(r);
    return { py: `int(${py(a)}.timestamp() // 1 * 1000 + ${Math.floor(a.microsecond / 1000)})`, js: () => a.toDate().getTime() };
  }
  const secs = r.chance(0.8)
    ? r.range(-(10 ** 10), 10 ** 10)
    : r.pick([-62135596800, -62135596801, -62135596800 + 86400, 253402300799, 253402300800, 253402300799 - 86400]);
  const ms = r.int(1000);
  const tz = r.chance(0.5) ? null : randTimezone(r);
  return {
    py: tz
      ? `datetime.fromtimestamp(${secs}, timezone.utc).replace(microsecond=${ms * 1000}).astimezone(${py(tz)})`
      : `datetime.fromtimestamp(${secs}).replace(microsecond=${ms * 1000})`,
    js: () => datetime.fromDate(new Date(secs * 1000 + ms), tz),
  };
}

const KINDS: [number, (r: Rand) => Case][] = [
  [6, localTimeCase],
  [14, constructorCase],
  [14, timedeltaCase],
  [5, timezoneCase],
  [12, isoformatCase],
  [6, reprCase],
  [22, fromisoformatCase],
  [10, compareCase],
  [10, arithmeticCase],
  [8, methodCase],
];

function makeCase(r: Rand): Case {
  let x = r.next() * KINDS.reduce((s, [w]) => s + w, 0);
  for (const [w, f] of KINDS) {
    if ((x -= w) < 0) return f(r);
  }
  return KINDS[0]![1](r);
}

/** Texts at the edges of the ISO grammar, tried by every run. */
const ISO_EDGES = [
  '2024-01-02T24:00', '2024-12-31T24:00:00', '9999-12-31T24:00', '2024-02-30T24:00', '2024-00-00T24:00', '0000-12-31T24:00',
  '2024-01-00T24:00', '2024-13-02T24:01', '0000-01-01T24:01', '2024-01-02T24:00:00.0000001', '2024-01-02T24:00+24:00',
  '2024-W53', '2020-W53-7', '0000-W01', '2024-W01-1T03', '2024W011', '2024W0112', '2024W01123', '2024-W01-0000', '2024-W01-',
  '2024-W0', '2024-W01-01', '2024-001', '10000-01-01', '2024-01-02T03:04:05.Z', '2024-01-02T03:04:05.',
  '2024-01-02T03:04:05.123456\x00', '2024-01-02\x0003:04', '2024-01-02\ud80003:04', '2024-01-02\ud800\ud80003:04',
  '2024-01-02\ud83d\ude0003:04', '2024-01-02T03:04:05.1234567\x00abc', '2024-01-02T03:04:05+01:00\x00',
  '2024-01-02T03:04:05+00:00:00.000001', '2024-01-02T03:04:05-23:59:59.999999', '2024-01-02T03:04:05+23:59:60',
  '2024-01-02T03:04:05+0000005', '2024-01-02T03:04:05+00000005', '2024-01-02T03:04:05:06', '2024-01-02T0304055',
  '2024-01-02T03.5', '2024-01-02T03:04.5', '2024-01-0203:04', '2024-01-02t03:04', '2024-01-02T03:04:05z', '\u0662\u0660\u0662\u0664-01-02',
  '2024-01-02T03:04:05.-01:00', '1234567', '123456', '2024-01-02 ', ' 2024-01-02',
];

const EDGES: Case[] = ISO_EDGES.flatMap((s) => {
  return [
    { py: `datetime.fromisoformat(${py(s)})`, js: () => datetime.fromisoformat(s) },
    { py: `date.fromisoformat(${py(s)})`, js: () => date.fromisoformat(s) },
    { py: `time.fromisoformat(${py(s.slice(11))})`, js: () => time.fromisoformat(s.slice(11)) },
    { py: `time.fromisoformat(${py('T' + s.slice(11))})`, js: () => time.fromisoformat('T' + s.slice(11)) },
  ];
});

test('fromisoformat matches CPython 3.14 at the edges of its grammar', async () => {
  const oracle = await getOracle();
  oracle.pyRun(PY_SETUP);
  oracle.py.globals.set('_dt_in', JSON.stringify(EDGES.map((c) => c.py)));
  const want = JSON.parse(oracle.pyRun('_dt_run(_dt_in)') as string) as string[];
  const mismatches = EDGES.flatMap((c, i) => (runJs(c) === want[i] ? [] : [`${c.py}\n    CPython: ${want[i]}\n    pyjson:  ${runJs(c)}`]));
  assert.deepEqual(mismatches, []);
});

test('datetime types match CPython 3.14 on random constructors, texts, comparisons and arithmetic', async () => {
  const seed = runSeed('python-datetime differential');
  const r = new Rand(rng(seed));
  const oracle = await getOracle();
  oracle.pyRun(PY_SETUP);
  const ask = (batch: Case[]): string[] => {
    oracle.py.globals.set('_dt_in', JSON.stringify(batch.map((c) => c.py)));
    return JSON.parse(oracle.pyRun('_dt_run(_dt_in)') as string) as string[];
  };
  const { mismatches, compared } = runBatches(
    CASES,
    BATCH,
    () => makeCase(r),
    ask,
    (c, want) => {
      const got = runJs(c);
      return got === want ? undefined : `${c.py}\n    CPython: ${want}\n    pyjson:  ${got}`;
    },
  );
  assert.ok(compared >= CASES);
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});
