/**
 * Differential test of `pySort` against CPython 3.14's `list.sort()` (pyodide): for random lists,
 * the full sequence of `<` comparisons (which item is compared with which, in which order) and the
 * final order must be CPython's. Items compare by a numeric key, NaN included (every comparison
 * with it is false, so the final order depends on the algorithm), and may raise on a chosen pair.
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/unit/pysort.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pySort } from '../../src/pysort.js';
import { getOracle, Rand, rng, runSeed } from '../support/oracle.js';

/** Python side: items whose `__lt__` logs the pair of ids it is called with. */
const PY_SETUP = String.raw`
import json as _ps_json

class _PsBoom(Exception):
    pass

class _PsPlain:
    __slots__ = ('i', 'k')
    def __init__(self, i, k):
        self.i = i
        self.k = k
    def __lt__(self, other):
        _ps_log.append(self.i)
        _ps_log.append(other.i)
        return self.k < other.k

class _PsChecked:
    __slots__ = ('i', 'k', 't')
    def __init__(self, i, k, t):
        self.i = i
        self.k = k
        self.t = t
    def __lt__(self, other):
        _ps_log.append(self.i)
        _ps_log.append(other.i)
        if _ps_bad is not None and self.i == _ps_bad[0] and other.i == _ps_bad[1]:
            raise _PsBoom()
        if self.t != other.t:
            raise TypeError('incomparable')
        return self.k < other.k

_ps_log = []
_ps_bad = None

def _ps_batch(payload):
    global _ps_log, _ps_bad
    nan = float('nan')
    out = []
    for case in _ps_json.loads(payload):
        keys = case['keys']
        tags = case.get('tags')
        bad = case.get('bad')
        _ps_bad = tuple(bad) if bad is not None else None
        _ps_log = []
        if tags is None and bad is None:
            xs = [_PsPlain(i, nan if k is None else k) for i, k in enumerate(keys)]
        else:
            xs = [_PsChecked(i, nan if k is None else k, tags[i] if tags else 0) for i, k in enumerate(keys)]
        err = None
        try:
            xs.sort()
        except _PsBoom:
            err = 'boom'
        except TypeError:
            err = 'TypeError'
        out.append({'log': _ps_log, 'order': [x.i for x in xs] if err is None else None, 'error': err})
    _ps_log = []
    return _ps_json.dumps(out)

def _ps_floats(payload):
    out = []
    for keys in _ps_json.loads(payload):
        xs = [float('nan') if k is None else float(k) for k in keys]
        xs.sort()
        out.append([None if x != x else x for x in xs])
    return _ps_json.dumps(out)
`;

interface Case {
  /** Sort keys; null stands for NaN. */
  keys: (number | null)[];
  /** Type tags: items with different tags raise TypeError when compared. */
  tags?: number[];
  /** The comparison `lt(item bad[0], item bad[1])` raises. */
  bad?: [number, number];
}

interface PyResult {
  log: number[];
  order: number[] | null;
  error: 'boom' | 'TypeError' | null;
}

interface Item {
  i: number;
  k: number;
  t: number;
}

class Boom extends Error {}

/** pySort over the case's items, logging comparisons the way the Python side does. */
function runJs(c: Case): PyResult {
  const items: Item[] = c.keys.map((k, i) => ({ i, k: k === null ? NaN : k, t: c.tags ? c.tags[i]! : 0 }));
  const log: number[] = [];
  const bad = c.bad;
  const checked = c.tags !== undefined || bad !== undefined;
  const lt = (x: Item, y: Item): boolean => {
    log.push(x.i, y.i);
    if (checked) {
      if (bad && x.i === bad[0] && y.i === bad[1]) throw new Boom('boom');
      if (x.t !== y.t) throw new TypeError('incomparable');
    }
    return x.k < y.k;
  };
  try {
    pySort(items, lt);
  } catch (e) {
    if (e instanceof Boom) return { log, order: null, error: 'boom' };
    if (e instanceof TypeError) return { log, order: null, error: 'TypeError' };
    throw e;
  }
  return { log, order: items.map((x) => x.i), error: null };
}

const SPECIAL_LENGTHS = [0, 1, 2, 3, 4, 31, 32, 33, 63, 64, 65, 66, 127, 128, 129, 191, 192, 255, 256, 257, 299, 300];

