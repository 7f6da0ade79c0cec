/**
 * Python's number texts: `float.__repr__`, `int.__repr__` with the 4,300-digit limit, and the
 * `float()` wrapper that marks a JS number as a Python float (`float(1)` is written `1.0`).
 * @module
 */
import { ValueError } from './errors.js';
import { isPrintable } from './unicode.js';

/**
 * A JS number marked as a Python float. `dumps` writes it with `float.__repr__`
 * (`float(1)` → `1.0`); arithmetic works through `valueOf()`.
 *
 * @example
 * dumps([float(1), 1]) // '[1.0, 1]'
 */
export class PyFloat {
  /** The number itself. */
  readonly value: number;

  constructor(value: number) {
    this.value = value;
  }

  valueOf(): number {
    return this.value;
  }

  /** Python's `repr` of the float: `1.0`, `1e+16`, `nan`, `-inf`. */
  toString(): string {
    return pyFloatRepr(this.value);
  }

  toJSON(): number {
    return this.value;
  }
}

/** What Python's `float()` reads (case-insensitively), once stripped: `nan`, `inf`, `infinity`, or a decimal literal with `_` between digits, signed or not. */
const FLOAT_TEXT = /^[+-]?(?:nan|inf(?:inity)?|(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:e[+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.)$/i;

/**
 * Marks `x` as a Python float. Accepts a number, a bigint, or a string as Python's `float()`
 * does (`'nan'`, `'-inf'`, `'1e5'`, surrounding whitespace allowed).
 *
 * @throws {ValueError} for a string that is not a float (`could not convert string to float: 'x'`)
 * @example
 * dumps(float(2)) // '2.0'
 * dumps(float('nan')) // 'NaN'
 */
export function float(x: number | bigint | string | PyFloat = 0): PyFloat {
  if (x instanceof PyFloat) return x;
  if (typeof x !== 'string') return new PyFloat(Number(x));
  const t = x.trim();
  if (!FLOAT_TEXT.test(t)) throw new ValueError(`could not convert string to float: ${pyStrRepr(x)}`);
  // JS's Number() reads the rest, once `inf` is spelled `Infinity` (and any text without digits, `nan` too, is NaN).
  return new PyFloat(Number(t.replace(/_/g, '').replace(/inf(inity)?/i, 'Infinity')));
}

/** A number is a Python int when it is a safe integer other than -0 (else pyjson writes it as a float). */
export function isPyInt(n: number): boolean {
  return Number.isSafeInteger(n) && (n !== 0 || 1 / n > 0);
}

/** `float.__repr__`: the shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
export function pyFloatRepr(x: number): string {
  // NaN, Infinity and -Infinity: 'nan', 'inf' and '-inf'.
  return x - x === 0 ? floatText(x) : ('' + x).replace('inity', '').toLowerCase();
}

/** The JSON text of a finite float (same as its repr). */
export function floatText(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e16 || (a < 1e-4 && a !== 0)) {
    // Python pads the exponent to at least two digits: 1e-05, 1e+16.
    return x.toExponential().replace(/e(.)(\d)$/, 'e$10$2');
  }
  if (Number.isInteger(x)) return x === 0 && 1 / x < 0 ? '-0.0' : String(x) + '.0';
  return String(x);
}

let digitLimit: bigint | undefined;

/** `int.__repr__` of a bigint, with CPython's default 4,300-digit limit. */
export function bigintText(n: bigint): string {
  digitLimit ??= 10n ** 4300n;
  if (n >= digitLimit || -n >= digitLimit) {
    throw new ValueError('Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit');
  }
  return n.toString();
}

/** Python's `repr()` of a str: the quote choice and escapes CPython uses. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // By code point; a lone surrogate comes as one of its own.
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out +=
      ch === quote || ch === '\\'
        ? '\\' + ch
        : ch === '\n'
          ? '\\n'
          : ch === '\r'
            ? '\\r'
            : ch === '\t'
              ? '\\t'
              : isPrintable(cp)
                ? ch
                : cp < 0x100
                  ? '\\x' + hex(cp, 2)
                  : cp < 0x10000
                    ? '\\u' + hex(cp, 4)
                    : '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** `n` in lowercase hex, zero-padded to `digits`. */
export function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, '0');
}

