/**
 * Differential test of `dumps` with Python's values against CPython 3.14 (pyodide): random mixes
 * of JSON values and Python values (UUID, Decimal, datetime, date, time, timedelta, timezone; the
 * datetimes, sets, bytes, arrays and exceptions that pyjson reads a JS Date, Set, Uint8Array,
 * typed array or Error as) with random dumps options:
 * - `dumps(v, { default: str, ...opts })` must be `json.dumps(v, default=str, **opts)`, text or error;
 * - `dumps(v, opts)` of mixes whose only non-JSON values are Python-value classes must raise
 *   CPython's `TypeError: Object of type UUID is not JSON serializable`, notes included.
 *
 * Each Python value is generated with the Python expression that builds its counterpart.
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/python-dumps-default.test.js`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumps, float, PyFloat, type DumpsOptions } from '../../src/index.js';
import { date, datetime, Decimal, str, time, timedelta, timezone, UUID } from '../../src/python/index.js';
import { CLASSES, PY_VALUES, setupPyValues, type Made, type Wire } from '../support/python-values.js';
import {
  getOracle,
  hexToStr,
  jsResult,
  Rand,
  randDouble,
  randInt,
  randString,
  report,
  rng,
  runBatches,
  runSeed,
  strToHex,
  toTagged,
  type Oracle,
  type PyError,
} from '../support/oracle.js';

const BATCH = 250;

const PY_SETUP = String.raw`
import json as _json

def _dd_batch(payload):
    out = []
    for c in _json.loads(payload):
        _lift()
        try:
            v = _build(c['value'], {})
        except _KeyCollision:
            out.append({'collision': True})
            continue
        except TypeError:
            # A set of a signaling-NaN Decimal: Python cannot hash it, so no such set exists.
            out.append({'collision': True})
            continue
        finally:
            _restore()
        try:
            kw = _dump_kwargs(c['opts'])
            if c['str']:
                kw['default'] = str
            out.append({'ok': _json.dumps(v, **kw).encode('utf-16-le', 'surrogatepass').hex()})
        except Exception as e:
            out.append(_err(e))
    return _json.dumps(out)
`;


class Gen {
  constructor(readonly r: Rand, readonly kinds: number) {}

  scalar(): Made {
    const r = this.r;
    const js = r.pick<() => unknown>([() => randInt(r), () => randDouble(r), () => float(randDouble(r)), () => r.pick([true, false, null]), () => randString(r)])();
    return { js, wire: toTagged(js) };
  }

  value(depth: number): Made {
    const r = this.r;
    if (r.chance(0.25)) return r.pick(PY_VALUES.slice(0, this.kinds))(r);
    if (depth >= 3 || r.chance(0.35)) return this.scalar();
    const n = r.int(5);
    switch (r.int(3)) {
      case 0: {
        const items = Array.from({ length: n }, () => this.value(depth + 1));
        return { js: items.map((m) => m.js), wire: { t: 'list', v: items.map((m) => m.wire) } };
      }
      case 1: {
        const entries: [string, Made][] = [];
        const seen = new Set<string>();
        for (let i = 0; i < n; i++) {
          const k = r.chance(0.2) ? r.pick(['1', '10', 'price', '__proto__']) : randString(r, 4);
          if (seen.has(k)) continue;
          seen.add(k);
          entries.push([k, this.value(depth + 1)]);
        }
        // JS puts integer-like keys first: the wire follows the object's own order.
        const js = Object.fromEntries(entries.map(([k, m]) => [k, m.js])) as Record<string, unknown>;
        const byKey = new Map(entries);
        return { js, wire: { t: 'dict', v: Object.keys(js).map((k) => [toTagged(k), byKey.get(k)!.wire]) } };
      }
      default: {
        const m = new Map<unknown, unknown>();
        const wire: [Wire, Wire][] = [];
        for (let i = 0; i < n; i++) {
          const k = r.chance(0.5) ? randString(r, 4) : r.chance(0.5) ? randInt(r) : float(r.range(-3, 3) + 0.5);
          const v = this.value(depth + 1);
          m.set(k, v.js);
          wire.push([toTagged(k), v.wire]);
        }
        return { js: m, wire: { t: 'dict', v: wire } };
      }
    }
  }

  opts(): Record<string, unknown> {
    const r = this.r;
    const o: Record<string, unknown> = {};
    if (r.chance(0.4)) o.indent = r.pick<number | string | null>([null, 0, 2, 4, '\t', '']);
    if (r.chance(0.3)) o.separators = r.pick<[string, string]>([[',', ':'], [', ', ': '], [' ; ', ' = ']]);
    for (const k of ['sortKeys', 'ensureAscii', 'allowNan', 'checkCircular'] as const) {
      if (r.chance(0.3)) o[k] = r.chance(0.5);
    }
    return o;
  }
}

/** The options as they cross the bridge (strings as UTF-16 hex, as the oracle's `_dump_kwargs` reads them). */
function wireOpts(o: Record<string, unknown>): Record<string, unknown> {
  const w: Record<string, unknown> = { ...o };
  if (typeof o.indent === 'string') w.indent = { hex: strToHex(o.indent) };
  if (Array.isArray(o.separators)) w.separators = (o.separators as string[]).map(strToHex);
  return w;
}

