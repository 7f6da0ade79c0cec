/**
 * Port of CPython 3.14 Lib/test/test_json/test_dump.py.
 *
 * Left out:
 * - test_encode_evil_dict: a dict subclass whose keys() and key __hash__ mutate shared state
 *   during sort_keys; JS Maps have no hashing or keys() override to exploit.
 * - test_default_clears_dict_key_uaf, test_dumps_str_subclass, the frozendict parts of
 *   test_dumps_dict: in CPython's main branch only (use-after-free regression, str subclasses
 *   and frozendict have no JS counterpart either).
 * - test_large_list (C-only bigmem test, 30M items): ported scaled down to 1M items.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dump, dumps, float, loads } from '../../src/index.js';
import { StringIO, thrown } from './support.js';

/** Stands for Python's `bytes`: a key type that dict keys cannot have in JSON. */
class bytes {
  constructor(readonly text: string) {}
}

describe('test_dump', () => {
  it('dump() writes {} to the stream (test_dump)', () => {
    const sio = new StringIO();
    dump({}, sio);
    assert.equal(sio.getvalue(), '{}');
  });

  it('dumps() encodes an empty dict (test_dumps)', () => {
    assert.equal(dumps({}), '{}');
  });

  it('dumps() encodes dicts, also nested and in lists (test_dumps_dict, dict parts)', () => {
    assert.equal(dumps({ x: 1, y: 2 }), '{"x": 1, "y": 2}');
    assert.equal(dumps([{ x: 1 }, { y: 2 }]), '[{"x": 1}, {"y": 2}]');
    assert.equal(dumps({ x: { a: 1 }, y: { b: 2 } }), '{"x": {"a": 1}, "y": {"b": 2}}');
  });

  it('dumps() rejects a bad key unless skipkeys (test_dump_skipkeys)', () => {
    const v = new Map<unknown, boolean>([[new bytes('invalid_key'), false], ['valid_key', true]]);
    const e = thrown(() => dumps(v));
    assert.ok(e instanceof TypeError, String(e));
    assert.equal(e.message, 'keys must be str, int, float, bool or None, not bytes');
    assert.equal((e as { notes?: string[] }).notes, undefined);
    const s = dumps(v, { skipkeys: true });
    assert.equal(s, '{"valid_key": true}');
    const o = loads(s);
    assert.ok('valid_key' in o);
    assert.equal(Object.keys(o).length, 1);
  });

  it('dumps() with skipkeys and indent writes {} when every key is skipped (test_dump_skipkeys_indent_empty)', () => {
    const v = new Map([[new bytes('invalid_key'), false]]);
    assert.equal(dumps(v, { skipkeys: true, indent: 4 }), '{}');
  });

  it('dumps() with skipkeys and indent writes the kept keys (test_skipkeys_indent)', () => {
    const v = new Map<unknown, boolean>([[new bytes('invalid_key'), false], ['valid_key', true]]);
    assert.equal(dumps(v, { skipkeys: true, indent: 4 }), '{\n    "valid_key": true\n}');
  });

  it('dumps() sorts bool and number keys as Python does (test_encode_truefalse)', () => {
    assert.equal(
      dumps(new Map([[true, false], [false, true]]), { sortKeys: true }),
      '{"false": true, "true": false}',
    );
    // {2: 3.0, 4.0: 5, False: 1, 6: True}
    const d = new Map<unknown, unknown>([[2, float(3)], [float(4), 5], [false, 1], [6, true]]);
    assert.equal(dumps(d, { sortKeys: true }), '{"false": 1, "2": 3.0, "4.0": 5, "6": true}');
  });

  it('dumps() copes with a list shrunk by default during encoding (test_encode_mutated)', () => {
    class Opaque {} // Python's object(): not serializable, so default is called for it
    const item = new Opaque();
    const a: unknown[] = new Array(10).fill(item);
    const crasher = () => {
      a.pop();
      return null;
    };
    assert.equal(dumps(a, { default: crasher }), '[null, null, null, null, null]');
  });

  it('dumps() encodes a long list (test_large_list, scaled down)', () => {
    const n = 1 << 20;
    const encoded = dumps(new Array(n).fill(1));
    assert.equal(encoded.length, n * 3);
    assert.equal(encoded.slice(0, 1), '[');
    assert.equal(encoded.slice(-2), '1]');
    assert.equal(encoded.slice(1, -2), '1, '.repeat(n - 1));
  });
});
