/**
 * Error classes and message texts, mirroring the exceptions of CPython's `json`.
 *
 * Python's `ValueError` has no JavaScript counterpart, so it is a class of its own;
 * `JSONDecodeError` extends `SyntaxError` (so code written for `JSON.parse` keeps
 * catching it) and still answers `instanceof ValueError`, as in Python.
 * @module
 */

/** An error with PEP 678 notes, as CPython attaches them while serializing. */
export type ErrorWithNotes = Error & { notes?: string[] };

/** Python's `ValueError`. `JSONDecodeError` and `UnicodeDecodeError` are instances too. */
export class ValueError extends Error {
  /** Notes added while serializing nested values (Python's `__notes__`), innermost first. */
  declare notes?: string[];

  constructor(message?: string) {
    super(message);
    this.name = 'ValueError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return super[Symbol.hasInstance](value) || (this === ValueError && value instanceof JSONDecodeError);
  }
}

/** Raised for text that is not valid JSON; `message` equals CPython's `str(e)`. */
export class JSONDecodeError extends SyntaxError {
  /** The unformatted message, e.g. `Expecting value`. */
  readonly msg: string;
  /** The whole document being parsed (for bytes input, the decoded text). */
  readonly doc: string;
  /** Position of the error in code points (CPython counts code points, not UTF-16 units). */
  readonly pos: number;
  /** 1-based line (only `\n` starts a line). */
  readonly lineno: number;
  /** 1-based column, in code points. */
  readonly colno: number;

  /**
   * @param msg the bare message
   * @param doc the document
   * @param pos the position in code points, as in Python
   * @param index the same position as a JS string index, when the caller knows it
   */
  constructor(msg: string, doc: string, pos: number, index = codePointToIndex(doc, pos)) {
    // The line: one plus the newlines before the error; the column counts the code points after
    // the last of them (a newline never splits a pair).
    let lineno = 1;
    let lastNewline = -1;
    for (let i; (i = doc.indexOf('\n', lastNewline + 1)) !== -1 && i < index; lastNewline = i) lineno++;
    const colno = pos - indexToCodePoint(doc, lastNewline + 1) + 1;
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.name = 'JSONDecodeError';
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }

  /** Builds the error from a JS string index (UTF-16 units), converting it to code points. */
  static at(msg: string, doc: string, index: number): JSONDecodeError {
    return new JSONDecodeError(msg, doc, indexToCodePoint(doc, index), index);
  }
}

/** Python's `UnicodeDecodeError`: bytes that cannot be decoded with the detected encoding. */
export class UnicodeDecodeError extends ValueError {
  constructor(
    readonly encoding: string,
    readonly object: Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(
      end - start === 1
        ? `'${encoding}' codec can't decode byte 0x${object[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`
        : `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`,
    );
    this.name = 'UnicodeDecodeError';
  }
}

/** Python's `RecursionError`: a structure nested beyond the supported depth (a cycle, usually). */
export class RecursionError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'RecursionError';
  }
}

/** Adds a CPython-style note to an error thrown by user code or by the encoder. */
export function addNote(error: unknown, note: string): void {
  if (typeof error !== 'object' || error === null || error instanceof RecursionError) return;
  const e = error as ErrorWithNotes;
  if (Array.isArray(e.notes)) e.notes.push(note);
  else {
    try {
      Object.defineProperty(e, 'notes', { value: [note], writable: true, enumerable: false, configurable: true });
    } catch {
      // a frozen error object cannot carry notes; it propagates without them
    }
  }
}

/** Number of code points in `s` before the UTF-16 index `index` (a pair counts once). */
export function indexToCodePoint(s: string, index: number): number {
  // Code point by code point, while a pair may start before index - 1 (one starting there ends
  // past index); past the end of s, each index is one more code point.
  let cp = 0;
  let i = 0;
  for (; i < s.length && i < index - 1; cp++) i += pairAt(s, i) ? 2 : 1;
  return cp + (index - i);
}

/** The UTF-16 index of code point number `pos` (positions past the end extend linearly). */
export function codePointToIndex(s: string, pos: number): number {
  let cp = 0;
  let i = 0;
  for (; i < s.length && cp < pos; cp++) i += pairAt(s, i) ? 2 : 1;
  return i + (pos - cp);
}

/** Whether a surrogate pair starts at index i. */
function pairAt(s: string, i: number): boolean {
  return (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}
