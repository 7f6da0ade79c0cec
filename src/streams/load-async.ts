/**
 * `loadAsync`: a whole document read from a stream and parsed as `json.load(fp)` parses
 * `fp.read()`.
 * @module
 */
import { decodeBytes } from '../codecs.js';
import { decoderFor, type LoadsOptions } from '../decoder.js';
import { rejectBom } from './bom.js';
import { chunksOf, mixedChunks } from './sources.js';
import type { StreamSource } from './types.js';

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
 * // From a Node stream (createReadStream('config.json')), a fetch Response, a Blob, chunks...
 * await loadAsync(new Blob(['{"id": 12345678901234567890}'])) // → { id: 12345678901234567890n }
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
  rejectBom(text);
  return decoder.decode(text);
}
