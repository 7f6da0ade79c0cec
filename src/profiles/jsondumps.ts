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
function notSerializable(o: unknown): TypeError {
  return new TypeError(`Object of type ${pyClassName(o)} is not JSON serializable`);
}

/** json's errors that name types by their tp_name: a bad key, keys that cannot be sorted. */
const NAMES_KEY_TYPES = /^(?:keys must be |'<' not supported between )/;

/** `json.dumps(value, **settings, default=fallback)`. */
export function jsonDumps(value: unknown, settings: JsonSettings, fallback?: Fallback): string {
  try {
    return dumps(value, {
      ...settings,
      default: (o: unknown) => {
        const p = toPython(o);
        const r = fallback === undefined ? NOT_HANDLED : fallback(p);
        if (r === NOT_HANDLED) throw notSerializable(p);
        return r;
      },
    });
  } catch (e) {
    // `default` sees a Date as a datetime, but keys never reach it: pyjson names a Date key by its
    // JS class, where json names datetime's tp_name.
    if (e instanceof TypeError && NAMES_KEY_TYPES.test(e.message)) e.message = e.message.replace(/\bDate\b/g, 'datetime.datetime');
    throw e;
  }
}
