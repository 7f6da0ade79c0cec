/**
 * The profiles against the frameworks themselves: seeded random values (JSON types with their
 * edge cases, Dates, bytes and Python's values) through each profile's `dumps` and `body` and
 * through the framework on Debian's /usr/bin/python3, compared byte for byte (or error class and
 * text). One Python process answers each batch of thousands of cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultStr, detect, django, fastapi, flask, httpx, nbformat, requests, type Profile } from '../../src/profiles/index.js';
import { Rand, report, rng, runSeed } from '../support/oracle.js';
import { askFrameworks, jsOutcome, sameOutcome, showFTagged, showOutcome, skipReason, toFTagged, type Framework } from '../support/frameworks.js';
import { randNotebook } from './notebooks.js';
import { PYTHON_MAKERS, randDate, randDatetime, randDecimal, randUuid } from './pyvalues.js';
import { randValue, type RandomOptions } from './random.js';
import { randDumpsSettings, sameSettings } from './settings.js';

interface Suite {
  profile: Profile;
  framework: Framework;
  count: number;
  options: RandomOptions;
  /** A maker of values other than randValue's. */
  make?: (r: Rand) => unknown;
}

const python = PYTHON_MAKERS;

const SUITES: Suite[] = [
  { profile: django, framework: 'django', count: 1200, options: { python, pythonKeys: true, opaque: true } },
  // Flask refuses times and timedeltas: most values leave them out, so that most are written.
  { profile: flask, framework: 'flask', count: 1000, options: { python: [randDecimal, randDatetime, randDate, randUuid] } },
  { profile: flask, framework: 'flask', count: 200, options: { python, opaque: true } },
  { profile: fastapi, framework: 'fastapi', count: 1200, options: { python, pythonKeys: true, opaque: true } },
  { profile: defaultStr, framework: 'django', count: 800, options: { python, pythonKeys: true } },
  { profile: requests, framework: 'requests', count: 800, options: { python, pythonKeys: true, opaque: true } },
  { profile: httpx, framework: 'httpx', count: 800, options: { python } },
  { profile: nbformat, framework: 'nbformat', count: 500, options: {}, make: randNotebook },
];

/** How many values of each suite detect() is run on (with the framework's bytes). */
const DETECTED = 100;

/** The detect() source of each profile's body. */
const BODY_SOURCE: Record<string, string> = { flask: 'flask.jsonify', nbformat: 'nbformat.write' };

/** Compares one profile over `count` random values; returns the mismatch descriptions. */
export function differential(s: Suite, r: Rand): string[] {
  const values = Array.from({ length: s.count }, () => (s.make ? s.make(r) : randValue(r, s.options)));
  const answers = askFrameworks(values.map((v) => ({ p: s.profile.name, v: toFTagged(v) })));
  const mismatches: string[] = [];
  values.forEach((v, i) => {
    const want = answers[i]!;
    const d = jsOutcome(() => s.profile.dumps(v));
    const b = jsOutcome(() => s.profile.body(v));
    // detect() names the framework from its own bytes (and the value).
    if (i < DETECTED && 'ok' in want.b && typeof want.b.ok !== 'string') {
      const source = BODY_SOURCE[s.profile.name] ?? s.profile.name;
      const found = detect(want.b.ok, v);
      if (!found.matches.some((m) => m.source === source)) mismatches.push(`detect(${s.framework}'s bytes of ${showFTagged(toFTagged(v))}) missed ${source}:\n${String(found)}`);
    }
    for (const [what, js, py] of [['dumps', d, want.d], ['body', b, want.b]] as const) {
      if (!sameOutcome(js, py)) {
        mismatches.push(`${s.profile.name}.${what}(${showFTagged(toFTagged(v))}):\n  pyjson: ${showOutcome(js)}\n  python: ${showOutcome(py)}`);
      }
    }
  });
  return mismatches;
}

for (const s of SUITES) {
  describe(`profiles differential: ${s.profile.name}`, { skip: skipReason(s.framework) }, () => {
    it(`${s.profile.name}.dumps and .body equal ${s.framework} on ${s.count} random values`, () => {
      const seed = runSeed(`${s.profile.name} differential`);
      const mismatches = differential(s, new Rand(rng(seed)));
      assert.equal(mismatches.length, 0, report(seed, mismatches));
    });
  });
}

// Debian's httpx is 0.23, which sends json.dumps defaults; the httpx profile is 0.28+, whose
// body the oracle computes from encode_json's settings. What both versions share is checked
// here on the installed one: its body is exactly json.dumps(v, **its settings) in UTF-8 (and
// nothing for json=None).
describe('httpx as installed', { skip: skipReason('httpx') }, () => {
  it('sends json.dumps(v, **settings of its version) in UTF-8, as the httpx profile assumes', () => {
    const seed = runSeed('httpx installed');
    const r = new Rand(rng(seed));
    const values = Array.from({ length: 500 }, () => randValue(r, {}));
    const answers = askFrameworks(values.map((v) => ({ p: 'httpx-installed', v: toFTagged(v) })));
    const mismatches = answers.flatMap((a, i) =>
      sameOutcome(a.d, a.b) ? [] : [`${showFTagged(toFTagged(values[i]))}: ${showOutcome(a.d)} vs ${showOutcome(a.b)}`],
    );
    assert.equal(mismatches.length, 0, report(seed, mismatches));
  });
});

// detect() on json.dumps output written by Python itself, with random settings (default=str for
// Python's values): the settings it reports reproduce the text, and those used are among them.
describe('detect() on Python json.dumps output', { skip: skipReason() }, () => {
  it('finds the settings Python used', () => {
    const seed = runSeed('detect python json.dumps');
    const r = new Rand(rng(seed));
    const cases = Array.from({ length: 300 }, () => {
      const settings = { ...randDumpsSettings(r), default: 'str' };
      return { v: randValue(r, { python: PYTHON_MAKERS, stringKeys: true }), settings };
    });
    const answers = askFrameworks(cases.map((c) => ({ p: 'json', v: toFTagged(c.v), o: c.settings })));
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      const want = answers[i]!.d;
      if (!('ok' in want) || typeof want.ok !== 'string') return;
      const found = detect(want.ok, c.v);
      const s = c.settings;
      const used = found.candidates.some(
        (m) =>
          m.match &&
          m.source === 'json.dumps' &&
          sameSettings(m.settings, s) &&
          (m.settings.datetimes === 'str' || m.settings.datetimes === 'none'),
      );
      if (!used) mismatches.push(`${JSON.stringify(s)} ${showFTagged(toFTagged(c.v))} -> ${JSON.stringify(want.ok)}:\n${String(found)}`);
    });
    assert.equal(mismatches.length, 0, report(seed, mismatches));
  });
});
