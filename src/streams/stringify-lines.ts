/**
 * JSON Lines writing: `stringifyLines` and `stringifyLinesStream`, one `dumps(value) + '\n'` per
 * value.
 * @module
 */
import { encoderFor, streamEncode, type DumpsOptions } from '../encoder.js';
import { typeName } from '../names.js';
import { ValueError } from '../errors.js';
import { newTransformStream } from './transform-stream.js';
import { isObject, type TransformStreamOf } from './types.js';

/** `encoder.encode` for these options, for a stream of values (see streamEncode). */
function linesEncoder(options: DumpsOptions | undefined, caller: string): (value: unknown) => string {
  const encoder = encoderFor(options, caller);
  const seps = `${encoder.itemSeparator}${encoder.keySeparator}`;
  if (encoder.indent !== null && encoder.indent !== undefined) {
    throw new ValueError(`${caller} writes one document per line: indent must be None, not ${String(encoder.indent)}`);
  }
  if (seps.includes('\n') || seps.includes('\r')) {
    throw new ValueError(`${caller} writes one document per line: separators cannot contain line breaks`);
  }
  return streamEncode(encoder);
}

/** Options of `stringifyLines`: those of `dumps`, plus how many lines make a chunk. */
export interface StringifyLinesOptions extends DumpsOptions {
  /**
   * Characters of lines gathered into one chunk from a sync iterable's values before it is
   * yielded. Default 1: each line is its own chunk. Values of an async iterable always come out
   * one line each, as they arrive. Writing to a file or a socket, a batch of about 65,536 saves
   * the stream's cost per chunk.
   */
  batchSize?: number;
}

/**
 * Serializes each value to one line of JSON Lines: yields `dumps(value, options) + '\n'`, the
 * text of Python's `json.dumps(value, **kw) + '\n'` (so with the default separators `', '` and
 * `': '`; pass `separators: [',', ':']` for the most compact lines). `indent` is refused. With
 * `batchSize`, the lines of a sync iterable's values come in chunks of about that many characters.
 *
 * @param values an iterable or async iterable of values
 * @throws {ValueError} (synchronously) for `indent` or separators containing line breaks; while
 *   iterating, the errors of `dumps` for a value (the lines before it have been yielded)
 * @throws {TypeError} (synchronously) for a `batchSize` that is not a positive number
 * @example
 * const lines = [];
 * for await (const line of stringifyLines([{ a: 1 }, [2n ** 64n]])) lines.push(line);
 * lines // → ['{"a": 1}\n', '[18446744073709551616]\n']
 * const chunks = [];
 * for await (const chunk of stringifyLines([1, 2, 3], { batchSize: 4 })) chunks.push(chunk);
 * chunks // → ['1\n2\n', '3\n']
 * // To a file: await pipeline(Readable.from(stringifyLines(records, { batchSize: 65536 })), createWriteStream('out.jsonl'))
 */
export function stringifyLines(
  values: Iterable<unknown> | AsyncIterable<unknown>,
  options?: StringifyLinesOptions,
): AsyncGenerator<string, void, undefined> {
  const { batchSize = 1, ...rest } = options ?? {};
  if (typeof batchSize !== 'number' || !(batchSize >= 1)) {
    throw new TypeError(`stringifyLines() batchSize must be a positive number, not ${String(batchSize)}`);
  }
  const encode = linesEncoder(options === undefined ? undefined : rest, 'stringifyLines()');
  if (!isObject(values) || (typeof values[Symbol.asyncIterator] !== 'function' && typeof values[Symbol.iterator] !== 'function')) {
    throw new TypeError(`stringifyLines() needs an iterable or async iterable, not ${typeName(values)}`);
  }
  return (async function* () {
    if (typeof (values as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
      for await (const v of values as AsyncIterable<unknown>) yield encode(v) + '\n';
      return;
    }
    let batch = '';
    try {
      for (const v of values as Iterable<unknown>) {
        batch += encode(v) + '\n';
        if (batch.length >= batchSize) {
          const chunk = batch;
          batch = '';
          yield chunk;
        }
      }
    } catch (error) {
      // The lines before the failing value come out first.
      if (batch !== '') yield batch;
      throw error;
    }
    if (batch !== '') yield batch;
  })();
}

/**
 * A `TransformStream` turning values into JSON Lines text, one `dumps(value) + '\n'` chunk per
 * value (see {@link stringifyLines}). For a Node `Transform`, wrap it:
 * `Duplex.fromWeb(stringifyLinesStream(), { objectMode: true })`.
 *
 * @throws {ValueError} for `indent` or separators containing line breaks
 * @example
 * const lines = ReadableStream.from([{ a: 1 }, 'é']).pipeThrough(stringifyLinesStream());
 * await new Response(lines.pipeThrough(new TextEncoderStream())).text() // '{"a": 1}\n"\\u00e9"\n'
 */
export function stringifyLinesStream(options?: DumpsOptions): TransformStreamOf<unknown, string> {
  const encode = linesEncoder(options, 'stringifyLinesStream()');
  return newTransformStream({
    transform(value: unknown, controller: { enqueue(v: string): void }) {
      controller.enqueue(encode(value) + '\n');
    },
  }) as TransformStreamOf<unknown, string>;
}
