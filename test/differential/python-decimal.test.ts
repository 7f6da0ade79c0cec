/**
 * Differential test of `Decimal` (pyjson/python) against CPython 3.14's C `_decimal` (pyodide),
 * seeded: random decimal texts (long digit strings, exponents around the point where str()
 * switches to exponent notation, signs, specials with payloads, underscores, Python whitespace,
 * digits of other scripts) and corrupted ones, ints, doubles (the exact binary value), the tuple
 * form, comparisons with Decimals, ints, floats and other types, and `loads` with
 * `parseFloat` against `json.loads(parse_float=Decimal)`. For each value: str, repr, as_tuple,
 * float() and int(); for each error: the class and text.
 *
 * pyodide is a 32-bit build: its exponent range (Emax 425000000, Etiny -849999999, C long and
 * ssize_t of 32 bits) is narrower than 64-bit CPython's, which pyjson follows. Cases whose value
 * lies between the two ranges are left out here (pinned in test/unit/python-decimal.test.ts).
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/python-decimal.test.js`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { float, loads } from '../../src/index.js';
import { DIGIT_ZERO_CODE_POINTS, PY_SPACE_CODE_POINTS } from '../../src/python/decimal/chars.js';
import { Decimal, pyRepr } from '../../src/python/index.js';
import {
  getOracle,
  pyFloatRepr,
  Rand,
  randDouble,
  randJsonText,
  randNumberText,
  report,
  rng,
  runBatches,
  runSeed,
  strToHex,
  type Oracle,
} from '../support/oracle.js';

const PY_SETUP = String.raw`
import json
from decimal import Decimal

def _dec_err(e):
    return [type(e).__name__, str(e)]

def _dec_text(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

def _dec_val(w):
    # A tagged value: int (decimal text), float (repr), str (hex), bool, None, list, Decimal (hex).
    k = w[0]
    if k == 'i': return int(w[1])
    if k == 'f': return float(w[1])
    if k == 's': return _dec_text(w[1])
    if k == 'b': return w[1]
    if k == 'n': return None
    if k == 'l': return [_dec_val(x) for x in w[1]]
    if k == 'd': return Decimal(_dec_text(w[1]))
    raise ValueError(k)

def _dec_info(d):
    t = d.as_tuple()
    rec = {'r': repr(d), 's': str(d),
           't': [t.sign, ''.join(map(str, t.digits)), t.exponent if isinstance(t.exponent, str) else str(t.exponent)]}
    try:
        rec['f'] = repr(float(d))
    except Exception as e:
        rec['f'] = _dec_err(e)
    if not d.is_finite() or d.adjusted() < 4000:
        try:
            rec['i'] = str(int(d))
        except Exception as e:
            rec['i'] = _dec_err(e)
    return rec

def _dec_cmp(a, b):
    out = []
    for f in (lambda: a == b, lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):
        try:
            out.append(f())
        except Exception as e:
            out.append(_dec_err(e))
    return out

def _dec_walk(v, out):
    if isinstance(v, Decimal):
        out.append(str(v))
    elif isinstance(v, (list, tuple)):
        for x in v:
            _dec_walk(x, out)
    return out

def _dec_one(c):
    k = c['k']
    try:
        if k == 'new':
            return {'ok': _dec_info(Decimal(_dec_val(c['v'])))}
        if k == 'cmp':
            return {'ok': _dec_cmp(Decimal(_dec_text(c['a'])), _dec_val(c['b']))}
        if k == 'loads':
            v = json.loads(_dec_text(c['v']), parse_float=Decimal, object_pairs_hook=lambda p: p)
            return {'ok': _dec_walk(v, [])}
    except Exception as e:
        return {'error': _dec_err(e)}
    raise ValueError(k)

def _dec_batch(payload):
    return json.dumps([_dec_one(c) for c in json.loads(payload)])
`;

/** A Python value as it crosses the bridge (see `_dec_val`). */
type Wire =
  | ['i', string]
  | ['f', string]
  | ['s', string]
  | ['b', boolean]
  | ['n']
  | ['l', Wire[]]
  | ['d', string];