function randLength(r: Rand): number {
  return r.chance(0.35) ? r.pick(SPECIAL_LENGTHS) : r.int(301);
}

function shuffle<T>(r: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const KINDS = [
  'permutation',
  'duplicates',
  'ascending-runs',
  'descending-runs',
  'nearly-sorted',
  'nearly-reversed',
  'all-equal',
  'interleaved-blocks',
  'sawtooth',
  'sorted',
  'reversed',
  'few-distinct-runs',
] as const;
type Kind = (typeof KINDS)[number];

/** Random keys of length n shaped as `kind` (long runs, duplicates, blocks that make merges gallop). */
function genKeys(r: Rand, n: number, kind: Kind): number[] {
  const range = (len: number) => Array.from({ length: len }, (_, i) => i);
  switch (kind) {
    case 'permutation':
      return shuffle(r, range(n));
    case 'duplicates': {
      const m = r.range(1, 12);
      return Array.from({ length: n }, () => r.int(m));
    }
    case 'ascending-runs':
    case 'descending-runs':
    case 'few-distinct-runs': {
      const out: number[] = [];
      const maxChunk = r.pick([4, 16, 40, 80, 150]);
      const m = kind === 'few-distinct-runs' ? r.range(2, 6) : r.pick([5, 50, 1000]);
      while (out.length < n) {
        const len = Math.min(n - out.length, r.range(1, maxChunk));
        const chunk = Array.from({ length: len }, () => r.int(m)).sort((x, y) => x - y);
        const desc = kind === 'descending-runs' || (kind === 'few-distinct-runs' && r.chance(0.5));
        out.push(...(desc ? chunk.reverse() : chunk));
      }
      return out;
    }
    case 'nearly-sorted':
    case 'nearly-reversed': {
      const xs = range(n);
      if (r.chance(0.5)) for (let i = 0; i < n; i++) xs[i] = Math.floor(i / r.range(1, 3));
      for (let s = r.range(1, 6); s > 0 && n > 1; s--) {
        const i = r.int(n);
        const j = r.chance(0.5) ? Math.min(n - 1, i + r.range(1, 3)) : r.int(n);
        [xs[i], xs[j]] = [xs[j]!, xs[i]!];
      }
      return kind === 'nearly-reversed' ? xs.reverse() : xs;
    }
    case 'all-equal':
      return Array.from({ length: n }, () => 7);
    case 'interleaved-blocks': {
      // Sorted values cut into blocks; blocks dealt to a few ascending runs, so merging the runs
      // takes long stretches from one side (galloping).
      const sorted = range(n).map((x) => (r.chance(0.2) ? x - (x % 3) : x));
      const nRuns = r.range(2, 4);
      const runs: number[][] = Array.from({ length: nRuns }, () => []);
      const maxBlock = r.pick([3, 10, 30, 70]);
      for (let i = 0; i < n; ) {
        const len = Math.min(n - i, r.range(1, maxBlock));
        runs[r.int(nRuns)]!.push(...sorted.slice(i, i + len));
        i += len;
      }
      if (r.chance(0.3)) for (const run of runs) run.reverse();
      return runs.flat();
    }
    case 'sawtooth': {
      const period = r.range(2, 100);
      const out = range(n).map((i) => i % period);
      return r.chance(0.5) ? out : range(n).map((i) => (Math.floor(i / period) % 2 ? period - (i % period) : i % period));
    }
    case 'sorted':
      return range(n).map((i) => (r.chance(0.3) ? i - (i % 2) : i));
    case 'reversed':
      return range(n)
        .map((i) => (r.chance(0.3) ? i - (i % 2) : i))
        .reverse();
  }
}

/** Sorted runs (some descending) of random lengths, the last often as long as an earlier one. */
function runsOfLengths(r: Rand): number[] {
  const nRuns = r.range(2, 6);
  const lens = Array.from({ length: nRuns }, () => r.range(1, r.pick([20, 80, 160])));
  if (r.chance(0.7)) lens[nRuns - 1] = lens[r.int(nRuns - 1)]!;
  const m = r.pick([3, 100, 10000]);
  const desc = r.chance(0.2);
  return lens.flatMap((len) => {
    const run = Array.from({ length: len }, () => r.int(m)).sort((x, y) => x - y);
    return desc && r.chance(0.5) ? run.reverse() : run;
  });
}

/** Keys of a random list; sometimes with NaNs sprinkled in (or all NaN). */
function genCase(r: Rand, n = randLength(r)): (number | null)[] {
  const keys: (number | null)[] = genKeys(r, n, r.pick(KINDS));
  if (r.chance(0.25)) {
    const p = r.pick([0.02, 0.1, 0.3, 0.7, 1]);
    for (let i = 0; i < n; i++) if (r.chance(p)) keys[i] = null;
  }
  return keys;
}

/** Index of the first difference between two logs (or -1). */
function firstDiff(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function showKeys(keys: (number | null)[]): string {
  const s = JSON.stringify(keys);
  return s.length > 2000 ? s.slice(0, 2000) + '...' : s;
}

function compare(c: Case, py: PyResult, label: string): void {
  const js = runJs(c);
  const at = firstDiff(js.log, py.log);
  if (at >= 0) {
    const cmp = at >> 1;
    const show = (log: number[]) =>
      cmp * 2 < log.length ? `lt(#${log[cmp * 2]}, #${log[cmp * 2 + 1]})` : '<no comparison: sort ended>';
    assert.fail(
      `${label}: comparison ${cmp} differs: pySort made ${show(js.log)}, CPython ${show(py.log)} ` +
        `(${js.log.length / 2} vs ${py.log.length / 2} comparisons)\n` +
        `keys=${showKeys(c.keys)}${c.tags ? `\ntags=${JSON.stringify(c.tags)}` : ''}${c.bad ? `\nbad=${JSON.stringify(c.bad)}` : ''}`,
    );
  }
  assert.equal(js.error, py.error, `${label}: error differs\nkeys=${showKeys(c.keys)}`);
  assert.deepEqual(js.order, py.order, `${label}: final order differs\nkeys=${showKeys(c.keys)}`);
}

const oracle = await getOracle();
oracle.py.runPython(PY_SETUP);

function pyBatch(cases: Case[]): PyResult[] {
  const f = oracle.py.globals.get('_ps_batch') as ((s: string) => string) & { destroy(): void };
  try {
    return JSON.parse(f(JSON.stringify(cases))) as PyResult[];
  } finally {
    f.destroy();
  }
}

function checkAll(cases: Case[], label: string, batch = 250): void {
  for (let start = 0; start < cases.length; start += batch) {
    const chunk = cases.slice(start, start + batch);
    const results = pyBatch(chunk);
    chunk.forEach((c, j) => compare(c, results[j]!, `${label} #${start + j}`));
  }
}

const seed = runSeed('pysort');

test('pySort() makes the same comparisons and leaves the same order as list.sort() on random lists', () => {
  const r = new Rand(rng(seed));
  const cases: Case[] = [];
  for (let i = 0; i < 2400; i++) cases.push({ keys: genCase(r) });
  // Every shape at the lengths where minrun and the merge tree change.
  for (const kind of KINDS) {
    for (const n of [64, 65, 127, 128, 256]) cases.push({ keys: genKeys(r, n, kind) });
  }
  // Natural runs of chosen lengths, often [.., L, m, L]: the final collapse's choice of which
  // neighbour to merge first only matters when the two candidate runs tie in length.
  for (let i = 0; i < 300; i++) cases.push({ keys: runsOfLengths(r) });
  // A few longer lists: deeper stacks of pending runs.
  for (const n of [500, 1000, 1025, 2048, 3000]) cases.push({ keys: genCase(r, n) });
  checkAll(cases, 'random');
});

test('pySort() matches list.sort() on small lists with NaN exhaustively', () => {
  // Every list over {0, 1, 2, NaN} of length 0..6: all orders of comparisons outcomes.
  const cases: Case[] = [];
  const vals = [0, 1, 2, null];
  for (let n = 0; n <= 6; n++) {
    const total = vals.length ** n;
    for (let code = 0; code < total; code++) {
      const keys: (number | null)[] = [];
      for (let c = code, i = 0; i < n; i++, c = Math.floor(c / vals.length)) keys.push(vals[c % vals.length]!);
      cases.push({ keys });
    }
  }
  checkAll(cases, 'exhaustive', 1000);
});

test('pySort() raises at the same comparison as list.sort() when lt throws on one pair', () => {
  const r = new Rand(rng(seed ^ 0x5eed));
  const cases: Case[] = [];
  while (cases.length < 400) {
    const keys = genCase(r);
    const { log } = runJs({ keys });
    if (log.length === 0) continue;
    const c = r.int(log.length / 2);
    cases.push({ keys, bad: [log[2 * c]!, log[2 * c + 1]!] });
  }
  const results = pyBatch(cases);
  cases.forEach((c, j) => {
    assert.equal(results[j]!.error, 'boom', `case #${j}: CPython did not raise`);
    compare(c, results[j]!, `raise #${j}`);
  });
});

test('pySort() hits the same incomparable pair first as list.sort() on mixed-type lists', () => {
  // Like {1: .., 'a': ..} with sort_keys: items of different "types" raise TypeError.
  const r = new Rand(rng(seed ^ 0x7e57));
  const cases: Case[] = [];
  while (cases.length < 400) {
    const n = r.range(2, 300);
    const keys = genCase(r, n);
    let tags: number[];
    if (r.chance(0.5)) {
      tags = new Array<number>(n).fill(0);
      for (let s = r.range(1, 3); s > 0; s--) tags[r.int(n)] = 1;
    } else {
      const p = r.next();
      tags = Array.from({ length: n }, () => (r.chance(p) ? 1 : 0));
    }
    if (tags.every((t) => t === tags[0])) tags[r.int(n)] = 1 - tags[0]!;
    cases.push({ keys, tags });
  }
  const results = pyBatch(cases);
  cases.forEach((c, j) => {
    assert.equal(results[j]!.error, 'TypeError', `case #${j}: CPython did not raise`);
    compare(c, results[j]!, `mixed #${j}`);
  });
});

test('pySort() orders floats with NaN like sorting a list of Python floats', () => {
  const r = new Rand(rng(seed ^ 0xf1f1));
  const lists: (number | null)[][] = [];
  for (let i = 0; i < 300; i++) {
    const keys = genCase(r);
    for (let j = 0; j < keys.length; j++) if (r.chance(0.15)) keys[j] = null;
    lists.push(keys);
  }
  const f = oracle.py.globals.get('_ps_floats') as ((s: string) => string) & { destroy(): void };
  let expected: (number | null)[][];
  try {
    expected = JSON.parse(f(JSON.stringify(lists))) as (number | null)[][];
  } finally {
    f.destroy();
  }
  lists.forEach((keys, j) => {
    const xs = keys.map((k) => (k === null ? NaN : k));
    pySort(xs, (a, b) => a < b);
    assert.deepEqual(
      xs.map((x) => (Number.isNaN(x) ? null : x)),
      expected[j],
      `floats #${j}: keys=${showKeys(keys)}`,
    );
  });
});

test('pySort() sorts long arrays stably and correctly', () => {
  const r = new Rand(rng(seed ^ 0x1a46e));
  for (const n of [0, 1, 2, 5000, 20000, 65536, 100_003]) {
    const items = Array.from({ length: n }, (_, i) => ({ i, k: r.chance(0.5) ? r.int(50) : r.int(1e6) }));
    const expected = [...items].sort((a, b) => a.k - b.k); // Array.prototype.sort is stable
    pySort(items, (a, b) => a.k < b.k);
    assert.deepEqual(
      items.map((x) => x.i),
      expected.map((x) => x.i),
      `n=${n}`,
    );
  }
});

test('pySort() leaves a permutation of the items when lt throws', () => {
  const r = new Rand(rng(seed ^ 0xbad));
  for (let t = 0; t < 200; t++) {
    const n = r.range(2, 2000);
    const items = Array.from({ length: n }, (_, i) => ({ i, k: r.int(n) }));
    let calls = 0;
    const limit = r.int(n * 8);
    try {
      pySort(items, (a, b) => {
        if (++calls > limit) throw new Boom('stop');
        return a.k < b.k;
      });
    } catch (e) {
      assert.ok(e instanceof Boom, "only the comparison's own exception propagates");
    }
    const ids = items.map((x) => x.i).sort((a, b) => a - b);
    assert.deepEqual(ids, Array.from({ length: n }, (_, i) => i), `n=${n} limit=${limit}`);
  }
});
