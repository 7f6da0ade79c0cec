/**
 * The `pyjson` command line: Python 3.14's `python -m json` (`json.tool`) for Node.
 *
 * `main(argv, io)` runs the whole tool in-process and returns the exit status; it never
 * touches `process`. Everything that talks to the operating system (standard streams, the
 * environment, files) comes in through {@link ToolIO}; `tool-node.ts` builds one from the
 * real process.
 *
 * What is reproduced byte for byte (checked against CPython 3.14.2 by the differential tests):
 * argparse's usage line, error messages and exit status 2 (including unique-prefix option
 * matching, `--opt=value`, `--`, the mutually exclusive group and `--indent` read like Python's
 * `int()`); the output of every option combination; JSON, UTF-8 decoding and UTF-8 encoding
 * errors (message alone on stderr, exit status 1, output written before the error kept);
 * colour and its environment variables; the chunked reading of `--json-lines` from stdin.
 * What differs on purpose is listed in docs/cli.md (How the CLI differs from CPython 3.14).
 * @module
 */

import { dump, dumps, loads, UnicodeDecodeError, ValueError } from './index.js';
import { concatBytes, decodeUtf8Piece } from './codecs.js';
import { indexToCodePoint } from './errors.js';
import { hex, pyStrRepr } from './float.js';

// ---------------------------------------------------------------------------------------------
// The I/O boundary
// ---------------------------------------------------------------------------------------------

/** Somewhere bytes can be written: standard output, standard error or an output file. */
export interface ToolWriter {
  /**
   * Writes the bytes. May return a promise (the tool awaits it, which gives back-pressure).
   * Failures are thrown or rejected; an error whose `code` is `'EPIPE'` ends the tool quietly
   * with status 32, as CPython does.
   */
  write(data: Uint8Array): void | Promise<void>;
  /** Closes an output file (not called for stdout/stderr). */
  close?(): void | Promise<void>;
  /** Whether this writer is a terminal (decides colour when no variable does). */
  readonly isTTY?: boolean;
}

/** File access, injected so that the tool itself stays free of Node APIs. */
export interface ToolFileSystem {
  /**
   * Opens a file for reading and returns its bytes as a stream of chunks. Opening errors
   * (missing file, directory, permissions) must reject the returned promise, not the stream.
   * Errors carry a Node-style `code` (`'ENOENT'`, `'EISDIR'`, ...).
   */
  openRead(path: string): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
  /** Creates or truncates a file for writing. */
  openWrite(path: string): Promise<ToolWriter>;
  /** Whether two paths name the same existing file (used for in-place `--json-lines`). */
  sameFile?(a: string, b: string): Promise<boolean>;
}

/** Everything the tool needs from the outside world. */
export interface ToolIO {
  /** Standard input as raw bytes (a Node `Readable` works as it is). */
  stdin: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  stdout: ToolWriter;
  stderr: ToolWriter;
  /** The environment (`PYTHON_COLORS`, `NO_COLOR`, `FORCE_COLOR`, `TERM`, `COLUMNS`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour, and argparse's coloured usage). */
  isTTY?: boolean;
  /** The width of the terminal on standard output, when it is one (usage line wrapping). */
  columns?: number;
  /** File access for `infile`/`outfile` paths; without it, paths fail as unreadable. */
  fs?: ToolFileSystem;
}

/** The program name used in usage lines and error messages. */
const PROG = 'pyjson';

/** Exit statuses. */
const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_USAGE = 2;
const EXIT_EPIPE = 32;

// ---------------------------------------------------------------------------------------------
// Python string helpers: repr(), int(), str.isprintable()
// ---------------------------------------------------------------------------------------------

/** Python's `repr()` of a `str` (the library's, with CPython's Unicode tables). */
export const pyRepr = pyStrRepr;

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

// ---------------------------------------------------------------------------------------------
// Colour (CPython's _colorize.can_colorize and the default theme)
// ---------------------------------------------------------------------------------------------

