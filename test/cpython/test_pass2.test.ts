/**
 * Port of CPython 3.14 Lib/test/test_json/test_pass2.py.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads } from '../../src/index.js';

/** JSON_checker pass2.json, with the newlines of CPython's triple-quoted string around it. */
const JSON_TEXT = '\n[[[[[[[[[[[[[[[[[[["Not too deep"]]]]]]]]]]]]]]]]]]]\n';

describe('test_pass2', () => {
  it('loads() parses a 19-deep array and dumps() writes it back (test_parse)', () => {
    const res = loads(JSON_TEXT);
    const out = dumps(res);
    assert.deepEqual(loads(out), res);
    // CPython 3.14.2: json.dumps(json.loads(JSON))
    assert.equal(out, '[[[[[[[[[[[[[[[[[[["Not too deep"]]]]]]]]]]]]]]]]]]]');
  });
});
