/**
 * Python's `int()` of a `str`, as argparse applies it to `--indent` and `shutil` to `COLUMNS`.
 * @module
 */

/** Python's `str.isspace()` characters (what `int()` strips around the digits). */
const PY_SPACE = /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const ND = /^\p{Nd}$/u;

/**
 * Python's `int(s)` for a `str` in base 10: surrounding whitespace, a sign, Unicode decimal
 * digits and single underscores between digits; at most 4300 digits.
 * @returns the value, or `undefined` where Python raises ValueError
 */
export function pyInt(s: string): bigint | undefined {
  let ascii = '';
  for (const ch of s) {
    if (PY_SPACE.test(ch)) ascii += ' ';
    else if (ch >= '0' && ch <= '9') ascii += ch;
    else if (ch.codePointAt(0)! > 0x7f && ND.test(ch)) ascii += String(digitValue(ch));
    else if (ch.codePointAt(0)! > 0x7f) return undefined;
    else ascii += ch;
  }
  const m = /^[ ]*([+-]?)([0-9](?:_?[0-9])*)[ ]*$/.exec(ascii);
  if (!m) return undefined;
  const digits = m[2]!.replaceAll('_', '');
  if (digits.length > 4300) return undefined;
  const v = BigInt(digits);
  return m[1] === '-' ? -v : v;
}

/** The value of a Unicode decimal digit: Nd characters come in runs of ten starting at zero. */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0)!;
  let offset = 0;
  while (ND.test(String.fromCodePoint(cp - 1))) {
    cp--;
    offset++;
  }
  return offset % 10;
}
