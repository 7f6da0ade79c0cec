/**
 * JSON Lines reading: `parseLines` and `parseLinesStream`, one value per line of a stream, each
 * line parsed as `json.loads(line)`, errors naming the line of the stream.
 * @module
 */
import { decodeBytes, decodedAsBytes } from '../codecs.js';
import { decoderFor, type JSONDecoder, type LoadsOptions } from '../decoder.js';
import { addNote, JSONDecodeError } from '../errors.js';
import { rejectBom } from './bom.js';
import { LineSplitter, type RawLine } from './line-splitter.js';
import { chunksOf, normalizeChunk } from './sources.js';
import { newTransformStream } from './transform-stream.js';
import type { Chunk, StreamSource, TransformStreamOf } from './types.js';

/** Options of `parseLines`: those of `loads`, plus what to do with blank lines. */
export interface ParseLinesOptions extends LoadsOptions {
  /**
   * Skip lines that are empty or hold only JSON whitespace (space, tab, CR), as JSON Lines tools
   * do. With `false` such a line is an error (`Expecting value`), as `json.loads(line)` would be.
   * Default `true`.
   */
  skipBlankLines?: boolean;
}

/**
 * A line of a JSON Lines stream that is not valid JSON. A `JSONDecodeError` whose message keeps
 * CPython's format with the line of the stream: `Expecting value: line 7 column 5 (char 4)`.
 * `lineno` (and `line`) is the 1-based line number in the stream; `doc` is that line's text
 * (without its line terminator), `pos` (code points) and `colno` are relative to it, so `msg`,
 * `doc` and `pos` are what CPython's `json.loads(line)` reports.
 */
export class JSONLinesDecodeError extends JSONDecodeError {
  /** The 1-based line number in the stream (equal to `lineno`). */
  readonly line: number;

  /**
   * @param msg the bare message, e.g. `Expecting value`
   * @param doc the line's text
   * @param pos the position in the line, in code points
   * @param line the 1-based line number in the stream
   */
  constructor(msg: string, doc: string, pos: number, line: number) {
    super(msg, doc, pos);
    this.name = 'JSONDecodeError';
    this.line = line;
    (this as { lineno: number }).lineno = line;
    this.message = `${msg}: line ${line} column ${this.colno} (char ${pos})`;
  }
}

/** The value of one line, or `BLANK` for a skipped blank line. */
const BLANK = Symbol('blank line');

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Parses one line as CPython's `json.loads(line)` does (`line` without its terminator; text for
 * text sources, bytes for byte sources), reporting errors with the line number of the stream.
 */
function parseLine(
  decoder: JSONDecoder,
  raw: RawLine,
  bytesMode: boolean,
  lineno: number,
  skipBlank: boolean,
): unknown {
  let text: string;
  try {
    if (typeof raw === 'string') {
      text = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
      if (skipBlank && isBlank(text)) return BLANK;
      // A byte line came as text when it is valid UTF-8 (the fast path).
      if (bytesMode) text = decodedAsBytes(text);
      else rejectBom(text);
    } else {
      const bytes = raw[raw.length - 1] === 13 ? raw.subarray(0, raw.length - 1) : raw;
      text = decodeBytes(bytes); // CPython's detection and surrogatepass, or UnicodeDecodeError
    }
    return decoder.decode(text);
  } catch (error) {
    if (error instanceof JSONDecodeError) throw new JSONLinesDecodeError(error.msg, error.doc, error.pos, lineno);
    addNote(error, `when decoding line ${lineno}`);
    throw error;
  }
}

/** The chunks, then null. */
async function* withEnd<T>(chunks: AsyncIterable<T>): AsyncGenerator<T | null, void, undefined> {
  yield* chunks;
  yield null;
}

function linesDecoder(options: ParseLinesOptions | undefined, caller: string): [JSONDecoder, boolean] {
  if (options === undefined || options === null) return [decoderFor(undefined, caller), true];
  const { skipBlankLines = true, ...rest } = options;
  return [decoderFor(rest, caller), Boolean(skipBlankLines)];
}

