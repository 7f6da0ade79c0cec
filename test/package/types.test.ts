/**
 * The published types as users meet them: test/types/usage.ts imports 'pyjson' through the
 * package's "exports" (so dist/index.d.ts) and uses the public API, compiled with strict,
 * exactOptionalPropertyTypes and noUncheckedIndexedAccess, lib es2022 only (no DOM, no Node types).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const skip = !existsSync(`${ROOT}dist/index.d.ts`) && 'dist/index.d.ts is missing: run `npm run build` first';

test('test/types/usage.ts compiles with strict against the published declarations', { skip }, () => {
  const tsc = `${ROOT}node_modules/typescript/bin/tsc`;
  const r = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(`${r.stdout}${r.stderr}`.trim(), '');
  assert.equal(r.status, 0);
});

test('package.json lists "types" first in each "exports" condition set', () => {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, unknown>; types?: string };
  const main = pkg.exports['.'] as Record<string, string>;
  assert.equal(Object.keys(main)[0], 'types');
  assert.equal(main.types, pkg.types ? `./${pkg.types.replace(/^\.\//, '')}` : main.types);
});
