/**
 * `parseConcatenated`: the documents of a concatenated JSON stream, one after another, as
 * CPython users read them with `raw_decode`.
 * @module
 */
import { concatBytes, decodeAs, incompleteTail } from '../codecs.js';
import { decoderFor, type LoadsOptions } from '../decoder.js';
import { addNote } from '../errors.js';
import { ConcatenatedReader } from './concatenated-reader.js';
import { chunksOf, mixedChunks } from './sources.js';
import type { StreamSource } from './types.js';

/** Options of `parseConcatenated`: those of `loads` (`lossless`, hooks, `strict`, `cls`). */
export type ParseConcatenatedOptions = LoadsOptions;

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
