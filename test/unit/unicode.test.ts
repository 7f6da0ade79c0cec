/**
 * `isPrintable` (src/unicode.ts: the engine's `/[\p{C}\p{Z}]/u` corrected by a small table) against
 * CPython 3.14's `str.isprintable()` for every code point. The expected answers are the fixture
 * test/support/printable16.ts, which the first test checks against CPython itself (pyodide).
 * The portable subset (test/portable/cases.mjs) checks the same on every runtime, through `repr()`
 * in error notes, since the engine's Unicode version is what differs between runtimes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPrintable } from '../../src/unicode.js';
import { getOracle } from '../support/oracle.js';
import { nonPrintableBounds, printableFlags } from '../support/printable16.js';

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

test('the fixture is CPython 3.14 (Unicode 16.0.0): str.isprintable() for every code point', async () => {
  const oracle = await getOracle();
  const out = oracle.pyRun(`
import json, sys, unicodedata
_bounds = []
_inside = False
for _cp in range(0x110000):
    if (not chr(_cp).isprintable()) != _inside:
        _bounds.append(_cp)
        _inside = not _inside
if _inside:
    _bounds.append(0x110000)
json.dumps([sys.version_info[:2], unicodedata.unidata_version, _bounds])
`) as string;
  const [version, unicode, bounds] = JSON.parse(out) as [number[], string, number[]];
  assert.deepEqual(version, [3, 14]);
  assert.equal(unicode, '16.0.0');
  assert.deepEqual(nonPrintableBounds(), bounds);
});

test('isPrintable() is CPython 3.14\'s str.isprintable() for every code point', (t) => {
  t.diagnostic(`node ${process.versions.node}, Unicode ${process.versions.unicode}`);
  const expected = printableFlags();
  const wrong: string[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const got = isPrintable(cp);
    if (got !== (expected[cp] === 1) && wrong.length < 50) wrong.push(`${hex(cp)}: ${got} (CPython: ${!got})`);
  }
  assert.deepEqual(wrong, []);
});

test('isPrintable() on a few known code points', () => {
  // Printable ASCII, the space, and the controls around it.
  assert.equal(isPrintable(0x20), true);
  assert.equal(isPrintable(0x7e), true);
  assert.equal(isPrintable(0x1f), false);
  assert.equal(isPrintable(0x7f), false);
  // Zs other than the space, Zl, Zp, Cf, Cs, Co.
  for (const cp of [0xa0, 0x3000, 0x2028, 0x2029, 0xad, 0x200b, 0xfeff, 0xd800, 0xdfff, 0xe000, 0x10fffd]) {
    assert.equal(isPrintable(cp), false, hex(cp));
  }
  // Unicode 16.0 additions (a Garay digit, an Egyptian hieroglyph, a legacy computing symbol) are
  // printable for CPython 3.14.
  for (const cp of [0x10d40, 0x13460, 0x1cc00]) assert.equal(isPrintable(cp), true, hex(cp));
  // Unicode 17.0 additions are not (unassigned in 16.0), whatever the engine knows: Sidetic,
  // the first and last of CJK Extension J, Tangut, an emoji.
  for (const cp of [0x10940, 0x323b0, 0x3347a - 1, 0x18d80, 0x1fac8]) assert.equal(isPrintable(cp), false, hex(cp));
  // Astral letters, an emoji and a variation selector (Mn) assigned long ago.
  for (const cp of [0x1f600, 0x20000, 0x10000, 0xe0100]) assert.equal(isPrintable(cp), true, hex(cp));
});
