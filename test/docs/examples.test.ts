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
 * in a JSDoc `@example` by `// not run: reason` as its first line. They are still compiled (a
 * syntax error fails).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { instrument, parses } from './doctest.js';
import { fences, jsdocExamples, readText } from './markdown.js';
import { listFiles, repoRoot } from '../support/repo.js';
import { publicScope, runExample, type Example } from './runner.js';

const ROOT = repoRoot();
const RUNNABLE = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

/** A not-run marker as the first line of a JSDoc `@example`: `// not run: reason`. */
const NOT_RUN_LINE = /^\/\/\s*not run:\s*(.*)$/;


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
      const marker = NOT_RUN_LINE.exec(e.code.split('\n')[0]!.trim());
      if (marker) ex.notRun = marker[1]!;
      out.push(ex);
    }
  }
  return out;
}

const examples = collect();
const scope = await publicScope(ROOT);
const outDir = join(ROOT, 'build', 'doc-examples', 'docs'); // doctest.test.ts runs beside, in its own folder
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

test('the documentation has examples to run (README, docs/, src/)', () => {
  assert.ok(examples.some((e) => e.file === 'README.md' && e.notRun === undefined));
  assert.ok(examples.filter((e) => e.file.startsWith('docs/') && e.notRun === undefined).length >= 4);
  assert.ok(examples.filter((e) => e.file.startsWith('src/') && e.notRun === undefined).length >= 5);
  for (const name of ['dumps', 'loads', 'float', 'dumpAsync', 'parseLines']) assert.ok(scope.has(name), `${name} in scope`);
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
  const { checks } = instrumented;
  const shown = checks.length === 0 ? 'runs without throwing' : `runs and gives the ${checks.length} result${checks.length === 1 ? '' : 's'} it shows`;
  test(`${ex.where} ${shown}`, { timeout: 20_000 }, async () => {
    const failures = await runExample(ex, instrumented, join(outDir, `example-${++counter}.mjs`));
    assert.ok(failures.length === 0, `${ex.where}: the example does not give what it shows\n${failures.join('\n')}`);
  });
}

