/**
 * Random values for the profiles' differential tests: JSON types with their edge cases (NaN,
 * -0.0, big ints, non-ASCII, astral and lone-surrogate text, keys whose sorted order differs
 * between UTF-16 and code points), nested containers, Maps with non-string keys, Dates, bytes,
 * and Python's values when `python` generators are given.
 */
import { float } from '../../src/index.js';
import { Rand, randDouble, randInt, randString } from '../support/oracle.js';

/** Makers of Python's values (Decimal, datetime...), added by the suites that have them. */
export type Maker = (r: Rand) => unknown;

export interface RandomOptions {
  /** Extra scalar makers (Python's values), each picked as often as one JSON kind. */
  python?: Maker[];
  /** Leave out lone surrogates (for profiles whose bytes are UTF-8 of unescaped text, a separate case). */
  wellFormed?: boolean;
  /** Leave out NaN and infinities. */
  finite?: boolean;
  /** Instances of a class without attributes now and then (Python: an object of a fresh class). */
  opaque?: boolean;
  /** Python's values as Map keys now and then (not for sorted keys: see docs/profiles.md). */
  pythonKeys?: boolean;
  /** Only plain objects with string keys (no Maps with int keys). */
  stringKeys?: boolean;
  /** Leave out Dates (values no profile without a `default` can write). */
  noDates?: boolean;
  maxDepth?: number;
}

const KEY_POOL = ['a', 'b', 'A', 'é', '\uffff', '\u{10000}', '\ud83d\ude00', '10', '2', '-1', '_sa', '_sa_x', 'price', 'when', ''];

export function randText(r: Rand, o: RandomOptions): string {
  for (;;) {
    const s = r.chance(0.4) ? r.pick(['plain', 'Zoë', 'naïve café', '日本語', '\ud83d\ude00 ok', 'a\nb', '"q"', 'x\\y']) : randString(r, 10);
    if (!o.wellFormed || s.isWellFormed()) return s;
  }
}

export function randKey(r: Rand, o: RandomOptions): string {
  return r.chance(0.6) ? r.pick(KEY_POOL) : randText(r, o);
}

class Widget {}

export function randScalar(r: Rand, o: RandomOptions): unknown {
  if (o.opaque && r.chance(0.02)) return new Widget();
  const python = o.python ?? [];
  const k = r.int(8 + python.length * 2);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return randInt(r);
    case 3: {
      const x = randDouble(r);
      if (o.finite && !Number.isFinite(x)) return 0.5;
      return x;
    }
    case 4:
      return float(r.range(-5, 5));
    case 5:
    case 6:
      return randText(r, o);
    case 7:
      if (o.noDates) return r.int(100);
      return new Date(Date.UTC(r.range(1970, 2100), r.int(12), r.range(1, 28), r.int(24), r.int(60), r.int(60), r.chance(0.3) ? 0 : r.int(1000)));
    default:
      return python[(k - 8) >> 1]!(r);
  }
}

export function randValue(r: Rand, o: RandomOptions, depth = 0): unknown {
  const max = o.maxDepth ?? 3;
  if (depth >= max || r.chance(0.45)) return randScalar(r, o);
  switch (r.int(o.stringKeys ? 2 : 3)) {
    case 0: {
      const n = r.int(5);
      return Array.from({ length: n }, () => randValue(r, o, depth + 1));
    }
    case 1: {
      const obj: Record<string, unknown> = {};
      for (let n = r.int(5); n > 0; n--) obj[randKey(r, o)] = randValue(r, o, depth + 1);
      return obj;
    }
    default: {
      // A Map, sometimes with int keys (incomparable with str keys when sorted).
      const m = new Map<unknown, unknown>();
      const ints = r.chance(0.3);
      const python = o.python ?? [];
      for (let n = r.int(4); n > 0; n--) {
        // Keys: strings, ints, now and then a Python value (FastAPI converts keys, json refuses them).
        const key = o.pythonKeys && python.length > 0 && r.chance(0.1) ? hashable(r.pick(python)(r)) : ints && r.chance(0.5) ? r.range(-3, 20) : randKey(r, o);
        m.set(key, randValue(r, o, depth + 1));
      }
      return m;
    }
  }
}

/** A key Python can hash: a signaling NaN cannot be one. */
function hashable(k: unknown): unknown {
  return String(k) === 'sNaN' || String(k) === '-sNaN' ? 'sNaN' : k;
}
