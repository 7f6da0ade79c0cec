/**
 * Where a document of a concatenated JSON stream ends, found in one resumable pass over its
 * characters.
 * @module
 */

// What the framer knows about the document being read. A string is scanned as a container of
// depth 0 that starts inside a string.
const DOC_CONTAINER = 1;
export const DOC_NUMBER = 3;
export const DOC_LITERAL = 4;
const DOC_OTHER = 5;

// States of a number, after: '-', '0', other integer digits, '.', fraction digits, 'e', 'e+', exponent digits.
const NUM_MINUS = 0;
const NUM_ZERO = 1;
const NUM_INT = 2;
const NUM_DOT = 3;
const NUM_FRAC = 4;
const NUM_E = 5;
const NUM_ESIGN = 6;
const NUM_EXP = 7;

const LITERALS: Readonly<Record<number, string>> = {
  0x74: 'true',
  0x66: 'false',
  0x6e: 'null',
  0x4e: 'NaN',
  0x49: 'Infinity',
};

/**
 * Finds where a document of a concatenated stream is complete enough to be parsed: the text read
 * so far fixes what `raw_decode` returns or raises for it, whatever follows. One pass over each
 * character, resumable across chunks, so a document split over many chunks costs no re-parsing
 * and the decoder (and its hooks) runs once per document.
 *
 * - `[...]` / `{...}`: when the brackets outside strings balance (a bad document fails at or
 *   before that point);
 * - a string: at its closing quote (backslash escapes skipped);
 * - a number: at the first character that cannot extend it (`12` + `34` is `1234`; `1.` + `5`
 *   is `1.5`, `1.` + `x` is `1` followed by `.x`);
 * - `true`, `false`, `null`, `NaN`, `Infinity`, `-Infinity`: when complete or contradicted;
 * - anything else fails at its first character.
 */
export class DocumentFramer {
  kind = 0;
  #depth = 0;
  #inString = false;
  #escaped = false;
  #num = NUM_MINUS;
  #literal = '';
  #litAt = 0;

  /** Starts a document at its first character `c` (not whitespace). */
  begin(c: number): void {
    this.#depth = 0;
    this.#inString = false;
    this.#escaped = false;
    if (c === 0x5b || c === 0x7b) {
      this.kind = DOC_CONTAINER;
      this.#depth = 1;
    } else if (c === 0x22) {
      this.kind = DOC_CONTAINER;
      this.#inString = true;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.kind = DOC_NUMBER;
      this.#num = c === 0x2d ? NUM_MINUS : c === 0x30 ? NUM_ZERO : NUM_INT;
    } else if (LITERALS[c] !== undefined) {
      this.kind = DOC_LITERAL;
      this.#literal = LITERALS[c]!;
      this.#litAt = 1;
    } else {
      this.kind = DOC_OTHER;
    }
  }

  /** Scans `s` from `i`; true once the document is complete (the rest of `s` need not be scanned). */
  scan(s: string, i: number): boolean {
    const n = s.length;
    switch (this.kind) {
      case DOC_CONTAINER: {
        let depth = this.#depth;
        let inString = this.#inString;
        let escaped = this.#escaped;
        let done = false;
        for (; i < n; i++) {
          const c = s.charCodeAt(i);
          if (inString) {
            if (escaped) escaped = false;
            else if (c === 0x5c) escaped = true;
            else if (c === 0x22) {
              inString = false;
              if (depth === 0) {
                done = true;
                break;
              }
            }
          } else if (c === 0x22) inString = true;
          else if (c === 0x5b || c === 0x7b) depth++;
          else if (c === 0x5d || c === 0x7d) {
            if (--depth === 0) {
              done = true;
              break;
            }
          }
        }
        this.#depth = depth;
        this.#inString = inString;
        this.#escaped = escaped;
        return done;
      }
      case DOC_NUMBER:
        for (; i < n; i++) {
          const c = s.charCodeAt(i);
          const digit = c >= 0x30 && c <= 0x39;
          const e = c === 0x65 || c === 0x45;
          switch (this.#num) {
            case NUM_MINUS:
              if (c === 0x49) {
                this.kind = DOC_LITERAL; // -Infinity
                this.#literal = '-Infinity';
                this.#litAt = 2;
                return this.scan(s, i + 1);
              }
              if (!digit) return true;
              this.#num = c === 0x30 ? NUM_ZERO : NUM_INT;
              break;
            case NUM_ZERO:
            case NUM_INT:
              if (digit && this.#num === NUM_INT) break;
              if (c === 0x2e) this.#num = NUM_DOT;
              else if (e) this.#num = NUM_E;
              else return true;
              break;
            case NUM_DOT:
              if (!digit) return true;
              this.#num = NUM_FRAC;
              break;
            case NUM_FRAC:
              if (digit) break;
              if (!e) return true;
              this.#num = NUM_E;
              break;
            case NUM_E:
              if (c === 0x2b || c === 0x2d) this.#num = NUM_ESIGN;
              else if (digit) this.#num = NUM_EXP;
              else return true;
              break;
            case NUM_ESIGN:
              if (!digit) return true;
              this.#num = NUM_EXP;
              break;
            default: // NUM_EXP
              if (!digit) return true;
          }
        }
        return false;
      case DOC_LITERAL: {
        const lit = this.#literal;
        for (; i < n; i++) {
          if (s.charCodeAt(i) !== lit.charCodeAt(this.#litAt)) return true;
          if (++this.#litAt === lit.length) return true;
        }
        return false;
      }
      default:
        return true;
    }
  }
}
