/**
 * Port of CPython 3.14 Lib/test/test_json/test_scanstring.py.
 *
 * `scanstring(s, end, strict)` is internal. It decodes the string whose opening quote is at
 * `end - 1` and returns the string and the index after its closing quote, which is what
 * `JSONDecoder.rawDecode(s, end - 1)` returns; the bad escapes go through `loads`, asserting
 * CPython's whole error. rawDecode's indexes are JS string indexes (UTF-16 units), CPython's are
 * code points: they differ only where an astral character precedes the end (noted inline).
 *
 * Left out: test_overflow (scanstring with end > sys.maxsize raises OverflowError; no JS
 * counterpart for an index beyond the platform's size type).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSONDecoder, loads } from '../../src/index.js';
import { assertDecodeError, type DecodeErrorRow } from './support.js';

/** CPython's scanstring(s, end, True) as rawDecode(s, end - 1). */
function scanstring(s: string, end: number): [unknown, number] {
  return new JSONDecoder().rawDecode(s, end - 1);
}

describe('test_scanstring', () => {
  it('JSONDecoder.rawDecode() returns a string and the index after it (test_scanstring)', () => {
    // CPython returns end 5 (code points); the astral character is 2 units in JS, hence 6.
    assert.deepEqual(scanstring('"z\u{1d120}x"', 1), ['z\u{1d120}x', 6]);
    const cases: [string, number, string, number][] = [
      ['"\\u007b"', 1, '{', 8],
      [
        '"A JSON payload should be an object or array, not a string."', 1,
        'A JSON payload should be an object or array, not a string.', 60,
      ],
      ['["Unclosed array"', 2, 'Unclosed array', 17],
      ['["extra comma",]', 2, 'extra comma', 14],
      ['["double extra comma",,]', 2, 'double extra comma', 21],
      ['["Comma after the close"],', 2, 'Comma after the close', 24],
      ['["Extra close"]]', 2, 'Extra close', 14],
      ['{"Extra comma": true,}', 2, 'Extra comma', 14],
      ['{"Extra value after close": true} "misplaced quoted value"', 2, 'Extra value after close', 26],
      ['{"Illegal expression": 1 + 2}', 2, 'Illegal expression', 21],
      ['{"Illegal invocation": alert()}', 2, 'Illegal invocation', 21],
      ['{"Numbers cannot have leading zeroes": 013}', 2, 'Numbers cannot have leading zeroes', 37],
      ['{"Numbers cannot be hex": 0x14}', 2, 'Numbers cannot be hex', 24],
      ['[[[[[[[[[[[[[[[[[[[["Too deep"]]]]]]]]]]]]]]]]]]]]', 21, 'Too deep', 30],
      ['{"Missing colon" null}', 2, 'Missing colon', 16],
      ['{"Double colon":: null}', 2, 'Double colon', 15],
      ['{"Comma instead of colon", null}', 2, 'Comma instead of colon', 25],
      ['["Colon instead of comma": false]', 2, 'Colon instead of comma', 25],
      ['["Bad value", truth]', 2, 'Bad value', 12],
    ];
    for (const [s, end, value, after] of cases) assert.deepEqual(scanstring(s, end), [value, after], s);
  });

  it('JSONDecoder.rawDecode() joins escaped surrogate pairs and keeps lone surrogates (test_surrogates)', () => {
    // [input, CPython's result]; the end is the input's length. Python strings holding a raw
    // surrogate next to another one are two code points; in JS they read as one pair, and the
    // expected JS string is the same sequence of UTF-16 units.
    const cases: [string, string][] = [
      ['"z\\ud834\\u0079x"', 'z\ud834yx'],
      ['"z\\ud834\\udd20x"', 'z\u{1d120}x'],
      ['"z\\ud834\\ud834\\udd20x"', 'z\ud834\u{1d120}x'],
      ['"z\\ud834x"', 'z\ud834x'],
      ['"z\\ud834\udd20x12345"', 'z\ud834\udd20x12345'],
      ['"z\\udd20x"', 'z\udd20x'],
      ['"z\ud834\udd20x"', 'z\ud834\udd20x'],
      ['"z\ud834\\udd20x"', 'z\ud834\udd20x'],
      ['"z\ud834x"', 'z\ud834x'],
    ];
    for (const [given, expected] of cases) {
      assert.deepEqual(scanstring(given, 1), [expected, given.length], JSON.stringify(given));
    }
  });

  it('loads() rejects bad escapes with CPython\'s error (test_bad_escapes)', () => {
    const rows: DecodeErrorRow[] = [
    ["\"\\\"", "Unterminated string starting at", 0, 1, 1, "Unterminated string starting at: line 1 column 1 (char 0)"],
    ["\"\\x\"", "Invalid \\escape", 1, 1, 2, "Invalid \\escape: line 1 column 2 (char 1)"],
    ["\"\\u\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u0\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u01\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u012\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\uz012\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u0z12\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u01z2\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u012z\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u0x12\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u0X12\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u\uff10\uff10\uff10\uff10\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u 123\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u-123\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u+123\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\u1_23\"", "Invalid \\uXXXX escape", 2, 1, 3, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
    ["\"\\ud834\\\"", "Unterminated string starting at", 0, 1, 1, "Unterminated string starting at: line 1 column 1 (char 0)"],
    ["\"\\ud834\\u\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\ud\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\udd\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\udd2\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\uzdd2\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\udzd2\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\uddz2\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\udd2z\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u0x20\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u0X20\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u\uff10\uff10\uff10\uff10\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u 123\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u-123\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u+123\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ["\"\\ud834\\u1_23\"", "Invalid \\uXXXX escape", 8, 1, 9, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"],
    ];
    for (const row of rows) assertDecodeError(() => loads(row[0]), row);
  });
});
