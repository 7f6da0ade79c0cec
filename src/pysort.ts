/**
 * An emulation of CPython 3.14's `list.sort()` (TimSort with the powersort merge policy), making
 * exactly the same sequence of `<` comparisons as CPython does.
 *
 * Why: `json.dumps(d, sort_keys=True)` sorts `d.items()`. Which incomparable pair raises the
 * `TypeError` (and in which order its operands appear), and where keys whose comparisons are all
 * false (NaN) end up, both depend on the exact comparisons CPython's sort makes. This module
 * reproduces them: same calls `lt(x, y)`, same arguments, same order, same final arrangement, even
 * when `lt` is not a consistent order.
 *
 * The algorithm follows the description in CPython's `Objects/listsort.txt` and the behaviour of
 * `Objects/listobject.c` (3.14): natural runs found by `count_run` (3.13 version: descending runs may
 * contain equal elements, which keep their order), short runs extended by binary insertion to
 * `minrun`, runs merged by the powersort policy, merges by `merge_lo` / `merge_hi` with galloping
 * and the adaptive `min_gallop`. Written from that description; no CPython code is reused.
 * @module
 */

/** Largest minimum run length; CPython's MAX_MINRUN. */
const MAX_MINRUN = 64;
/** Initial galloping threshold; CPython's MIN_GALLOP. */
const MIN_GALLOP = 7;

interface Run {
  /** Index of the run's first element in the array being sorted. */
  base: number;
  len: number;
  /** Node depth in the powersort merge tree (set when the next run is found). */
  power: number;
}

/**
 * Sorts `items` in place exactly as CPython 3.14's `list.sort()` would sort a list whose items
 * compare with `lt` (`lt(x, y)` standing for Python's `x < y`).
 *
 * The calls made to `lt` (arguments and order) are the ones CPython makes to `__lt__`, and the final
 * arrangement is CPython's, also when `lt` is not a total order (NaN). An exception thrown by `lt`
 * propagates from the same comparison at which CPython's sort would raise; the array is then left
 * as some permutation of its original items.
 */
export function pySort<T>(items: T[], lt: (a: T, b: T) => boolean): void {
  const n = items.length;
  if (n < 2) return;
  new TimSort(items, lt).sort();
}

/** The minimum run length for a list of `n` items (n < 64: n itself; otherwise 32..64). */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * The powersort "power" of the run at [s1, s1 + n1) followed by a run of length n2, in a list of
 * length n: the number of leading binary digits shared by the two runs' midpoints divided by n,
 * plus one. Computed on doubled midpoints so that everything stays integral.
 */
function powerOf(s1: number, n1: number, n2: number, n: number): number {
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  let power = 0;
  for (;;) {
    power++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      return power;
    }
    a *= 2;
    b *= 2;
  }
}

class TimSort<T> {
  private readonly a: T[];
  private readonly lt: (x: T, y: T) => boolean;
  private minGallop = MIN_GALLOP;
  private readonly runs: Run[] = [];

  constructor(a: T[], lt: (x: T, y: T) => boolean) {
    this.a = a;
    this.lt = lt;
  }

  sort(): void {
    const a = this.a;
    const total = a.length;
    const minrun = computeMinrun(total);
    let lo = 0;
    let remaining = total;
    do {
      let len = this.countRun(lo, remaining);
      if (len < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binaryInsertion(lo, force, len);
        len = force;
      }
      this.foundNewRun(len, total);
      this.runs.push({ base: lo, len, power: 0 });
      lo += len;
      remaining -= len;
    } while (remaining > 0);
    // Final collapse: merge whatever is left, preferring the smaller neighbour.
    const runs = this.runs;
    while (runs.length > 1) {
      let i = runs.length - 2;
      if (i > 0 && runs[i - 1]!.len < runs[i + 1]!.len) i--;
      this.mergeAt(i);
    }
  }

  /** Reverses a[lo, hi). */
  private reverse(lo: number, hi: number): void {
    const a = this.a;
    hi--;
    while (lo < hi) {
      const t = a[lo]!;
      a[lo] = a[hi]!;
      a[hi] = t;
      lo++;
      hi--;
    }
  }

