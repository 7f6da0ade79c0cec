/**
 * Writing text as CPython's strict UTF-8 text streams write it: lone surrogates are a
 * `UnicodeEncodeError` on standard output and files, `backslashreplace`d on standard error.
 * @module
 */
import { encodeUtf8 } from '../codecs.js';
import { hex } from '../float.js';
import { LONE_SURROGATE, surrogateError } from '../utf8-encode.js';
import type { ToolWriter } from './io.js';

/**
 * Checks one `write()` of a strict UTF-8 text stream: a lone surrogate raises CPython's
 * UnicodeEncodeError, whose position is relative to the written string.
 */
function checkEncodable(s: string): void {
  const error = surrogateError(s);
  if (error) throw error;
}

/** Encodes for standard error: lone surrogates become `\udXXX` (Python's backslashreplace). */
export function encodeBackslashReplace(s: string): Uint8Array {
  return encodeUtf8(s.replace(new RegExp(LONE_SURROGATE.source, 'g'), (c) => '\\u' + hex(c.charCodeAt(0), 4)));
}

/** Buffers text for a writer, encoding it as CPython's text stream does (strict UTF-8). */
export class Output {
  #parts: string[] = [];
  #partsLength = 0;
  #encoded: Uint8Array[] = [];
  #closed = false;
  readonly #checkSurrogates: boolean;
  readonly writer: ToolWriter;

  constructor(writer: ToolWriter, checkSurrogates: boolean) {
    this.writer = writer;
    this.#checkSurrogates = checkSurrogates;
  }

  /** One `write()` call of the Python text stream: checked (and rejected) as a whole. */
  write(s: string): void {
    if (this.#checkSurrogates) checkEncodable(s);
    this.#parts.push(s);
    this.#partsLength += s.length;
    // Encode as we go, so that a huge document never needs one huge string.
    if (this.#partsLength >= 1 << 20) this.#encodeParts();
  }

  #encodeParts(): void {
    if (this.#parts.length === 0) return;
    const bytes = encodeUtf8(this.#parts.join(''));
    this.#parts = [];
    this.#partsLength = 0;
    this.#encoded.push(bytes);
  }

  /** Writes out everything buffered. */
  async flush(): Promise<void> {
    this.#encodeParts();
    const chunks = this.#encoded;
    this.#encoded = [];
    for (const chunk of chunks) await this.writer.write(chunk);
  }

  /** Closes an output file (never standard output); safe to call twice. */
  async close(isStdout: boolean): Promise<void> {
    if (this.#closed || isStdout) return;
    this.#closed = true;
    await this.writer.close?.();
  }
}