type Env = Readonly<Record<string, string | undefined>>;

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
interface ArgparseTheme {
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

const ARGPARSE_COLORS: ArgparseTheme = {
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

const NO_COLORS: ArgparseTheme = Object.fromEntries(
  Object.keys(ARGPARSE_COLORS).map((k) => [k, '']),
) as unknown as ArgparseTheme;

const ANSI_CODE = /\x1b\[[0-9;]*m/g;

function decolor(s: string): string {
  return s.replace(ANSI_CODE, '');
}

// ---------------------------------------------------------------------------------------------
// The argument parser: the parts of argparse 3.14 that json.tool's parser exercises
// ---------------------------------------------------------------------------------------------

type ActionKind = 'help' | 'positional' | 'storeTrue' | 'storeFalse' | 'storeInt' | 'storeConst';

interface Action {
  readonly name: string; // argparse's _get_action_name
  readonly optionStrings: readonly string[];
  readonly kind: ActionKind;
  readonly dest: string;
  readonly takesValue: boolean; // nargs None (one value) versus nargs 0
  readonly value?: unknown; // const for storeConst
  readonly metavar?: string;
  readonly help: string;
}

/** The parsed options (Python's `Namespace`). */
export interface ToolOptions {
  infile: string;
  outfile: string | null;
  sortKeys: boolean;
  ensureAscii: boolean;
  jsonLines: boolean;
  /** A number of spaces (Python int), `'\t'`, or `null` (no indentation). */
  indent: bigint | string | null;
  compact: boolean;
}

const A_HELP: Action = { name: '-h/--help', optionStrings: ['-h', '--help'], kind: 'help', dest: 'help', takesValue: false, help: 'show this help message and exit' };
const A_INFILE: Action = { name: 'infile', optionStrings: [], kind: 'positional', dest: 'infile', takesValue: true, help: 'the JSON file to read; "-" or no argument reads standard input' };
const A_OUTFILE: Action = { name: 'outfile', optionStrings: [], kind: 'positional', dest: 'outfile', takesValue: true, help: 'the file to write; with no argument the output goes to standard output (it may be the input file itself)' };
const A_SORT: Action = { name: '--sort-keys', optionStrings: ['--sort-keys'], kind: 'storeTrue', dest: 'sortKeys', takesValue: false, help: 'sort the keys of every object (by code point)' };
const A_ASCII: Action = { name: '--no-ensure-ascii', optionStrings: ['--no-ensure-ascii'], kind: 'storeFalse', dest: 'ensureAscii', takesValue: false, help: 'write non-ASCII characters as they are instead of as \\uXXXX escapes' };
const A_LINES: Action = { name: '--json-lines', optionStrings: ['--json-lines'], kind: 'storeTrue', dest: 'jsonLines', takesValue: false, help: 'read JSON Lines: one document per input line, each written as soon as it is read; add --compact or --no-indent to write JSON Lines too' };
const A_INDENT: Action = { name: '--indent', optionStrings: ['--indent'], kind: 'storeInt', dest: 'indent', takesValue: true, metavar: 'INDENT', help: 'indent nested values by INDENT spaces (default 4; 0 or less puts each value on its own line without indentation)' };
const A_TAB: Action = { name: '--tab', optionStrings: ['--tab'], kind: 'storeConst', dest: 'indent', takesValue: false, value: '\t', help: 'indent nested values with tabs' };
const A_NOINDENT: Action = { name: '--no-indent', optionStrings: ['--no-indent'], kind: 'storeConst', dest: 'indent', takesValue: false, value: null, help: 'write each document on one line, with a space after every comma and colon' };
const A_COMPACT: Action = { name: '--compact', optionStrings: ['--compact'], kind: 'storeTrue', dest: 'compact', takesValue: false, help: 'write each document on one line without any spaces' };

/** Optionals in the order argparse registered them (this order drives prefix matching). */
const OPTIONALS: readonly Action[] = [A_HELP, A_SORT, A_ASCII, A_LINES, A_INDENT, A_TAB, A_NOINDENT, A_COMPACT];
const POSITIONALS: readonly Action[] = [A_INFILE, A_OUTFILE];
const MUTEX_GROUP: readonly Action[] = [A_INDENT, A_TAB, A_NOINDENT, A_COMPACT];
const OPTION_STRINGS = new Map<string, Action>(OPTIONALS.flatMap((a) => a.optionStrings.map((s) => [s, a] as const)));

class ArgumentError extends Error {
  constructor(action: Action | null, message: string) {
    super(action ? `argument ${action.name}: ${message}` : message);
  }
}

class HelpRequested extends Error {}

type OptionTuple = [action: Action | null, optionString: string, sep: string | null, explicitArg: string | null];

/** First code point of `s` (Python's `s[0]`), or '' for an empty string. */
function first(s: string): string {
  return s === '' ? '' : String.fromCodePoint(s.codePointAt(0)!);
}

function partition(s: string, sep: string): [string, string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

function parseOptional(arg: string): OptionTuple[] | null {
  if (!arg || arg[0] !== '-') return null;
  const exact = OPTION_STRINGS.get(arg);
  if (exact) return [[exact, arg, null, null]];
  if ([...arg].length === 1) return null;
  const [optionString, sep, explicitArg] = partition(arg, '=');
  const withValue = sep ? OPTION_STRINGS.get(optionString) : undefined;
  if (withValue) return [[withValue, optionString, sep, explicitArg]];
  const tuples = optionTuples(arg);
  if (tuples.length > 0) return tuples;
  // A negative-number-looking argument is positional (the parser has no such options).
  if (/^-\.?\p{Nd}/u.test(arg)) return null;
  if (arg.includes(' ')) return null;
  return [[null, arg, null, null]];
}

function optionTuples(arg: string): OptionTuple[] {
  const result: OptionTuple[] = [];
  const [prefix, sep0, explicit0] = partition(arg, '=');
  const sep = sep0 ? sep0 : null;
  const explicitArg = sep0 ? explicit0 : null;
  const chars = [...arg];
  if (chars[1] === '-') {
    for (const [s, action] of OPTION_STRINGS) if (s.startsWith(prefix)) result.push([action, s, sep, explicitArg]);
  } else {
    const shortPrefix = chars.slice(0, 2).join('');
    const shortExplicit = chars.slice(2).join('');
    for (const [s, action] of OPTION_STRINGS) {
      if (s === shortPrefix) result.push([action, s, '', shortExplicit]);
      else if (s.startsWith(prefix)) result.push([action, s, sep, explicitArg]);
    }
  }
  return result;
}

/** Lengths matched by `(-*A?-*)` per remaining positional, argparse's _match_arguments_partial. */
function matchPositionals(count: number, pattern: string): number[] {
  if (count === 0) return [];
  const m = new RegExp('^' + '(-*A?-*)'.repeat(count)).exec(pattern)!;
  const result = m.slice(1).map((g) => g!.length);
  const end = m[0].length;
  if (end < pattern.length && pattern[end] === 'O') while (result.length > 0 && result[result.length - 1] === 0) result.pop();
  return result;
}

/**
 * Parses the arguments exactly as argparse 3.14 parses them for json.tool's parser.
 * @throws {ArgumentError} with argparse's message (the caller prints usage and exits 2)
 * @throws {HelpRequested} when -h/--help is taken
 */
export function parseArgs(args: readonly string[]): { options: ToolOptions; extras: string[] } {
  const options: ToolOptions = {
    infile: '-',
    outfile: null,
    sortKeys: false,
    ensureAscii: true,
    jsonLines: false,
    indent: 4n,
    compact: false,
  };

  const indices = new Map<number, OptionTuple[]>();
  let pattern = '';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') {
      pattern += '-' + 'A'.repeat(args.length - i - 1);
      break;
    }
    const tuples = parseOptional(args[i]!);
    if (tuples === null) pattern += 'A';
    else {
      indices.set(i, tuples);
      pattern += 'O';
    }
  }

  const seenNonDefault = new Set<Action>();
  const takeAction = (action: Action, strings: string[]): void => {
    let value: unknown;
    if (action.kind === 'positional') value = strings.length ? strings[0] : action === A_INFILE ? '-' : null;
    else if (action.kind === 'storeInt') {
      const n = pyInt(strings[0]!);
      if (n === undefined) throw new ArgumentError(action, `invalid int value: ${pyRepr(strings[0]!)}`);
      value = n;
    }
    if (action.optionStrings.length > 0 || strings.length > 0) {
      seenNonDefault.add(action);
      if (MUTEX_GROUP.includes(action)) {
        for (const other of MUTEX_GROUP) {
          if (other !== action && seenNonDefault.has(other)) {
            throw new ArgumentError(action, `not allowed with argument ${other.name}`);
          }
        }
      }
    }
    const o = options as unknown as Record<string, unknown>;
    switch (action.kind) {
      case 'help':
        throw new HelpRequested();
      case 'storeTrue':
        o[action.dest] = true;
        break;
      case 'storeFalse':
        o[action.dest] = false;
        break;
      case 'storeConst':
        o[action.dest] = action.value;
        break;
      default:
        o[action.dest] = value;
    }
  };

  const extras: string[] = [];
  let positionals = [...POSITIONALS];

  const consumePositionals = (start: number): number => {
    const counts = matchPositionals(positionals.length, pattern.slice(start));
    counts.forEach((count, k) => {
      const strings = args.slice(start, start + count);
      if (pattern.slice(start, start + count).includes('-')) strings.splice(strings.indexOf('--'), 1);
      start += count;
      takeAction(positionals[k]!, strings);
    });
    positionals = positionals.slice(counts.length);
    return start;
  };

  const consumeOptional = (start: number): number => {
    const tuples = indices.get(start)!;
    if (tuples.length > 1) {
      throw new ArgumentError(null, `ambiguous option: ${args[start]} could match ${tuples.map((t) => t[1]).join(', ')}`);
    }
    let [action, optionString, sep, explicitArg] = tuples[0]!;
    const taken: [Action, string[]][] = [];
    let stop: number;
    for (;;) {
      if (action === null) {
        extras.push(args[start]!);
        return start + 1;
      }
      if (explicitArg !== null) {
        const argCount = action.takesValue ? 1 : 0;
        if (argCount === 0 && [...optionString][1] !== '-' && explicitArg !== '') {
          if (sep || first(explicitArg) === '-') throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
          taken.push([action, []]);
          const ch = first(optionString);
          optionString = ch + first(explicitArg);
          const next = OPTION_STRINGS.get(optionString);
          if (next) {
            action = next;
            explicitArg = explicitArg.slice(first(explicitArg).length);
            if (!explicitArg) sep = explicitArg = null;
            else if (explicitArg[0] === '=') {
              sep = '=';
              explicitArg = explicitArg.slice(1);
            } else sep = '';
          } else {
            extras.push(ch + explicitArg);
            stop = start + 1;
            break;
          }
        } else if (argCount === 1) {
          stop = start + 1;
          taken.push([action, [explicitArg]]);
          break;
        } else {
          throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
        }
      } else {
        let argCount = 0;
        if (action.takesValue) {
          if (pattern[start + 1] !== 'A') throw new ArgumentError(action, 'expected one argument');
          argCount = 1;
        }
        stop = start + 1 + argCount;
        taken.push([action, args.slice(start + 1, stop)]);
        break;
      }
    }
    for (const [a, strings] of taken) takeAction(a, strings);
    return stop;
  };

  let start = 0;
  const maxOptionIndex = indices.size ? Math.max(...indices.keys()) : -1;
  while (start <= maxOptionIndex) {
    let nextOption = start;
    while (nextOption <= maxOptionIndex && !indices.has(nextOption)) nextOption++;
    if (start !== nextOption) {
      const end = consumePositionals(start);
      if (end > start) {
        start = end;
        continue;
      }
      start = end;
    }
    if (!indices.has(start)) {
      extras.push(...args.slice(start, nextOption));
      start = nextOption;
    }
    start = consumeOptional(start);
  }
  const stop = consumePositionals(start);
  extras.push(...args.slice(stop));
  return { options, extras };
}

// ---------------------------------------------------------------------------------------------
// Usage and help text
// ---------------------------------------------------------------------------------------------

/** shutil.get_terminal_size().columns as argparse sees it. */
function terminalColumns(env: Env, columns: number | undefined): number {
  const fromEnv = env['COLUMNS'] === undefined ? undefined : pyInt(env['COLUMNS']);
  if (fromEnv !== undefined && fromEnv > 0n) return Number(fromEnv);
  return columns && columns > 0 ? columns : 80;
}

function usageParts(t: ArgparseTheme): { opt: string[]; pos: string[] } {
  const opt: string[] = [];
  for (const a of OPTIONALS) {
    const s = a.optionStrings[0]!;
    const color = s.length > 2 ? t.summaryLongOption : t.summaryShortOption;
    let part = a.takesValue ? `${color}${s} ${t.summaryLabel}${a.metavar}${t.reset}` : `${color}${s}${t.reset}`;
    if (!MUTEX_GROUP.includes(a)) part = `[${part}]`;
    opt.push(part);
  }
  // The mutually exclusive group: [a | b | c | d]
  const g = opt.length - MUTEX_GROUP.length;
  opt[g] = '[' + opt[g];
  for (let i = g; i < opt.length - 1; i++) opt[i] += ' |';
  opt[opt.length - 1] += ']';
  const pos = POSITIONALS.map((a) => `${t.summaryAction}[${a.dest}]${t.reset}`);
  return { opt, pos };
}

/** argparse's usage text, `usage: pyjson ...` wrapped to the terminal width, ending in `\n`. */
function formatUsage(theme: ArgparseTheme, columns: number): string {
  const prefix = 'usage: ';
  const prog = PROG;
  const textWidth = columns - 2;
  const { opt, pos } = usageParts(theme);
  let usage = [prog, ...opt, ...pos].join(' ');
  if (prefix.length + decolor(usage).length > textWidth) {
    const getLines = (parts: string[], indent: string, withPrefix: boolean): string[] => {
      const lines: string[] = [];
      let line: string[] = [];
      let lineLen = withPrefix ? prefix.length - 1 : indent.length - 1;
      for (const part of parts) {
        const partLen = decolor(part).length;
        if (lineLen + 1 + partLen > textWidth && line.length) {
          lines.push(indent + line.join(' '));
          line = [];
          lineLen = indent.length - 1;
        }
        line.push(part);
        lineLen += partLen + 1;
      }
      if (line.length) lines.push(indent + line.join(' '));
      if (withPrefix) lines[0] = lines[0]!.slice(indent.length);
      return lines;
    };
    let lines: string[];
    if (prefix.length + prog.length <= 0.75 * textWidth) {
      const indent = ' '.repeat(prefix.length + prog.length + 1);
      lines = getLines([prog, ...opt], indent, true);
      lines.push(...getLines(pos, indent, false));
    } else {
      const indent = ' '.repeat(prefix.length);
      lines = getLines([...opt, ...pos], indent, false);
      if (lines.length > 1) lines = [...getLines(opt, indent, false), ...getLines(pos, indent, false)];
      lines = [prog, ...lines];
    }
    usage = lines.join('\n');
  }
  usage = usage.slice(prog.length);
  return `${theme.usage}${prefix}${theme.reset}${theme.prog}${prog}${theme.reset}${usage}\n`;
}

const DESCRIPTION =
  "Validate and pretty-print JSON, with exactly the output, messages and exit statuses of Python 3.14's `python -m json`.";

const EPILOG = [
  'Output is coloured when standard output is a terminal; PYTHON_COLORS=0/1, NO_COLOR, FORCE_COLOR and TERM=dumb decide otherwise, in that order (FORCE_COLOR colours an outfile too).',
  'Exit status: 0 on success, 1 for invalid JSON, undecodable input or an unreadable file (the message alone on standard error), 2 for bad arguments, 32 when the reader of the output went away.',
];

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

function invocationText(a: Action): string {
  if (a.kind === 'positional') return a.dest;
  return a.optionStrings.join(', ') + (a.takesValue ? ' ' + a.metavar : '');
}

/** The `--help` text: argparse's layout and usage line, with pyjson's own descriptions. */
function formatHelp(theme: ArgparseTheme, columns: number): string {
  const width = columns - 2;
  const textWidth = Math.max(width, 11);
  const maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
  const longest = Math.max(...[...POSITIONALS, ...OPTIONALS].map((a) => invocationText(a).length));
  const helpPosition = Math.min(longest + 2 + 2, maxHelpPosition);
  const helpWidth = Math.max(width - helpPosition, 11);
  const invocation = (a: Action): [plain: string, colored: string] => {
    if (a.kind === 'positional') return [a.dest, `${theme.action}${a.dest}${theme.reset}`];
    const names = a.optionStrings.map((s) => `${s.length > 2 ? theme.longOption : theme.shortOption}${s}${theme.reset}`).join(', ');
    const plain = invocationText(a);
    return [plain, a.takesValue ? `${names} ${theme.label}${a.metavar}${theme.reset}` : names];
  };
  const section = (heading: string, actions: readonly Action[]): string => {
    let out = `\n${theme.heading}${heading}:${theme.reset}\n`;
    for (const a of actions) {
      const [plain, colored] = invocation(a);
      const help = wrapWords(a.help, helpWidth);
      if (plain.length <= helpPosition - 4) {
        out += '  ' + colored + ' '.repeat(helpPosition - 2 - plain.length) + help[0] + '\n';
      } else {
        out += '  ' + colored + '\n' + ' '.repeat(helpPosition) + help[0] + '\n';
      }
      for (const line of help.slice(1)) out += ' '.repeat(helpPosition) + line + '\n';
    }
    return out;
  };
  let out = formatUsage(theme, columns);
  out += '\n' + wrapWords(DESCRIPTION, textWidth).join('\n') + '\n';
  out += section('positional arguments', POSITIONALS);
  out += section('options', OPTIONALS);
  for (const paragraph of EPILOG) out += '\n' + wrapWords(paragraph, textWidth).join('\n') + '\n';
  return out;
}

// ---------------------------------------------------------------------------------------------
// UTF-8: strict decoding with CPython's error positions, strict encoding with its errors
// ---------------------------------------------------------------------------------------------

const encoder = new (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder();

/**
 * Decodes `data` strictly, as CPython's UTF-8 decoder called with `final`.
 * @returns the text and the number of bytes consumed (the rest is an incomplete sequence)
 * @throws {UnicodeDecodeError} positions relative to `data`
 */
export function decodeUtf8(data: Uint8Array, final: boolean): { text: string; consumed: number } {
  return decodeUtf8Piece(data, false, final);
}

/** Python's UnicodeEncodeError from the strict UTF-8 codec (lone surrogates). */
class UnicodeEncodeError extends ValueError {
  override name = 'UnicodeEncodeError';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isLoneSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00;
  if (c >= 0xdc00 && c <= 0xdfff) return i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800;
  return false;
}

/**
 * Checks one `write()` of a strict UTF-8 text stream: a lone surrogate raises CPython's
 * UnicodeEncodeError, whose position (in code points) is relative to the written string and
 * which covers the whole run of consecutive surrogates.
 */
function checkEncodable(s: string): void {
  const m = LONE_SURROGATE.exec(s);
  if (!m) return;
  // m.index is a lone surrogate: no pair straddles it.
  const pos = indexToCodePoint(s, m.index);
  let end = m.index + 1;
  while (end < s.length && isLoneSurrogate(s, end)) end++;
  const count = end - m.index;
  throw new UnicodeEncodeError(
    count === 1
      ? `'utf-8' codec can't encode character '\\u${hex(s.charCodeAt(m.index), 4)}' in position ${pos}: surrogates not allowed`
      : `'utf-8' codec can't encode characters in position ${pos}-${pos + count - 1}: surrogates not allowed`,
  );
}

/** Encodes for standard error: lone surrogates become `\udXXX` (Python's backslashreplace). */
function encodeBackslashReplace(s: string): Uint8Array {
  return encoder.encode(s.replace(new RegExp(LONE_SURROGATE.source, 'g'), (c) => '\\u' + hex(c.charCodeAt(0), 4)));
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** CPython's TextIOWrapper reads its buffer in chunks of this many bytes (readline). */
const CHUNK_SIZE = 8192;

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

async function readAll(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const b = toBytes(chunk);
    parts.push(b);
    total += b.length;
  }
  return concatBytes(parts, total);
}

/** How long a partial chunk waits for more input before it is decoded anyway. */
const IDLE_MS = 20;

type Timers = {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};
const timers = globalThis as unknown as Timers;

/**
 * Re-cuts a byte stream into the pieces CPython's `TextIOWrapper` reads (`read1(8192)`): full
 * 8 KiB chunks while input keeps coming, as from a regular file; when the input pauses (a pipe,
 * a terminal, `tail -f`), what has arrived so far, as a read from a pipe returns it.
 */
async function* rechunk(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as
    | AsyncIterator<Uint8Array | string>
    | Iterator<Uint8Array | string>;
  let pending: Uint8Array = new Uint8Array(0);
  let next: Promise<IteratorResult<Uint8Array | string>> | null = null;
  let finished = false;
  try {
    for (;;) {
      while (pending.length >= CHUNK_SIZE) {
        yield pending.subarray(0, CHUNK_SIZE);
        pending = pending.subarray(CHUNK_SIZE);
      }
      next ??= Promise.resolve(it.next());
      let r: IteratorResult<Uint8Array | string> | 'idle';
      if (pending.length === 0) r = await next;
      else {
        let handle: unknown;
        const idle = new Promise<'idle'>((resolve) => (handle = timers.setTimeout(() => resolve('idle'), IDLE_MS)));
        r = await Promise.race([next, idle]);
        timers.clearTimeout(handle);
      }
      if (r === 'idle') {
        yield pending;
        pending = new Uint8Array(0);
        continue;
      }
      next = null;
      if (r.done) {
        finished = true;
        if (pending.length) yield pending;
        return;
      }
      const more = toBytes(r.value);
      pending = concatBytes([pending, more], pending.length + more.length);
    }
  } finally {
    // Stop the source (a Node stream is destroyed) when the consumer gives up early.
    if (!finished) await it.return?.();
  }
}

/** Universal newlines, as `open(path, encoding='utf-8')` reads: `\r\n` and `\r` become `\n`. */
function translateNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * The lines of a text stream, as `for line in file` yields them from CPython's TextIOWrapper,
 * in batches (the complete lines available after each chunk read): bytes are decoded chunk by
 * chunk, so a decoding error is reported relative to its chunk, after the lines completed
 * before it; lines end after `\n` and keep it.
 * @param universal translate newlines as a file opened in text mode does (stdin does not)
 */
async function* textLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, universal: boolean): AsyncGenerator<string[]> {
  let pendingBytes: Uint8Array = new Uint8Array(0);
  let pendingCR = false;
  let buffer = '';
  const feed = (bytes: Uint8Array, final: boolean): string[] => {
    const data = concatBytes([pendingBytes, bytes], pendingBytes.length + bytes.length);
    const { text, consumed } = decodeUtf8(data, final);
    pendingBytes = data.slice(consumed);
    let out = text;
    if (universal) {
      if (pendingCR && (out || final)) {
        out = '\r' + out;
        pendingCR = false;
      }
      if (out.endsWith('\r') && !final) {
        out = out.slice(0, -1);
        pendingCR = true;
      }
      out = translateNewlines(out);
    }
    // Only the new text can hold a new line end: a long line is not rescanned for each chunk.
    const lines: string[] = [];
    let nl = out.indexOf('\n');
    if (nl < 0) {
      buffer += out;
      return lines;
    }
    lines.push(buffer + out.slice(0, nl + 1));
    let at = nl + 1;
    for (nl = out.indexOf('\n', at); nl >= 0; nl = out.indexOf('\n', at)) {
      lines.push(out.slice(at, nl + 1));
      at = nl + 1;
    }
    buffer = out.slice(at);
    return lines;
  };
  for await (const chunk of rechunk(source)) {
    const lines = feed(chunk, false);
    if (lines.length) yield lines;
  }
  const lines = feed(new Uint8Array(0), true);
  if (buffer) lines.push(buffer);
  if (lines.length) yield lines;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** Buffers text for a writer, encoding it as CPython's text stream does (strict UTF-8). */
class Output {
  private parts: string[] = [];
  private partsLength = 0;
  private encoded: Uint8Array[] = [];
  private closed = false;

  constructor(
    readonly writer: ToolWriter,
    private readonly checkSurrogates: boolean,
  ) {}

  /** One `write()` call of the Python text stream: checked (and rejected) as a whole. */
  write(s: string): void {
    if (this.checkSurrogates) checkEncodable(s);
    this.parts.push(s);
    this.partsLength += s.length;
    // Encode as we go, so that a huge document never needs one huge string.
    if (this.partsLength >= 1 << 20) this.encodeParts();
  }

  private encodeParts(): void {
    if (this.parts.length === 0) return;
    const bytes = encoder.encode(this.parts.join(''));
    this.parts = [];
    this.partsLength = 0;
    this.encoded.push(bytes);
  }

  /** Writes out everything buffered. */
  async flush(): Promise<void> {
    this.encodeParts();
    const chunks = this.encoded;
    this.encoded = [];
    for (const chunk of chunks) await this.writer.write(chunk);
  }

  /** Closes an output file (never standard output); safe to call twice. */
  async close(isStdout: boolean): Promise<void> {
    if (this.closed || isStdout) return;
    this.closed = true;
    await this.writer.close?.();
  }
}

// ---------------------------------------------------------------------------------------------
// Errors that end the run
// ---------------------------------------------------------------------------------------------

/** errno values and texts (Linux/glibc), and the Python exception class, by Node error code. */
const ERRNO: Readonly<Record<string, [number, string, string]>> = {
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EIO: [5, 'Input/output error', 'OSError'],
  ENXIO: [6, 'No such device or address', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  EAGAIN: [11, 'Resource temporarily unavailable', 'BlockingIOError'],
  ENOMEM: [12, 'Cannot allocate memory', 'MemoryError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EBUSY: [16, 'Device or resource busy', 'OSError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENODEV: [19, 'No such device', 'OSError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  ENFILE: [23, 'Too many open files in system', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  ETXTBSY: [26, 'Text file busy', 'OSError'],
  EFBIG: [27, 'File too large', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  EPIPE: [32, 'Broken pipe', 'BrokenPipeError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
  EDQUOT: [122, 'Disk quota exceeded', 'OSError'],
};

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The one line pyjson prints for a file that cannot be opened, read or written: the last line
 * of the traceback CPython 3.14 prints there, e.g.
 * `FileNotFoundError: [Errno 2] No such file or directory: 'x.json'`.
 */
export function describeFileError(e: unknown, path: string | null): string {
  const code = errorCode(e);
  const known = code ? ERRNO[code] : undefined;
  const where = path === null ? '' : `: ${pyRepr(path)}`;
  if (known) return `${known[2]}: [Errno ${known[0]}] ${known[1]}${where}`;
  const message = e instanceof Error ? e.message : String(e);
  return `OSError: ${code ? `[${code}] ` : ''}${message}${where}`;
}

class FileError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly path: string | null,
  ) {
    super(describeFileError(cause, path));
  }
}

async function wrapFile<T>(path: string | null, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (errorCode(e) === 'EPIPE' || e instanceof FileError) throw e;
    throw new FileError(e, path);
  }
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

/**
 * Runs `pyjson` with the arguments after the program name.
 * @returns the exit status (0, 1, 2 or 32)
 */
export async function main(argv: readonly string[], io: ToolIO): Promise<number> {
  const env = io.env ?? {};
  const columns = terminalColumns(env, io.columns);
  const argparseTheme = canColorize(env, io.isTTY) ? ARGPARSE_COLORS : NO_COLORS;
  const writeErr = async (s: string): Promise<void> => {
    try {
      await io.stderr.write(encodeBackslashReplace(s));
    } catch {
      // argparse ignores errors writing its messages; so does the exit path
    }
  };

  let options: ToolOptions;
  try {
    const parsed = parseArgs(argv);
    if (parsed.extras.length) throw new ArgumentError(null, `unrecognized arguments: ${parsed.extras.join(' ')}`);
    options = parsed.options;
  } catch (e) {
    if (e instanceof HelpRequested) {
      try {
        await io.stdout.write(encoder.encode(formatHelp(argparseTheme, columns)));
      } catch {
        // argparse ignores errors writing help
      }
      return EXIT_OK;
    }
    if (e instanceof ArgumentError) {
      await writeErr(formatUsage(argparseTheme, columns) + `${PROG}: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }

  let outfile: Output | null = null;
  try {
    return await run(options, io, env, (o) => (outfile = o));
  } catch (e) {
    // What was written before the error stays written (CPython flushes when it closes the file).
    const out = outfile as Output | null;
    if (out) {
      try {
        await out.flush();
      } catch (flushError) {
        if (errorCode(flushError) === 'EPIPE') return EXIT_EPIPE;
      }
    }
    if (errorCode(e) === 'EPIPE') return EXIT_EPIPE;
    await writeErr(errorLine(e) + '\n');
    return EXIT_ERROR;
  } finally {
    const out = outfile as Output | null;
    try {
      await out?.close(out.writer === io.stdout);
    } catch {
      // the run already failed; that error is the one reported
    }
  }
}

/** The text printed on stderr for an error that ends the run with status 1. */
function errorLine(e: unknown): string {
  if (e instanceof FileError) return e.message;
  // An operating-system error while reading or writing (not opening): Python's OSError for
  // these carries no file name.
  if (errorCode(e) !== undefined && !(e instanceof ValueError)) return describeFileError(e, null);
  if (e instanceof ValueError || e instanceof SyntaxError) return e.message; // SystemExit(e): str(e)
  if (e instanceof RangeError && /string length|allocation/i.test(e.message)) return 'MemoryError';
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'RecursionError: maximum recursion depth exceeded';
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

type DumpOptions = {
  sortKeys: boolean;
  ensureAscii: boolean;
  indent?: number | string;
  separators?: [string, string];
};

function dumpOptions(options: ToolOptions): DumpOptions {
  const args: DumpOptions = { sortKeys: options.sortKeys, ensureAscii: options.ensureAscii };
  let indent = options.compact ? null : options.indent;
  if (typeof indent === 'bigint') {
    // Python repeats ' ' indent times; zero and negative counts both give ''.
    if (indent < 0n) indent = 0n;
    if (indent > 0x1fffffffn) throw new RangeError('Invalid string length');
    args.indent = Number(indent);
  } else if (indent !== null) args.indent = indent;
  if (options.compact) args.separators = [',', ':'];
  return args;
}

async function run(options: ToolOptions, io: ToolIO, env: Env, setOutput: (o: Output) => void): Promise<number> {
  let args: DumpOptions | undefined; // computed when first needed, as Python builds the indent
  const fs = io.fs;
  const needFs = (): ToolFileSystem => {
    if (!fs) throw Object.assign(new Error('no file system access'), { code: 'EACCES' });
    return fs;
  };
  const fromStdin = options.infile === '-';
  const inPath = options.infile;

  const openOutput = async (): Promise<Output> => {
    const writer = options.outfile === null ? io.stdout : await wrapFile(options.outfile, () => needFs().openWrite(options.outfile!));
    const out = new Output(writer, !options.ensureAscii);
    setOutput(out);
    return out;
  };
  const write = (out: Output, color: boolean, obj: unknown): void => {
    args ??= dumpOptions(options);
    if (color) out.write(colorizeJson(dumps(obj, args)));
    else dump(obj, { write: (s: string) => out.write(s) }, args);
    out.write('\n');
  };
  const finish = (out: Output): Promise<void> =>
    wrapFile(null, () => out.close(out.writer === io.stdout));
  const colorFor = (out: Output): boolean => canColorize(env, out.writer === io.stdout ? io.isTTY : out.writer.isTTY);

  if (!options.jsonLines) {
    const bytes = fromStdin
      ? await readAll(io.stdin)
      : await wrapFile(null, async () => readAll(await wrapFile(inPath, () => needFs().openRead(inPath))));
    let text = decodeUtf8(bytes, true).text;
    if (!fromStdin) text = translateNewlines(text);
    const obj = loads(text, { lossless: true });
    const out = await openOutput();
    write(out, colorFor(out), obj);
    await out.flush();
    await finish(out);
    return EXIT_OK;
  }

  // JSON Lines: streamed, one document per line, each written before the next line is read.
  let source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> = io.stdin;
  if (!fromStdin) {
    source = await wrapFile(inPath, () => needFs().openRead(inPath));
    if (options.outfile !== null && fs?.sameFile && (await fs.sameFile(inPath, options.outfile).catch(() => false))) {
      source = [await wrapFile(null, () => readAll(source))]; // rewriting in place: read it all first
    }
  }
  const out = await openOutput();
  const color = colorFor(out);
  const lines = textLines(source, !fromStdin);
  for await (const batch of lines) {
    for (const line of batch) write(out, color, loads(line, { lossless: true }));
    await out.flush(); // before waiting for more input: `tail -f log | pyjson --json-lines` keeps up
  }
  await out.flush();
  await finish(out);
  return EXIT_OK;
}
