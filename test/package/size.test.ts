/**
 * The library's size as an app's bundler adds it: dist/index.js and its imports, bundled and
 * minified by esbuild (scripts/bundle.mjs, also `npm run size`), then gzipped, stays within the budget
 * set there (10 KB).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface BundleModule {
  LIMIT_BYTES: number;
  bundle(): Promise<{ code: string; minified: number; gzipped: number }>;
  formatSize(b: { minified: number; gzipped: number }): string;
}

const skip = !existsSync(`${ROOT}dist/index.js`) && 'dist/index.js is missing: run `npm run build` first';

test('the minified and gzipped bundle of the library stays within its size budget', { skip }, async (t) => {
  const { bundle, formatSize, LIMIT_BYTES } = (await import(new URL('scripts/bundle.mjs', `file://${ROOT}`).href)) as BundleModule;
  const b = await bundle();
  t.diagnostic(formatSize(b));
  assert.ok(b.minified > 1000, 'the bundle is suspiciously small');
  assert.ok(!/\bprocess\.|node:|require\(/.test(b.code), 'the library bundle needs Node built-ins');
  assert.ok(b.gzipped <= LIMIT_BYTES, `${b.gzipped} bytes gzipped, over the ${LIMIT_BYTES}-byte budget`);
});
