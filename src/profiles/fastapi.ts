/**
 * FastAPI: `JSONResponse(jsonable_encoder(v)).body` in current FastAPI (pydantic 2). The value is
 * first converted by `jsonable_encoder` (fastapi/encoders.py): Decimal to int when its exponent
 * is >= 0 and to float otherwise, timedelta to its seconds as a float, date/time/datetime to
 * `isoformat()`, UUID to `str()`, bytes decoded as UTF-8, sets to lists, dict keys converted too
 * (keys starting with `_sa` left out), other objects to the dict of their properties. Starlette
 * then writes `json.dumps(..., ensure_ascii=False, allow_nan=False, separators=(",", ":"))` in
 * UTF-8.
 * @module
 */
import { decodeUtf8 } from '../codecs.js';
import { RecursionError } from '../errors.js';
import { float, PyFloat } from '../float.js';
import { isPlainObject } from '../names.js';
import { date, Decimal, time, timedelta, UUID } from '../python/index.js';
import { jsonDumps } from './jsondumps.js';
import { utf8Profile, type Profile } from './profile.js';
import { toPython } from './values.js';

/** FastAPI's `decimal_encoder`. */
function decimalValue(d: Decimal): unknown {
  const exponent = d.asTuple().exponent;
  if (typeof exponent !== 'string' && exponent >= 0) return d.toBigInt();
  return float(d.toNumber());
}

/**
 * A key as Python's dict compares keys: equal numbers (1, 1.0, True) are one key, as are equal
 * strings; every other object is its own key.
 */
function dictKey(k: unknown): unknown {
  if (typeof k === 'string') return 's' + k;
  if (typeof k === 'boolean') return 'n' + Number(k);
  if (typeof k === 'bigint') return 'n' + k;
  const x = k instanceof PyFloat ? k.value : k;
  if (typeof x === 'number') return x !== x ? k : 'n' + (Number.isInteger(x) ? BigInt(x) : x);
  return k === null ? 'None' : k;
}

type Dict = Map<unknown, unknown> | Record<string, unknown>;

function isDict(x: object): x is Dict {
  return x instanceof Map || isPlainObject(x);
}

/** `jsonable_encoder(obj)`; `open` holds the containers being converted (a cycle recurses forever in Python). */
function jsonable(value: unknown, open: Set<object>): unknown {
  const obj = toPython(value);
  if (typeof obj !== 'object' || obj === null) {
    // str, int, float, bool and None are themselves; other JS primitives are objects without attributes.
    return typeof obj === 'symbol' || typeof obj === 'function' || obj === undefined ? new Map() : obj;
  }
  if (obj instanceof PyFloat) return obj;
  if (open.has(obj)) throw new RecursionError('maximum recursion depth exceeded');
  open.add(obj);
  try {
    if (isDict(obj)) {
      const out = new Map<unknown, [unknown, unknown]>();
      const items = obj instanceof Map ? [...obj] : Object.entries(obj).filter(([, v]) => v !== undefined);
      for (const [k, v] of items) {
        if (typeof k === 'string' && k.startsWith('_sa')) continue;
        const key = jsonable(k, open);
        const val = jsonable(v, open);
        const id = dictKey(key);
        const had = out.get(id);
        // Python keeps the first key of equal keys and the last value.
        out.set(id, [had ? had[0] : key, val]);
      }
      return new Map([...out.values()]);
    }
    if (Array.isArray(obj) || obj instanceof Set) return [...obj].map((x) => jsonable(x, open));
    if (obj instanceof date || obj instanceof time) return obj.isoformat();
    if (obj instanceof timedelta) return float(obj.total_seconds());
    if (obj instanceof Decimal) return decimalValue(obj);
    if (obj instanceof UUID) return String(obj);
    if (obj instanceof Uint8Array) return decodeUtf8(obj, true).text; // bytes.decode(): strict, CPython's errors
    // dict(obj) fails, so vars(obj): the object's own attributes.
    return jsonable({ ...obj }, open);
  } finally {
    open.delete(obj);
  }
}

/**
 * FastAPI's `jsonable_encoder(v)`, as JS values pyjson writes as Python would (dicts as Maps).
 * @example
 * fastapi.dumps({ price: new Decimal('12.50'), qty: new Decimal('3') }) // '{"price":12.5,"qty":3}'
 */
export function jsonableEncoder(value: unknown): unknown {
  return jsonable(value, new Set());
}

const text = (value: unknown): string =>
  jsonDumps(jsonableEncoder(value), { ensureAscii: false, allowNan: false, separators: [',', ':'] });

/**
 * FastAPI's JSON: the text and bytes of `JSONResponse(jsonable_encoder(v))`.
 * @example
 * fastapi.dumps({ when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 123)), name: 'Zoë' }) // '{"when":"2024-01-02T03:04:05.123000+00:00","name":"Zoë"}'
 */
export const fastapi: Profile = utf8Profile('fastapi', 'JSONResponse(jsonable_encoder(v)).body', text);
