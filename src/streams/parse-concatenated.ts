/**
 * `parseConcatenated`: the documents of a concatenated JSON stream, one after another, as
 * CPython users read them with `raw_decode`.
 * @module
 */
import { Utf8StreamDecoder } from '../utf8-stream.js';
import { decoderFor, type LoadsOptions } from '../decoder.js';
import { addNote } from '../errors.js';
import { ConcatenatedReader } from './concatenated-reader.js';
import { chunksOf, mixedChunks } from './sources.js';
import type { StreamSource } from './types.js';

/** Options of `parseConcatenated`: those of `loads` (`lossless`, hooks, `strict`, `cls`). */
export type ParseConcatenatedOptions = LoadsOptions;

/**
 * Bytes to text for `parseConcatenated`: UTF-8 with `surrogatepass` (as `json.loads(bytes)`
 * decodes UTF-8), a BOM at the start of the stream skipped (`utf-8-sig`). A decoding error
 * counts positions from the bytes held back from the chunk before, which a note places in the
 * stream.
 */
function decodeChunk(decoder: Utf8StreamDecoder, chunk: Uint8Array, final: boolean): string {
  try {
    return decoder.decode(chunk, final);
  } catch (error) {
    if (decoder.consumed > 0) addNote(error, `positions count from byte ${decoder.consumed} of the stream`);
    throw error;
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
 * // From a socket, a file stream, a fetch body... whatever the chunk boundaries:
 * const values = [];
 * for await (const v of parseConcatenated(['{"a": 1}[2', ']3'])) values.push(v);
 * values // → [{ a: 1 }, [2], 3]
 */
export function parseConcatenated(source: StreamSource, options?: ParseConcatenatedOptions): AsyncGenerator<any, void, undefined> {
  const caller = 'parseConcatenated()';
  const reader = new ConcatenatedReader(decoderFor(options, caller));
  return (async function* () {
    let mode: 'text' | 'bytes' | null = null;
    let bytes: Utf8StreamDecoder | null = null;
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
      else text = decodeChunk((bytes ??= new Utf8StreamDecoder(true, true)), chunk, false);
      try {
        reader.push(text, collect);
      } finally {
        // The values before an error still come out, then the error.
        yield* drain();
      }
    }
    try {
      if (bytes !== null) reader.push(decodeChunk(bytes, new Uint8Array(0), true), collect);
      reader.end(collect);
    } finally {
      yield* drain();
    }
  })();
}
