/**
 * Every example in the documentation runs, and shows what it really gives (see doctest.ts for the
 * notation): the `ts`/`js` code blocks of README.md, CHANGELOG.md and docs/, and every `@example`
 * of the JSDoc comments in src/. An example runs as an ES module with every public export of the
 * package's entry points in scope (the `exports` of package.json: pyjson, pyjson/streams,
 * pyjson/python, ...), its own imports working as in a user's project (the package imports
 * itself by name, so dist/ must be built: `npm test` builds first). Examples that show no result
 * must still run without throwing.
 *
 * Each example runs in a fresh temporary folder, so it may write files and read them back.
 * Examples that cannot run here (they need a file, a server or values they only name) are
 * marked, with the reason: in Markdown by `<!-- not run: reason -->` on the line above the fence,
 * in src/ by an entry of NOT_RUN below. They are still compiled (a syntax error fails).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, inspect } from 'node:util';
import { HOOK, instrument, parses, type Check } from './doctest.js';
import { fences, jsdocExamples, listFiles, readText, repoRoot } from './markdown.js';
import { deepEqual } from './equal.js';

const ROOT = repoRoot();
const RUNNABLE = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

/**
 * `@example`s in src/ that are fragments, keyed by their first line (the examples live in files
 * other work is reorganising; an inline marker would be an edit there). Each entry must still
 * match an example, so the list cannot go stale.
 */
const NOT_RUN: Readonly<Record<string, string>> = {
  "import { createWriteStream } from 'node:fs';": 'writes a file (out.json) and names a value it does not define',
  "const config = await loadAsync(createReadStream('config.json'));": 'reads a file and fetches a URL',
  "for await (const record of parseLines(createReadStream('log.jsonl'))) console.log(record.id);": 'reads a file',
  'const values = response.body.pipeThrough(parseLinesStream());': 'needs a fetch response',
  'for await (const message of parseConcatenated(socket)) handle(message);': 'needs a socket',
  "await pipeline(Readable.from(stringifyLines(records)), createWriteStream('out.jsonl'));": 'writes a file from values it does not define',
  'await valuesStream.pipeThrough(stringifyLinesStream()).pipeThrough(new TextEncoderStream()).pipeTo(sink);':
    'names streams it does not define',
};

interface Example {
  /** `file:line` of the code's first line. */
  where: string;
  file: string;
  /** 1-based line of the file where the code's first line is. */
  firstLine: number;
  code: string;
  notRun?: string;
}

function collect(): Example[] {
  const out: Example[] = [];
  const docs = ['README.md', 'CHANGELOG.md', ...listFiles(ROOT, 'docs', ['.md'])];
  for (const file of docs) {
    for (const f of fences(readText(ROOT, file))) {
      if (!RUNNABLE.has(f.lang)) continue;
      const ex: Example = { where: `${file}:${f.line + 1}`, file, firstLine: f.line + 1, code: f.code };
      if (f.notRun !== undefined) ex.notRun = f.notRun;
      out.push(ex);
    }
  }
  for (const file of listFiles(ROOT, 'src', ['.ts'])) {
    for (const e of jsdocExamples(file, readText(ROOT, file))) {
      const ex: Example = { where: `${file}:${e.line + 1}`, file, firstLine: e.line + 1, code: e.code };
      const reason = NOT_RUN[e.code.split('\n')[0]!.trim()];
      if (reason !== undefined) ex.notRun = reason;
      out.push(ex);
    }
  }
  return out;
}

/** Every public export of the package's entry points, by name: name → specifier (ambiguous names left out). */
async function publicScope(): Promise<Map<string, string>> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
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

const examples = collect();
const scope = await publicScope();
const outDir = join(ROOT, 'build', 'doc-examples');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

test('the documentation has examples to run (README, docs/, src/)', () => {
  assert.ok(examples.some((e) => e.file === 'README.md' && e.notRun === undefined));
  assert.ok(examples.filter((e) => e.file.startsWith('docs/') && e.notRun === undefined).length >= 4);
  assert.ok(examples.filter((e) => e.file.startsWith('src/') && e.notRun === undefined).length >= 5);
  for (const name of ['dumps', 'loads', 'float', 'dumpAsync', 'parseLines']) assert.ok(scope.has(name), `${name} in scope`);
});

test('every NOT_RUN entry names an existing @example', () => {
  const firstLines = new Set(examples.filter((e) => e.file.startsWith('src/')).map((e) => e.code.split('\n')[0]!.trim()));
  for (const key of Object.keys(NOT_RUN)) assert.ok(firstLines.has(key), `NOT_RUN lists an example that no longer exists: ${key}`);
});

let counter = 0;
for (const ex of examples) {
  if (ex.notRun !== undefined) {
    test(`${ex.where} compiles (not run: ${ex.notRun})`, () => {
      assert.ok(ex.notRun!.trim() !== '', 'a not-run example needs a reason');
      assert.ok(parses(ex.code), `${ex.where}: the example does not parse`);
    });
    continue;
  }
  let instrumented: ReturnType<typeof instrument>;
  try {
    instrumented = instrument(ex.code, scope);
  } catch (e) {
    test(`${ex.where} has result comments that can be checked`, () => {
      assert.fail(`${ex.where}: ${(e as Error).message}`);
    });
    continue;
  }
  const { module, checks } = instrumented;
  const shown = checks.length === 0 ? 'runs without throwing' : `runs and gives the ${checks.length} result${checks.length === 1 ? '' : 's'} it shows`;
  test(`${ex.where} ${shown}`, { timeout: 20_000 }, async () => {
    const file = join(outDir, `example-${++counter}.mjs`);
    writeFileSync(file, `// ${ex.where}\n${module}`);
    const hook = newHook(ex, checks);
    (globalThis as Record<symbol, unknown>)[HOOK] = hook;
    // In a fresh folder of its own: examples may write files (and read back what they wrote).
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
    assert.ok(hook.failures.length === 0, `${ex.where}: the example does not give what it shows\n${hook.failures.join('\n')}`);
    const unchecked = checks.filter((c) => !hook.hit.has(c.id));
    assert.deepEqual(unchecked, [], `${ex.where}: results never reached`);
  });
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
    async check(id: number, run: () => Promise<unknown>, exp: Expected): Promise<void> {
      const c = checks[id]!;
      hit.add(id);
      let value: unknown;
      let error: unknown;
      let threw = false;
      try {
        value = await run();
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
