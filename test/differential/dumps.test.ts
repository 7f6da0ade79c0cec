/**
 * Differential test of `dumps` against CPython 3.14 (pyodide): random JS values with random
 * options; the text, or the error's class, message and notes, must be CPython's.
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/differential/dumps.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dumps, float, PyFloat, ValueError, type DumpsOptions } from '../../src/index.js';
import {
  getOracle,
  report,
  jsError,
  jsTypeName,
  MAX_ORACLE_DEPTH,
  Rand,
  randDouble,
  randInt,
  randString,
  rng,
  runSeed,
  showTagged,
  taggedInfo,
  toTagged,
  type DumpOpts,
  type PyError,
  type Tagged,
  runBatches,
} from '../support/oracle.js';

const CASES = 10_000;
const BATCH = 500;

interface Case {
  value: unknown;
  opts: DumpOpts;
  replacements: Map<unknown, unknown>;
}

/** Python hash-equality class of a dict key (1, 1n, float(1) and true collide in a Python dict). */
function keyClass(k: unknown): string | undefined {
  if (typeof k === 'string') return 's' + k;
  if (k === null) return 'None';
  if (k === true) return 'n1';
  if (k === false) return 'n0';
  if (typeof k === 'bigint') return 'n' + k.toString();
  const x = typeof k === 'number' ? k : k instanceof PyFloat ? k.value : undefined;
  if (x === undefined) return undefined; // opaque keys are unique objects
  if (Number.isNaN(x)) return undefined; // NaN != NaN: never collides
  if (!Number.isFinite(x)) return 'n' + x;
  return Number.isInteger(x) ? 'n' + BigInt(x).toString() : 'n' + String(x);
}

class Gen {
  replacements = new Map<unknown, unknown>();
  cyclic = false;
  constructor(readonly r: Rand) {}

  opaque(): unknown {
    const r = this.r;
    let v: unknown;
    switch (r.int(6)) {
      case 0:
        v = Symbol('s');
        break;
      case 1:
        v = new Set([1, 2]);
        break;
      case 2:
        v = undefined;
        break;
      case 3:
        v = new Date(0);
        break;
      case 4:
        v = new (class Point {
          x = 1;
        })();
        break;
      default:
        v = () => 1;
    }
    // what the test's `default` returns for it ('replace' mode)
    this.replacements.set(v, r.pick<unknown>([r.int(100), 'repl', [1, 'x'], null, { k: float(2) }, 1.5]));
    return v;
  }

  key(): unknown {
    const r = this.r;
    switch (r.int(12)) {
      case 0:
        return randInt(r);
      case 1:
        return randDouble(r);
      case 2:
        return float(r.pick([0, 1, -0, 2, NaN, 1e16, 0.5]));
      case 3:
        return r.pick([true, false, null]);
      case 4:
        return r.chance(0.2) ? Symbol('k') : r.pick(['1', '01', '-1', '10', '__proto__']);
      default:
        return randString(r, 5);
    }
  }

  scalar(): unknown {
    const r = this.r;
    switch (r.int(10)) {
      case 0:
      case 1:
        return randInt(r);
      case 2:
      case 3:
        return randDouble(r);
      case 4:
        return float(r.chance(0.5) ? r.range(-5, 5) : randDouble(r));
      case 5:
        return r.pick([true, false, null]);
      default:
        return randString(r);
    }
  }

