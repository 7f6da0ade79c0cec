/**
 * Assertion helpers shared by the ports of CPython's Lib/test/test_json (this folder only).
 * Not a test file itself: it defines no tests.
 */
import assert from 'node:assert/strict';
import { JSONDecodeError, ValueError } from '../../src/index.js';

/** One row of an error table: input, then CPython's msg, pos, lineno, colno and str(e). */
export type DecodeErrorRow = readonly [input: string, msg: string, pos: number, lineno: number, colno: number, message: string];

/** Runs `fn`, which must throw; returns what it threw. */
export function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected an error, but none was thrown');
}

/** Asserts that `fn` throws a JSONDecodeError whose fields all equal CPython's. */
export function assertDecodeError(fn: () => unknown, row: DecodeErrorRow, label = JSON.stringify(row[0])): void {
  const [doc, msg, pos, lineno, colno, message] = row;
  const e = thrown(fn);
  assert.ok(e instanceof JSONDecodeError, `${label}: expected a JSONDecodeError, got ${String(e)}`);
  assert.ok(e instanceof SyntaxError, `${label}: JSONDecodeError must be a SyntaxError`);
  assert.ok(e instanceof ValueError, `${label}: JSONDecodeError must be a ValueError`);
  assert.deepEqual(
    { msg: e.msg, pos: e.pos, lineno: e.lineno, colno: e.colno, message: e.message, doc: e.doc },
    { msg, pos, lineno, colno, message, doc },
    label,
  );
}

/**
 * Asserts the class, the message (CPython's str(e)) and the notes (CPython's __notes__;
 * `undefined` when CPython's exception has no __notes__ attribute) of an encoder error.
 */
export function assertEncodeError(
  fn: () => unknown,
  type: abstract new (...args: any[]) => Error,
  message: string,
  notes: string[] | undefined,
  label?: string,
): any {
  const e = thrown(fn);
  assert.ok(e instanceof type, `${label ?? ''} expected ${type.name}, got ${String(e)}`);
  assert.equal(e.message, message, label);
  assert.deepEqual((e as { notes?: string[] }).notes, notes, label);
  return e;
}

/** A `write(chunk)` sink collecting what `dump` writes (Python's io.StringIO). */
export class StringIO {
  chunks: string[] = [];
  write(chunk: string): void {
    this.chunks.push(chunk);
  }
  getvalue(): string {
    return this.chunks.join('');
  }
}
