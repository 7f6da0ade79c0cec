/**
 * detect() on the outputs of every profile and of json.dumps setting combinations (pyjson's
 * dumps, proven equal to CPython's): the writer is always among the matches, with the value and
 * without it; a corrupted byte is reported where it is. The differential suite also runs detect
 * on the frameworks' own bytes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps } from '../../src/index.js';
import { str } from '../../src/python/index.js';
import { defaultStr, detect, django, fastapi, flask, httpx, nbformat, requests, type Profile } from '../../src/profiles/index.js';
import { Rand, rng, runSeed } from '../support/oracle.js';
import { randNotebook } from './notebooks.js';
import { PYTHON_MAKERS } from './pyvalues.js';
import { randValue } from './random.js';
import { randDumpsSettings, sameSettings } from './settings.js';

function hasBytes(v: unknown): boolean {
  if (v instanceof Uint8Array) return true;
  if (Array.isArray(v)) return v.some(hasBytes);
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).some(hasBytes);
  return false;
}

const OPTIONS = { python: PYTHON_MAKERS, stringKeys: true };
const JSON_ONLY = { stringKeys: true, noDates: true };

const CASES: [Profile, string, 'dumps' | 'body'][] = [
  [django, 'django', 'body'],
  [flask, 'flask', 'dumps'],
  [flask, 'flask.jsonify', 'body'],
  [fastapi, 'fastapi', 'body'],
  [requests, 'requests', 'body'],
  [httpx, 'httpx', 'body'],
  [nbformat, 'nbformat', 'dumps'],
  [nbformat, 'nbformat.write', 'body'],
  [defaultStr, 'defaultStr', 'body'],
];

describe('detect() on the profiles', () => {
  for (const [profile, source, kind] of CASES) {
    it(`finds ${source} among the writers of its output, with and without the value`, () => {
      const seed = runSeed(`detect ${source}`);
      const r = new Rand(rng(seed));
      let checked = 0;
      for (let n = 0; n < 100; n++) {
        const v = profile === nbformat ? randNotebook(r) : randValue(r, profile === requests || profile === httpx ? JSON_ONLY : OPTIONS);
        let out: string | Uint8Array;
        try {
          out = kind === 'body' ? profile.body(v) : profile.dumps(v);
        } catch {
          continue;
        }
        checked++;
        const withValue = detect(out, v);
        assert.ok(withValue.matches.some((m) => m.source === source), `seed=${seed}: ${String(withValue)}`);
        // From the text alone, bytes in a notebook are strings, which nbformat would split.
        if (hasBytes(v)) continue;
        const without = detect(out);
        assert.ok(without.matches.some((m) => m.source === source), `seed=${seed}: ${String(without)}`);
      }
      assert.ok(checked > 30, `only ${checked} values were written`);
    });
  }
});

describe('detect() on json.dumps settings', () => {
  it('reports settings that reproduce the text, and where a corrupted text differs', () => {
    const seed = runSeed('detect json.dumps');
    const r = new Rand(rng(seed));
    for (let n = 0; n < 200; n++) {
      const v = randValue(r, JSON_ONLY);
      const settings = randDumpsSettings(r);
      let text: string;
      try {
        text = dumps(v, settings);
      } catch (e) {
        // An int of more than 4,300 digits: json.dumps refuses it too, so there is no text to detect.
        assert.match(String(e), /Exceeds the limit \(4300 digits\)/);
        continue;
      }
      const d = detect(text, v);
      assert.ok(d.candidates.some((c) => c.match && c.source === 'json.dumps' && sameSettings(c.settings, settings)), `seed=${seed}: ${text} ${String(d)}`);
      assert.ok(d.matches.length > 0 && d.reasons.length === 0);
      // The same settings found from the text alone.
      assert.ok(detect(text).candidates.some((c) => c.match && sameSettings(c.settings, settings)), `seed=${seed}: ${text}`);
      // A byte turned into a control character: nothing matches, and the closest stops there.
      const at = r.int(text.length);
      const bad = text.slice(0, at) + '\x01' + text.slice(at + 1);
      const b = detect(bad, v);
      assert.equal(b.matches.length, 0);
      assert.equal(b.closest?.offset, at, `seed=${seed}: ${JSON.stringify(bad)}`);
      assert.ok(b.reasons.length >= 2);
    }
  });
});

describe('detect() explains', () => {
  const value = { event: 'paid', amount: 12.5, customer: 'Zoë' };
  it('ensure_ascii', () => {
    const d = detect('{"event": "paid", "amount": 12.5, "customer": "Zoë"}', value);
    assert.deepEqual(d.matches.map((m) => m.call), ['json.dumps(v, ensure_ascii=False)']);
    const e = detect('{"event":"paid","amount":12.5,"customer":"Zo\\u00eb"}', { ...value, customer: 'Zoë' });
    assert.deepEqual(e.matches.map((m) => m.call), ["json.dumps(v, separators=(',', ':'))"]);
  });
  it('a mismatch with the reason', () => {
    const d = detect('{"event": "paid", "amount": "12.50", "customer": "Zo\\u00eb"}', value);
    assert.equal(d.matches.length, 0);
    assert.equal(d.closest?.source, 'django');
    assert.equal(d.closest?.offset, 28);
    assert.match(d.reasons[1]!, /a string in one is a number/);
  });
  it('final newlines and whitespace', () => {
    assert.match(detect('{"a": 1}\n', { a: 1 }).matches.map((m) => m.call).join(), /\+ '\\n'/);
    const d = detect('{"a" : 1}', { a: 1 });
    assert.match(d.reasons[1]!, /whitespace/);
  });
  it('datetime styles from the text alone', () => {
    assert.deepEqual(detect('{"at": "Tue, 02 Jan 2024 03:04:05 GMT"}').datetimeStyles, ['http-date']);
    assert.deepEqual(detect('{"at": "2024-01-02T03:04:05.123Z"}').datetimeStyles, ['django']);
    assert.deepEqual(detect('{"at": "2024-01-02T03:04:05.123456+00:00"}').datetimeStyles, ['isoformat']);
    assert.deepEqual(detect('{"at": "2024-01-02 03:04:05+00:00"}').datetimeStyles, ['str']);
    assert.equal(String(str('x')), 'x');
  });
});
