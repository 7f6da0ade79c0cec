/**
 * CPython 3.14's `list.sort()` (timsort with the powersort merge policy), replayed comparison by
 * comparison.
 *
 * Why: `json.dumps(d, sort_keys=True)` sorts `d.items()`. Which incomparable pair raises the
 * `TypeError` (operands in which order), and where keys whose comparisons are all false (NaN) end
 * up, both depend on the exact comparisons CPython's sort makes. `pySort` makes the same calls
 * `lt(x, y)`, in the same order, and leaves the same arrangement, even when `lt` is not a
 * consistent order.
 *
 * Written from CPython's `Objects/listsort.txt` and the behaviour of `Objects/listobject.c` (3.14),
 * reusing no CPython code: natural runs (a descending run may hold equal items, which keep their
 * order), short runs extended to `minrun` by binary insertion, the powersort merge policy, and
 * merges that gallop past long stretches with an adaptive threshold. CPython's merge_lo and
 * merge_hi are one merge here, run in either direction, and its gallop_left and gallop_right are
 * one gallop.
 * @module
 */

/** Initial galloping threshold; CPython's MIN_GALLOP. */
const MIN_GALLOP = 7;

type Lt<T> = (x: T, y: T) => boolean;

/**
 * Sorts `a` in place exactly as CPython 3.14's `list.sort()` would sort a list whose items compare
 * with `lt` (`lt(x, y)` standing for Python's `x < y`).
 *
 * The calls made to `lt` (arguments and order) are the ones CPython makes to `__lt__`, and the final
 * arrangement is CPython's, also when `lt` is not a total order (NaN). An exception thrown by `lt`
 * propagates from the same comparison at which CPython's sort would raise; the array is then left
 * as some permutation of its original items.
 */
