// Runs the portable cases against one copy of the library. No imports and no runtime APIs,
// so it works unchanged on Node, Bun, Deno and in a browser page.
import { tag } from './cases.mjs';

const hexBytes = (hex) => new Uint8Array((hex.match(/../g) ?? []).map((b) => parseInt(b, 16)));

/** The input a `loads` case describes, as the JS value handed to `loads`. */
export function loadsInput(input) {
  if (typeof input === 'string') return input;
  if ('hex' in input) return hexBytes(input.hex);
  return hexBytes(input.arrayBuffer).buffer;
}

/** What a thrown error looks like, in the shape of a case's `expect`. */
export function describeError(L, e, expect) {
  const out = { error: errorKind(L, e), message: e?.message };
  if (Array.isArray(e?.notes) || (expect && expect.notes)) out.notes = e?.notes;
  if (expect && 'pos' in expect) out.pos = e?.pos;
  return out;
}

// The Python class a JS error stands for: checked with instanceof and by name, so that a
// minifier that renamed the classes would be caught.
function errorKind(L, e) {
  const checks = [
    ['UnicodeDecodeError', L.UnicodeDecodeError],
    ['JSONDecodeError', L.JSONDecodeError],
    ['RecursionError', L.RecursionError],
    ['ValueError', L.ValueError],
    ['TypeError', TypeError],
  ];
  for (const [name, cls] of checks) {
    if (e instanceof cls) return e.name === name ? name : `${name} (named ${JSON.stringify(e.name)})`;
  }
  return `unexpected ${e?.name ?? typeof e}`;
}

/** Runs one case: its result in the shape of `expect` (a string, or an error description). */
export function runCase(L, c) {
  try {
    if (c.dumps) return L.dumps(c.dumps(L), typeof c.opts === 'function' ? c.opts(L) : c.opts);
    if (c.loads !== undefined) return tag(L.loads(loadsInput(c.loads), c.opts), L);
    return c.run(L);
  } catch (e) {
    return describeError(L, e, c.expect);
  }
}

/** Canonical text of a result, for comparison and display (lone surrogates stay visible). */
export function show(result) {
  return JSON.stringify(result);
}

/** Runs all cases: `{ total, passed, failures: [{ name, expected, actual }], results }`. */
export function runCases(L, cases) {
  const failures = [];
  const results = [];
  for (const c of cases) {
    const actual = runCase(L, c);
    const ok = show(actual) === show(c.expect);
    results.push({ name: c.name, ok, tricky: !!c.tricky });
    if (!ok) failures.push({ name: c.name, expected: show(c.expect), actual: show(actual) });
  }
  return { total: cases.length, passed: cases.length - failures.length, failures, results };
}
