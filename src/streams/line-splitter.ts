/**
 * The lines of a JSON Lines stream, cut from chunks of text or bytes.
 * @module
 */
import { concatBytes, strictUtf8 } from '../codecs.js';
import { mixedChunks } from './sources.js';

/** One raw line: text (fast path) or bytes to decode exactly as `loads(bytes)` does. */
export type RawLine = string | Uint8Array;

/** Receives each line, without its LF. */
export interface LineHandler {
  (line: RawLine): void;
}

/**
 * Splits a stream of text or byte chunks into lines (terminated by LF; a CR before it stays, for
 * the caller to drop). Keeps only the unfinished line between chunks. Byte lines are decoded as UTF-8 in batches
 * of whole lines, so a character split between chunks is never cut; a batch that is not valid
 * UTF-8 is handed over line by line, its bad lines as bytes.
 */
export class LineSplitter {
  mode: 'text' | 'bytes' | null = null;
  #textParts: string[] = [];
  #byteParts: Uint8Array[] = [];
  #byteCount = 0;
  readonly #caller: string;

  constructor(caller: string) {
    this.#caller = caller;
  }

  push(chunk: string | Uint8Array, emit: LineHandler): void {
    const kind = typeof chunk === 'string' ? 'text' : 'bytes';
    if (this.mode !== kind) {
      if (this.mode !== null) throw mixedChunks(this.#caller);
      this.mode = kind;
    }
    if (typeof chunk === 'string') this.#pushText(chunk, emit);
    else this.#pushBytes(chunk, emit);
  }

  /** Emits the last line if the stream does not end with a line terminator. */
  end(emit: LineHandler): void {
    if (this.#textParts.length > 0) {
      const line = this.#textParts.join('');
      this.#textParts = [];
      emit(line);
    } else if (this.#byteParts.length > 0) {
      const line = concatBytes(this.#byteParts, this.#byteCount);
      this.#byteParts = [];
      this.#byteCount = 0;
      this.#emitBytes(line, 0, line.length, emit);
    }
  }

  #pushText(s: string, emit: LineHandler): void {
    let nl = s.indexOf('\n');
    if (nl === -1) {
      if (s !== '') this.#textParts.push(s);
      return;
    }
    if (this.#textParts.length > 0) {
      this.#textParts.push(s.slice(0, nl));
      const line = this.#textParts.join('');
      this.#textParts = [];
      emit(line);
    } else {
      emit(s.slice(0, nl));
    }
    let start = nl + 1;
    while ((nl = s.indexOf('\n', start)) !== -1) {
      emit(s.slice(start, nl));
      start = nl + 1;
    }
    if (start < s.length) this.#textParts.push(s.slice(start));
  }

  #pushBytes(b: Uint8Array, emit: LineHandler): void {
    const last = b.lastIndexOf(10);
    if (last === -1) {
      if (b.length > 0) {
        this.#byteParts.push(b.slice());
        this.#byteCount += b.length;
      }
      return;
    }
    let head = b.subarray(0, last + 1);
    if (this.#byteParts.length > 0) {
      this.#byteParts.push(head);
      head = concatBytes(this.#byteParts, this.#byteCount + head.length);
      this.#byteParts = [];
      this.#byteCount = 0;
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
        this.#emitBytes(head, start, nl, emit);
        start = nl + 1;
      }
    }
    if (last + 1 < b.length) {
      this.#byteParts.push(b.slice(last + 1));
      this.#byteCount += b.length - last - 1;
    }
  }

  #emitBytes(b: Uint8Array, start: number, end: number, emit: LineHandler): void {
    const line = b.subarray(start, end);
    emit(strictUtf8(line) ?? line.slice());
  }
}
