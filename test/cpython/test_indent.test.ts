/**
 * Port of CPython 3.14 Lib/test/test_json/test_indent.py.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dump, dumps, loads } from '../../src/index.js';
import { StringIO } from './support.js';

const H = [
  ['blorpie'], ['whoops'], [], 'd-shtaeou', 'd-nthiouh', 'i-vhbjkhnth',
  { nifty: 87 }, { field: 'yes', morefield: false },
];

const EXPECT_TAB =
  '[\n\t[\n\t\t"blorpie"\n\t],\n\t[\n\t\t"whoops"\n\t],\n\t[],\n\t"d-shtaeou",\n\t"d-nthiouh",\n' +
  '\t"i-vhbjkhnth",\n\t{\n\t\t"nifty": 87\n\t},\n\t{\n\t\t"field": "yes",\n\t\t"morefield": false\n\t}\n]';

describe('test_indent', () => {
  it('dumps() indents with a number of spaces or a string, and with explicit default separators (test_indent)', () => {
    const d1 = dumps(H);
    const d2 = dumps(H, { indent: 2, sortKeys: true, separators: [',', ': '] });
    const d3 = dumps(H, { indent: '\t', sortKeys: true, separators: [',', ': '] });
    const d4 = dumps(H, { indent: 2, sortKeys: true });
    const d5 = dumps(H, { indent: '\t', sortKeys: true });

    assert.equal(
      d1,
      '[["blorpie"], ["whoops"], [], "d-shtaeou", "d-nthiouh", "i-vhbjkhnth", {"nifty": 87}, {"field": "yes", "morefield": false}]',
    );
    assert.deepEqual(loads(d1), H);
    assert.deepEqual(loads(d2), H);
    assert.deepEqual(loads(d3), H);
    assert.equal(d2, EXPECT_TAB.replace(/\t/g, '  ')); // expect.expandtabs(2)
    assert.equal(d3, EXPECT_TAB);
    assert.equal(d4, d2);
    assert.equal(d5, d3);
  });

  it('dumps() and dump() write newlines for indent 0 and one line for indent null (test_indent0)', () => {
    const h = new Map([[3, 1]]); // {3: 1}
    const check = (indent: number | null, expected: string) => {
      assert.equal(dumps(h, { indent }), expected);
      const sio = new StringIO();
      dump(h, sio, { indent });
      assert.equal(sio.getvalue(), expected);
    };
    check(0, '{\n"3": 1\n}');
    check(null, '{"3": 1}');
  });
});
