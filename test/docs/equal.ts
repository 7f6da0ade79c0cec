/**
 * The equality an example's shown result is checked with: what a reader of the literal would
 * expect, stricter than `==` where pyjson's values differ.
 * - primitives by `Object.is` (so `NaN` equals `NaN`, and `-0` differs from `0`); bigints by value;
 *   a number never equals a bigint;
 * - arrays element by element; plain objects (prototype `Object.prototype` or `null`: pyjson's
 *   dicts have either) by their own keys **in order** and values; `Map`s by entries in order;
 * - other objects (`float(1)`, Python values of pyjson/python, errors...) need the same
 *   prototype, the same own enumerable properties, and the same `String(x)` (their text, which
 *   covers values whose state is in private fields).
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a !== 'object' || a === null || b === null) return Object.is(a, b);
  const x = a as object;
  const y = b as object;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    return x.every((v, i) => deepEqual(v, y[i]));
  }
  if (x instanceof Map || y instanceof Map) {
    if (!(x instanceof Map) || !(y instanceof Map) || x.size !== y.size) return false;
    const ex = [...x];
    const ey = [...y];
    return ex.every(([k, v], i) => deepEqual(k, ey[i]![0]) && deepEqual(v, ey[i]![1]));
  }
  const plain = (o: object): boolean => {
    const p = Object.getPrototypeOf(o);
    return p === Object.prototype || p === null;
  };
  if (plain(x) !== plain(y)) return false;
  if (!plain(x)) {
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    if (String(x) !== String(y)) return false;
    if (x instanceof Error && (x.name !== (y as Error).name || x.message !== (y as Error).message)) return false;
  }
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i])) return false;
  return kx.every((k) => deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}
