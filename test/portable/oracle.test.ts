/**
 * The portable subset (test/portable/cases.mjs, plain JS run on Node, Bun, Deno and Chromium by
 * scripts/test-runtimes.mjs and test/browser/) holds its expected values as literals. This file
 * proves each literal is CPython 3.14's result (pyodide), and that the built dist/ passes the
 * subset on this Node.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

// Compiled to build/test/portable/: the .mjs files stay in the source tree.
const portable = new URL('../../../test/portable/', import.meta.url);
const dist = new URL('../../../dist/index.js', import.meta.url);

interface Case { name: string; expect: unknown; pyjsonOnly?: string }
interface OracleModule { cpythonResults(): Promise<{ c: Case; cpython: unknown }[]> }
interface CasesModule { cases: Case[] }
interface HarnessModule {
  runCases(lib: unknown, cases: Case[]): { total: number; passed: number; failures: { name: string; expected: string; actual: string }[] };
}

test('portable cases: every expected value is what CPython 3.14 gives', async () => {
  const { cpythonResults } = (await import(new URL('oracle.mjs', portable).href)) as OracleModule;
  const { cases } = (await import(new URL('cases.mjs', portable).href)) as CasesModule;
  const results = await cpythonResults();
  assert.ok(results.length >= 50, `only ${results.length} cases checked`);
  assert.equal(results.length, cases.filter((c) => !c.pyjsonOnly).length);
  const wrong = results
    .filter(({ c, cpython }) => JSON.stringify(c.expect) !== JSON.stringify(cpython))
    .map(({ c, cpython }) => `${c.name}\n  expect:  ${JSON.stringify(c.expect)}\n  cpython: ${JSON.stringify(cpython)}`);
  assert.deepEqual(wrong, [], 'run `node test/portable/oracle.mjs` to see CPython\'s results');
});

test('portable cases pass on this Node against the built dist/index.js', { skip: !existsSync(fileURLToPath(dist)) && 'dist/ is not built (npm run build)' }, async () => {
  const { cases } = (await import(new URL('cases.mjs', portable).href)) as CasesModule;
  const { runCases } = (await import(new URL('harness.mjs', portable).href)) as HarnessModule;
  const lib = await import(dist.href);
  const { failures, total } = runCases(lib, cases);
  assert.ok(total >= 50);
  assert.deepEqual(failures, []);
});
