/**
 * Colour: CPython 3.14's `_colorize.can_colorize`, its JSON colouring and argparse's theme.
 * @module
 */
import type { Env } from './io.js';

/**
 * CPython 3.14's `can_colorize()`: `PYTHON_COLORS` (`0`/`1`), then a non-empty `NO_COLOR`,
 * then a non-empty `FORCE_COLOR`, then `TERM=dumb`, then whether the stream is a terminal.
 */
export function canColorize(env: Env, isTTY: boolean | undefined): boolean {
  if (env['PYTHON_COLORS'] === '0') return false;
  if (env['PYTHON_COLORS'] === '1') return true;
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR']) return true;
  if (env['TERM'] === 'dumb') return false;
  return isTTY === true;
}

const RESET = '\x1b[0m';
const JSON_THEME = {
  key: '\x1b[1m',
  string: '\x1b[32m',
  number: '\x1b[33m',
  keyword: '\x1b[1;34m',
} as const;

const NUMBER_CHARS = /[0-9+\-.Ee]/;

/**
 * Colours serialized JSON as CPython's `json.tool` does: keys bold, strings green, numbers
 * (including `NaN` and `±Infinity`) yellow, `true`/`false`/`null` bold blue; everything else as
 * it is. Same tokens as the tool's regular expression, scanned by hand (a backtracking regex
 * on a long string literal can exhaust V8's stack).
 */
export function colorizeJson(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j < n) {
        const token = text.slice(i, j + 1);
        out += (text[j + 1] === ':' ? JSON_THEME.key : JSON_THEME.string) + token + RESET;
        i = j + 1;
        continue;
      }
    } else if (text.startsWith('NaN', i)) {
      out += JSON_THEME.number + 'NaN' + RESET;
      i += 3;
      continue;
    } else if (text.startsWith('Infinity', i) || text.startsWith('-Infinity', i)) {
      const len = c === '-' ? 9 : 8;
      out += JSON_THEME.number + text.slice(i, i + len) + RESET;
      i += len;
      continue;
    } else if (NUMBER_CHARS.test(c)) {
      let j = i + 1;
      while (j < n && NUMBER_CHARS.test(text[j]!)) j++;
      out += JSON_THEME.number + text.slice(i, j) + RESET;
      i = j;
      continue;
    } else {
      const word = text.startsWith('true', i) ? 'true' : text.startsWith('false', i) ? 'false' : text.startsWith('null', i) ? 'null' : '';
      if (word) {
        out += JSON_THEME.keyword + word + RESET;
        i += word.length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** argparse's theme (3.14 `_colorize.Argparse`), or all-empty when colour is off. */
export interface ArgparseTheme {
  usage: string;
  prog: string;
  heading: string;
  summaryLongOption: string;
  summaryShortOption: string;
  summaryLabel: string;
  summaryAction: string;
  longOption: string;
  shortOption: string;
  label: string;
  action: string;
  reset: string;
}

export const ARGPARSE_COLORS: ArgparseTheme = {
  usage: '\x1b[1;34m',
  prog: '\x1b[1;35m',
  heading: '\x1b[1;34m',
  summaryLongOption: '\x1b[36m',
  summaryShortOption: '\x1b[32m',
  summaryLabel: '\x1b[33m',
  summaryAction: '\x1b[32m',
  longOption: '\x1b[1;36m',
  shortOption: '\x1b[1;32m',
  label: '\x1b[1;33m',
  action: '\x1b[1;32m',
  reset: RESET,
};

export const NO_COLORS: ArgparseTheme = Object.fromEntries(
  Object.keys(ARGPARSE_COLORS).map((k) => [k, '']),
) as unknown as ArgparseTheme;

const ANSI_CODE = /\x1b\[[0-9;]*m/g;

export function decolor(s: string): string {
  return s.replace(ANSI_CODE, '');
}
