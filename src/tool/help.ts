/**
 * argparse's usage line and the `--help` text, wrapped to the terminal as argparse wraps them.
 * @module
 */
import { MUTEX_GROUP, OPTIONALS, POSITIONALS, PROG, type Action } from './argparse.js';
import { decolor, type ArgparseTheme } from './color.js';
import type { Env } from './io.js';
import { pyInt } from './py-int.js';

/** shutil.get_terminal_size().columns as argparse sees it. */
export function terminalColumns(env: Env, columns: number | undefined): number {
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
export function formatUsage(theme: ArgparseTheme, columns: number): string {
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
export function formatHelp(theme: ArgparseTheme, columns: number): string {
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
