/**
 * `main(argv, io)`: the whole `pyjson` run, from the arguments to the exit status.
 * @module
 */
import { decodeUtf8, encodeUtf8 } from '../codecs.js';
import { dump, dumps, loads, ValueError } from '../index.js';
import { ArgumentError, HelpRequested, parseArgs, PROG, type ToolOptions } from './argparse.js';
import { ARGPARSE_COLORS, canColorize, colorizeJson, NO_COLORS } from './color.js';
import { formatHelp, formatUsage, terminalColumns } from './help.js';
import type { ByteSource, Env, ToolFileSystem, ToolIO } from './io.js';
import { describeFileError, errorCode, FileError, wrapFile } from './os-errors.js';
import { readAll, textLines, translateNewlines } from './text-input.js';
import { encodeBackslashReplace, Output } from './text-output.js';

/** Exit statuses. */
const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_USAGE = 2;
const EXIT_EPIPE = 32;

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
        await io.stdout.write(encodeUtf8(formatHelp(argparseTheme, columns)));
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
  let source: ByteSource = io.stdin;
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
