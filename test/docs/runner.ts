/**
 * Running one instrumented example (doctest.ts) and collecting how it differs from what it shows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, inspect } from 'node:util';
import { HOOK, type Check, type Instrumented } from './doctest.js';
import { deepEqual } from './equal.js';

export interface Example {
  /** `file:line` of the code's first line. */
  where: string;
  file: string;
  /** 1-based line of the file where the code's first line is. */
  firstLine: number;
  code: string;
  notRun?: string;
}

/** Every public export of the package's entry points, by name: name → specifier (ambiguous names left out). */
export async function publicScope(root: string): Promise<Map<string, string>> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const scope = new Map<string, string>();
  const values = new Map<string, unknown>();
  const ambiguous = new Set<string>();
  for (const key of Object.keys(pkg.exports)) {
    if (key.endsWith('.json')) continue;
    const specifier = pkg.name + key.slice(1);
    const mod = (await import(specifier)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!scope.has(name)) {
        scope.set(name, specifier);
        values.set(name, value);
      } else if (values.get(name) !== value) {
        ambiguous.add(name);
      }
    }
  }
  for (const name of ambiguous) scope.delete(name);
  return scope;
}

/**
 * Runs an instrumented example as the module `file` (inside the package, so that it can import
 * the package by name), in a fresh temporary folder of its own: examples may write files and read
 * back what they wrote. Returns the differences from what it shows (empty: it is right).
 */
export async function runExample(ex: Example, instrumented: Instrumented, file: string): Promise<string[]> {
  const { module, checks } = instrumented;
  writeFileSync(file, `// ${ex.where}\n${module}`);
  const hook = newHook(ex, checks);
  (globalThis as Record<symbol, unknown>)[HOOK] = hook;
  const home = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'pyjson-example-'));
  process.chdir(dir);
  try {
    await import(pathToFileURL(file).href);
  } catch (e) {
    hook.failures.push(`${ex.where}: the example throws ${inspect(e)}\n(instrumented: ${file})`);
  } finally {
    process.chdir(home);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const c of checks) if (!hook.hit.has(c.id)) hook.failures.push(`${ex.file}:${ex.firstLine + c.line - 1}: result never reached`);
  return hook.failures;
}

function newHook(ex: Example, checks: Check[]) {
  const hit = new Set<number>();
  const failures: string[] = [];
  const fail = (text: string): void => void failures.push(text);
  const output: string[] = [];
  const print = (...args: unknown[]): void => void output.push(format(...args));
  const at = (c: Check): string => `${ex.file}:${ex.firstLine + c.line - 1}: ${c.expression}`;
  return {
    hit,
    failures,
    console: { log: print, info: print, warn: print, error: print, debug: print, dir: print },
    async check(id: number, run: () => unknown, exp: Expected): Promise<void> {
      const c = checks[id]!;
      hit.add(id);
      let value: unknown;
      let error: unknown;
      let threw = false;
      try {
        value = run();
        // An async thunk (the expression awaits) settles here; a plain one's value is compared as it is.
        if (value instanceof Promise) {
          if (run.constructor.name === 'AsyncFunction') value = await value;
          else value.catch(() => {}); // shown as a value, so compared as a promise; its rejection is not unhandled
        }
      } catch (e) {
        threw = true;
        error = e;
      }
      if (exp.kind === 'value') {
        if (threw) return fail(`${at(c)}\n  shows ${show(c)}\n  but throws ${inspect(error)}`);
        const want = exp.value();
        if (!deepEqual(value, want)) fail(`${at(c)}\n  shows ${show(c)}\n  gives ${inspect(value, { depth: 8 })}`);
        return;
      }
      if (!threw) return fail(`${at(c)}\n  shows ${show(c)}\n  but gives ${inspect(value, { depth: 8 })}`);
      const e = error as { name?: unknown; message?: unknown; notes?: unknown };
      if (e?.name !== exp.name || e?.message !== exp.message) {
        fail(`${at(c)}\n  shows ${show(c)}\n  throws ${String(e?.name)}: ${String(e?.message)}`);
      }
      if (exp.notes !== undefined && !deepEqual(e.notes ?? [], exp.notes())) {
        fail(`${at(c)}\n  shows notes ${c.expected.kind === 'error' ? c.expected.notes : ''}\n  has notes ${inspect(e.notes)}`);
      }
    },
  };
}

type Expected =
  | { kind: 'value'; value: () => unknown }
  | { kind: 'error'; name: string; message: string; notes?: () => unknown };

function show(c: Check): string {
  return c.expected.kind === 'value' ? c.expected.source : `${c.expected.name}: ${c.expected.message}`;
}