type WireCase = { k: 'new'; v: Wire } | { k: 'cmp'; a: string; b: Wire } | { k: 'loads'; v: string };

interface Case {
  wire: WireCase;
  /** The same input as JS gives it to pyjson. */
  js: unknown;
  /** For comparisons: the Decimal's text. */
  a?: string;
}

type PyError = [string, string];
type Info = { r: string; s: string; t: [number, string, string]; f: string | PyError; i?: string | PyError };
type Answer = { ok: unknown } | { error: PyError };

// ---------------------------------------------------------------------------------------------
// Random inputs
// ---------------------------------------------------------------------------------------------

const PY_SPACES = PY_SPACE_CODE_POINTS.map((c) => String.fromCharCode(c));
/** Spaces JS's trim() knows and Python's isspace() does not, and other invisible characters. */
const NOT_PY_SPACES = ['\ufeff', '\u200b', '\u180e', '\x00'];

/** A digit 0-9 of a random script (sometimes astral). */
function unicodeDigit(r: Rand, d: number): string {
  return String.fromCodePoint(r.pick(DIGIT_ZERO_CODE_POINTS) + d);
}

/** An exponent text that puts the adjusted exponent near `target`, for a coefficient of `n` digits. */
function exponentFor(target: number, n: number, frac: number): number {
  return target - (n - frac - 1);
}

/** Random valid-looking decimal text (before underscores, spaces and corruption). */
function randBody(r: Rand): string {
  const sign = r.pick(['', '', '', '-', '+']);
  if (r.chance(0.12)) {
    const kind = r.pick(['nan', 'snan', 'inf', 'infinity']);
    let s = [...kind].map((c) => (r.chance(0.5) ? c.toUpperCase() : c)).join('');
    if (kind.endsWith('nan') && r.chance(0.6)) s += r.digits(r.range(1, 40), r.chance(0.7));
    return sign + s;
  }
  const intLen = r.chance(0.15) ? 0 : r.chance(0.05) ? r.range(100, 1200) : r.range(1, r.chance(0.7) ? 8 : 40);
  const fracLen = r.chance(0.4) ? 0 : r.chance(0.05) ? r.range(100, 800) : r.range(1, 30);
  let intPart = intLen ? r.digits(intLen, !r.chance(0.2)) : '';
  if (r.chance(0.1)) intPart = '0'.repeat(r.range(1, 5)) + intPart;
  if (r.chance(0.08)) intPart = '0';
  const frac = fracLen ? r.digits(fracLen, false) : '';
  let s = intPart;
  if (fracLen || (intLen && r.chance(0.1))) s += '.' + frac;
  if (!intLen && !fracLen) s = '0';
  if (r.chance(0.6)) {
    let e: number;
    const pick = r.int(4);
    if (pick === 0) e = r.range(-30, 30);
    else if (pick === 1) e = exponentFor(r.range(-9, 3), intPart.replace(/^0+/, '').length || 1, 0); // the switch to E notation
    else if (pick === 2) e = r.range(-849_999_990, 424_999_990);
    else e = r.pick([425_000_000, -849_999_999, -425_000_000, 424_999_999, 999_999, -999_999, 2 ** 31, -(2 ** 31)]);
    let et = String(Math.abs(e));
    if (r.chance(0.1)) et = '0'.repeat(r.range(1, 3)) + et;
    s += r.pick(['e', 'E']) + (e < 0 ? '-' : r.pick(['', '+'])) + et;
  }
  return sign + s;
}

const CORRUPT = ['e', 'E', '.', '+', '-', ' ', '_', 'x', '\x00', 'n', 'I', '\u0661', '\ud800', '\u00bd', '0', '9', 'a', '\u3000', '\ufeff', ','];