export function pySort<T>(a: T[], lt: Lt<T>): void {
  const total = a.length;
  if (total < 2) return;
  let minGallop = MIN_GALLOP;
  /** Starts of the pending runs, then the start of the rest: run i is a[base[i], base[i + 1]). */
  const base = [0];
  /** power[i]: depth in the powersort tree of the boundary after run i (unused for the top run). */
  const power: number[] = [];
  /** Scratch space: merges write there, then copy back. */
  const s = a.slice();

  /** Merges the pending runs i and i + 1. */
  const mergeAt = (i: number): void => {
    let pa = base[i];
    const pb = base[i + 1];
    let end = base[i + 2];
    base.splice(i + 1, 1);
    // Items of A before B's first item, and of B after A's last item, are already in place.
    pa += gallop(lt, a[pb], a, pa, pb - pa, 1, true);
    if (pa == pb) return;
    end -= gallop(lt, a[pb - 1], a, end - 1, end - pb, -1);
    if (end == pb) return;
    // Runs A (0) and B (1) merge from the left (d = 1) when A is the shorter one, else from the
    // right. Run R is the one CPython leaves in place (B from the left, A from the right); the
    // merge stops when R is used up or the other run is down to its last item.
    const cnt = [pb - pa, end - pb];
    const R = cnt[0] <= cnt[1] ? 1 : 0;
    const d = 2 * R - 1;
    /** Next item of each run. */
    const pos = R ? [pa, pb] : [pb - 1, end - 1];
    let dest = pos[1 - R];
    /** Moves k items of run x to s; true when the merge is over. */
    const take = (x: number, k: number): boolean => {
      for (cnt[x] -= k; k-- > 0; dest += d, pos[x] += d) s[dest] = a[pos[x]];
      return !cnt[R] || cnt[1 - R] < 2;
    };
    if (!take(R, 1))
      merge: for (;;) {
        // One item at a time, until a run wins minGallop times in a row.
        for (let last = -1, wins = 0; wins < minGallop; ) {
          const x = lt(a[pos[1]], a[pos[0]]) ? R : 1 - R;
          wins = x == last ? wins + 1 : 1;
          last = x;
          if (take(x, 1)) break merge;
        }
        // Galloping: A's items up to B's next, one of B, B's items up to A's next, one of A,
        // while a stretch reaches MIN_GALLOP; the threshold falls while galloping pays off.
        minGallop++;
        for (let long = true; long; ) {
          if (minGallop > 1) minGallop--;
          long = false;
          for (let x = 0; x < 2; x++) {
            const k = gallop(lt, a[pos[1 - x]], a, pos[x], cnt[x], d, !x);
            if (take(x, k) || take(1 - x, 1)) break merge;
            if (k >= MIN_GALLOP) long = true;
          }
        }
        minGallop++;
      }
    // The rest: R's items then the other run's last one, or the other run's items after R's end.
    // (If lt threw, `a` is untouched.)
    take(R, cnt[R]);
    take(1 - R, cnt[1 - R]);
    for (let j = pa; j < end; j++) a[j] = s[j];
  };

  // minrun: n itself below 64, else n's top six bits, plus one if any bit below them is set.
  let minrun = total;
  let odd = 0;
  while (minrun >= 64) (odd |= minrun & 1), (minrun >>= 1);
  minrun += odd;

  let lo = 0;
  do {
    // The natural run a[lo, e), made ascending. After a strict drop, a prefix that rose somewhere
    // is the run; one of equal items starts a descending run, reversed at its end. Each group of
    // equal items in it is reversed as it closes, so that equal items keep their order.
    let e = lo + 1;
    let eq = 0;
    while (e < total && !lt(a[e], a[e - 1])) e++;
    if (e < total && !(e > lo + 1 && lt(a[lo], a[e - 1]))) {
      reverse(a, lo, e);
      for (e++; e < total; e++) {
        if (lt(a[e], a[e - 1])) reverse(a, e - eq - 1, e), (eq = 0);
        else if (lt(a[e - 1], a[e])) break;
        else eq++;
      }
      reverse(a, e - eq - 1, e);
      reverse(a, lo, e);
      while (e < total && !lt(a[e], a[e - 1])) e++; // an ascending tail may follow
    }
    // A short run is extended by binary insertion.
    for (const f = Math.min(lo + minrun, total); e < f; e++) {
      const x = a[e];
      let l = lo;
      let h = e;
      while (l < h) {
        const m = (l + h) >> 1;
        if (lt(x, a[m])) h = m;
        else l = m + 1;
      }
      for (let m = e; m > l; m--) a[m] = a[m - 1];
      a[l] = x;
    }
    // Powersort: the power of the boundary between the top run and the new one is one more than
    // the number of leading binary digits that their midpoints, as fractions of total, share
    // (x and y: the midpoints doubled, so integral). Runs whose boundary lies deeper are merged.
    let t = base.length - 2;
    if (lo) {
      let x = base[t] + lo;
      let y = lo + e;
      let p = 1;
      for (; x >= total || y < total; p++) {
        if (x >= total) (x -= total), (y -= total);
        x *= 2;
        y *= 2;
      }
      while (t > 0 && power[t - 1] > p) mergeAt(--t);
      power[t] = p;
    }
    base.push((lo = e));
  } while (lo < total);
  // Merge what is left, from the top, merging the two runs below the top first when the lower of
  // them is shorter than the top run.
  while (base.length > 2) {
    const i = base.length - 3;
    mergeAt(i > 0 && base[i] - base[i - 1] < base[i + 2] - base[i + 1] ? i - 1 : i);
  }
}

/**
 * Gallop: how many items of a sorted run lie on its near side of `key`, the run being the `c`
 * items from s[p] on in direction d: the items before key going up (d = 1), after it going down
 * (d = -1). An item equal to key counts as before it when `right`. Probes offsets 0, 1, 3, 7, ...
 * then bisects the last gap; going down, the midpoint offset is (lo + hi - 1) >> 1, which is
 * CPython's midpoint taken by index.
 */
function gallop<T>(lt: Lt<T>, key: T, s: T[], p: number, c: number, d: number, right?: boolean): number {
  // The answer lies in [lo, hi]; `probe` while offsets still double.
  let lo = 0;
  let hi = 0;
  for (let probe = 1; ; ) {
    if (probe && hi >= c) (hi = c), (probe = 0);
    if (!probe && lo >= hi) return hi;
    const j = probe ? hi : (lo + hi + (d >> 1)) >> 1;
    if ((right ? !lt(key, s[p + d * j]) : lt(s[p + d * j], key)) === d > 0) {
      lo = j + 1;
      if (probe) hi = 2 * hi + 1;
    } else (hi = j), (probe = 0);
  }
}

/** Reverses a[i, j). */
function reverse<T>(a: T[], i: number, j: number): void {
  for (j--; i < j; i++, j--) {
    const x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
}
