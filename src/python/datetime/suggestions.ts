/**
 * CPython's "Did you mean ...?" for a misspelt keyword argument (3.14 adds it to the
 * `unexpected keyword argument` error): the closest allowed name by a weighted edit distance
 * over UTF-8 bytes, where a change of case costs half a substitution.
 * @module
 */
import { utf8 } from './utf8.js';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

function distance(x: Uint8Array, y: Uint8Array, maxCost: number): number {
  let a = x;
  let b = y;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.subarray(s);
  b = b.subarray(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.subarray(0, a.length - e);
  b = b.subarray(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let diagonal = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = diagonal + substitutionCost(b[bi]!, a[ai]!);
      diagonal = row[ai]!;
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The allowed name CPython would suggest for `name`, or undefined. */
export function suggest(name: string, allowed: readonly string[]): string | undefined {
  const bytes = (x: string) => utf8(x) ?? new Uint8Array(0);
  const n = bytes(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const item of allowed) {
    if (item === name) continue;
    const i = bytes(item);
    const maxDistance = Math.min(Math.floor(((n.length + i.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(n, i, maxDistance);
    if (d > maxDistance) continue;
    if (best === undefined || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