function randDecimalText(r: Rand): string {
  let s = randBody(r);
  if (r.chance(0.2)) {
    // Digits of other scripts.
    s = s.replace(/\d/g, (d) => (r.chance(0.3) ? unicodeDigit(r, Number(d)) : d));
  }
  if (r.chance(0.2)) {
    // Underscores anywhere, doubled or at the ends too: C _decimal drops them all.
    const chars = [...s];
    for (let n = r.range(1, 4); n > 0; n--) chars.splice(r.int(chars.length + 1), 0, r.chance(0.8) ? '_' : '__');
    s = chars.join('');
  }
  if (r.chance(0.2)) {
    const ws = () => Array.from({ length: r.range(1, 3) }, () => r.pick(PY_SPACES)).join('');
    s = (r.chance(0.7) ? ws() : '') + s + (r.chance(0.7) ? ws() : '');
  }
  if (r.chance(0.03)) s = r.pick(NOT_PY_SPACES) + s;
  if (r.chance(0.25)) {
    for (let n = r.range(1, 2); n > 0; n--) {
      const i = r.int(s.length + 1);
      const op = r.int(3);
      if (op === 0) s = s.slice(0, i) + r.pick(CORRUPT) + s.slice(i);
      else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
      else s = s.slice(0, i) + r.pick(CORRUPT) + s.slice(i + 1);
    }
  }
  return s;
}

function randBigInt(r: Rand): bigint {
  const n = BigInt(r.digits(r.chance(0.7) ? r.range(1, 20) : r.range(21, 400)));
  const v = r.chance(0.1) ? 0n : n;
  return r.chance(0.4) ? -v : v;
}

/** A tuple-form element: mostly good, sometimes of a wrong type or value. */
function randTupleItem(r: Rand, good: () => unknown): unknown {
  if (r.chance(0.9)) return good();
  return r.pick<unknown>([0.5, 'x', 'n', null, true, false, 10, -1, 2n ** 64n, -(2n ** 64n), [1], 7]);
}

function randTuple(r: Rand): unknown[] {
  const t: unknown[] = [
    randTupleItem(r, () => r.int(2)),
    r.chance(0.95)
      ? Array.from({ length: r.chance(0.1) ? 0 : r.range(1, 30) }, () => randTupleItem(r, () => r.int(10)))
      : r.pick<unknown>(['12', 12, null]),
    randTupleItem(r, () =>
      r.chance(0.2) ? r.pick(['F', 'n', 'N']) : r.chance(0.7) ? r.range(-40, 40) : r.range(-849_999_990, 424_999_990),
    ),
  ];
  if (r.chance(0.03)) t.push(0);
  if (r.chance(0.03)) t.pop();
  return t;
}

/** The JS value and its wire form, as pyjson maps JS values to Python's. */
function wireOf(v: unknown): Wire {
  if (v === null) return ['n'];
  if (typeof v === 'boolean') return ['b', v];
  if (typeof v === 'bigint') return ['i', v.toString()];
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? ['i', String(v)] : ['f', pyFloatRepr(v)];
  if (typeof v === 'string') return ['s', strToHex(v)];
  if (Array.isArray(v)) return ['l', v.map(wireOf)];
  if (v instanceof Decimal) return ['d', strToHex(v.toString())];
  if (v !== null && typeof v === 'object' && v.constructor === float(0).constructor) return ['f', pyFloatRepr(Number(v))];
  throw new Error(`no wire form for ${String(v)}`);
}

/** A value near `d` to compare it with: another Decimal, an int, a float, or a value of another type. */
function randOperand(r: Rand, d: Decimal | undefined): unknown {
  const k = r.int(10);
  if (d && d.isFinite() && k < 6) {
    const t = d.asTuple();
    const x = d.toNumber();
    switch (k) {
      case 0: // the same value with another exponent
        return new Decimal(`${t.sign ? '-' : ''}${t.digits.join('')}${'0'.repeat(r.range(0, 3))}E${BigInt(t.exponent as number | bigint) - BigInt(r.range(0, 3))}`);
      case 1: // the nearest double, its neighbours, or the double as a Python float object
        return r.chance(0.3) ? float(x) : r.chance(0.5) ? x : x * (1 + r.pick([-1, 1]) * 2 ** -52);
      case 2:
        return new Decimal(x); // the double's exact value
      case 3: // an int near it
        return Number.isFinite(x) && Math.abs(x) < 1e300 ? BigInt(Math.trunc(x)) + BigInt(r.range(-1, 1)) : randBigInt(r);
      case 4: // one digit changed
        return new Decimal([t.sign, t.digits.map((g, i) => (i === t.digits.length - 1 ? (g + 1) % 10 : g)), t.exponent]);
      default:
        return new Decimal(randBody(r));
    }
  }
  if (k < 7) return randDouble(r);
  if (k < 8) return r.pick<unknown>([new Decimal('NaN'), new Decimal('-sNaN'), new Decimal('Infinity'), new Decimal('-0'), 0, -0, NaN, Infinity, true, false]);
  if (k < 9) return randBigInt(r);
  return r.pick<unknown>(['1', null, [1], 'NaN']);
}

