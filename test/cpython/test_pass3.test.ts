/**
 * Port of CPython 3.14 Lib/test/test_json/test_pass3.py.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads } from '../../src/index.js';

/** JSON_checker pass3.json, with the newlines of CPython's triple-quoted string around it. */
const JSON_TEXT =
  '\n{\n    "JSON Test Pattern pass3": {\n        "The outermost value": "must be an object or array.",\n' +
  '        "In this test": "It is an object."\n    }\n}\n';

describe('test_pass3', () => {
  it('loads() parses a nested object and dumps() writes it back (test_parse)', () => {
    const res = loads(JSON_TEXT);
    const out = dumps(res);
    assert.deepEqual(loads(out), res);
    // CPython 3.14.2: json.dumps(json.loads(JSON))
    assert.equal(
      out,
      '{"JSON Test Pattern pass3": {"The outermost value": "must be an object or array.", "In this test": "It is an object."}}',
    );
  });
});
