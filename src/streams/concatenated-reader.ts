/**
 * Concatenated JSON text pushed in chunks, parsed one document at a time as CPython's
 * `raw_decode` loop parses the whole text.
 * @module
 */
import { skipWhitespace, JSONDecoder } from '../decoder.js';
import { addNote, codePointToIndex, indexToCodePoint, JSONDecodeError } from '../errors.js';
import * as Messages from '../messages.js';
import { DOC_LITERAL, DOC_NUMBER, DocumentFramer } from './document-framer.js';

/** A document this long (UTF-16 units) that is still open is checked for a definite error. */
const FIRST_PROBE = 65_536;

/**
 * Reads concatenated JSON text pushed in chunks and hands over each document's value, as the
 * CPython loop `idx = skip_ws(s, idx); obj, idx = decoder.raw_decode(s, idx)` would produce them
 * for the whole text. Keeps only the unfinished document between chunks.
 */
export class ConcatenatedReader {
  readonly #framer = new DocumentFramer();
  /** The unfinished document's text from earlier chunks (its start first). */
  #parts: string[] = [];
  #partsLength = 0;
  #inDoc = false;
  #documents = 0;
  #nextProbe = FIRST_PROBE;
  #probeDecoder: JSONDecoder | null = null;
  readonly #decoder: JSONDecoder;

  constructor(decoder: JSONDecoder) {
    this.#decoder = decoder;
  }

  push(s: string, emit: (value: unknown) => void): void {
    if (s !== '') this.#run(s, 0, false, emit);
  }

  /** At the end of the stream: parses what is left (a truncated document is an error). */
  end(emit: (value: unknown) => void): void {
    this.#run('', 0, true, emit);
  }

  #run(s: string, j: number, final: boolean, emit: (value: unknown) => void): void {
    for (;;) {
      let base = -1; // where the document starts in s; -1 when it started in an earlier chunk
      if (!this.#inDoc) {
        j = skipWhitespace(s, j);
        if (j >= s.length) return;
        base = j;
        this.#inDoc = true;
        this.#framer.begin(s.charCodeAt(j++));
      }
      if (!this.#framer.scan(s, j) && !final) {
        if (!this.#keep(base >= 0 ? s.slice(base) : s)) return;
        // An error is already certain: parse what was read to raise it.
        s = '';
        base = -1;
      }
      // The document is complete (or the stream ended): parse it once, with the text after it.
      let text = s;
      let at = base;
      let before = 0;
      if (base < 0) {
        before = this.#partsLength;
        text = this.#parts.join('') + s;
        at = 0;
        this.#parts = [];
        this.#partsLength = 0;
      }
      this.#inDoc = false;
      this.#nextProbe = FIRST_PROBE;
      const [value, end] = this.#decodeAt(text, at);
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
  #decodeAt(text: string, at: number): [unknown, number] {
    const n = ++this.#documents;
    try {
      return this.#decoder.rawDecode(text, at);
    } catch (error) {
      throw this.#rebase(error, text, at, n);
    }
  }

  /** A JSONDecodeError as `raw_decode(rest)` reports it, `rest` starting at the document. */
  #rebase(error: unknown, text: string, at: number, n: number): unknown {
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
  #keep(part: string): boolean {
    this.#parts.push(part);
    this.#partsLength += part.length;
    if (this.#partsLength < this.#nextProbe || this.#framer.kind === DOC_NUMBER || this.#framer.kind === DOC_LITERAL) {
      return false;
    }
    this.#nextProbe = this.#partsLength * 2;
    const text = this.#parts.join('');
    this.#parts = [text];
    // A malformed document whose brackets never balance would otherwise be kept to the end of
    // the stream. Errors far enough before the end of the text read so far cannot be undone by
    // more text; "Unterminated string" always can.
    // The user's decoder (hooks, cls) then raises what it raises for this text.
    this.#probeDecoder ??= new JSONDecoder({ strict: this.#decoder.strict });
    try {
      this.#probeDecoder.rawDecode(text, 0);
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
