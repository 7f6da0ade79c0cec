/**
 * The profiles' texts for chosen values, pinned from the frameworks (Debian's packages on
 * /usr/bin/python3: requests 2.28, httpx 0.23 for what it shares with 0.28, nbformat 5.5; the
 * values below were printed by those runs unless a comment says otherwise). These run without
 * Python; the differential suites compare with the frameworks live.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { float } from '../../src/index.js';
import { defaultStr, django, fastapi, flask, httpx, InvalidJSONError, nbformat, requests, splitLines, UnicodeEncodeError } from '../../src/profiles/index.js';
import { date, datetime, Decimal, time, timedelta, timezone, UUID } from '../../src/python/index.js';

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
  it('names a Date used as a dict key datetime.datetime, as json names a datetime key', () => {
    // CPython 3.14 (pyodide): json.dumps({datetime(1970, 1, 1, tzinfo=utc): 1}) and, with
    // sort_keys=True, json.dumps({datetime(...): 1, 'a': 2})
    assert.throws(() => requests.dumps(new Map([[new Date(0), 1]])), {
      name: 'TypeError',
      message: 'keys must be str, int, float, bool or None, not datetime.datetime',
    });
    assert.throws(() => flask.dumps(new Map<unknown, number>([[new Date(0), 1], ['a', 2]])), {
      name: 'TypeError',
      message: "'<' not supported between instances of 'str' and 'datetime.datetime'",
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

// The values below: Django 3.2, Flask 2.2, FastAPI 0.92 and json.dumps(v, default=str) on Debian's
// Python 3.11, printed for the same values built in Python (the non-finite Decimals in FastAPI
// are current FastAPI's rule, pinned from fastapi/encoders.py: 0.92 raised TypeError there).
describe('profiles of Python values', () => {
  const utc = timezone.utc;
  const tz = (hours: number, minutes = 0) => new timezone(new timedelta({ hours, minutes }));
  const issue = () => ({ when: new datetime(2024, 1, 2, 3, 4, 5, 123456, utc), price: new Decimal('12.50') });
  const times = () => [
    new datetime(2024, 1, 2, 3, 4, 5),
    new datetime(2024, 1, 2, 3, 4, 5, 500),
    new datetime(2024, 1, 2, 3, 4, 5, 0, tz(5, 30)),
    new datetime(2024, 1, 2, 3, 4, 5, 999999, tz(-8)),
  ];
  const deltas = () => [
    new timedelta({ days: 1, hours: 2, minutes: 3, seconds: 4, microseconds: 5 }),
    new timedelta({ microseconds: -1 }),
    new timedelta(0),
    new timedelta({ days: -1, seconds: 1 }),
  ];
  const decimals = () => ['1E+3', '-0', '0.0000001', 'NaN', '1.0'].map((s) => new Decimal(s));

  it("the issue's value in every profile", () => {
    assert.equal(django.dumps(issue()), '{"when": "2024-01-02T03:04:05.123Z", "price": "12.50"}');
    assert.equal(flask.dumps(issue()), '{"price": "12.50", "when": "Tue, 02 Jan 2024 03:04:05 GMT"}');
    assert.equal(text(flask.body(issue())), '{"price":"12.50","when":"Tue, 02 Jan 2024 03:04:05 GMT"}\n');
    assert.equal(text(fastapi.body(issue())), '{"when":"2024-01-02T03:04:05.123456+00:00","price":12.5}');
    assert.equal(defaultStr.dumps(issue()), '{"when": "2024-01-02 03:04:05.123456+00:00", "price": "12.50"}');
  });
  it('datetimes', () => {
    assert.equal(django.dumps(times()), '["2024-01-02T03:04:05", "2024-01-02T03:04:05.000", "2024-01-02T03:04:05+05:30", "2024-01-02T03:04:05.999-08:00"]');
    assert.equal(flask.dumps(times()), '["Tue, 02 Jan 2024 03:04:05 GMT", "Tue, 02 Jan 2024 03:04:05 GMT", "Mon, 01 Jan 2024 21:34:05 GMT", "Tue, 02 Jan 2024 11:04:05 GMT"]');
    assert.equal(fastapi.dumps(times()), '["2024-01-02T03:04:05","2024-01-02T03:04:05.000500","2024-01-02T03:04:05+05:30","2024-01-02T03:04:05.999999-08:00"]');
    assert.equal(defaultStr.dumps(times()), '["2024-01-02 03:04:05", "2024-01-02 03:04:05.000500", "2024-01-02 03:04:05+05:30", "2024-01-02 03:04:05.999999-08:00"]');
  });
  it('dates and times', () => {
    const v = () => [new date(2024, 2, 29), new time(3, 4, 5, 123456), new time(3, 4, 5)];
    assert.equal(django.dumps(v()), '["2024-02-29", "03:04:05.123", "03:04:05"]');
    assert.throws(() => flask.dumps(v()), { name: 'TypeError', message: 'Object of type time is not JSON serializable' });
    assert.equal(fastapi.dumps(v()), '["2024-02-29","03:04:05.123456","03:04:05"]');
    assert.equal(defaultStr.dumps(v()), '["2024-02-29", "03:04:05.123456", "03:04:05"]');
    assert.throws(() => django.dumps([new time(1, 2, 0, 0, utc)]), { name: 'ValueError', message: "JSON can't represent timezone-aware times." });
    assert.equal(fastapi.dumps([new time(1, 2, 0, 0, utc)]), '["01:02:00+00:00"]');
  });
  it('timedeltas', () => {
    assert.equal(django.dumps(deltas()), '["P1DT02H03M04.000005S", "-P0DT00H00M00.000001S", "P0DT00H00M00S", "-P0DT23H59M59S"]');
    assert.throws(() => flask.dumps(deltas()), { name: 'TypeError', message: 'Object of type timedelta is not JSON serializable' });
    assert.equal(fastapi.dumps(deltas()), '[93784.000005,-1e-06,0.0,-86399.0]');
    assert.equal(defaultStr.dumps(deltas()), '["1 day, 2:03:04.000005", "-1 day, 23:59:59.999999", "0:00:00", "-1 day, 0:00:01"]');
  });
  it('Decimals', () => {
    for (const p of [django, flask]) assert.equal(p.dumps(decimals()).replaceAll(' ', ''), '["1E+3","-0","1E-7","NaN","1.0"]');
    assert.equal(defaultStr.dumps(decimals()), '["1E+3", "-0", "1E-7", "NaN", "1.0"]');
    assert.equal(fastapi.dumps(decimals().filter((d) => d.isFinite())), '[1000,0,1e-07,1.0]');
    // current FastAPI: float(Decimal('NaN')) is nan, which JSONResponse refuses
    assert.throws(() => fastapi.dumps([new Decimal('NaN')]), { name: 'ValueError', message: 'Out of range float values are not JSON compliant: nan' });
    assert.throws(() => fastapi.dumps([new Decimal('sNaN')]), { name: 'ValueError', message: 'cannot convert signaling NaN to float' });
  });
  it('UUIDs, bytes, sets and _sa keys', () => {
    const u = [new UUID('12345678-1234-5678-1234-567812345678')];
    for (const p of [django, flask, fastapi, defaultStr]) assert.equal(p.dumps(u), '["12345678-1234-5678-1234-567812345678"]');
    const v = () => ({ _sa_state: 1, b: new TextEncoder().encode('bytes'), s: new Set([1, 2, 3]) });
    assert.equal(fastapi.dumps(v()), '{"b":"bytes","s":[1,2,3]}');
    assert.equal(defaultStr.dumps(v()), `{"_sa_state": 1, "b": "b'bytes'", "s": "{1, 2, 3}"}`);
    assert.throws(() => django.dumps(v()), { name: 'TypeError', message: 'Object of type bytes is not JSON serializable' });
  });
  it('Flask: converting to UTC can leave the range of years', () => {
    assert.throws(() => flask.dumps([new datetime(1, 1, 1, 0, 0, 0, 0, tz(1))]), { name: 'OverflowError', message: 'date value out of range' });
  });
  it('a JS Date is an aware UTC datetime with milliseconds', () => {
    const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 120));
    assert.equal(django.dumps(d), '"2024-01-02T03:04:05.120Z"');
    assert.equal(django.dumps(new Date(Date.UTC(2024, 0, 2))), '"2024-01-02T00:00:00Z"');
    assert.equal(flask.dumps(d), '"Tue, 02 Jan 2024 03:04:05 GMT"');
    assert.equal(fastapi.dumps(d), '"2024-01-02T03:04:05.120000+00:00"');
    assert.equal(defaultStr.dumps(d), '"2024-01-02 03:04:05.120000+00:00"');
    assert.throws(() => requests.dumps(d), { name: 'TypeError', message: 'Object of type datetime is not JSON serializable' });
  });
});

describe('objects of other classes', () => {
  // Flask 2.2 and FastAPI 0.92 on Debian's Python 3.11, for an instance of
  // class M: def __init__(self): self.a = 1; self._sa_x = 2; def __html__(self): return '<b>é</b>'
  class M {
    a = 1;
    _sa_x = 2;
    __html__() {
      return '<b>é</b>';
    }
  }
  it("Flask writes the text of __html__()", () => {
    assert.equal(flask.dumps([new M()]), '["<b>\\u00e9</b>"]');
  });
  it("FastAPI writes vars(obj), without _sa attributes", () => {
    assert.equal(fastapi.dumps([new M()]), '[{"a":1}]');
  });
  it('the others refuse them', () => {
    assert.throws(() => django.dumps([new M()]), { name: 'TypeError', message: 'Object of type M is not JSON serializable' });
  });
});
