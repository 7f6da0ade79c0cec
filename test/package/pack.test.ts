/**
 * `npm pack` holds what users need and nothing else: dist, bin, README, LICENSE, CHANGELOG (and
 * package.json), and dist holds only the output of the current sources (tsc never deletes the
 * output of a removed source file).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const skip = !existsSync(`${ROOT}dist/index.js`) && 'dist/index.js is missing: run `npm run build` first';

function packedFiles(): string[] {
  // --ignore-scripts: no `prepare` build in the middle of a test run
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [info] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return info!.files.map((f) => f.path).sort();
}

test('npm pack contains only dist, bin, README, LICENSE, CHANGELOG and package.json', { skip }, () => {
  const files = packedFiles();
  const allowed = /^(dist\/(?:[^/]+\/)*[^/]+\.(js|d\.ts)|bin\/[^/]+\.js|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/python/index.js', 'dist/python/index.d.ts', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
    assert.ok(files.includes(needed), `${needed} is missing from the package`);
  }
});

test('npm pack ships no stale dist/ file without a source in src/', { skip }, () => {
  const stale = packedFiles()
    .filter((f) => f.startsWith('dist/'))
    .map((f) => f.replace(/^dist\//, '').replace(/\.(d\.ts|js)$/, ''))
    .filter((name) => !existsSync(`${ROOT}src/${name}.ts`));
  assert.deepEqual([...new Set(stale)], [], 'remove dist/ before building (rm -rf dist)');
});

test('the package resolves pyjson/python to dist/python/index.js, with its exports', { skip }, async () => {
  // A package can import itself by name through its exports map.
  const python = (await import('pyjson/python')) as Record<string, unknown>;
  for (const name of ['repr', 'str', 'UUID', 'pyRepr', 'ValueError']) {
    assert.ok(name in python, `pyjson/python lacks ${name}`);
  }
  assert.equal((python.repr as (x: unknown) => string)([true, null]), '[True, None]');
});
