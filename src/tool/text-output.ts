/**
 * Writing text as CPython's strict UTF-8 text streams write it: lone surrogates are a
 * `UnicodeEncodeError` on standard output and files, `backslashreplace`d on standard error.
 * @module
 */
import { encodeUtf8 } from '../codecs.js';
import { indexToCodePoint, ValueError } from '../errors.js';
import { hex } from '../float.js';
import type { ToolWriter } from './io.js';

/** Python's UnicodeEncodeError from the strict UTF-8 codec (lone surrogates). */
class UnicodeEncodeError extends ValueError {
  override name = 'UnicodeEncodeError';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isLoneSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00;
  if (c >= 0xdc00 && c <= 0xdfff) return i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800;
  return false;
}

/**
 * Checks one `write()` of a strict UTF-8 text stream: a lone surrogate raises CPython's
 * UnicodeEncodeError, whose position (in code points) is relative to the written string and
 * which covers the whole run of consecutive surrogates.
 */
function checkEncodable(s: string): void {
  const m = LONE_SURROGATE.exec(s);
  if (!m) return;
  // m.index is a lone surrogate: no pair straddles it.
  const pos = indexToCodePoint(s, m.index);
  let end = m.index + 1;
  while (end < s.length && isLoneSurrogate(s, end)) end++;
  const count = end - m.index;
  throw new UnicodeEncodeError(
    count === 1
      ? `'utf-8' codec can't encode character '\\u${hex(s.charCodeAt(m.index), 4)}' in position ${pos}: surrogates not allowed`
      : `'utf-8' codec can't encode characters in position ${pos}-${pos + count - 1}: surrogates not allowed`,
  );
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