/** A Decimal of the 32-bit range (or undefined for text pyodide cannot judge). */
function within32(d: Decimal): boolean {
  const t = d.asTuple();
  if (typeof t.exponent === 'string') return true;
  const e = BigInt(t.exponent);
  return e >= -849_999_999n && e + BigInt(t.digits.length - 1) <= 425_000_000n;
}

function makeCase(r: Rand): Case | undefined {
  const k = r.int(100);
  if (k < 50) {
    const text = randDecimalText(r);
    let d: Decimal | undefined;
    try {
      d = new Decimal(text);
    } catch {
      // compared as an error
    }
    if (d && !within32(d)) return undefined;
    return { wire: { k: 'new', v: ['s', strToHex(text)] }, js: text };
  }
  if (k < 58) {
    const v = r.chance(0.3) ? Number(BigInt.asIntN(53, randBigInt(r))) : randBigInt(r);
    return { wire: { k: 'new', v: wireOf(v) }, js: v };
  }
  if (k < 72) {
    const x = r.chance(0.15) ? float(randDouble(r)) : randDouble(r);
    return { wire: { k: 'new', v: wireOf(x) }, js: x };
  }
  if (k < 78) {
    const t = randTuple(r);
    let d: Decimal | undefined;
    try {
      d = new Decimal(t as never);
    } catch {
      // compared as an error
    }
    if (d && !within32(d)) return undefined;
    return { wire: { k: 'new', v: wireOf(t) }, js: t };
  }
  if (k < 97) {
    let a: Decimal;
    try {
      a = new Decimal(r.chance(0.85) ? randBody(r) : r.pick(['NaN', 'sNaN', '-Inf', '0', '-0.000']));
    } catch {
      return undefined;
    }
    if (!within32(a)) return undefined;
    const b = randOperand(r, a);
    if (b instanceof Decimal && !within32(b)) return undefined;
    return { wire: { k: 'cmp', a: strToHex(a.toString()), b: wireOf(b) }, js: b, a: a.toString() };
  }
  const text = r.chance(0.5)
    ? randJsonText(r)
    : '[' + Array.from({ length: r.range(1, 20) }, () => randNumberText(r)).join(', ') + ']';
  return { wire: { k: 'loads', v: strToHex(text) }, js: text };
}

// ---------------------------------------------------------------------------------------------
// Our answers in CPython's shape
// ---------------------------------------------------------------------------------------------

function errorOf(e: unknown): PyError {
  return e instanceof Error ? [e.name, e.message] : ['<not an Error>', String(e)];
}

function attempt<T>(f: () => T): T | PyError {
  try {
    return f();
  } catch (e) {
    return errorOf(e);
  }
}

function info(d: Decimal): Info {
  const t = d.asTuple();
  const rec: Info = {
    r: d[pyRepr](),
    s: String(d),
    t: [t.sign, t.digits.join(''), String(t.exponent)],
    f: attempt(() => pyFloatRepr(d.toNumber())),
  };
  const adjusted = typeof t.exponent === 'string' ? 0n : BigInt(t.exponent) + BigInt(t.digits.length - 1);
  if (!d.isFinite() || adjusted < 4000n) rec.i = attempt(() => d.toBigInt().toString());
  return rec;
}

