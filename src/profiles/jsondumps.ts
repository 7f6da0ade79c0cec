/**
 * `json.dumps(value, **settings, default=...)` as a framework calls it: pyjson's own `dumps`,
 * whose `default` sees Python's view of a value (a JS `Date` is an aware UTC datetime) and
 * raises `json`'s TypeError, with Python's class name, for what the framework leaves alone.
 * @module
 */
import { dumps, type DumpsOptions } from '../index.js';
import { pyClassName, toPython } from './values.js';

/** The settings a framework passes to `json.dumps` (pyjson's options, Python's defaults). */
export type JsonSettings = Pick<DumpsOptions, 'separators' | 'ensureAscii' | 'sortKeys' | 'allowNan' | 'indent'>;

/** A framework's `default`: a replacement for a value `json` cannot write, or NOT_HANDLED. */
export type Fallback = (o: unknown) => unknown;

/** What a Fallback returns for a value it does not convert. */
export const NOT_HANDLED: unique symbol = Symbol('not handled') as never;

/** `json`'s error for a value nothing converts: `Object of type datetime is not JSON serializable`. */
export function notSerializable(o: unknown): TypeError {
  return new TypeError(`Object of type ${pyClassName(o)} is not JSON serializable`);
}

/** A JS `Date` is a datetime to the frameworks; json's messages name that C type by its tp_name. */
const QUALIFIED: Record<string, string> = { Date: 'datetime.datetime' };

/** json's errors that name a type by its tp_name: a bad key, keys that cannot be sorted. */
const TYPE_NAMED = /^(keys must be str, int, float, bool or None, not |'<' not supported between instances of ')(\w+)('(?: and '(\w+)')?)?$/;

/** `json.dumps(value, **settings, default=fallback)`. */
export function jsonDumps(value: unknown, settings: JsonSettings, fallback?: Fallback): string {
  try {
    return encode(value, settings, fallback);
  } catch (e) {
    // These name a type by its tp_name: `not datetime.datetime` for a Date.
    const m = e instanceof TypeError ? TYPE_NAMED.exec(e.message) : null;
    if (m !== null) {
      const q = (name: string) => QUALIFIED[name] ?? name;
      (e as TypeError).message = m[1]! + q(m[2]!) + (m[4] === undefined ? (m[3] ?? '') : `' and '${q(m[4])}'`);
    }
    throw e;
  }
}

function encode(value: unknown, settings: JsonSettings, fallback?: Fallback): string {
  return dumps(value, {
    ...settings,
    default: (o: unknown) => {
      const p = toPython(o);
      const r = fallback === undefined ? NOT_HANDLED : fallback(p);
      if (r === NOT_HANDLED) throw notSerializable(p);
      return r;
    },
  });
}
