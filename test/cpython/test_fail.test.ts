/**
 * Port of CPython 3.14 Lib/test/test_json/test_fail.py.
 *
 * Every error table asserts msg, pos, lineno, colno, str(e) (as `message`) and doc, with the
 * values CPython 3.14.2 gives (test_failures checks the exact error of every JSON_checker
 * document, where CPython only checks that one is raised).
 *
 * Left out: test_reentrant_jsondecodeerror_does_not_crash (gh-143544; replaces
 * json.JSONDecodeError on the module during decoding to check the C scanner does not crash: a
 * CPython main-branch memory-safety test with no JS counterpart).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads } from '../../src/index.js';
import { assertDecodeError, assertEncodeError, type DecodeErrorRow } from './support.js';

/** JSON_checker fail1.json ... fail33.json, then simplejson issue 3; a bare string where CPython accepts the document. */
const FAIL_DOCS: (DecodeErrorRow | string)[] = [
  "\"A JSON payload should be an object or array, not a string.\"",
  ["[\"Unclosed array\"", "Expecting ',' delimiter", 17, 1, 18, "Expecting ',' delimiter: line 1 column 18 (char 17)"],
  ["{unquoted_key: \"keys must be quoted\"}", "Expecting property name enclosed in double quotes", 1, 1, 2, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
  ["[\"extra comma\",]", "Illegal trailing comma before end of array", 14, 1, 15, "Illegal trailing comma before end of array: line 1 column 15 (char 14)"],
  ["[\"double extra comma\",,]", "Expecting value", 22, 1, 23, "Expecting value: line 1 column 23 (char 22)"],
  ["[   , \"<-- missing value\"]", "Expecting value", 4, 1, 5, "Expecting value: line 1 column 5 (char 4)"],
  ["[\"Comma after the close\"],", "Extra data", 25, 1, 26, "Extra data: line 1 column 26 (char 25)"],
  ["[\"Extra close\"]]", "Extra data", 15, 1, 16, "Extra data: line 1 column 16 (char 15)"],
  ["{\"Extra comma\": true,}", "Illegal trailing comma before end of object", 20, 1, 21, "Illegal trailing comma before end of object: line 1 column 21 (char 20)"],
  ["{\"Extra value after close\": true} \"misplaced quoted value\"", "Extra data", 34, 1, 35, "Extra data: line 1 column 35 (char 34)"],
  ["{\"Illegal expression\": 1 + 2}", "Expecting ',' delimiter", 25, 1, 26, "Expecting ',' delimiter: line 1 column 26 (char 25)"],
  ["{\"Illegal invocation\": alert()}", "Expecting value", 23, 1, 24, "Expecting value: line 1 column 24 (char 23)"],
  ["{\"Numbers cannot have leading zeroes\": 013}", "Expecting ',' delimiter", 40, 1, 41, "Expecting ',' delimiter: line 1 column 41 (char 40)"],
  ["{\"Numbers cannot be hex\": 0x14}", "Expecting ',' delimiter", 27, 1, 28, "Expecting ',' delimiter: line 1 column 28 (char 27)"],
  ["[\"Illegal backslash escape: \\x15\"]", "Invalid \\escape", 28, 1, 29, "Invalid \\escape: line 1 column 29 (char 28)"],
  ["[\\naked]", "Expecting value", 1, 1, 2, "Expecting value: line 1 column 2 (char 1)"],
  ["[\"Illegal backslash escape: \\017\"]", "Invalid \\escape", 28, 1, 29, "Invalid \\escape: line 1 column 29 (char 28)"],
  "[[[[[[[[[[[[[[[[[[[[\"Too deep\"]]]]]]]]]]]]]]]]]]]]",
  ["{\"Missing colon\" null}", "Expecting ':' delimiter", 17, 1, 18, "Expecting ':' delimiter: line 1 column 18 (char 17)"],
  ["{\"Double colon\":: null}", "Expecting value", 16, 1, 17, "Expecting value: line 1 column 17 (char 16)"],
  ["{\"Comma instead of colon\", null}", "Expecting ':' delimiter", 25, 1, 26, "Expecting ':' delimiter: line 1 column 26 (char 25)"],
  ["[\"Colon instead of comma\": false]", "Expecting ',' delimiter", 25, 1, 26, "Expecting ',' delimiter: line 1 column 26 (char 25)"],
  ["[\"Bad value\", truth]", "Expecting value", 14, 1, 15, "Expecting value: line 1 column 15 (char 14)"],
  ["['single quote']", "Expecting value", 1, 1, 2, "Expecting value: line 1 column 2 (char 1)"],
  ["[\"\ttab\tcharacter\tin\tstring\t\"]", "Invalid control character at", 2, 1, 3, "Invalid control character at: line 1 column 3 (char 2)"],
  ["[\"tab\\   character\\   in\\  string\\  \"]", "Invalid \\escape", 5, 1, 6, "Invalid \\escape: line 1 column 6 (char 5)"],
  ["[\"line\nbreak\"]", "Invalid control character at", 6, 1, 7, "Invalid control character at: line 1 column 7 (char 6)"],
  ["[\"line\\\nbreak\"]", "Invalid \\escape", 6, 1, 7, "Invalid \\escape: line 1 column 7 (char 6)"],
  ["[0e]", "Expecting ',' delimiter", 2, 1, 3, "Expecting ',' delimiter: line 1 column 3 (char 2)"],
  ["[0e+]", "Expecting ',' delimiter", 2, 1, 3, "Expecting ',' delimiter: line 1 column 3 (char 2)"],
  ["[0e+-1]", "Expecting ',' delimiter", 2, 1, 3, "Expecting ',' delimiter: line 1 column 3 (char 2)"],
  ["{\"Comma instead if closing brace\": true,", "Expecting property name enclosed in double quotes", 40, 1, 41, "Expecting property name enclosed in double quotes: line 1 column 41 (char 40)"],
  ["[\"mismatch\"}", "Expecting ',' delimiter", 11, 1, 12, "Expecting ',' delimiter: line 1 column 12 (char 11)"],
  ["[\"A\u001fZ control characters in string\"]", "Invalid control character at", 3, 1, 4, "Invalid control character at: line 1 column 4 (char 3)"],
];

/** Stand for Python's module `sys` and a tuple key (a JS object's type name is its class name). */
class module {}
class tuple {}

describe('test_fail', () => {
  it('loads() rejects the JSON_checker failure documents except #1 and #18 (test_failures)', () => {
    FAIL_DOCS.forEach((row, i) => {
      const label = `fail${i + 1}.json`;
      if (typeof row === 'string') {
        // #1: "why not have a string payload?"; #18: "spec doesn't specify any nesting limitations"
        assert.doesNotThrow(() => loads(row), label);
      } else {
        assertDecodeError(() => loads(row[0]), row, label);
      }
    });
    assert.equal(FAIL_DOCS.length, 34);
  });

  it('dumps() rejects keys that are not str, int, float, bool or None (test_non_string_keys_dict)', () => {
    const data = new Map<unknown, number>([['a', 1], [new tuple(), 2]]);
    assertEncodeError(() => dumps(data), TypeError, 'keys must be str, int, float, bool or None, not tuple', undefined);
    // A JS Array (Python's tuple) as a Map key is rejected too; the type name of an Array is list.
    const withArray = new Map<unknown, number>([['a', 1], [[1, 2], 2]]);
    assertEncodeError(() => dumps(withArray), TypeError, 'keys must be str, int, float, bool or None, not list', undefined);
  });

  it('dumps() reports an unserializable object with notes for each enclosing container (test_not_serializable)', () => {
    const sys = new module();
    assertEncodeError(() => dumps(sys), TypeError, 'Object of type module is not JSON serializable', undefined);
    assertEncodeError(() => dumps([1, [2, 3, sys]]), TypeError, 'Object of type module is not JSON serializable', [
      'when serializing list item 2',
      'when serializing list item 1',
    ]);
    // The tuple case, (1, (2, 3, sys)), maps to Arrays: the same as the list case above.
    assertEncodeError(() => dumps({ a: { b: sys } }), TypeError, 'Object of type module is not JSON serializable', [
      "when serializing dict item 'b'",
      "when serializing dict item 'a'",
    ]);
  });

  it('loads() reports truncated input at the right place (test_truncated_input)', () => {
    const rows: DecodeErrorRow[] = [
      ["", "Expecting value", 0, 1, 1, "Expecting value: line 1 column 1 (char 0)"],
      ["[", "Expecting value", 1, 1, 2, "Expecting value: line 1 column 2 (char 1)"],
      ["[42", "Expecting ',' delimiter", 3, 1, 4, "Expecting ',' delimiter: line 1 column 4 (char 3)"],
      ["[42,", "Expecting value", 4, 1, 5, "Expecting value: line 1 column 5 (char 4)"],
      ["[\"", "Unterminated string starting at", 1, 1, 2, "Unterminated string starting at: line 1 column 2 (char 1)"],
      ["[\"spam", "Unterminated string starting at", 1, 1, 2, "Unterminated string starting at: line 1 column 2 (char 1)"],
      ["[\"spam\"", "Expecting ',' delimiter", 7, 1, 8, "Expecting ',' delimiter: line 1 column 8 (char 7)"],
      ["[\"spam\",", "Expecting value", 8, 1, 9, "Expecting value: line 1 column 9 (char 8)"],
      ["{", "Expecting property name enclosed in double quotes", 1, 1, 2, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
      ["{\"", "Unterminated string starting at", 1, 1, 2, "Unterminated string starting at: line 1 column 2 (char 1)"],
      ["{\"spam", "Unterminated string starting at", 1, 1, 2, "Unterminated string starting at: line 1 column 2 (char 1)"],
      ["{\"spam\"", "Expecting ':' delimiter", 7, 1, 8, "Expecting ':' delimiter: line 1 column 8 (char 7)"],
      ["{\"spam\":", "Expecting value", 8, 1, 9, "Expecting value: line 1 column 9 (char 8)"],
      ["{\"spam\":42", "Expecting ',' delimiter", 10, 1, 11, "Expecting ',' delimiter: line 1 column 11 (char 10)"],
      ["{\"spam\":42,", "Expecting property name enclosed in double quotes", 11, 1, 12, "Expecting property name enclosed in double quotes: line 1 column 12 (char 11)"],
      ["\"", "Unterminated string starting at", 0, 1, 1, "Unterminated string starting at: line 1 column 1 (char 0)"],
      ["\"spam", "Unterminated string starting at", 0, 1, 1, "Unterminated string starting at: line 1 column 1 (char 0)"],
    ];
    for (const row of rows) assertDecodeError(() => loads(row[0]), row);
  });

  it('loads() reports unexpected data at the right place (test_unexpected_data)', () => {
    const rows: DecodeErrorRow[] = [
      ["[,", "Expecting value", 1, 1, 2, "Expecting value: line 1 column 2 (char 1)"],
      ["{\"spam\":[}", "Expecting value", 9, 1, 10, "Expecting value: line 1 column 10 (char 9)"],
      ["[42:", "Expecting ',' delimiter", 3, 1, 4, "Expecting ',' delimiter: line 1 column 4 (char 3)"],
      ["[42 \"spam\"", "Expecting ',' delimiter", 4, 1, 5, "Expecting ',' delimiter: line 1 column 5 (char 4)"],
      ["[42,]", "Illegal trailing comma before end of array", 3, 1, 4, "Illegal trailing comma before end of array: line 1 column 4 (char 3)"],
      ["{\"spam\":[42}", "Expecting ',' delimiter", 11, 1, 12, "Expecting ',' delimiter: line 1 column 12 (char 11)"],
      ["[\"]", "Unterminated string starting at", 1, 1, 2, "Unterminated string starting at: line 1 column 2 (char 1)"],
      ["[\"spam\":", "Expecting ',' delimiter", 7, 1, 8, "Expecting ',' delimiter: line 1 column 8 (char 7)"],
      ["[\"spam\",]", "Illegal trailing comma before end of array", 7, 1, 8, "Illegal trailing comma before end of array: line 1 column 8 (char 7)"],
      ["{:", "Expecting property name enclosed in double quotes", 1, 1, 2, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
      ["{,", "Expecting property name enclosed in double quotes", 1, 1, 2, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
      ["{42", "Expecting property name enclosed in double quotes", 1, 1, 2, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
      ["[{]", "Expecting property name enclosed in double quotes", 2, 1, 3, "Expecting property name enclosed in double quotes: line 1 column 3 (char 2)"],
      ["{\"spam\",", "Expecting ':' delimiter", 7, 1, 8, "Expecting ':' delimiter: line 1 column 8 (char 7)"],
      ["{\"spam\"}", "Expecting ':' delimiter", 7, 1, 8, "Expecting ':' delimiter: line 1 column 8 (char 7)"],
      ["[{\"spam\"]", "Expecting ':' delimiter", 8, 1, 9, "Expecting ':' delimiter: line 1 column 9 (char 8)"],
      ["{\"spam\":}", "Expecting value", 8, 1, 9, "Expecting value: line 1 column 9 (char 8)"],
      ["[{\"spam\":]", "Expecting value", 9, 1, 10, "Expecting value: line 1 column 10 (char 9)"],
      ["{\"spam\":42 \"ham\"", "Expecting ',' delimiter", 11, 1, 12, "Expecting ',' delimiter: line 1 column 12 (char 11)"],
      ["[{\"spam\":42]", "Expecting ',' delimiter", 11, 1, 12, "Expecting ',' delimiter: line 1 column 12 (char 11)"],
      ["{\"spam\":42,}", "Illegal trailing comma before end of object", 10, 1, 11, "Illegal trailing comma before end of object: line 1 column 11 (char 10)"],
      ["{\"spam\":42 , }", "Illegal trailing comma before end of object", 11, 1, 12, "Illegal trailing comma before end of object: line 1 column 12 (char 11)"],
      ["[123  , ]", "Illegal trailing comma before end of array", 6, 1, 7, "Illegal trailing comma before end of array: line 1 column 7 (char 6)"],
    ];
    for (const row of rows) assertDecodeError(() => loads(row[0]), row);
  });

  it('loads() reports Extra data after a complete value (test_extra_data)', () => {
    const rows: DecodeErrorRow[] = [
      ["[]]", "Extra data", 2, 1, 3, "Extra data: line 1 column 3 (char 2)"],
      ["{}}", "Extra data", 2, 1, 3, "Extra data: line 1 column 3 (char 2)"],
      ["[],[]", "Extra data", 2, 1, 3, "Extra data: line 1 column 3 (char 2)"],
      ["{},{}", "Extra data", 2, 1, 3, "Extra data: line 1 column 3 (char 2)"],
      ["42,\"spam\"", "Extra data", 2, 1, 3, "Extra data: line 1 column 3 (char 2)"],
      ["\"spam\",42", "Extra data", 6, 1, 7, "Extra data: line 1 column 7 (char 6)"],
    ];
    for (const row of rows) assertDecodeError(() => loads(row[0]), row);
  });

  it('loads() counts lines and columns (test_linecol)', () => {
    const rows: DecodeErrorRow[] = [
      ["!", "Expecting value", 0, 1, 1, "Expecting value: line 1 column 1 (char 0)"],
      [" !", "Expecting value", 1, 1, 2, "Expecting value: line 1 column 2 (char 1)"],
      ["\n!", "Expecting value", 1, 2, 1, "Expecting value: line 2 column 1 (char 1)"],
      ["\n  \n\n     !", "Expecting value", 10, 4, 6, "Expecting value: line 4 column 6 (char 10)"],
    ];
    for (const row of rows) assertDecodeError(() => loads(row[0]), row);
  });
});
