/**
 * What the readers read: the chunks of any supported source (Node `Readable`, WHATWG
 * `ReadableStream`, (async) iterables, `Response`, `Blob`, a single string or byte array), as
 * text or bytes.
 * @module
 */
import { typeName } from '../names.js';
import { isObject, type ReadableStreamLike } from './types.js';

/** A chunk as text or bytes; anything else is a TypeError. */
export function normalizeChunk(chunk: unknown, caller: string): string | Uint8Array {
  if (typeof chunk === 'string' || chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`${caller} needs chunks of str or bytes, not ${typeName(chunk)}`);
}

/** The chunks of any supported source, in order. Stops (and cancels) the source on early exit. */
export async function* chunksOf(source: unknown, caller: string): AsyncGenerator<string | Uint8Array, void, undefined> {
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
    `${caller} needs a Readable, a ReadableStream, an iterable of str or bytes chunks or a Response, not ${typeName(source)}`,
  );
}

export function mixedChunks(caller: string): TypeError {
  return new TypeError(`${caller} got both str and bytes chunks from one source`);
}
