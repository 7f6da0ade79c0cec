/**
 * The example runner itself: it reads each notation as documented in doctest.ts, finds the
 * expression a result belongs to, and fails an example that is wrong in any of the ways an example
 * can be wrong (the proof that a wrong example fails the build).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { instrument, parseResult } from './doctest.js';
import { deepEqual } from './equal.js';
import { fences, jsdocExamples } from './markdown.js';
import { repoRoot } from '../support/repo.js';
import { publicScope, runExample } from './runner.js';
import { float } from '../../src/index.js';

const ROOT = repoRoot();
const scope = await publicScope(ROOT);
const outDir = join(ROOT, 'build', 'doc-examples', 'self-test');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let counter = 0;

async function failuresOf(code: string): Promise<string[]> {
  const ex = { where: `self-test:${++counter}`, file: 'self-test', firstLine: 1, code };
  return runExample(ex, instrument(code, scope), join(outDir, `case-${counter}.mjs`));
}

test('result notations', () => {
  assert.deepEqual(parseResult("'[1, 2.0]'"), { kind: 'value', source: "'[1, 2.0]'" });
  assert.deepEqual(parseResult('→ [1, 2n]'), { kind: 'value', source: '[1, 2n]' });
  assert.deepEqual(parseResult('{ a: 1 }'), { kind: 'value', source: '{ a: 1 }' });
  assert.deepEqual(parseResult('JSONDecodeError: Expecting value: line 1 column 1 (char 0)'), {
    kind: 'error',
    name: 'JSONDecodeError',
    message: 'Expecting value: line 1 column 1 (char 0)',
  });
  assert.deepEqual(parseResult('throws InvalidOperation: [<class \'decimal.InvalidOperation\'>]'), {
    kind: 'error',
    name: 'InvalidOperation',
    message: "[<class 'decimal.InvalidOperation'>]",
  });
  // Ordinary comments.
  for (const text of ['Round-trip exactly what Python would write back:', '12 (char 11)', "'a' and 'b'", '[see below', 'rewrite a file in place']) {
    assert.equal(parseResult(text), null, text);
  }
  assert.throws(() => parseResult('→ [1, 2'), /does not parse/);
});

test('a result belongs to the expression statement right before it', () => {
  const { checks } = instrument(
    "const a = [1];\ndumps({\n  b: a,\n}); // '{\"b\": [1]}'\nloads('[1, 2,]');\n// JSONDecodeError: x\n//   notes: ['n']\nx; // → 1",
    scope,
  );
  assert.deepEqual(
    checks.map((c) => [c.line, c.expression]),
    [
      [4, 'dumps({\n  b: a,\n})'],
      [6, "loads('[1, 2,]')"],
      [8, 'x'],
    ],
  );
  assert.deepEqual(checks[1]!.expected, { kind: 'error', name: 'JSONDecodeError', message: 'x', notes: "['n']" });
  assert.throws(() => instrument('for (const x of [1]) {\n  x; // → 1\n}', scope), /does not follow an expression statement/);
  assert.throws(() => instrument('const y = 2; // → 2', scope), /does not follow an expression statement/);
});

test('a right example passes, with its own imports and the public exports in scope', async () => {
  assert.deepEqual(
    await failuresOf(
      "import { parseLines } from 'pyjson/streams';\nconst it = parseLines(['[1]\\n']);\nawait it.next(); // → { value: [1], done: false }\n" +
        "dumps([float(1), 2n ** 64n]); // '[1.0, 18446744073709551616]'\nloads('{\"b\": 1, \"a\": NaN}'); // { b: 1, a: NaN }\n" +
        "import 'node:stream';\nawait loadAsync(['[1]']); // → [1]\n" +
        "await dumpAsync([Symbol()], { write() {} });\n// TypeError: Object of type symbol is not JSON serializable\n//   notes: ['when serializing list item 0']",
    ),
    [],
  );
});

test('a wrong example fails, whatever is wrong in it', async () => {
  const wrong: [string, RegExp][] = [
    ["dumps([1.5]); // '[1.5 ]'", /shows '\[1\.5 \]'\n  gives '\[1\.5\]'/],
    ["loads('[12345678901234567890]'); // → [12345678901234567890]", /gives \[ 12345678901234567890n \]/],
    ["loads('{\"b\": 1, \"a\": 2}'); // { a: 2, b: 1 }", /gives \{ b: 1, a: 2 \}/],
    ["loads('[1,]'); // JSONDecodeError: Illegal trailing comma before end of array: line 1 column 4 (char 2)", /throws JSONDecodeError: .*\(char 2\)|char 2/],
    ["loads('[1]'); // JSONDecodeError: Expecting value", /but gives \[ 1 \]/],
    ["loads('[1,'); // → [1]", /but throws/],
    ["dumps([Symbol()]);\n// TypeError: Object of type symbol is not JSON serializable\n//   notes: ['when serializing list item 1']", /has notes/],
    ['loads("[1]") + undefinedName;', /the example throws ReferenceError/],
    ["loadAsync(['[1]']); // → [1]", /gives Promise/],
    ["loadAsync(['[1,']); // JSONDecodeError: Expecting value: line 1 column 4 (char 3)", /but gives Promise/],
  ];
  for (const [code, why] of wrong) {
    const failures = await failuresOf(code);
    assert.equal(failures.length, 1, `${code}\n${failures.join('\n')}`);
    assert.match(failures[0]!, why, code);
  }
});

test('deep equality as the examples need it', () => {
  assert.ok(deepEqual([NaN, 1n, 'a'], [NaN, 1n, 'a']));
  assert.ok(!deepEqual(0, -0));
  assert.ok(!deepEqual(1, 1n));
  assert.ok(!deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 }), 'key order counts');
  assert.ok(deepEqual(Object.assign(Object.create(null), { a: 1 }), { a: 1 }), 'null-prototype objects are dicts too');
  assert.ok(!deepEqual(new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]])), 'Map order counts');
  assert.ok(deepEqual(float(1), float(1)));
  assert.ok(!deepEqual(float(1), 1));
  assert.ok(!deepEqual([1], { 0: 1 }));
});

test('examples and their not-run markers are found in Markdown and JSDoc', () => {
  const md = 'text\n\n<!-- not run: needs a socket -->\n```ts\nf(socket);\n```\n\n```js\nx; // → 1\n```\n\n```console\n$ ls\n```\n';
  assert.deepEqual(
    fences(md).map((f) => [f.lang, f.line, f.code, f.notRun]),
    [
      ['ts', 4, 'f(socket);', 'needs a socket'],
      ['js', 8, 'x; // → 1', undefined],
      ['console', 12, '$ ls', undefined],
    ],
  );
  const src = '/**\n * Doc.\n * @param x a value\n * @example\n * f(1) // → 2\n * g()\n * @see h\n */\nexport function f() {}\n';
  assert.deepEqual(jsdocExamples('a.ts', src), [{ file: 'a.ts', line: 4, code: 'f(1) // → 2\ng()' }]);
});