interface Case {
  made: Made;
  opts: Record<string, unknown>;
  withStr: boolean;
}

type Answer = { ok: string } | { error: PyError } | { collision: true };

async function oracle(): Promise<Oracle> {
  const o = await getOracle();
  setupPyValues(o);
  if (!(o.pyRun("'_dd_batch' in globals()") as boolean)) o.pyRun(PY_SETUP);
  return o;
}

function ask(o: Oracle, batch: Case[]): Answer[] {
  const f = o.py.globals.get('_dd_batch') as ((s: string) => string) & { destroy(): void };
  try {
    const payload = batch.map((c) => ({ value: c.made.wire, opts: wireOpts(c.opts), str: c.withStr }));
    const answers = JSON.parse(f(JSON.stringify(payload))) as Answer[];
    return answers.map((a) => ('ok' in a ? { ok: hexToStr(a.ok) } : a));
  } finally {
    f.destroy();
  }
}

function check(c: Case, want: Answer): string | undefined | null {
  if ('collision' in want) return null;
  const options = (c.withStr ? { ...c.opts, default: str } : c.opts) as DumpsOptions;
  const got = jsResult(() => dumps(c.made.js, options));
  const g = JSON.stringify('ok' in got ? got.ok : got.error);
  const w = JSON.stringify('ok' in want ? want.ok : want.error);
  if (g === w) return undefined;
  return `${JSON.stringify(c.made.wire).slice(0, 600)} opts=${JSON.stringify(c.opts)} str=${c.withStr}\n  ours:    ${g}\n  CPython: ${w}`;
}

test('dumps(v, { default: str }) of random mixes of Python values is json.dumps(v, default=str) (CPython 3.14)', async () => {
  const seed = runSeed('dumps default=str of Python values');
  const r = new Rand(rng(seed));
  const gen = new Gen(r, PY_VALUES.length);
  const o = await oracle();
  const { mismatches, compared } = runBatches<Case, Answer>(
    2000,
    BATCH,
    () => ({ made: gen.value(0), opts: gen.opts(), withStr: true }),
    (batch) => ask(o, batch),
    check,
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`dumps default=str: ${compared} compared`);
});

test('dumps(v) without default raises CPython\'s TypeError, notes included, for Python values at any place', async () => {
  const seed = runSeed('dumps of Python values without default');
  const r = new Rand(rng(seed));
  const gen = new Gen(r, CLASSES);
  const o = await oracle();
  let errors = 0;
  const { mismatches, compared } = runBatches<Case, Answer>(
    1000,
    BATCH,
    () => ({ made: gen.value(0), opts: gen.opts(), withStr: false }),
    (batch) => ask(o, batch),
    (c, want) => {
      if ('error' in want) errors++;
      return check(c, want);
    },
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
  console.log(`dumps without default: ${compared} compared, ${errors} errors`);
  assert.ok(errors > compared / 5, `only ${errors} of ${compared} cases held a Python value`);
});

test('a Python value is never written by the native JSON.stringify path', () => {
  const u = new UUID('12345678123456781234567812345678');
  const values: [unknown, string][] = [
    [u, 'UUID'],
    [new Decimal('1.5'), 'Decimal'],
    [new datetime(2024, 1, 2), 'datetime'],
    [new date(2024, 1, 2), 'date'],
    [new time(1), 'time'],
    [new timedelta({ days: 1 }), 'timedelta'],
    [timezone.utc, 'timezone'],
  ];
  for (const [v, name] of values) {
    for (const value of [v, [v], { a: v }, { a: [1, { b: v }] }]) {
      for (const options of [{}, { separators: [',', ':'] as [string, string] }, { indent: 2 }, { sortKeys: true }]) {
        assert.throws(() => dumps(value, options), { name: 'TypeError', message: `Object of type ${name} is not JSON serializable` });
      }
    }
  }
  assert.equal(dumps({ a: [u] }, { default: str, separators: [',', ':'] }), '{"a":["12345678-1234-5678-1234-567812345678"]}');
  assert.ok(!(u instanceof PyFloat));
});
