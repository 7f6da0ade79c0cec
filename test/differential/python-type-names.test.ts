/**
 * The names CPython 3.14 gives Python's value types in json's messages: `__name__` in `Object of
 * type Decimal is not JSON serializable`, the C `tp_name` in the key and sort errors
 * (`not decimal.Decimal`, but `not UUID`: uuid.UUID is a Python class), the fully qualified name
 * in the note of a failing `default` result (`when serializing uuid.UUID object`). Each case is
 * written in Python and in JS; pyodide gives the expected outcome at test time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumps } from '../../src/index.js';
import { date, datetime, Decimal, time, timedelta, timezone, UUID } from '../../src/python/index.js';
import { getOracle, jsResult, type PyError } from '../support/oracle.js';

const VALUES: [py: string, js: () => unknown][] = [
  ['decimal.Decimal(1)', () => new Decimal(1)],
  ['uuid.UUID(int=1)', () => new UUID({ int: 1n })],
  ['datetime.date(2024, 1, 2)', () => new date(2024, 1, 2)],
  ['datetime.datetime(2024, 1, 2)', () => new datetime(2024, 1, 2)],
  ['datetime.time(3)', () => new time(3)],
  ['datetime.timedelta(1)', () => new timedelta(1)],
  ['datetime.timezone.utc', () => timezone.utc],
];

/** [Python call with `v` free, the JS call] for each message that names the type. */
const CALLS: [py: string, js: (v: unknown) => string][] = [
  ['json.dumps([v])', (v) => dumps([v])],
  ['json.dumps({v: 1})', (v) => dumps(new Map([[v, 1]]))],
  ["json.dumps({v: 1, 'a': 2}, sort_keys=True)", (v) => dumps(new Map<unknown, number>([[v, 1], ['a', 2]]), { sortKeys: true })],
  ["json.dumps([v], default=lambda o: [float('nan')], allow_nan=False)", (v) => dumps([v], { default: () => [NaN], allowNan: false })],
];

test('json names Python value types as CPython 3.14 does (tp_name, __name__, qualified name)', async () => {
  const oracle = await getOracle();
  const cases = VALUES.flatMap(([pv, jv]) => CALLS.map(([pc, jc]) => ({ py: `(lambda v: ${pc})(${pv})`, js: () => jc(jv()) })));
  const expected = JSON.parse(
    oracle.pyRun(`
import json, decimal, datetime, uuid
def _run(src):
    try:
        return {'ok': eval(src)}
    except Exception as e:
        return {'error': [type(e).__name__, str(e), list(getattr(e, '__notes__', []))]}
json.dumps([_run(s) for s in json.loads(${JSON.stringify(JSON.stringify(cases.map((c) => c.py)))})])
`) as string,
  ) as ({ ok: string } | { error: PyError })[];
  assert.equal(expected.length, cases.length);
  cases.forEach((c, i) => assert.deepEqual(jsResult(c.js), expected[i], c.py));
});