  value(depth: number): unknown {
    const r = this.r;
    if (r.chance(0.03)) return this.opaque();
    if (depth >= 4 || r.chance(0.45)) return this.scalar();
    switch (r.int(3)) {
      case 0: {
        const a: unknown[] = [];
        for (let i = r.int(5); i > 0; i--) a.push(this.value(depth + 1));
        if (r.chance(0.02)) {
          a.push(a);
          this.cyclic = true;
        }
        return a;
      }
      case 1: {
        const o: Record<string, unknown> = {};
        for (let i = r.int(5); i > 0; i--) {
          const k = r.chance(0.3) ? r.pick(['1', '0', '10', '01', '-1', '4294967294', '4294967295', 'a', 'b', '__proto__']) : randString(r, 4);
          const v = r.chance(0.05) ? undefined : this.value(depth + 1);
          Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
        if (r.chance(0.02)) {
          o.self = o;
          this.cyclic = true;
        }
        return o;
      }
      default: {
        const m = new Map<unknown, unknown>();
        const seen = new Set<string>();
        for (let i = r.int(5); i > 0; i--) {
          const k = this.key();
          const c = keyClass(k);
          if (c !== undefined && seen.has(c)) continue;
          if (typeof k === 'number' && Number.isNaN(k) && m.has(NaN)) continue;
          if (c !== undefined) seen.add(c);
          m.set(k, this.value(depth + 1));
        }
        return m;
      }
    }
  }

  opts(): DumpOpts {
    const r = this.r;
    const o: DumpOpts = {};
    if (r.chance(0.5)) {
      o.indent = r.pick<number | string | boolean | null>([null, 0, -1, -3, 1, 2, 4, 7, '', '\t', 'ab', '  ', '\u00e9', true, false]);
    }
    if (r.chance(0.3)) {
      o.separators = r.pick<[string, string]>([
        [',', ':'],
        [', ', ': '],
        [' ; ', ' = '],
        ['', ''],
        [',\n', ':\t'],
        ['\u00e9', '\ud800'],
      ]);
    }
    for (const k of ['sortKeys', 'ensureAscii', 'allowNan', 'skipkeys', 'checkCircular'] as const) {
      if (r.chance(0.4)) o[k] = r.chance(0.5);
    }
    if (r.chance(0.3)) o.default = r.chance(0.8) ? 'replace' : 'raise';
    return o;
  }
}

function jsOptions(o: DumpOpts, replacements: Map<unknown, unknown>): DumpsOptions {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== 'default') out[k] = v;
  if (o.default === 'replace') out.default = (x: unknown) => replacements.get(x);
  if (o.default === 'raise') {
    out.default = (x: unknown) => {
      throw new ValueError('default refused ' + jsTypeName(x));
    };
  }
  return out as DumpsOptions;
}

function ours(c: Case): { ok: string } | { error: PyError } {
  try {
    return { ok: dumps(c.value, jsOptions(c.opts, c.replacements)) };
  } catch (e) {
    const err = jsError(e);
    // The class must really be what its name says.
    if (err[0] === 'ValueError' && !(e instanceof ValueError)) err[0] = 'ValueError(not instanceof)';
    if (err[0] === 'TypeError' && !(e instanceof TypeError)) err[0] = 'TypeError(not instanceof)';
    return { error: err };
  }
}

test('dumps() gives CPython 3.14 text or error for random values and options', async () => {
  const seed = runSeed('dumps differential');
  const r = new Rand(rng(seed));
  const oracle = await getOracle();
  let skipped = 0;
  let errors = 0;
  const started = Date.now();
  const { mismatches, compared } = runBatches(
    CASES,
    BATCH,
    (): (Case & { tagged: Tagged }) | undefined => {
      const g = new Gen(r);
      const value = g.value(0);
      const opts = g.opts();
      // A cycle without checkCircular recurses until the stack ends: not comparable (pyodide
      // would die); checked on the JS side in the unit tests instead.
      if (g.cyclic) opts.checkCircular = true;
      const tagged = toTagged(value, { replacements: g.replacements });
      if (taggedInfo(tagged).depth > MAX_ORACLE_DEPTH) return undefined;
      return { value, opts, replacements: g.replacements, tagged };
    },
    (batch) => oracle.pyDumps(batch.map((c) => ({ value: c.tagged, opts: c.opts }))),
    (c, want) => {
      if ('collision' in want) {
        skipped++;
        return null;
      }
      if ('error' in want) errors++;
      const got = ours(c);
      const same =
        'ok' in want
          ? 'ok' in got && got.ok === want.ok
          : 'error' in got && JSON.stringify(got.error) === JSON.stringify(want.error);
      if (same) return undefined;
      return `value=${showTagged(c.tagged)} opts=${JSON.stringify(c.opts)}\n  CPython: ${JSON.stringify(want)}\n  pyjson:  ${JSON.stringify(got)}`;
    },
  );
  console.log(
    `dumps differential: ${compared} cases compared (${errors} CPython errors, ${skipped} skipped for Python key collisions) in ${Date.now() - started} ms`,
  );
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});

