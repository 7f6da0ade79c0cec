/**
 * Files, streams and JSON Lines: `dumpAsync` (a document to a Node `Writable`, a WHATWG
 * `WritableStream` or any object with `write()`, honouring backpressure), `loadAsync` (a whole
 * document from a stream of text or bytes), `parseLines` / `parseLinesStream` (one value per line
 * of a JSON Lines stream, memory bounded by the longest line) and `stringifyLines` /
 * `stringifyLinesStream` (one document per line), and `parseConcatenated` (documents one after
 * another, as CPython users read them with `raw_decode`).
 *
 * Runs in browsers too: nothing here imports `node:` modules; Node streams are recognised by
 * their methods (`write`/`once`/`on`) and are async iterables anyway.
 * @module
 */
import { concatBytes, decodeAs, decodeBytes, decodeUtf8Piece, incompleteTail } from './codecs.js';
import { decoderFor, JSONDecoder, skipWhitespace, type LoadsOptions } from './decoder.js';
import { encoderFor, type DumpsOptions, type JSONEncoder } from './encoder.js';
import { pyTypeName } from './names.js';
import { addNote, codePointToIndex, indexToCodePoint, JSONDecodeError, ValueError } from './errors.js';
import * as Messages from './messages.js';

// ---------------------------------------------------------------------------------------------
// Structural types (the library compiles without the DOM and Node type libraries)

/** The part of a WHATWG `ReadableStream` used here: a reader. */
export interface ReadableStreamLike<T = unknown> {
  getReader(): {
    read(): Promise<{ done: boolean; value?: T }>;
    releaseLock(): void;
    cancel(reason?: unknown): Promise<void>;
  };
}

/** The part of a WHATWG `WritableStream` used here: a writer. */
export interface WritableStreamLike<T = string> {
  getWriter(): {
    readonly ready: Promise<unknown>;
    write(chunk: T): Promise<void>;
    close(): Promise<void>;
    releaseLock(): void;
  };
}

/** The part of a Node `Writable` used here (duck-typed: `write`, `end`, `once`, `on`). */
export interface NodeWritableLike {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  end(callback?: () => void): unknown;
  once(event: string, listener: (...args: any[]) => void): unknown;
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  readonly writableNeedDrain?: boolean;
}

/** Any object with a `write(text)` method; a returned promise (e.g. `FileHandle.write`) is awaited. */
export interface AsyncTextWriter {
  write(chunk: string): unknown;
}

/** Where `dumpAsync` writes. */
export type WritableTarget = NodeWritableLike | WritableStreamLike<string> | AsyncTextWriter;

/** One chunk of a source: text, or bytes (a `Buffer`, any typed array view, an `ArrayBuffer`). */
export type Chunk = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * What `loadAsync` and `parseLines` read: a Node `Readable`, a WHATWG `ReadableStream`, an
 * (async) iterable of chunks, a `Response`-like object (`body`), a `Blob`-like object (`stream()`),
 * or a single string or byte array.
 */
export type StreamSource =
  | ReadableStreamLike<Chunk>
  | AsyncIterable<Chunk>
  | Iterable<Chunk>
  | { body: ReadableStreamLike<Chunk> | null }
  | { stream(): ReadableStreamLike<Chunk> }
  | Chunk;

/** A WHATWG `TransformStream` (the global type when the DOM or Node types are loaded). */
export type TransformStreamOf<I, O> = typeof globalThis extends { TransformStream: { prototype: infer T } }
  ? T
  : { readonly readable: ReadableStreamLike<O>; readonly writable: WritableStreamLike<I> };

type Globals = {
  TextEncoder?: new () => { encode(s: string): Uint8Array };
  TransformStream?: new (transformer: object) => unknown;
};
const globals = globalThis as unknown as Globals;

// ---------------------------------------------------------------------------------------------
// dumpAsync

/** Options of `dumpAsync`: those of `dump`, plus how to write. */
export interface DumpAsyncOptions extends DumpsOptions {
  /** Characters gathered from the encoder's chunks before each write. Default 65,536. */
  batchSize?: number;
  /** End the Node stream (`end()`) or close the WHATWG stream once the document is written. Default `false`, like `dump`. */
  end?: boolean;
}

const DEFAULT_BATCH = 65_536;

interface Sink {
  /** Writes one batch; resolves when more may be written (backpressure). */
  write(text: string): Promise<void> | void;
  /** Resolves once everything written so far has been accepted (and the stream ended when `end`). */
  finish(end: boolean): Promise<void>;
  /** Detaches from the stream (listeners, writer lock). */
  release(): void;
}