  /**
   * Length of the natural run starting at `lo` (at most `remaining` long), made ascending in place.
   * A strictly-descending-or-equal run is reversed, with each group of equal items reversed first
   * so that equal items keep their original order; an ascending tail may then extend it.
   */
  private countRun(lo: number, remaining: number): number {
    const a = this.a;
    const lt = this.lt;
    let n = 1;
    // Ascending (non-descending) prefix.
    for (; n < remaining; n++) {
      if (lt(a[lo + n]!, a[lo + n - 1]!)) break;
    }
    if (n === remaining) return n;
    // a[lo + n] is strictly smaller than its predecessor.
    if (n > 1) {
      // A prefix that really increased somewhere is an ascending run; one made of equal items
      // starts a descending run instead.
      if (lt(a[lo]!, a[lo + n - 1]!)) return n;
      this.reverse(lo, lo + n);
    }
    n++;
    let neq = 0;
    const flushEqual = (): void => {
      if (neq > 0) {
        neq++;
        this.reverse(lo + n - neq, lo + n);
        neq = 0;
      }
    };
    for (; n < remaining; n++) {
      if (lt(a[lo + n]!, a[lo + n - 1]!)) {
        flushEqual();
      } else if (lt(a[lo + n - 1]!, a[lo + n]!)) {
        break;
      } else {
        neq++;
      }
    }
    flushEqual();
    this.reverse(lo, lo + n);
    // The reversed run may continue with ascending items.
    for (; n < remaining; n++) {
      if (lt(a[lo + n]!, a[lo + n - 1]!)) break;
    }
    return n;
  }

  /** Stable binary insertion sort of a[lo, lo + n), of which a[lo, lo + ok) is already sorted. */
  private binaryInsertion(lo: number, n: number, ok: number): void {
    const a = this.a;
    const lt = this.lt;
    if (ok === 0) ok = 1;
    for (; ok < n; ok++) {
      const pivot = a[lo + ok]!;
      let left = 0;
      let right = ok;
      do {
        const mid = (left + right) >> 1;
        if (lt(pivot, a[lo + mid]!)) right = mid;
        else left = mid + 1;
      } while (left < right);
      for (let m = ok; m > left; m--) a[lo + m] = a[lo + m - 1]!;
      a[lo + left] = pivot;
    }
  }