/** JSON-shaped values (what JSON.parse returns), often with `,` and `:` in strings: the JSON.stringify paths. */
function jsonShaped(r: Rand, depth: number): unknown {
  if (depth >= 4 || r.chance(0.4)) {
    switch (r.int(6)) {
      case 0:
        return r.chance(0.5) ? r.range(-1000, 1000) : randInt(r);
      case 1:
        return randDouble(r);
      case 2:
        return r.pick([true, false, null]);
      case 3:
        // Now and then a string long enough to cross the escaper's 8,192-unit blocks.
        if (r.chance(0.1)) return (randString(r, 8) || 'é').repeat(r.range(1000, 4000));
        return r.pick([',', ':', 'a, b', 'k: v', '{"x":1,"y":[2,3]}', 'é', '\ud800', '"\\', '']);
      default:
        return randString(r, 4);
    }
  }
  const n = r.int(6);
  if (r.chance(0.5)) return Array.from({ length: n }, () => jsonShaped(r, depth + 1));
  const o: Record<string, unknown> = {};
  const special = [',', ':', 'a:b', 'é', '10', '9', 'constructor', 'toString', '__proto__', '\ud83d\ude00', '\uffff'];
  for (let i = 0; i < n; i++) {
    const k = r.chance(0.3) ? r.pick(special) : randString(r, 4);
    Object.defineProperty(o, k, { value: jsonShaped(r, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return o;
}

test('dumps() of JSON-shaped values gives CPython 3.14 text for random separators, indents, ensureAscii and sortKeys', async () => {
  const seed = runSeed('dumps differential, JSON-shaped values');
  const r = new Rand(rng(seed));
  const oracle = await getOracle();
  const { mismatches, compared } = runBatches(
    3000,
    BATCH,
    (): Case & { tagged: Tagged } => {
      const value = jsonShaped(r, 0);
      const opts: DumpOpts = {};
      if (r.chance(0.7)) {
        opts.separators = r.pick<[string, string]>([
          [', ', ': '],
          [',', ':'],
          [',', ': '],
          [', ', ':'],
          [' , ', ' : '],
          [';', '='],
          [':', ','],
          ['é', '\u00a0'],
        ]);
      }
      if (r.chance(0.3)) opts.indent = r.pick<number | string>([1, 2, '\t', 'é']);
      if (r.chance(0.5)) opts.ensureAscii = r.chance(0.5);
      if (r.chance(0.4)) opts.sortKeys = true;
      return { value, opts, replacements: new Map(), tagged: toTagged(value, {}) };
    },
    (batch) => oracle.pyDumps(batch.map((c) => ({ value: c.tagged, opts: c.opts }))),
    (c, want) => {
      const got = ours(c);
      if ('ok' in want && 'ok' in got && got.ok === want.ok) return undefined;
      if ('error' in want && 'error' in got && JSON.stringify(got.error) === JSON.stringify(want.error)) return undefined;
      return `value=${showTagged(c.tagged)} opts=${JSON.stringify(c.opts)}\n  CPython: ${JSON.stringify(want)}\n  pyjson:  ${JSON.stringify(got)}`;
    },
  );
  console.log(`dumps differential, JSON-shaped values: ${compared} cases compared`);
  assert.equal(mismatches.length, 0, report(seed, mismatches));
});
