/**
 * The argument parser: the parts of argparse 3.14 that json.tool's parser exercises, with its
 * exact messages.
 * @module
 */
import { pyStrRepr } from '../float.js';
import { pyInt } from './py-int.js';

/** The program name used in usage lines and error messages. */
export const PROG = 'pyjson';

type ActionKind = 'help' | 'positional' | 'storeTrue' | 'storeFalse' | 'storeInt' | 'storeConst';

export interface Action {
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
export const OPTIONALS: readonly Action[] = [A_HELP, A_SORT, A_ASCII, A_LINES, A_INDENT, A_TAB, A_NOINDENT, A_COMPACT];
export const POSITIONALS: readonly Action[] = [A_INFILE, A_OUTFILE];
export const MUTEX_GROUP: readonly Action[] = [A_INDENT, A_TAB, A_NOINDENT, A_COMPACT];
const OPTION_STRINGS = new Map<string, Action>(OPTIONALS.flatMap((a) => a.optionStrings.map((s) => [s, a] as const)));

export class ArgumentError extends Error {
  constructor(action: Action | null, message: string) {
    super(action ? `argument ${action.name}: ${message}` : message);
  }
}

export class HelpRequested extends Error {}

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
      if (n === undefined) throw new ArgumentError(action, `invalid int value: ${pyStrRepr(strings[0]!)}`);
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
          if (sep || first(explicitArg) === '-') throw new ArgumentError(action, `ignored explicit argument ${pyStrRepr(explicitArg)}`);
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
          throw new ArgumentError(action, `ignored explicit argument ${pyStrRepr(explicitArg)}`);
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
