/**
 * `toPythonText` (src/native-text.ts), the byte loop that turns JSON.stringify's compact text into
 * CPython's: compared with an independent implementation by string operations (a regular
 * expression that matches whole string literals, so that only separators outside them change) on
 * random values full of the characters that matter (`,` `:` `"` `\` DEL, non-ASCII, astral, line
 * separators), with several separator pairs, and on texts long enough to cross its chunks with a
 * surrogate pair at the cut. Expected texts of CPython itself: the dumps differential suites,
 * whose native path uses it.
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/unit/native-text.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPythonText } from '../../src/native-text.js';
import { Rand, rng, runSeed } from '../support/oracle.js';

/** The same rewrite by string operations. */
function reference(text: string, items: string, keys: string, ensureAscii: boolean): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|[,:]/g, (m) => {
    if (m === ',') return items;
    if (m === ':') return keys;
    if (!ensureAscii) return m;
    return m.replace(/[\x7f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  });
}

const CHARS = ['a', ',', ':', '"', '\\', '\x7f', '\x80', 'é', '東', '😀', '\n', ' ', '\u2028', '{', '[', '\ud800', '\udfff', '\uffff'];
const SEPARATORS: [string, string][] = [
  [', ', ': '],
  [',', ':'],
  ['東,', ':é'],
  ['', ''],
  [' , ', ' :: '],
  ['$&', '$1'],
];

function randomValue(r: Rand, depth: number): unknown {
  const str = () => Array.from({ length: r.int(12) }, () => r.pick(CHARS)).join('');
  const x = r.next();
  if (depth > 4 || x < 0.3) return r.pick<unknown>([1, -2.5, true, false, null, 1e300, str(), str()]);
  if (x < 0.65) return Array.from({ length: r.int(5) }, () => randomValue(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = r.int(5); i > 0; i--) o[str()] = randomValue(r, depth + 1);
  return o;
}

test('toPythonText puts the separators outside strings and escapes from DEL up inside them, as string operations do', () => {
  const r = new Rand(rng(runSeed('native-text')));
  let cases = 0;
  for (let i = 0; i < 5000; i++) {
    const text = JSON.stringify(randomValue(r, 0));
    for (const [items, keys] of SEPARATORS) {
      for (const ascii of [true, false]) {
        assert.equal(toPythonText(text, items, keys, ascii), reference(text, items, keys, ascii), `${JSON.stringify(text)} ${JSON.stringify([items, keys])} ${ascii}`);
        cases++;
      }
    }
  }
  // Texts of several chunks (16,384 characters each), including a surrogate pair at every offset
  // around a cut.
  for (let pad = 0; pad < 4; pad++) {
    const text = JSON.stringify(['x'.repeat(16384 - 4 + pad) + '😀😀', 'a,b:c', { 'k:😀': ['é', 1] }]);
    for (const ascii of [true, false]) assert.equal(toPythonText(text, ', ', ': ', ascii), reference(text, ', ', ': ', ascii));
  }
  for (let i = 0; i < 20; i++) {
    const text = JSON.stringify(Array.from({ length: 2000 }, () => randomValue(r, 2)));
    for (const ascii of [true, false]) assert.equal(toPythonText(text, ', ', ': ', ascii), reference(text, ', ', ': ', ascii));
    cases += 2;
  }
  console.log(`native-text: ${cases} texts`);
});

test('toPythonText: the escapes are lowercase, astral characters as surrogate pairs, DEL included (CPython 3.14: json.dumps)', () => {
  // json.dumps(['\x7f', 'é', '😀', 'a,b'], separators=(',', ':')) in CPython 3.14.2 (pyodide):
  assert.equal(toPythonText(JSON.stringify(['\x7f', 'é', '😀', 'a,b']), ',', ':', true), '["\\u007f","\\u00e9","\\ud83d\\ude00","a,b"]');
  // json.dumps({'a:b': [1, 'c,d']}, ensure_ascii=False)
  assert.equal(toPythonText(JSON.stringify({ 'a:b': [1, 'c,d'] }), ', ', ': ', false), '{"a:b": [1, "c,d"]}');
});
