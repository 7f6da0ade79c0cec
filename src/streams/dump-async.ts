/**
 * `dumpAsync`: a document serialized by the pure-Python encoder's chunks and written in batches
 * to a stream, honouring backpressure.
 * @module
 */
import { encoderFor, type DumpsOptions } from '../encoder.js';
import { openSink } from './sinks.js';
import type { WritableTarget } from './types.js';

/** Options of `dumpAsync`: those of `dump`, plus how to write. */
export interface DumpAsyncOptions extends DumpsOptions {
  /** Characters gathered from the encoder's chunks before each write. Default 65,536. */
  batchSize?: number;
  /** End the Node stream (`end()`) or close the WHATWG stream once the document is written. Default `false`, like `dump`. */
  end?: boolean;
}

const DEFAULT_BATCH = 65_536;

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
 * await dumpAsync({ id: 2n ** 64n, tags: ['a'] }, createWriteStream('out.json'), { indent: 2, end: true });
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
