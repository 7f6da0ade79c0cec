/**
 * Port of CPython 3.14 Lib/test/test_json/test_pass1.py.
 *
 * Besides CPython's loads(dumps(x)) == x check, the text written back is compared with
 * CPython's `json.dumps(json.loads(JSON))`, reading with `lossless: true` (which keeps `1e1` a
 * float so that it is written `10.0`, as Python does).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads } from '../../src/index.js';

/** JSON_checker pass1.json (https://json.org/JSON_checker/test/pass1.json), as CPython's test holds it. */
const JSON_TEXT =
  "\n" +
  "[\n" +
  "    \"JSON Test Pattern pass1\",\n" +
  "    {\"object with 1 member\":[\"array with 1 element\"]},\n" +
  "    {},\n" +
  "    [],\n" +
  "    -42,\n" +
  "    true,\n" +
  "    false,\n" +
  "    null,\n" +
  "    {\n" +
  "        \"integer\": 1234567890,\n" +
  "        \"real\": -9876.543210,\n" +
  "        \"e\": 0.123456789e-12,\n" +
  "        \"E\": 1.234567890E+34,\n" +
  "        \"\":  23456789012E66,\n" +
  "        \"zero\": 0,\n" +
  "        \"one\": 1,\n" +
  "        \"space\": \" \",\n" +
  "        \"quote\": \"\\\"\",\n" +
  "        \"backslash\": \"\\\\\",\n" +
  "        \"controls\": \"\\b\\f\\n\\r\\t\",\n" +
  "        \"slash\": \"/ & \\/\",\n" +
  "        \"alpha\": \"abcdefghijklmnopqrstuvwyz\",\n" +
  "        \"ALPHA\": \"ABCDEFGHIJKLMNOPQRSTUVWYZ\",\n" +
  "        \"digit\": \"0123456789\",\n" +
  "        \"0123456789\": \"digit\",\n" +
  "        \"special\": \"`1~!@#$%^&*()_+-={':[,]}|;.</>?\",\n" +
  "        \"hex\": \"\\u0123\\u4567\\u89AB\\uCDEF\\uabcd\\uef4A\",\n" +
  "        \"true\": true,\n" +
  "        \"false\": false,\n" +
  "        \"null\": null,\n" +
  "        \"array\":[  ],\n" +
  "        \"object\":{  },\n" +
  "        \"address\": \"50 St. James Street\",\n" +
  "        \"url\": \"http://www.JSON.org/\",\n" +
  "        \"comment\": \"// /* <!-- --\",\n" +
  "        \"# -- --> */\": \" \",\n" +
  "        \" s p a c e d \" :[1,2 , 3\n" +
  "\n" +
  ",\n" +
  "\n" +
  "4 , 5        ,          6           ,7        ],\"compact\":[1,2,3,4,5,6,7],\n" +
  "        \"jsontext\": \"{\\\"object with 1 member\\\":[\\\"array with 1 element\\\"]}\",\n" +
  "        \"quotes\": \"&#34; \\u0022 %22 0x22 034 &#x22;\",\n" +
  "        \"\\/\\\\\\\"\\uCAFE\\uBABE\\uAB98\\uFCDE\\ubcda\\uef4A\\b\\f\\n\\r\\t`1~!@#$%^&*()_+-=[]{}|;:',./<>?\"\n" +
  ": \"A key can be any string\"\n" +
  "    },\n" +
  "    0.5 ,98.6\n" +
  ",\n" +
  "99.44\n" +
  ",\n" +
  "\n" +
  "1066,\n" +
  "1e1,\n" +
  "0.1e1,\n" +
  "1e-1,\n" +
  "1e00,2e+00,2e-00\n" +
  ",\"rosebud\"]\n" +
  "";

/** CPython 3.14.2: json.dumps(json.loads(JSON_TEXT)). */
const CPYTHON_DUMPS =
  "[\"JSON Test Pattern pass1\", {\"object with 1 member\": [\"array with 1 element\"]}, {}, [], -42, true, false, null, {\"integer\": 1234567890, \"real\": -9876.54321, \"e\": 1.23456789e-13, \"E\": 1.23456789e+34, \"\": 2.3456789012e+76, \"zero\": 0, \"one\": 1, \"space\": \" \", \"quote\": \"\\\"\", \"backslash\": \"\\\\\", \"controls\": \"\\b\\f\\n\\r\\t\", \"slash\": \"/ & /\", \"alpha\": \"abcdefghijklmnopqrstuvwyz\", \"ALPHA\": \"ABCDEFGHIJKLMNOPQRSTUVWYZ\", \"digit\": \"0123456789\", \"0123456789\": \"digit\", \"special\": \"`1~!@#$%^&*()_+-={':[,]}|;.</>?\", \"hex\": \"\\u0123\\u4567\\u89ab\\ucdef\\uabcd\\uef4a\", \"true\": true, \"false\": false, \"null\": null, \"array\": [], \"object\": {}, \"address\": \"50 St. James Street\", \"url\": \"http://www.JSON.org/\", \"comment\": \"// /* <!-- --\", \"# -- --> */\": \" \", \" s p a c e d \": [1, 2, 3, 4, 5, 6, 7], \"compact\": [1, 2, 3, 4, 5, 6, 7], \"jsontext\": \"{\\\"object with 1 member\\\":[\\\"array with 1 element\\\"]}\", \"quotes\": \"&#34; \\\" %22 0x22 034 &#x22;\", \"/\\\\\\\"\\ucafe\\ubabe\\uab98\\ufcde\\ubcda\\uef4a\\b\\f\\n\\r\\t`1~!@#$%^&*()_+-=[]{}|;:',./<>?\": \"A key can be any string\"}, 0.5, 98.6, 99.44, 1066, 10.0, 1.0, 0.1, 1.0, 2.0, 2.0, \"rosebud\"]";

describe('test_pass1', () => {
  it('loads() parses pass1.json and dumps() writes it back to the same value (test_parse)', () => {
    const res = loads(JSON_TEXT);
    const out = dumps(res);
    assert.deepEqual(loads(out), res);
  });

  it('dumps() writes pass1.json read losslessly exactly as CPython writes it', () => {
    assert.equal(dumps(loads(JSON_TEXT, { lossless: true })), CPYTHON_DUMPS);
  });

  it('loads() decodes the numbers, escapes and keys of pass1.json', () => {
    const res = loads(JSON_TEXT);
    assert.equal(res.length, 20);
    const obj = res[8];
    assert.equal(obj.integer, 1234567890);
    assert.equal(obj.real, -9876.54321);
    assert.equal(obj.e, 1.23456789e-13);
    assert.equal(obj.E, 1.23456789e34);
    assert.equal(obj[''], 2.3456789012e76);
    assert.equal(obj.controls, '\b\f\n\r\t');
    assert.equal(obj.slash, '/ & /');
    assert.equal(obj.hex, '\u0123\u4567\u89ab\ucdef\uabcd\uef4a');
    assert.equal(obj.quotes, '&#34; " %22 0x22 034 &#x22;');
    assert.equal(obj['/\\"\ucafe\ubabe\uab98\ufcde\ubcda\uef4a\b\f\n\r\t`1~!@#$%^&*()_+-=[]{}|;:\',./<>?'], 'A key can be any string');
    assert.deepEqual(obj[' s p a c e d '], [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(res.slice(9), [0.5, 98.6, 99.44, 1066, 10, 1, 0.1, 1, 2, 2, 'rosebud']);
  });
});
