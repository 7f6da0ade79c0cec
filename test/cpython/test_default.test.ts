/**
 * Port of CPython 3.14 Lib/test/test_json/test_default.py.
 *
 * Python's objects (the class `type`, the module `collections`, `...`, `NotImplemented`) are
 * stood for by instances of JS classes with the same names, so that CPython's type names in
 * messages and notes apply unchanged (the type name of a JS object is its class name).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, ValueError } from '../../src/index.js';
import { assertEncodeError } from './support.js';

class type {}
class module {}
class ellipsis {}
class NotImplementedType {}
/* eslint-enable @typescript-eslint/naming-convention */

describe('test_default', () => {
  it('dumps() encodes what default returns (test_default)', () => {
    // default=repr: the replacement string is encoded as a string (repr(type) is "<class 'type'>").
    assert.equal(dumps(new type(), { default: () => "<class 'type'>" }), '"<class \'type\'>"');
    assert.equal(dumps(new type(), { default: () => "<class 'type'>" }), dumps("<class 'type'>"));
  });

  it('dumps() adds one note per default-replaced object and list item (test_bad_default)', () => {
    const typeObj = new type();
    const collections = new module();
    const Ellipsis = new ellipsis();
    const NotImplemented = new NotImplementedType();
    const fallback = (obj: unknown): unknown => {
      if (obj === NotImplemented) throw new ValueError();
      if (obj === Ellipsis) return NotImplemented;
      if (obj === typeObj) return collections;
      return [Ellipsis];
    };
    assertEncodeError(() => dumps(typeObj, { default: fallback }), ValueError, '', [
      'when serializing ellipsis object',
      'when serializing list item 0',
      'when serializing module object',
      'when serializing type object',
    ]);
  });

  it('dumps() keeps a Map\'s order and sorts it with sortKeys (test_ordereddict)', () => {
    // OrderedDict(a=1, b=2, c=3, d=4) with move_to_end('b') -> a Map in that order.
    const od = new Map([['a', 1], ['c', 3], ['d', 4], ['b', 2]]);
    assert.equal(dumps(od), '{"a": 1, "c": 3, "d": 4, "b": 2}');
    assert.equal(dumps(od, { sortKeys: true }), '{"a": 1, "b": 2, "c": 3, "d": 4}');
  });
});