/**
 * Serializes `obj` and writes it to `stream`, honouring backpressure, as CPython's `json.dump`
 * would write it: the same text (the pure-Python encoder's chunks, so the same exception notes
 * as `dump`), batched into writes of about `batchSize` characters.
 *
 * `stream` is a Node `Writable` (waits for `'drain'` when `write` returns false), a WHATWG
 * `WritableStream` of strings (waits for the writer's `ready`; pipe a `TextEncoderStream` in front
 * of a byte sink), or any object with a `write(text)` method (a returned promise is awaited, so a
 * `fs.promises` `FileHandle` works). The stream is left open unless `end: true`.
 *
 * @throws (rejects with) the encoder's error (`TypeError`, `ValueError`... with CPython's
 *   `notes`) after the text produced before it has been written and accepted by the stream, or
 *   the stream's own error
 * @example
 * import { createWriteStream } from 'node:fs';
 * await dumpAsync(bigValue, createWriteStream('out.json'), { indent: 2, end: true });
 */
export async function dumpAsync(obj: unknown, stream: WritableTarget, options?: DumpAsyncOptions): Promise<void> {
  const { batchSize = DEFAULT_BATCH, end = false, ...rest } = options ?? {};
  if (typeof batchSize !== 'number' || !(batchSize >= 1)) {
    throw new TypeError(`dumpAsync() batchSize must be a positive number, not ${String(batchSize)}`);
  }
  const encoder = encoderFor(options === undefined ? undefined : rest, 'dumpAsync()');
  const sink = openSink(stream);
  const chunks = encoder.iterencode(obj);
  let failure: { error: unknown } | null = null;
  try {
    let batch = '';
    for (;;) {
      let next: IteratorResult<string, void>;
      try {
        next = chunks.next();
      } catch (error) {
        failure = { error };
        break;
      }
      if (next.done) break;
      if (batch.length >= batchSize) {
        const text = batch;
        batch = '';
        await sink.write(text);
      }
      batch += next.value;
    }
    // On an encoder error the text before it is still written, as json.dump would have written it.
    if (batch !== '') await sink.write(batch);
    await sink.finish(end && failure === null);
  } finally {
    sink.release();
    if (failure === null) chunks.return();
  }
  if (failure !== null) throw failure.error;
}

function openSink(stream: WritableTarget): Sink {
  if (isObject(stream)) {
    const s = stream as Record<string, unknown>;
    if (typeof s.getWriter === 'function') return webSink(stream as WritableStreamLike<string>);
    // `end` too: a fs.promises FileHandle has write/once/on but is no stream.
    if (typeof s.write === 'function' && typeof s.once === 'function' && typeof s.on === 'function' && typeof s.end === 'function') {
      return nodeSink(stream as NodeWritableLike);
    }
    if (typeof s.write === 'function') return writerSink(stream as AsyncTextWriter);
  }
  throw new TypeError(
    `dumpAsync() needs a Node Writable, a WritableStream or an object with a write() method, not ${pyTypeName(stream)}`,
  );
}

function writerSink(fp: AsyncTextWriter): Sink {
  return {
    write(text) {
      const r = fp.write(text) as { then?: unknown } | undefined;
      if (isObject(r) && typeof r.then === 'function') return Promise.resolve(r).then(() => undefined);
    },
    async finish() {},
    release() {},
  };
}

function nodeSink(stream: NodeWritableLike): Sink {
  let failure: { error: unknown } | null = null;
  let closed = false;
  const waiters = new Set<() => void>();
  const wakeAll = () => {
    for (const w of [...waiters]) w();
  };
  const onError = (error: unknown) => {
    failure ??= { error };
    wakeAll();
  };
  const onClose = () => {
    closed = true;
    wakeAll();
  };
  // Listening for 'error' turns the stream's error into this call's rejection (instead of an
  // unhandled 'error' event) while the document is being written.
  stream.on('error', onError);
  stream.on('close', onClose);
  const check = () => {
    if (failure !== null) throw failure.error;
    if (closed) throw prematureClose();
  };
  // The listener is attached at once: a stream whose writes complete synchronously emits the
  // event on the next tick, before an await on the caller's side would have attached it.
  const waitFor = (event: string) =>
    new Promise<void>((resolve) => {
      const done = () => {
        stream.removeListener(event, done);
        waiters.delete(done);
        resolve();
      };
      waiters.add(done);
      stream.once(event, done);
    });
  let drained: Promise<void> | null = stream.writableNeedDrain === true ? waitFor('drain') : null;
  let lastWrite: Promise<void> = Promise.resolve();
  return {
    async write(text) {
      if (drained !== null) {
        await drained;
        drained = null;
      }
      check();
      lastWrite = new Promise<void>((resolve, reject) => {
        if (!stream.write(text, (error) => (error ? reject(error) : resolve()))) drained = waitFor('drain');
      });
      lastWrite.catch(() => {}); // observed through 'error' and finish()
    },
    async finish(end) {
      check();
      if (end) {
        const finished = waitFor('finish');
        stream.end();
        await finished;
      } else {
        await lastWrite;
      }
      if (failure !== null) throw failure.error;
    },
    release() {
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
      wakeAll();
    },
  };
}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close: the stream closed before the document was written'), {
    code: 'ERR_STREAM_PREMATURE_CLOSE',
  });
}

