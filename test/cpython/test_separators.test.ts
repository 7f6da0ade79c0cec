/**
 * Port of CPython 3.14 Lib/test/test_json/test_separators.py.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads } from '../../src/index.js';
import { thrown } from './support.js';

const H = [
  ['blorpie'], ['whoops'], [], 'd-shtaeou', 'd-nthiouh', 'i-vhbjkhnth',
  { nifty: 87 }, { field: 'yes', morefield: false },
];

/** Python's bytes separators (b', ') stand as instances of a class named bytes. */
class bytes {
  constructor(readonly text: string) {}
}

describe('test_separators', () => {
  it('dumps() uses custom separators with indent (test_separators)', () => {
    const expect =
      '[\n  [\n    "blorpie"\n  ] ,\n  [\n    "whoops"\n  ] ,\n  [] ,\n  "d-shtaeou" ,\n  "d-nthiouh" ,\n' +
      '  "i-vhbjkhnth" ,\n  {\n    "nifty" : 87\n  } ,\n  {\n    "field" : "yes" ,\n    "morefield" : false\n  }\n]';
    const d1 = dumps(H);
    const d2 = dumps(H, { indent: 2, sortKeys: true, separators: [' ,', ' : '] });
    assert.deepEqual(loads(d1), H);
    assert.deepEqual(loads(d2), H);
    assert.equal(d2, expect);
  });

  it('dumps() rejects separators that are not strings (test_illegal_separators)', () => {
    // {1: 2, 3: 4}; messages are those of CPython's C encoder (argument 6 = item separator,
    // argument 5 = key separator; the key separator is checked first).
    const h = new Map([[1, 2], [3, 4]]);
    const cases: [unknown[], string][] = [
      [[new bytes(', '), ': '], 'make_encoder() argument 6 must be str, not bytes'],
      [[', ', new bytes(': ')], 'make_encoder() argument 5 must be str, not bytes'],
      [[new bytes(', '), new bytes(': ')], 'make_encoder() argument 5 must be str, not bytes'],
    ];
    for (const [separators, message] of cases) {
      const e = thrown(() => dumps(h, { separators: separators as string[] }));
      assert.ok(e instanceof TypeError, String(e));
      assert.equal(e.message, message);
    }
  });
});
