/**
 * Python's view of the values a profile is given: pyjson's mapping of JS values, the values of
 * `pyjson/python` as themselves, a JS `Date` as an aware UTC datetime (millisecond precision)
 * and a `Uint8Array` as `bytes`.
 * @module
 */
import { typeName } from '../names.js';
import { datetime } from '../python/index.js';

/** The value as Python sees it: a Date becomes an aware UTC datetime; anything else is itself. */
export function toPython(o: unknown): unknown {
  return o instanceof Date ? datetime.fromDate(o) : o;
}

/** Python's `type(o).__name__`. */
export function pyClassName(o: unknown): string {
  if (o instanceof Uint8Array) return 'bytes';
  if (o instanceof Set) return 'set';
  return typeName(o, 1);
}

/** Whether an aware value's UTC offset is zero (`tzinfo == timezone.utc` in Python). */
export function isUtcOffset(offset: { days: number; seconds: number; microseconds: number }): boolean {
  return offset.days === 0 && offset.seconds === 0 && offset.microseconds === 0;
}
