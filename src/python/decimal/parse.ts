/**
 * `Decimal(str)`: the text CPython's C `_decimal` accepts, read exactly.
 *
 * Two steps, as CPython takes them: the Unicode text becomes ASCII (Python whitespace stripped at
 * both ends, every `_` dropped wherever it stands, decimal digits of any script read as ASCII
 * digits, anything else non-ASCII refused), then libmpdec's grammar reads the ASCII:
 * `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`, `Inf`/`Infinity`, or
 * `NaN`/`sNaN` followed by payload digits, letters in any case.
 * @module
 */
import { InvalidOperation } from '../errors.js';
import { digitValue, isPySpace } from './chars.js';
import * as Messages from './messages.js';
import { finite, special, toExp, type Parts } from './parts.js';

/** @throws {InvalidOperation} for text outside the grammar or a value out of range */
export function parseDecimalText(text: string): Parts {
  const ascii = isPlainAscii(text) ? text : toAscii(text);
  const parts = ascii === undefined ? undefined : parseAscii(ascii);
  if (parts === undefined) throw new InvalidOperation(Messages.conversionSyntax);
  return parts;
}

/** Printable ASCII other than `_`: nothing to strip, drop or map (the usual case). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x5f) return false;
  }
  return true;
}

function toAscii(s: string): string | undefined {
  let start = 0;
  let end = s.length;
  while (end > 0 && isPySpace(s.charCodeAt(end - 1))) end--;
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  let out = '';
  for (let i = start; i < end; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp === 0x5f) continue;
    if (cp > 0 && cp < 0x80) {
      out += s[i];
      continue;
    }
    const d = digitValue(cp);
    if (d < 0) return undefined;
    out += String.fromCharCode(0x30 + d);
  }
  return out;
}

const SPECIAL = /^(?:(nan)|(snan))(\d*)$|^inf(?:inity)?$/i;

/** The grammar of libmpdec's `mpd_qset_string`; `undefined` for text outside it. */
function parseAscii(s: string): Parts | undefined {
  let i = 0;
  let sign: 0 | 1 = 0;
  const first = s.charCodeAt(0);
  if (first === 0x2b /* + */) i = 1;
  else if (first === 0x2d /* - */) {
    sign = 1;
    i = 1;
  }
  const n = s.length;
  const c = s.charCodeAt(i) | 0x20;
  if (c === 0x6e /* n */ || c === 0x73 /* s */ || c === 0x69 /* i */) {
    const m = SPECIAL.exec(i === 0 ? s : s.slice(i));
    if (!m) return undefined;
    if (m[3] === undefined) return special(sign, 'F');
    return special(sign, m[1] ? 'n' : 'N', stripZeros(m[3], ''));
  }
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < n && s.charCodeAt(i) === 0x2e /* . */) {
    fracStart = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    fracEnd = i;
  }
  if (intEnd === intStart && fracEnd === fracStart) return undefined;
  let exp: number | bigint = 0;
  if (i < n) {
    if ((s.charCodeAt(i) | 0x20) !== 0x65 /* e */) return undefined;
    i++;
    let negative = false;
    const es = s.charCodeAt(i);
    if (es === 0x2b || es === 0x2d) {
      negative = es === 0x2d;
      i++;
    }
    const expStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart || i < n) return undefined;
    const digits = stripZeros(s.slice(expStart), '0');
    if (digits.length > 15) {
      // Far beyond any exponent CPython takes (about ±2e18): no point in a huge bigint.
      if (digits.length > 30) throw new InvalidOperation(Messages.invalidOperation);
      exp = BigInt(digits);
    } else exp = Number(digits);
    if (negative && exp) exp = -exp; // no -0: as_tuple() says 0
  }
  const coeff = stripZeros(s.slice(intStart, intEnd) + s.slice(fracStart, fracEnd), '0');
  const fracDigits = fracEnd - fracStart;
  return finite(sign, coeff, typeof exp === 'number' ? exp - fracDigits : toExp(exp - BigInt(fracDigits)));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `digits` without leading zeros, or `ifEmpty` when nothing is left. */
export function stripZeros(digits: string, ifEmpty: string): string {
  let k = 0;
  while (k < digits.length && digits.charCodeAt(k) === 0x30) k++;
  return k === digits.length ? ifEmpty : k === 0 ? digits : digits.slice(k);
}
