// Runs the portable subset on whatever runtime executes this file:
//   node test/portable/run.mjs [module]
//   bun test/portable/run.mjs [module]
//   deno run --allow-read test/portable/run.mjs [module]
// `module` is the library to test (a path or URL; default: the built dist/index.js).
// Prints one line per failure, then a summary line starting with `portable:`; exits 1 on failure.
import { cases } from './cases.mjs';
import { runCases } from './harness.mjs';

const g = globalThis;

function runtime() {
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  if (g.Bun) return `bun ${g.Bun.version}`;
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  return 'unknown';
}

function args() {
  if (g.Deno) return g.Deno.args;
  return g.process?.argv?.slice(2) ?? [];
}

function exit(code) {
  if (g.Deno) g.Deno.exit(code);
  else g.process.exitCode = code;
}

const arg = args()[0];
const target = arg === undefined
  ? new URL('../../dist/index.js', import.meta.url)
  : /^[a-z]+:/i.test(arg) ? new URL(arg) : new URL(arg, `file://${g.Deno ? g.Deno.cwd() : g.process.cwd()}/`);

const L = await import(target.href);
const started = Date.now();
const { total, passed, failures } = runCases(L, cases);
for (const f of failures) {
  console.log(`not ok - ${f.name}\n    expected: ${f.expected}\n    actual:   ${f.actual}`);
}
console.log(`portable: ${runtime()}: ${passed}/${total} passed in ${Date.now() - started} ms (${target.pathname.split('/').slice(-2).join('/')})`);
exit(failures.length === 0 ? 0 : 1);
