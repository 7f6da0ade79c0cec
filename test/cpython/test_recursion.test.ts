/**
 * Port of CPython 3.14 Lib/test/test_json/test_recursion.py.
 *
 * Deliberate difference: CPython raises RecursionError for very deep documents and values;
 * pyjson loads and dumps them (its scanner and serializer keep their own stacks), so
 * test_highly_nested_objects_decoding/encoding assert that 100,000-deep nesting works. Only an
 * endless structure (a cycle with checkCircular false, or a default that never stops) raises
 * pyjson's RecursionError, with CPython's C-encoder message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, JSONEncoder, loads, RecursionError, ValueError } from '../../src/index.js';
import { assertEncodeError, thrown } from './support.js';

/**
 * Stands for CPython's class JSONTestObject, which the tests pass as a value: its Python type is
 * `type`, hence "when serializing type object". A JS object's type name is its class name.
 */
class type {}
const JSONTestObject = new type();

const DEEP = 100_000;

describe('test_recursion', () => {
  it('dumps() detects a list containing itself and clears its markers (test_listrecursion)', () => {
    const x: unknown[] = [];
    x.push(x);
    assertEncodeError(() => dumps(x), ValueError, 'Circular reference detected', ['when serializing list item 0']);
    const a: unknown[] = [];
    const b = [a];
    a.push(b);
    assertEncodeError(() => dumps(a), ValueError, 'Circular reference detected', [
      'when serializing list item 0',
      'when serializing list item 0',
    ]);
    const y: unknown[] = [];
    assert.equal(dumps([y, y]), '[[], []]'); // the marker is cleared
  });

  it('dumps() detects a dict containing itself and clears its markers (test_dictrecursion)', () => {
    const x: Record<string, unknown> = {};
    x.test = x;
    assertEncodeError(() => dumps(x), ValueError, 'Circular reference detected', ["when serializing dict item 'test'"]);
    const e = {};
    assert.equal(dumps({ a: e, b: e }), '{"a": {}, "b": {}}'); // the marker is cleared
  });

  it('JSONEncoder.encode() detects a default that returns a list holding the same object (test_defaultrecursion)', () => {
    class RecursiveJSONEncoder extends JSONEncoder {
      recurse = false;
      override default(o: unknown): unknown {
        if (o === JSONTestObject) return this.recurse ? [JSONTestObject] : 'JSONTestObject';
        return super.default(o);
      }
    }
    const enc = new RecursiveJSONEncoder();
    assert.equal(enc.encode(JSONTestObject), '"JSONTestObject"');
    enc.recurse = true;
    assertEncodeError(() => enc.encode(JSONTestObject), ValueError, 'Circular reference detected', [
      'when serializing list item 0',
      'when serializing type object',
    ]);
  });

  it(`loads() parses ${DEEP}-deep objects and arrays (test_highly_nested_objects_decoding)`, () => {
    // CPython: RecursionError (with 200,000 levels). pyjson: loads by design.
    const depthOf = (v: unknown, key: string | null): [number, unknown] => {
      let depth = 0;
      let cur = v;
      for (;;) {
        if (key !== null && cur !== null && typeof cur === 'object' && !Array.isArray(cur) && key in cur) {
          cur = (cur as Record<string, unknown>)[key];
        } else if (key === null && Array.isArray(cur) && cur.length === 1 && Array.isArray(cur[0])) {
          cur = cur[0];
        } else {
          return [depth, cur];
        }
        depth++;
      }
    };
    const objs = loads('{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP));
    assert.deepEqual(depthOf(objs, 'a'), [DEEP, 1]);
    const objsWithList = loads('{"a":'.repeat(DEEP) + '[1]' + '}'.repeat(DEEP));
    assert.deepEqual(depthOf(objsWithList, 'a'), [DEEP, [1]]);
    const lists = loads('['.repeat(DEEP) + '1' + ']'.repeat(DEEP));
    assert.deepEqual(depthOf(lists, null), [DEEP - 1, [1]]);
  });

  it(`dumps() writes ${DEEP}-deep lists and dicts (test_highly_nested_objects_encoding)`, () => {
    // CPython: RecursionError. pyjson: writes them by design, with and without checkCircular.
    let l: unknown[] = [];
    let d: Record<string, unknown> = {};
    for (let i = 0; i < DEEP; i++) {
      l = [l];
      d = { k: d };
    }
    const listText = '['.repeat(DEEP + 1) + ']'.repeat(DEEP + 1);
    const dictText = '{"k": '.repeat(DEEP) + '{}' + '}'.repeat(DEEP);
    assert.equal(dumps(l, { checkCircular: false }), listText);
    assert.equal(dumps(d, { checkCircular: false }), dictText);
    assert.equal(dumps(l), listText);
    assert.equal(dumps(d), dictText);
  });

  it('JSONEncoder.encode() raises RecursionError for an endless default without checkCircular (test_endless_recursion)', () => {
    class EndlessJSONEncoder extends JSONEncoder {
      override default(o: unknown): unknown {
        return [o]; // with checkCircular false this keeps adding another list
      }
    }
    class complex {} // Python's 5j: not serializable, so it goes to default
    const e = thrown(() => new EndlessJSONEncoder({ checkCircular: false }).encode(new complex()));
    assert.ok(e instanceof RecursionError, String(e));
    assert.ok(e instanceof RangeError);
    assert.equal(e.message, 'maximum recursion depth exceeded while encoding a JSON object');
  });

  it('dumps() raises RecursionError for a self-containing list without checkCircular', () => {
    // Not a test of its own in CPython 3.14; its documentation promises a RecursionError here.
    const x: unknown[] = [];
    x.push(x);
    const e = thrown(() => dumps(x, { checkCircular: false }));
    assert.ok(e instanceof RecursionError, String(e));
    assert.equal(e.message, 'maximum recursion depth exceeded while encoding a JSON object');
  });
});