/**
 * Parses a JSON Lines stream: yields one value per line, lazily, holding only the current line
 * in memory.
 *
 * - Lines end with LF; a CR before the LF is dropped, so CRLF files work. A final line without
 *   terminator is parsed; a final terminator does not start an extra line.
 * - Blank lines (empty or only spaces, tabs, CRs) are skipped (`skipBlankLines: false` makes them
 *   errors); they still count in line numbers.
 * - Each line is parsed as CPython's `json.loads(line)`: text chunks as text (a BOM is an error),
 *   byte chunks as bytes (UTF-8, a leading BOM skipped, `surrogatepass`). A character or surrogate
 *   pair split between chunks is decoded correctly.
 *
 * @param source a Node `Readable`, a WHATWG `ReadableStream`, an (async) iterable of strings or
 *   bytes, a `Response`, a `Blob`
 * @param options the options of `loads`, plus `skipBlankLines`
 * @throws (rejects with) {@link JSONLinesDecodeError} for a bad line, after the values of the lines
 *   before it (`Expecting value: line 3 column 1 (char 0)`); `UnicodeDecodeError` and errors of hooks
 *   with a note `when decoding line N`; `TypeError` for bad sources or options
 * @example
 * // From a file (createReadStream('log.jsonl')), a fetch body, chunks...
 * const ids = [];
 * for await (const record of parseLines(['{"id": 1}\n{"id": 12345678901234567890}\n'])) ids.push(record.id);
 * ids // → [1, 12345678901234567890n]
 */
export function parseLines(source: StreamSource, options?: ParseLinesOptions): AsyncGenerator<any, void, undefined> {
  const [decoder, skipBlank] = linesDecoder(options, 'parseLines()');
  const splitter = new LineSplitter('parseLines()');
  return (async function* () {
    let lineno = 0;
    const lines: RawLine[] = [];
    const collect = (line: RawLine) => void lines.push(line);
    // The values are yielded from this loop itself: delegating to a generator (yield*) costs an
    // async-from-sync iterator and its promises per value. null: the end, after the last chunk.
    for await (const chunk of withEnd(chunksOf(source, 'parseLines()'))) {
      if (chunk === null) splitter.end(collect);
      else splitter.push(chunk, collect);
      const bytesMode = splitter.mode === 'bytes';
      for (let i = 0; i < lines.length; i++) {
        const value = parseLine(decoder, lines[i]!, bytesMode, ++lineno, skipBlank);
        if (value !== BLANK) yield value;
      }
      lines.length = 0;
    }
  })();
}

/**
 * A `TransformStream` turning a JSON Lines stream (chunks of text or bytes) into values, with
 * the rules and errors of {@link parseLines}.
 *
 * @example
 * const values = new Blob(['[1]\n{"a": 2}\n']).stream().pipeThrough(parseLinesStream()); // or a fetch body
 * const out = [];
 * for await (const v of values) out.push(v);
 * out // → [[1], { a: 2 }]
 */
export function parseLinesStream(options?: ParseLinesOptions): TransformStreamOf<Chunk, any> {
  const [decoder, skipBlank] = linesDecoder(options, 'parseLinesStream()');
  const splitter = new LineSplitter('parseLinesStream()');
  let lineno = 0;
  // The stream's controller, set before each push/end: one line handler for the whole stream.
  let out: { enqueue(v: unknown): void };
  const emit = (line: RawLine) => {
    const value = parseLine(decoder, line, splitter.mode === 'bytes', ++lineno, skipBlank);
    if (value !== BLANK) out.enqueue(value);
  };
  return newTransformStream({
    transform(chunk: unknown, controller: { enqueue(v: unknown): void }) {
      out = controller;
      splitter.push(normalizeChunk(chunk, 'parseLinesStream()'), emit);
    },
    flush(controller: { enqueue(v: unknown): void }) {
      out = controller;
      splitter.end(emit);
    },
  }) as TransformStreamOf<Chunk, any>;
}
