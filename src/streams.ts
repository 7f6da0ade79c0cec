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
 *
 * This file is the entry point only; `streams/` holds the code, one file per job.
 * @module
 */

export type {
  AsyncTextWriter,
  Chunk,
  NodeWritableLike,
  ReadableStreamLike,
  StreamSource,
  TransformStreamOf,
  WritableStreamLike,
  WritableTarget,
} from './streams/types.js';
export { dumpAsync, type DumpAsyncOptions } from './streams/dump-async.js';
export { loadAsync } from './streams/load-async.js';
export { JSONLinesDecodeError, parseLines, parseLinesStream, type ParseLinesOptions } from './streams/parse-lines.js';
export { parseConcatenated, type ParseConcatenatedOptions } from './streams/parse-concatenated.js';
export { stringifyLines, stringifyLinesStream, type StringifyLinesOptions } from './streams/stringify-lines.js';