function webSink(stream: WritableStreamLike<string>): Sink {
  const writer = stream.getWriter();
  let lastWrite: Promise<void> = Promise.resolve();
  return {
    async write(text) {
      await writer.ready; // rejects with the stream's error
      lastWrite = writer.write(text);
      lastWrite.catch(() => {}); // observed through ready / finish()
    },
    async finish(end) {
      if (end) await writer.close();
      else await lastWrite;
    },
    release() {
      writer.releaseLock();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading sources

function isObject(v: unknown): v is Record<PropertyKey, unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null;
}

/** A chunk as text or bytes; anything else is a TypeError. */
function normalizeChunk(chunk: unknown, caller: string): string | Uint8Array {
  if (typeof chunk === 'string' || chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`${caller} needs chunks of str or bytes, not ${pyTypeName(chunk)}`);
}

/** The chunks of any supported source, in order. Stops (and cancels) the source on early exit. */
async function* chunksOf(source: unknown, caller: string): AsyncGenerator<string | Uint8Array, void, undefined> {
  if (typeof source === 'string' || source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    yield normalizeChunk(source, caller);
    return;
  }
  if (isObject(source)) {
    if (typeof source.getReader === 'function') {
      const reader = (source as unknown as ReadableStreamLike).getReader();
      let done = false;
      try {
        for (;;) {
          const r = await reader.read();
          if (r.done) break;
          yield normalizeChunk(r.value, caller);
        }
        done = true;
      } finally {
        if (!done) await reader.cancel().catch(() => {});
        reader.releaseLock();
      }
      return;
    }
    if (typeof source[Symbol.asyncIterator] === 'function') {
      for await (const chunk of source as unknown as AsyncIterable<unknown>) yield normalizeChunk(chunk, caller);
      return;
    }
    if (typeof source[Symbol.iterator] === 'function') {
      for (const chunk of source as unknown as Iterable<unknown>) yield normalizeChunk(chunk, caller);
      return;
    }
    if ('body' in source) {
      // A fetch Response (or alike): a null body is an empty document.
      if (source.body !== null && source.body !== undefined) yield* chunksOf(source.body, caller);
      return;
    }
    if (typeof source.stream === 'function') {
      yield* chunksOf((source as { stream(): unknown }).stream(), caller);
      return;
    }
  }
  throw new TypeError(
    `${caller} needs a Readable, a ReadableStream, an iterable of str or bytes chunks or a Response, not ${pyTypeName(source)}`,
  );
}

/** Strictly decoded UTF-8, or undefined where it is not (the caller then takes CPython's path). */
function strictUtf8(b: Uint8Array): string | undefined {
  try {
    return decodeUtf8Piece(b, false, true).text;
  } catch {
    return undefined;
  }
}

function mixedChunks(caller: string): TypeError {
  return new TypeError(`${caller} got both str and bytes chunks from one source`);
}

// ---------------------------------------------------------------------------------------------
// loadAsync

/**
 * Reads a whole document from `source` and parses it, as CPython's `json.load(fp)` parses
 * `fp.read()`: text chunks are joined and parsed as `loads(text)`; byte chunks are joined and
 * decoded as `loads(bytes)` does (UTF-8, UTF-16 or UTF-32 detected as CPython does), so a
 * character split between chunks is decoded correctly.
 *
 * @param source a Node `Readable`, a WHATWG `ReadableStream`, an (async) iterable of strings or
 *   bytes, a `Response` (its `body`), a `Blob`
 * @throws (rejects with) the errors of `loads`, positions counted in the whole document: a
 *   truncated stream gives `Expecting ...` at its end; a `TypeError` for unsupported sources or
 *   chunks, and the source's own errors
 * @example
 * const config = await loadAsync(createReadStream('config.json'));
 * const data = await loadAsync(await fetch(url));
 */
export async function loadAsync(source: StreamSource, options?: LoadsOptions): Promise<any> {
  const decoder = decoderFor(options, 'loadAsync()');
  const texts: string[] = [];
  let bytes: Uint8Array | null = null;
  let byteCount = 0;
  for await (const chunk of chunksOf(source, 'loadAsync()')) {
    if (typeof chunk === 'string') {
      if (bytes !== null) throw mixedChunks('loadAsync()');
      texts.push(chunk);
    } else {
      if (texts.length > 0) throw mixedChunks('loadAsync()');
      // Copied into one growing buffer (some producers reuse the buffers they yield).
      const have: Uint8Array | null = bytes;
      let into: Uint8Array;
      if (have === null || byteCount + chunk.length > have.length) {
        into = new Uint8Array(Math.max(byteCount + chunk.length, (have?.length ?? 0) * 2, 4096));
        if (have !== null) into.set(have.subarray(0, byteCount));
        bytes = into;
      } else {
        into = have;
      }
      into.set(chunk, byteCount);
      byteCount += chunk.length;
    }
  }
  if (bytes !== null) return decoder.decode(decodeBytes(bytes.subarray(0, byteCount)));
  const text = texts.join('');
  if (text.charCodeAt(0) === 0xfeff) throw new JSONDecodeError(Messages.unexpectedBom, text, 0);
  return decoder.decode(text);
}

// ---------------------------------------------------------------------------------------------
// JSON Lines: reading

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

/** One raw line: text (fast path) or bytes to decode exactly as `loads(bytes)` does. */
type RawLine = string | Uint8Array;

interface LineHandler {
  (line: RawLine): void;
}

/**
 * Splits a stream of text or byte chunks into lines (terminated by LF; a CR before it is dropped
 * too). Keeps only the unfinished line between chunks. Byte lines are decoded as UTF-8 in batches
 * of whole lines, so a character split between chunks is never cut; a batch that is not valid
 * UTF-8 is handed over line by line, its bad lines as bytes.
 */
class LineSplitter {
  mode: 'text' | 'bytes' | null = null;
  private textParts: string[] = [];
  private byteParts: Uint8Array[] = [];
  private byteCount = 0;

  constructor(private readonly caller: string) {}

  push(chunk: string | Uint8Array, emit: LineHandler): void {
    const kind = typeof chunk === 'string' ? 'text' : 'bytes';
    if (this.mode !== kind) {
      if (this.mode !== null) throw mixedChunks(this.caller);
      this.mode = kind;
    }
    if (typeof chunk === 'string') this.pushText(chunk, emit);
    else this.pushBytes(chunk, emit);
  }

  /** Emits the last line if the stream does not end with a line terminator. */
  end(emit: LineHandler): void {
    if (this.textParts.length > 0) {
      const line = this.textParts.join('');
      this.textParts = [];
      emit(line);
    } else if (this.byteParts.length > 0) {
      const line = concatBytes(this.byteParts, this.byteCount);
      this.byteParts = [];
      this.byteCount = 0;
      this.emitBytes(line, 0, line.length, emit);
    }
  }

  private pushText(s: string, emit: LineHandler): void {
    let nl = s.indexOf('\n');
    if (nl === -1) {
      if (s !== '') this.textParts.push(s);
      return;
    }
    if (this.textParts.length > 0) {
      this.textParts.push(s.slice(0, nl));
      const line = this.textParts.join('');
      this.textParts = [];
      emit(line);
    } else {
      emit(s.slice(0, nl));
    }
    let start = nl + 1;
    while ((nl = s.indexOf('\n', start)) !== -1) {
      emit(s.slice(start, nl));
      start = nl + 1;
    }
    if (start < s.length) this.textParts.push(s.slice(start));
  }

  private pushBytes(b: Uint8Array, emit: LineHandler): void {
    const last = b.lastIndexOf(10);
    if (last === -1) {
      if (b.length > 0) {
        this.byteParts.push(b.slice());
        this.byteCount += b.length;
      }
      return;
    }
    let head = b.subarray(0, last + 1);
    if (this.byteParts.length > 0) {
      this.byteParts.push(head);
      head = concatBytes(this.byteParts, this.byteCount + head.length);
      this.byteParts = [];
      this.byteCount = 0;
    }
    // Not valid UTF-8 somewhere (or UTF-8-encoded surrogates, which CPython's surrogatepass
    // accepts): go line by line, so the lines before the bad one still come out.
    const text = strictUtf8(head);
    if (text !== undefined) {
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        emit(text.slice(start, nl));
        start = nl + 1;
      }
    } else {
      let start = 0;
      for (let nl = head.indexOf(10); nl !== -1; nl = head.indexOf(10, start)) {
        this.emitBytes(head, start, nl, emit);
        start = nl + 1;
      }
    }
    if (last + 1 < b.length) {
      this.byteParts.push(b.slice(last + 1));
      this.byteCount += b.length - last - 1;
    }
  }

  private emitBytes(b: Uint8Array, start: number, end: number, emit: LineHandler): void {
    const line = b.subarray(start, end);
    emit(strictUtf8(line) ?? line.slice());
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
      const c0 = text.charCodeAt(0);
      if (bytesMode) {
        if (c0 === 0xfeff) {
          text = text.slice(1); // loads(bytes) decodes a leading UTF-8 BOM as utf-8-sig
        } else if (c0 === 0 || (c0 < 0x80 && text.charCodeAt(1) === 0)) {
          // loads(bytes) sniffs UTF-16/32 from NUL bytes at the start: take its exact path.
          text = decodeBytes(new globals.TextEncoder!().encode(text));
        }
      } else if (c0 === 0xfeff) {
        throw new JSONDecodeError(Messages.unexpectedBom, text, 0);
      }
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
 * for await (const record of parseLines(createReadStream('log.jsonl'))) console.log(record.id);
 */
export function parseLines(source: StreamSource, options?: ParseLinesOptions): AsyncGenerator<any, void, undefined> {
  const [decoder, skipBlank] = linesDecoder(options, 'parseLines()');
  const splitter = new LineSplitter('parseLines()');
  return (async function* () {
    let lineno = 0;
    const lines: RawLine[] = [];
    const collect = (line: RawLine) => void lines.push(line);
    const drain = function* () {
      const bytesMode = splitter.mode === 'bytes';
      for (let i = 0; i < lines.length; i++) {
        const value = parseLine(decoder, lines[i]!, bytesMode, ++lineno, skipBlank);
        if (value !== BLANK) yield value;
      }
      lines.length = 0;
    };
    for await (const chunk of chunksOf(source, 'parseLines()')) {
      splitter.push(chunk, collect);
      yield* drain();
    }
    splitter.end(collect);
    yield* drain();
  })();
}

/**
 * A `TransformStream` turning a JSON Lines stream (chunks of text or bytes) into values, with
 * the rules and errors of {@link parseLines}.
 *
 * @example
 * const values = response.body.pipeThrough(parseLinesStream());
 */
export function parseLinesStream(options?: ParseLinesOptions): TransformStreamOf<Chunk, any> {
  const [decoder, skipBlank] = linesDecoder(options, 'parseLinesStream()');
  const splitter = new LineSplitter('parseLinesStream()');
  let lineno = 0;
  return newTransformStream({
    transform(chunk: unknown, controller: { enqueue(v: unknown): void }) {
      const emit = (line: RawLine) => {
        const value = parseLine(decoder, line, splitter.mode === 'bytes', ++lineno, skipBlank);
        if (value !== BLANK) controller.enqueue(value);
      };
      splitter.push(normalizeChunk(chunk, 'parseLinesStream()'), emit);
    },
    flush(controller: { enqueue(v: unknown): void }) {
      splitter.end((line) => {
        const value = parseLine(decoder, line, splitter.mode === 'bytes', ++lineno, skipBlank);
        if (value !== BLANK) controller.enqueue(value);
      });
    },
  }) as TransformStreamOf<Chunk, any>;
}

function newTransformStream(transformer: object): unknown {
  const TS = globals.TransformStream;
  if (TS === undefined) throw new TypeError('TransformStream is not available in this runtime');
  return new TS(transformer);
}

// ---------------------------------------------------------------------------------------------
// Concatenated JSON: reading

/** Options of `parseConcatenated`: those of `loads` (`lossless`, hooks, `strict`, `cls`). */
export type ParseConcatenatedOptions = LoadsOptions;

// What the framer knows about the document being read. A string is scanned as a container of
// depth 0 that starts inside a string.
const DOC_CONTAINER = 1;
const DOC_NUMBER = 3;
const DOC_LITERAL = 4;
const DOC_OTHER = 5;

// States of a number, after: '-', '0', other integer digits, '.', fraction digits, 'e', 'e+', exponent digits.
const NUM_MINUS = 0;
const NUM_ZERO = 1;
const NUM_INT = 2;
const NUM_DOT = 3;
const NUM_FRAC = 4;
const NUM_E = 5;
const NUM_ESIGN = 6;
const NUM_EXP = 7;

const LITERALS: Readonly<Record<number, string>> = {
  0x74: 'true',
  0x66: 'false',
  0x6e: 'null',
  0x4e: 'NaN',
  0x49: 'Infinity',
};

/** A document this long (UTF-16 units) that is still open is checked for a definite error. */
const FIRST_PROBE = 65_536;

/**
 * Finds where a document of a concatenated stream is complete enough to be parsed: the text read
 * so far fixes what `raw_decode` returns or raises for it, whatever follows. One pass over each
 * character, resumable across chunks, so a document split over many chunks costs no re-parsing
 * and the decoder (and its hooks) runs once per document.
 *
 * - `[...]` / `{...}`: when the brackets outside strings balance (a bad document fails at or
 *   before that point);
 * - a string: at its closing quote (backslash escapes skipped);
 * - a number: at the first character that cannot extend it (`12` + `34` is `1234`; `1.` + `5`
 *   is `1.5`, `1.` + `x` is `1` followed by `.x`);
 * - `true`, `false`, `null`, `NaN`, `Infinity`, `-Infinity`: when complete or contradicted;
 * - anything else fails at its first character.
 */
class DocumentFramer {
  kind = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private num = NUM_MINUS;
  private literal = '';
  private litAt = 0;

  /** Starts a document at its first character `c` (not whitespace). */
  begin(c: number): void {
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    if (c === 0x5b || c === 0x7b) {
      this.kind = DOC_CONTAINER;
      this.depth = 1;
    } else if (c === 0x22) {
      this.kind = DOC_CONTAINER;
      this.inString = true;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.kind = DOC_NUMBER;
      this.num = c === 0x2d ? NUM_MINUS : c === 0x30 ? NUM_ZERO : NUM_INT;
    } else if (LITERALS[c] !== undefined) {
      this.kind = DOC_LITERAL;
      this.literal = LITERALS[c]!;
      this.litAt = 1;
    } else {
      this.kind = DOC_OTHER;
    }
  }

  /** Scans `s` from `i`; true once the document is complete (the rest of `s` need not be scanned). */
  scan(s: string, i: number): boolean {
    const n = s.length;
    switch (this.kind) {
      case DOC_CONTAINER: {
        let { depth, inString, escaped } = this;
        let done = false;
        for (; i < n; i++) {
          const c = s.charCodeAt(i);
          if (inString) {
            if (escaped) escaped = false;
            else if (c === 0x5c) escaped = true;
            else if (c === 0x22) {
              inString = false;
              if (depth === 0) {
                done = true;
                break;
              }
            }
          } else if (c === 0x22) inString = true;
          else if (c === 0x5b || c === 0x7b) depth++;
          else if (c === 0x5d || c === 0x7d) {
            if (--depth === 0) {
              done = true;
              break;
            }
          }
        }
        this.depth = depth;
        this.inString = inString;
        this.escaped = escaped;
        return done;
      }
      case DOC_NUMBER:
        for (; i < n; i++) {
          const c = s.charCodeAt(i);
          const digit = c >= 0x30 && c <= 0x39;
          const e = c === 0x65 || c === 0x45;
          switch (this.num) {
            case NUM_MINUS:
              if (c === 0x49) {
                this.kind = DOC_LITERAL; // -Infinity
                this.literal = '-Infinity';
                this.litAt = 2;
                return this.scan(s, i + 1);
              }
              if (!digit) return true;
              this.num = c === 0x30 ? NUM_ZERO : NUM_INT;
              break;
            case NUM_ZERO:
            case NUM_INT:
              if (digit && this.num === NUM_INT) break;
              if (c === 0x2e) this.num = NUM_DOT;
              else if (e) this.num = NUM_E;
              else return true;
              break;
            case NUM_DOT:
              if (!digit) return true;
              this.num = NUM_FRAC;
              break;
            case NUM_FRAC:
              if (digit) break;
              if (!e) return true;
              this.num = NUM_E;
              break;
            case NUM_E:
              if (c === 0x2b || c === 0x2d) this.num = NUM_ESIGN;
              else if (digit) this.num = NUM_EXP;
              else return true;
              break;
            case NUM_ESIGN:
              if (!digit) return true;
              this.num = NUM_EXP;
              break;
            default: // NUM_EXP
              if (!digit) return true;
          }
        }
        return false;
      case DOC_LITERAL: {
        const lit = this.literal;
        for (; i < n; i++) {
          if (s.charCodeAt(i) !== lit.charCodeAt(this.litAt)) return true;
          if (++this.litAt === lit.length) return true;
        }
        return false;
      }
      default:
        return true;
    }
  }
}

/**
 * Bytes to text for `parseConcatenated`: UTF-8 with `surrogatepass` (as `json.loads(bytes)`
 * decodes UTF-8), a BOM at the start of the stream skipped (`utf-8-sig`). A character split
 * between chunks is held back (at most 3 bytes) until the rest arrives.
 */
class Utf8Chunks {
  private carry: Uint8Array | null = null;
  private offset = 0; // stream offset of the next byte to decode
  private started = false;

  push(chunk: Uint8Array): string {
    let b = chunk;
    if (this.carry !== null) {
      b = concatBytes([this.carry, chunk], this.carry.length + chunk.length);
      this.carry = null;
    }
    if (!this.started) {
      if (b.length < 3 && b.every((x, i) => x === BOM_BYTES[i])) {
        this.carry = b.length > 0 ? b.slice() : null;
        return '';
      }
      this.started = true;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
        b = b.subarray(3);
        this.offset = 3;
      }
    }
    // Hold back a character cut by the end of the chunk.
    const cut = incompleteTail(b);
    if (cut < b.length) this.carry = b.slice(cut);
    return this.decode(b.subarray(0, cut));
  }

  /** The held-back bytes at the end of the stream (an error unless there are none). */
  end(): string {
    const rest = this.carry;
    this.carry = null;
    this.started = true;
    return rest === null ? '' : this.decode(rest);
  }

  private decode(b: Uint8Array): string {
    const at = this.offset;
    this.offset += b.length;
    try {
      return decodeAs(b, 'utf-8'); // surrogatepass, CPython's errors
    } catch (error) {
      if (at > 0) addNote(error, `positions count from byte ${at} of the stream`);
      throw error;
    }
  }
}

const BOM_BYTES = [0xef, 0xbb, 0xbf];

/**
 * Reads concatenated JSON text pushed in chunks and hands over each document's value, as the
 * CPython loop `idx = skip_ws(s, idx); obj, idx = decoder.raw_decode(s, idx)` would produce them
 * for the whole text. Keeps only the unfinished document between chunks.
 */
class ConcatenatedReader {
  private readonly framer = new DocumentFramer();
  /** The unfinished document's text from earlier chunks (its start first). */
  private parts: string[] = [];
  private partsLength = 0;
  private inDoc = false;
  private documents = 0;
  private nextProbe = FIRST_PROBE;
  private probeDecoder: JSONDecoder | null = null;

  constructor(private readonly decoder: JSONDecoder) {}

  push(s: string, emit: (value: unknown) => void): void {
    if (s !== '') this.run(s, 0, false, emit);
  }

  /** At the end of the stream: parses what is left (a truncated document is an error). */
  end(emit: (value: unknown) => void): void {
    this.run('', 0, true, emit);
  }

  private run(s: string, j: number, final: boolean, emit: (value: unknown) => void): void {
    for (;;) {
      let base = -1; // where the document starts in s; -1 when it started in an earlier chunk
      if (!this.inDoc) {
        j = skipWhitespace(s, j);
        if (j >= s.length) return;
        base = j;
        this.inDoc = true;
        this.framer.begin(s.charCodeAt(j++));
      }
      if (!this.framer.scan(s, j) && !final) {
        if (!this.keep(base >= 0 ? s.slice(base) : s)) return;
        // An error is already certain: parse what was read to raise it.
        s = '';
        base = -1;
      }
      // The document is complete (or the stream ended): parse it once, with the text after it.
      let text = s;
      let at = base;
      let before = 0;
      if (base < 0) {
        before = this.partsLength;
        text = this.parts.join('') + s;
        at = 0;
        this.parts = [];
        this.partsLength = 0;
      }
      this.inDoc = false;
      this.nextProbe = FIRST_PROBE;
      const [value, end] = this.decodeAt(text, at);
      emit(value);
      if (end >= before) {
        j = end - before;
      } else {
        // The value ended inside the earlier chunks (`1.` + `x`): go on in the joined text.
        s = text;
        j = end;
      }
    }
  }

  /** Parses the document at `text[at]`: its value and where it ends. */
  private decodeAt(text: string, at: number): [unknown, number] {
    const n = ++this.documents;
    try {
      return this.decoder.rawDecode(text, at);
    } catch (error) {
      throw this.rebase(error, text, at, n);
    }
  }

  /** A JSONDecodeError as `raw_decode(rest)` reports it, `rest` starting at the document. */
  private rebase(error: unknown, text: string, at: number, n: number): unknown {
    let e = error;
    if (error instanceof JSONDecodeError && at > 0) {
      e = new JSONDecodeError(error.msg, text.slice(at), error.pos - indexToCodePoint(text, at));
    }
    addNote(e, `when decoding document ${n} of the stream`);
    return e;
  }

  /**
   * Keeps the unfinished document's text; now and then checks it for an error already certain.
   * @returns true when such an error was found: the document must be parsed now
   */
  private keep(part: string): boolean {
    this.parts.push(part);
    this.partsLength += part.length;
    if (this.partsLength < this.nextProbe || this.framer.kind === DOC_NUMBER || this.framer.kind === DOC_LITERAL) {
      return false;
    }
    this.nextProbe = this.partsLength * 2;
    const text = this.parts.join('');
    this.parts = [text];
    // A malformed document whose brackets never balance would otherwise be kept to the end of
    // the stream. Errors far enough before the end of the text read so far cannot be undone by
    // more text; "Unterminated string" always can.
    // The user's decoder (hooks, cls) then raises what it raises for this text.
    this.probeDecoder ??= new JSONDecoder({ strict: this.decoder.strict });
    try {
      this.probeDecoder.rawDecode(text, 0);
    } catch (error) {
      return (
        error instanceof JSONDecodeError &&
        error.msg !== Messages.unterminatedString &&
        codePointToIndex(text, error.pos) + 16 < text.length
      );
    }
    return false;
  }
}

/**
 * Parses a stream of concatenated JSON documents (`{"a":1}{"b":2} [3]\n"x" 4`): yields each
 * document's value, lazily, holding only the unfinished document and one chunk in memory.
 *
 * The values are those of CPython's loop over the whole text, skipping JSON whitespace (space,
 * tab, LF, CR) and calling `decoder.raw_decode(s, idx)` for each document. A document split
 * across chunks is parsed only once complete: a number or literal at the end of a chunk waits
 * for the next chunk or the end of the stream (`12` + `34` is `1234`). The decoder, and its
 * hooks, run once per document.
 *
 * Text chunks are parsed as they are (a BOM is not whitespace: `Expecting value`); byte chunks are
 * UTF-8 (`surrogatepass`, a BOM at the start of the stream skipped, a character split between
 * chunks decoded correctly; invalid UTF-8 is a `UnicodeDecodeError`).
 *
 * @param source a Node `Readable`, a WHATWG `ReadableStream`, an (async) iterable of strings or
 *   bytes, a `Response`, a `Blob`
 * @param options the options of `loads`
 * @throws (rejects with) `JSONDecodeError` for a bad or truncated document, after the values
 *   before it: the message, `doc` and `pos` of CPython's `JSONDecoder().raw_decode(rest)`, `rest`
 *   being the text from the document's first character to the end of what had been read; a note
 *   `when decoding document N of the stream`. Errors of hooks and `UnicodeDecodeError` carry
 *   notes too; `TypeError` for bad sources or options
 * @example
 * for await (const message of parseConcatenated(socket)) handle(message);
 */
export function parseConcatenated(source: StreamSource, options?: ParseConcatenatedOptions): AsyncGenerator<any, void, undefined> {
  const caller = 'parseConcatenated()';
  const reader = new ConcatenatedReader(decoderFor(options, caller));
  return (async function* () {
    let mode: 'text' | 'bytes' | null = null;
    let bytes: Utf8Chunks | null = null;
    const values: unknown[] = [];
    const collect = (v: unknown) => void values.push(v);
    const drain = function* () {
      // Values are handed over one by one, so a consumer that stops early stops the work too.
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        values[i] = undefined;
        yield v;
      }
      values.length = 0;
    };
    for await (const chunk of chunksOf(source, caller)) {
      const kind = typeof chunk === 'string' ? 'text' : 'bytes';
      if (mode !== kind) {
        if (mode !== null) throw mixedChunks(caller);
        mode = kind;
      }
      let text: string;
      if (typeof chunk === 'string') text = chunk;
      else text = (bytes ??= new Utf8Chunks()).push(chunk);
      try {
        reader.push(text, collect);
      } finally {
        // The values before an error still come out, then the error.
        yield* drain();
      }
    }
    try {
      if (bytes !== null) reader.push(bytes.end(), collect);
      reader.end(collect);
    } finally {
      yield* drain();
    }
  })();
}

// ---------------------------------------------------------------------------------------------
// JSON Lines: writing

function linesEncoder(options: DumpsOptions | undefined, caller: string): JSONEncoder {
  const encoder = encoderFor(options, caller);
  const seps = `${encoder.itemSeparator}${encoder.keySeparator}`;
  if (encoder.indent !== null && encoder.indent !== undefined) {
    throw new ValueError(`${caller} writes one document per line: indent must be None, not ${String(encoder.indent)}`);
  }
  if (seps.includes('\n') || seps.includes('\r')) {
    throw new ValueError(`${caller} writes one document per line: separators cannot contain line breaks`);
  }
  return encoder;
}

/**
 * Serializes each value to one line of JSON Lines: yields `dumps(value, options) + '\n'`, the
 * text of Python's `json.dumps(value, **kw) + '\n'` (so with the default separators `', '` and
 * `': '`; pass `separators: [',', ':']` for the most compact lines). `indent` is refused.
 *
 * @param values an iterable or async iterable of values
 * @throws {ValueError} (synchronously) for `indent` or separators containing line breaks; while
 *   iterating, the errors of `dumps` for a value (the lines before it have been yielded)
 * @example
 * await pipeline(Readable.from(stringifyLines(records)), createWriteStream('out.jsonl'));
 */
export function stringifyLines(
  values: Iterable<unknown> | AsyncIterable<unknown>,
  options?: DumpsOptions,
): AsyncGenerator<string, void, undefined> {
  const encoder = linesEncoder(options, 'stringifyLines()');
  if (!isObject(values) || (typeof values[Symbol.asyncIterator] !== 'function' && typeof values[Symbol.iterator] !== 'function')) {
    throw new TypeError(`stringifyLines() needs an iterable or async iterable, not ${pyTypeName(values)}`);
  }
  return (async function* () {
    if (typeof (values as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
      for await (const v of values as AsyncIterable<unknown>) yield encoder.encode(v) + '\n';
    } else {
      for (const v of values as Iterable<unknown>) yield encoder.encode(v) + '\n';
    }
  })();
}

/**
 * A `TransformStream` turning values into JSON Lines text, one `dumps(value) + '\n'` chunk per
 * value (see {@link stringifyLines}). For a Node `Transform`, wrap it:
 * `Duplex.fromWeb(stringifyLinesStream(), { objectMode: true })`.
 *
 * @throws {ValueError} for `indent` or separators containing line breaks
 * @example
 * await valuesStream.pipeThrough(stringifyLinesStream()).pipeThrough(new TextEncoderStream()).pipeTo(sink);
 */
export function stringifyLinesStream(options?: DumpsOptions): TransformStreamOf<unknown, string> {
  const encoder = linesEncoder(options, 'stringifyLinesStream()');
  return newTransformStream({
    transform(value: unknown, controller: { enqueue(v: string): void }) {
      controller.enqueue(encoder.encode(value) + '\n');
    },
  }) as TransformStreamOf<unknown, string>;
}
