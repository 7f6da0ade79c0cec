/**
 * The structural types of the stream API (the library compiles without the DOM and Node type
 * libraries, so the streams it accepts are described by the methods it calls), and the guard
 * every duck-typed check starts from.
 * @module
 */

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

/** Whether `v` is an object (or a function), so that its properties may be read. */
export function isObject(v: unknown): v is Record<PropertyKey, unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null;
}
