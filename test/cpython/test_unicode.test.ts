/**
 * Port of CPython 3.14 Lib/test/test_json/test_unicode.py.
 *
 * Python's bytes are Uint8Array here; a Python str is a JS string.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads, UnicodeDecodeError, ValueError } from '../../src/index.js';
import { assertEncodeError, thrown } from './support.js';

const ALPHA_OMEGA = '\u03b1\u03a9'; // GREEK SMALL LETTER ALPHA, GREEK CAPITAL LETTER OMEGA

/** Encodes a JS string (UTF-16 units) as Python's str.encode(encoding) would. */
function encode(s: string, encoding: 'utf-8' | 'utf-16be' | 'utf-16le' | 'utf-32be' | 'utf-32le'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(s);
  const out: number[] = [];
  if (encoding.startsWith('utf-16')) {
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      out.push(...(encoding === 'utf-16be' ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
    }
  } else {
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      const be = [(c >>> 24) & 0xff, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff];
      out.push(...(encoding === 'utf-32be' ? be : be.reverse()));
    }
  }
  return Uint8Array.from(out);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

describe('test_unicode', () => {
  it('dumps() escapes non-ASCII text by default (test_encoding3)', () => {
    assert.equal(dumps(ALPHA_OMEGA), '"\\u03b1\\u03a9"');
  });

  it('dumps() escapes non-ASCII text in a list by default (test_encoding4)', () => {
    assert.equal(dumps([ALPHA_OMEGA]), '["\\u03b1\\u03a9"]');
  });

  it('dumps() keeps non-ASCII text with ensureAscii false (test_encoding5)', () => {
    assert.equal(dumps(ALPHA_OMEGA, { ensureAscii: false }), `"${ALPHA_OMEGA}"`);
  });

  it('dumps() keeps non-ASCII text in a list with ensureAscii false (test_encoding6)', () => {
    assert.equal(dumps([ALPHA_OMEGA], { ensureAscii: false }), `["${ALPHA_OMEGA}"]`);
  });

  it('dumps() with ensureAscii false still escapes a newline (test_encoding7)', () => {
    assert.equal(dumps(ALPHA_OMEGA + '\n', { ensureAscii: false }), `"${ALPHA_OMEGA}\\n"`);
  });

  it('dumps() writes an astral character as a surrogate pair escape, or raw (test_big_unicode_encode)', () => {
    const u = '\u{1d120}';
    assert.equal(dumps(u), '"\\ud834\\udd20"');
    assert.equal(dumps(u, { ensureAscii: false }), '"\u{1d120}"');
  });

  it('loads() reads an astral character raw or as an escaped surrogate pair (test_big_unicode_decode)', () => {
    const u = 'z\u{1d120}x';
    assert.equal(loads(`"${u}"`), u);
    assert.equal(loads('"z\\ud834\\udd20x"'), u);
  });

  it('loads() decodes every \\uXXXX escape below U+D7FF (test_unicode_decode)', () => {
    for (let i = 0; i < 0xd7ff; i++) {
      const s = `"\\u${i.toString(16).padStart(4, '0')}"`;
      const got = loads(s);
      if (got !== String.fromCharCode(i)) assert.equal(got, String.fromCharCode(i), s);
    }
  });

  it('loads() returns strings (test_unicode_preservation)', () => {
    assert.equal(typeof loads('""'), 'string');
    assert.equal(typeof loads('"a"'), 'string');
    assert.equal(typeof loads('["a"]')[0], 'string');
  });

  it('dumps() rejects bytes (test_bytes_encode)', () => {
    // A Uint8Array is not serializable; its type name is its class name.
    const hi = new TextEncoder().encode('hi');
    assertEncodeError(() => dumps(hi), TypeError, 'Object of type Uint8Array is not JSON serializable', undefined);
    assertEncodeError(() => dumps([hi]), TypeError, 'Object of type Uint8Array is not JSON serializable', [
      'when serializing list item 0',
    ]);
  });

  it('loads() detects UTF-8, UTF-16 and UTF-32 bytes with and without a BOM (test_bytes_decode)', () => {
    const data = ['a\u00b5\u20ac\u{1d120}'];
    const text = dumps(data);
    assert.equal(text, '["a\\u00b5\\u20ac\\ud834\\udd20"]'); // CPython 3.14.2
    const boms: [Parameters<typeof encode>[1], number[]][] = [
      ['utf-8', [0xef, 0xbb, 0xbf]],
      ['utf-16be', [0xfe, 0xff]],
      ['utf-16le', [0xff, 0xfe]],
      ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
      ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
    ];
    for (const [encoding, bom] of boms) {
      const encoded = encode(text, encoding);
      assert.deepEqual(loads(concat(Uint8Array.from(bom), encoded)), data, `${encoding} with BOM`);
      assert.deepEqual(loads(encoded), data, encoding);
    }
    const e = thrown(() => loads(Uint8Array.from([0x5b, 0x22, 0x80, 0x22, 0x5d]))); // b'["\x80"]'
    assert.ok(e instanceof UnicodeDecodeError, String(e));
    assert.ok(e instanceof ValueError);
    assert.equal(e.message, "'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte");
    // A document that is only a string, in UTF-16-LE (XX 00 XX 00 ...).
    assert.equal(loads(encode('"\u2600"', 'utf-16le')), '\u2600');
    // Two-byte documents: one code point in UTF-16 without BOM, or two ASCII digits.
    assert.equal(loads(Uint8Array.from([0x35, 0x00])), 5); // b'5\x00'
    assert.equal(loads(Uint8Array.from([0x00, 0x37])), 7); // b'\x007'
    assert.equal(loads(Uint8Array.from([0x35, 0x37])), 57); // b'57'
  });

  it('loads() passes ordered pairs to objectPairsHook, which wins over objectHook (test_object_pairs_hook_with_unicode)', () => {
    const s = '{"xkd":1, "kcw":2, "art":3, "hxm":4, "qrt":5, "pad":6, "hoy":7}';
    const p: [string, number][] = [['xkd', 1], ['kcw', 2], ['art', 3], ['hxm', 4], ['qrt', 5], ['pad', 6], ['hoy', 7]];
    assert.deepEqual(loads(s), Object.fromEntries(p));
    assert.deepEqual(loads(s, { objectPairsHook: (x: unknown) => x }), p);
    // OrderedDict -> Map
    const od = loads(s, { objectPairsHook: (x: [string, unknown][]) => new Map(x) });
    assert.ok(od instanceof Map);
    assert.deepEqual([...od], p);
    const both = loads(s, { objectPairsHook: (x: [string, unknown][]) => new Map(x), objectHook: () => null });
    assert.deepEqual([...both], p);
  });
});
