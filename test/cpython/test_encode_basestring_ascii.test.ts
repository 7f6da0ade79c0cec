/**
 * Port of CPython 3.14 Lib/test/test_json/test_encode_basestring_ascii.py.
 *
 * `encode_basestring_ascii` is internal; it is what `dumps(str)` returns with the default
 * `ensureAscii`, so the table goes through `dumps`.
 *
 * Left out: test_overflow (C-only, needs a >700 MB string escaping past 2**32 bytes on a big
 * address space; JS strings cannot reach that length).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps } from '../../src/index.js';

const CASES: [string, string][] = [
  [
    '/\\"\ucafe\ubabe\uab98\ufcde\ubcda\uef4a\x08\x0c\n\r\t`1~!@#$%^&*()_+-=[]{}|;:\',./<>?',
    '"/\\\\\\"\\ucafe\\ubabe\\uab98\\ufcde\\ubcda\\uef4a\\b\\f\\n\\r\\t`1~!@#$%^&*()_+-=[]{}|;:\',./<>?"',
  ],
  ['\u0123\u4567\u89ab\ucdef\uabcd\uef4a', '"\\u0123\\u4567\\u89ab\\ucdef\\uabcd\\uef4a"'],
  ['controls', '"controls"'],
  ['\x08\x0c\n\r\t', '"\\b\\f\\n\\r\\t"'],
  [
    '{"object with 1 member":["array with 1 element"]}',
    '"{\\"object with 1 member\\":[\\"array with 1 element\\"]}"',
  ],
  [' s p a c e d ', '" s p a c e d "'],
  ['\u{1d120}', '"\\ud834\\udd20"'],
  ['\u03b1\u03a9', '"\\u03b1\\u03a9"'],
  ["`1~!@#$%^&*()_+-={':[,]}|;.</>?", '"`1~!@#$%^&*()_+-={\':[,]}|;.</>?"'],
  ['\x08\x0c\n\r\t', '"\\b\\f\\n\\r\\t"'],
  ['\u0123\u4567\u89ab\ucdef\uabcd\uef4a', '"\\u0123\\u4567\\u89ab\\ucdef\\uabcd\\uef4a"'],
];

const ITEMS: [string, number][] = [['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5]];

describe('test_encode_basestring_ascii', () => {
  it('dumps() escapes strings to ASCII as encode_basestring_ascii does (test_encode_basestring_ascii)', () => {
    for (const [input, expected] of CASES) assert.equal(dumps(input), expected, JSON.stringify(input));
  });

  it('dumps() keeps insertion order of a Map and of a plain object (test_ordered_dict)', () => {
    const expected = '{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}';
    assert.equal(dumps(new Map(ITEMS)), expected);
    assert.equal(dumps(Object.fromEntries(ITEMS)), expected);
  });

  it('dumps() sorts keys with sortKeys (test_sorted_dict)', () => {
    assert.equal(
      dumps(Object.fromEntries(ITEMS), { sortKeys: true }),
      '{"five": 5, "four": 4, "one": 1, "three": 3, "two": 2}',
    );
  });
});