  /**
   * Where `key` belongs in the sorted arr[base, base + n): the k in 0..n with
   * arr[base + k - 1] < key <= arr[base + k] (left of any equal items). Searches outwards from
   * `hint` with offsets 1, 3, 7, ... then finishes with a binary search.
   */
  private gallopLeft(key: T, arr: T[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0;
    let ofs = 1;
    const h = base + hint;
    if (lt(arr[h]!, key)) {
      // Search to the right of hint.
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(arr[h + ofs]!, key)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // Search to the left of hint.
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(arr[h - ofs]!, key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(arr[base + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** Like gallopLeft, but places `key` to the right of any equal items:
   * arr[base + k - 1] <= key < arr[base + k]. */
  private gallopRight(key: T, arr: T[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0;
    let ofs = 1;
    const h = base + hint;
    if (lt(key, arr[h]!)) {
      // Search to the left of hint.
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, arr[h - ofs]!)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // Search to the right of hint.
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, arr[h + ofs]!)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, arr[base + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Powersort policy: before pushing a run of length n2, merge the runs below the top that lie
   * deeper in the merge tree than the top run, then record the top run's power. */
  private foundNewRun(n2: number, total: number): void {
    const runs = this.runs;
    if (runs.length === 0) return;
    const top = runs[runs.length - 1]!;
    const power = powerOf(top.base, top.len, n2, total);
    while (runs.length > 1 && runs[runs.length - 2]!.power > power) {
      this.mergeAt(runs.length - 2);
    }
    runs[runs.length - 1]!.power = power;
  }

  /** Merges the runs at stack positions i and i + 1 (i is the second- or third-last). */
  private mergeAt(i: number): void {
    const runs = this.runs;
    const a = this.a;
    const ra = runs[i]!;
    const rb = runs[i + 1]!;
    let pa = ra.base;
    let na = ra.len;
    const pb = rb.base;
    let nb = rb.len;
    ra.len = na + nb;
    runs.splice(i + 1, 1);

    // Items of A that are <= B's first item are already in place.
    const k = this.gallopRight(a[pb]!, a, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    // Items of B that are >= A's last item are already in place.
    nb = this.gallopLeft(a[pa + na - 1]!, a, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /**
   * Stable merge of a[pa, pa + na) and a[pb, pb + nb) (pb = pa + na, na <= nb preferred) working
   * from the left, with A copied to a temporary array. A's last item belongs at the very end.
   */
  private mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const a = this.a;
    const lt = this.lt;
    const tmp = a.slice(pa, pa + na);
    let ia = 0;
    let ib = pb;
    let dest = pa;
    let copyB = false;
    try {
      a[dest++] = a[ib++]!;
      nb--;
      if (nb === 0) return;
      if (na === 1) {
        copyB = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        // One item at a time until one run wins minGallop times in a row.
        for (;;) {
          if (lt(a[ib]!, tmp[ia]!)) {
            a[dest++] = a[ib++]!;
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[ia++]!;
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        // Galloping mode, until neither run wins often enough.
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[ib]!, tmp, ia, na, 0);
          acount = k;
          if (k > 0) {
            for (let j = 0; j < k; j++) a[dest + j] = tmp[ia + j]!;
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (na === 0) return; // only with an inconsistent lt
          }
          a[dest++] = a[ib++]!;
          nb--;
          if (nb === 0) return;

          k = this.gallopLeft(tmp[ia]!, a, ib, nb, 0);
          bcount = k;
          if (k > 0) {
            for (let j = 0; j < k; j++) a[dest + j] = a[ib + j]!;
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = tmp[ia++]!;
          na--;
          if (na === 1) {
            copyB = true;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // leaving galloping mode costs
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // The last remaining A item goes after all remaining B items.
        for (let j = 0; j < nb; j++) a[dest + j] = a[ib + j]!;
        a[dest + nb] = tmp[ia]!;
      } else {
        // Normal end, or lt threw: the rest of A fills the gap.
        for (let j = 0; j < na; j++) a[dest + j] = tmp[ia + j]!;
      }
    }
  }

  /**
   * Stable merge of a[pa, pa + na) and a[pb, pb + nb) (pb = pa + na, na >= nb preferred) working
   * from the right, with B copied to a temporary array. B's first item belongs at the very start.
   */
  private mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const a = this.a;
    const lt = this.lt;
    const tmp = a.slice(pb, pb + nb);
    let ia = pa + na - 1; // last remaining A item, in a
    let ib = nb - 1; // last remaining B item, in tmp
    let dest = pb + nb - 1;
    let copyA = false;
    try {
      a[dest--] = a[ia--]!;
      na--;
      if (na === 0) return;
      if (nb === 1) {
        copyA = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tmp[ib]!, a[ia]!)) {
            a[dest--] = a[ia--]!;
            acount++;
            bcount = 0;
            na--;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[ib--]!;
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = na - this.gallopRight(tmp[ib]!, a, pa, na, na - 1);
          acount = k;
          if (k > 0) {
            dest -= k;
            ia -= k;
            for (let j = k; j >= 1; j--) a[dest + j] = a[ia + j]!;
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = tmp[ib--]!;
          nb--;
          if (nb === 1) {
            copyA = true;
            return;
          }

          k = nb - this.gallopLeft(a[ia]!, tmp, 0, nb, nb - 1);
          bcount = k;
          if (k > 0) {
            dest -= k;
            ib -= k;
            for (let j = 1; j <= k; j++) a[dest + j] = tmp[ib + j]!;
            nb -= k;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (nb === 0) return; // only with an inconsistent lt
          }
          a[dest--] = a[ia--]!;
          na--;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // The first remaining B item goes before all remaining A items.
        for (let j = 0; j < na; j++) a[dest - j] = a[ia - j]!;
        a[dest - na] = tmp[ib]!;
      } else {
        // Normal end, or lt threw: the rest of B fills the gap.
        for (let j = 0; j < nb; j++) a[dest - (nb - 1) + j] = tmp[j]!;
      }
    }
  }
}
