/**
 * Python's `repr()` of a str, fast on long and non-ASCII text. The main bundle's `pyStrRepr`
 * (float.ts) asks `isPrintable` code point by code point, which is right for the short keys of
 * error notes but costs about half a microsecond a character; here one regex finds the few code
 * points that need an escape and `pyStrRepr` writes each of them, so the two cannot disagree.
 * @module
 */
import { pyStrRepr } from '../float.js';
import { BOUNDS } from '../unicode.js';

let special: RegExp | undefined;

/**
 * One code point that `repr` may not write as itself: a quote, a backslash, or a code point
 * CPython 3.14 does not call printable (the engine's Other and Separator categories but the
 * space, and the ranges that are non-printable whatever the engine's Unicode version says).
 */
function specialPattern(): RegExp {
  if (special === undefined) {
    let ranges = '';
    for (let i = 0; i < BOUNDS.length; i += 2) {
      ranges += `\\u{${BOUNDS[i]!.toString(16)}}-\\u{${(BOUNDS[i + 1]! - 1).toString(16)}}`;
    }
    special = new RegExp(`['"\\\\]|(?! )[\\p{C}\\p{Z}]|[${ranges}]`, 'gu');
  }
  return special;
}

/** Python's `repr()` of a str: the quote CPython chooses, its escapes, CPython 3.14's printable set. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(specialPattern(), (ch) => {
    if (ch === quote || ch === '\\') return '\\' + ch;
    if (ch === '"' || ch === "'") return ch;
    // A lone non-printable code point: pyStrRepr writes its escape between quotes.
    return pyStrRepr(ch).slice(1, -1);
  });
  return quote + body + quote;
}