function walk(v: unknown, out: string[]): string[] {
  if (v instanceof Decimal) out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) walk(x, out);
  return out;
}

function ours(c: Case): Answer {
  try {
    switch (c.wire.k) {
      case 'new':
        return { ok: info(new Decimal(c.js as never)) };
      case 'cmp': {
        const a = new Decimal(c.a!);
        const b = c.js as never;
        return { ok: [() => a.equals(b), () => a.lt(b), () => a.le(b), () => a.gt(b), () => a.ge(b)].map(attempt) };
      }
      case 'loads':
        return {
          ok: walk(loads(c.js as string, { parseFloat: (s: string) => new Decimal(s), objectPairsHook: (p: unknown) => p }), []),
        };
    }
  } catch (e) {
    return { error: errorOf(e) };
  }
}

function show(c: Case): string {
  switch (c.wire.k) {
    case 'new':
      return `Decimal(${typeof c.js === 'string' ? JSON.stringify(c.js) : typeof c.js === 'bigint' ? `${c.js}n` : JSON.stringify(c.wire.v)})`;
    case 'cmp':
      return `Decimal('${c.a}') vs ${JSON.stringify(c.wire.b)}`;
    case 'loads':
      return `loads(${JSON.stringify(c.js)})`;
  }
}

let oracle: Promise<Oracle> | undefined;

async function decimalOracle(): Promise<(cases: WireCase[]) => Answer[]> {
  oracle ??= getOracle().then((o) => {
    o.py.runPython(PY_SETUP);
    return o;
  });
  const o = await oracle;
  return (cases) => {
    const f = o.py.globals.get('_dec_batch') as ((s: string) => string) & { destroy(): void };
    try {
      return JSON.parse(f(JSON.stringify(cases))) as Answer[];
    } finally {
      f.destroy();
    }
  };
}

const CASES = 4_000;
const BATCH = 500;

test('Decimal: random texts, ints, floats, tuples, comparisons and parse_float=Decimal agree with CPython 3.14', async (t) => {
  const ask = await decimalOracle();
  const seed = runSeed('python-decimal differential');
  const r = new Rand(rng(seed));
  const kinds = new Map<string, number>();
  const { mismatches, compared } = runBatches(
    CASES,
    BATCH,
    () => makeCase(r),
    (batch) => ask(batch.map((c) => c.wire)),
    (c, want) => {
      const got = ours(c);
      const key = c.wire.k + ('error' in want ? ' (error)' : '');
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
      const a = JSON.stringify(got);
      const b = JSON.stringify(want);
      return a === b ? undefined : `${show(c)}\n  ours:    ${a}\n  CPython: ${b}`;
    },
  );
  t.diagnostic(`${compared} cases: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});

test('Decimal\'s Unicode tables are CPython 3.14\'s: str.isspace() and the decimal digits', async () => {
  const o = await getOracle();
  const out = o.pyRun(`
import json, unicodedata
_zeros = []
for _cp in range(0x110000):
    _d = unicodedata.decimal(chr(_cp), -1)
    if _d == 0:
        _zeros.append(_cp)
    elif _d > 0:
        assert unicodedata.decimal(chr(_cp - 1), -1) == _d - 1
json.dumps([unicodedata.unidata_version, [c for c in range(0x110000) if chr(c).isspace()], _zeros])
`) as string;
  const [version, spaces, zeros] = JSON.parse(out) as [string, number[], number[]];
  assert.equal(version, '16.0.0');
  assert.deepEqual([...PY_SPACE_CODE_POINTS], spaces);
  assert.deepEqual([...DIGIT_ZERO_CODE_POINTS], zeros);
  // And through the constructor: every digit of every script, and every space around a number.
  for (const zero of zeros) {
    const text = Array.from({ length: 10 }, (_, i) => String.fromCodePoint(zero + i)).join('');
    assert.equal(String(new Decimal(text)), '123456789', zero.toString(16));
  }
  for (const sp of spaces) assert.equal(String(new Decimal(`${String.fromCharCode(sp)}-1${String.fromCharCode(sp)}`)), '-1');
});
