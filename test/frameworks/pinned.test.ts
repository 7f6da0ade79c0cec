/**
 * The profiles' texts for chosen values, pinned from the frameworks (Debian's packages on
 * /usr/bin/python3: requests 2.28, httpx 0.23 for what it shares with 0.28, nbformat 5.5; the
 * values below were printed by those runs unless a comment says otherwise). These run without
 * Python; the differential suites compare with the frameworks live.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { float } from '../../src/index.js';
import { httpx, InvalidJSONError, nbformat, requests, splitLines, UnicodeEncodeError } from '../../src/profiles/index.js';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('requests profile', () => {
  it('sends json.dumps defaults in UTF-8', () => {
    assert.equal(text(requests.body({ name: 'Zoë', n: [1, 2.5] })), '{"name": "Zo\\u00eb", "n": [1, 2.5]}');
    assert.equal(text(requests.body({ a: 1e16, b: -0 })), '{"a": 1e+16, "b": -0.0}');
  });
  it('sends no body for json=None', () => {
    assert.deepEqual(requests.body(null), new Uint8Array());
    assert.equal(requests.dumps(null), '');
  });
  it("raises InvalidJSONError with json's text for NaN (3.14 appends the value)", () => {
    // requests 2.28 on 3.11: InvalidJSONError: Out of range float values are not JSON compliant
    assert.throws(() => requests.body({ x: [NaN] }), (e: Error) => {
      assert.ok(e instanceof InvalidJSONError);
      assert.equal(e.name, 'InvalidJSONError');
      assert.equal(e.message, 'Out of range float values are not JSON compliant: nan');
      return true;
    });
  });
  it('raises TypeError for a Date (a datetime to Python)', () => {
    assert.throws(() => requests.body([new Date(0)]), { name: 'TypeError', message: 'Object of type datetime is not JSON serializable' });
  });
});

describe('httpx profile (0.28+)', () => {
  it('sends compact text without ASCII escaping', () => {
    // httpx/_content.py encode_json: json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert.equal(httpx.dumps({ name: 'Zoë', n: [1, 2.5, float(3)], s: '😀' }), '{"name":"Zoë","n":[1,2.5,3.0],"s":"😀"}');
    assert.deepEqual([...httpx.body('é')], [0x22, 0xc3, 0xa9, 0x22]);
  });
  it("raises json's ValueError for NaN", () => {
    assert.throws(() => httpx.dumps([Infinity]), { name: 'ValueError', message: 'Out of range float values are not JSON compliant: inf' });
  });
  it('raises UnicodeEncodeError for a lone surrogate in the body', () => {
    assert.equal(httpx.dumps(['a\ud800']), '["a\ud800"]');
    assert.throws(() => httpx.body(['a\ud800']), (e: Error) => {
      assert.ok(e instanceof UnicodeEncodeError);
      assert.equal(e.message, "'utf-8' codec can't encode character '\\ud800' in position 3: surrogates not allowed");
      return true;
    });
    assert.throws(() => httpx.body('\ud83d\ude00\udc00\udc01'), {
      message: "'utf-8' codec can't encode characters in position 2-3: surrogates not allowed",
    });
  });
});

describe('nbformat profile', () => {
  const nb = () => ({
    nbformat: 4,
    nbformat_minor: 4,
    metadata: { signature: 's' },
    cells: [
      {
        cell_type: 'code',
        metadata: { trusted: true },
        execution_count: 1,
        source: "x = 1\r\nprint('é')\n",
        outputs: [
          { output_type: 'stream', name: 'stdout', text: 'é\n2\n' },
          {
            output_type: 'execute_result',
            execution_count: 1,
            metadata: {},
            data: { 'text/plain': '1\n2', 'application/json': { b: 1, a: 'x\ny' }, 'image/png': 'iVBOR\nw0' },
          },
        ],
      },
    ],
  });
  const WRITES =
    '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "é\\n",\n      "2\\n"\n     ]\n    },\n    {\n     "data": {\n      "application/json": {\n       "a": "x\\ny",\n       "b": 1\n      },\n      "image/png": "iVBOR\\nw0",\n      "text/plain": [\n       "1\\n",\n       "2"\n      ]\n     },\n     "execution_count": 1,\n     "metadata": {},\n     "output_type": "execute_result"\n    }\n   ],\n   "source": [\n    "x = 1\\r\\n",\n    "print(\'é\')\\n"\n   ]\n  }\n ],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 4\n}';
  it('writes indent=1, sorted keys, split lines, no transient metadata', () => {
    const input = nb();
    assert.equal(nbformat.dumps(input), WRITES);
    assert.deepEqual(input, nb(), 'the notebook given is left as it was');
  });
  it('write(nb, fp) adds a final newline, in UTF-8', () => {
    assert.equal(text(nbformat.body(nb())), WRITES + '\n');
  });
  it("splits lines as Python's str.splitlines(True)", () => {
    assert.deepEqual(splitLines('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'), [
      'a\n', 'b\r\n', 'c\r', 'd\x0b', 'e\x0c', 'f\x1c', 'g\x1d', 'h\x1e', 'i\x85', 'j\u2028', 'k\u2029', 'l',
    ]);
    assert.deepEqual(splitLines(''), []);
    assert.deepEqual(splitLines('\n\n'), ['\n', '\n']);
  });
  it('gives cells of a 4.5 notebook without ids random 8-digit ids, as validate() does', () => {
    const out = JSON.parse(nbformat.dumps({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [
      { cell_type: 'raw', metadata: {}, source: '' },
      { cell_type: 'raw', metadata: {}, source: '', id: 'same' },
      { cell_type: 'raw', metadata: {}, source: '', id: 'same' },
    ] }));
    assert.match(out.cells[0].id, /^[0-9a-f]{8}$/);
    assert.equal(out.cells[1].id, 'same');
    assert.match(out.cells[2].id, /^[0-9a-f]{8}$/);
  });
  it("raises nbformat's errors for malformed notebooks", () => {
    // nbformat 5.5: AttributeError: cells / KeyError: 'cells' (4.5, from validate) / AttributeError: 'list' object has no attribute 'get'
    assert.throws(() => nbformat.dumps({ nbformat: 4, nbformat_minor: 4, metadata: {} }), { name: 'AttributeError', message: 'cells' });
    assert.throws(() => nbformat.dumps({ nbformat: 4, nbformat_minor: 5, metadata: {} }), { name: 'KeyError', message: "'cells'" });
    assert.throws(() => nbformat.dumps([]), { name: 'AttributeError', message: "'list' object has no attribute 'get'" });
    // validate() asserts int versions and repairs ids from (4, 5) on, so version 5 fails on the cells first
    assert.throws(() => nbformat.dumps({ nbformat: 5 }), { name: 'KeyError', message: "'cells'" });
    assert.throws(() => nbformat.dumps({ nbformat: '4' }), { name: 'AssertionError', message: '' });
  });
});
