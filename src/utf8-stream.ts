/**
 * UTF-8 streams decoded chunk by chunk, for the stream readers and the CLI (outside the main
 * bundle, which needs only whole byte strings).
 * @module
 */
import { concatBytes, decodeUtf8, detectEncoding } from './codecs.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A UTF-8 stream decoded chunk by chunk, as by CPython's incremental decoder
 * (`codecs.getincrementaldecoder('utf-8')`, or `'utf-8-sig'` with `sig`): the bytes of a
 * character cut by the end of a chunk are held back until the next one.
 */
export class Utf8StreamDecoder {
  #pending: Uint8Array | null = null;
  #sig: boolean;
  readonly #surrogatepass: boolean;
  #consumed = 0;

  /**
   * @param surrogatepass decode UTF-8-encoded surrogates (as `json.loads(bytes)`), else strict
   * @param sig skip one BOM at the start of the stream
   */
  constructor(surrogatepass: boolean, sig = false) {
    this.#surrogatepass = surrogatepass;
    this.#sig = sig;
  }

  /** How many bytes of the stream have been decoded (or skipped as a BOM): where the held-back bytes start. */
  get consumed(): number {
    return this.#consumed;
  }

  /**
   * The text of the held-back bytes followed by `chunk`, but for the bytes of a character cut by
   * its end (unless `final`: the end of the stream).
   * @throws {UnicodeDecodeError} as soon as an error is certain, positions relative to the
   *   held-back bytes followed by `chunk`
   */
  decode(chunk: Uint8Array, final: boolean): string {
    const pending = this.#pending;
    let b = pending === null ? chunk : concatBytes([pending, chunk], pending.length + chunk.length);
    this.#pending = null;
    if (this.#sig) {
      // Fewer than three bytes that could still be a BOM wait for more.
      if (!final && b.length < 3 && b.every((x, i) => x === UTF8_BOM[i])) {
        if (b.length > 0) this.#pending = b.slice();
        return '';
      }
      this.#sig = false;
      if (detectEncoding(b) === 'utf-8-sig') {
        b = b.subarray(3);
        this.#consumed = 3;
      }
    }
    const { text, consumed } = decodeUtf8(b, final, this.#surrogatepass);
    if (consumed < b.length) this.#pending = b.slice(consumed);
    this.#consumed += consumed;
    return text;
  }
}
