#!/usr/bin/env node
// Bundles the built library (dist/index.js and what it imports) into one minified ESM file,
// build/bundle/pyjson.min.js, and prints its minified and gzipped sizes. This is the file the
// browser test and the playground load, and the size a user's bundler adds to an app.
//
//   node scripts/bundle.mjs            build, write, print the sizes (npm run size)
//   node scripts/bundle.mjs --check    the same, and exit 1 above the limit
//
// esbuild: one small package (plus its platform binary, no other dependencies) that bundles and
// minifies ESM in milliseconds; terser or rollup would need a bundler and a minifier and
// several transitive dependencies for the same result.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ENTRY = `${ROOT}dist/index.js`;
export const OUTFILE = `${ROOT}build/bundle/pyjson.min.js`;
/** The budget, minified and gzipped, in bytes: 10 KB (issue 6). */
export const LIMIT_BYTES = 10 * 1024;

/**
 * Bundles and minifies dist/index.js in memory.
 * No `keepNames`: the error classes set their `name` as literals, so minification cannot shorten
 * them (`e: Circular reference detected`); the portable tests check this on the bundle.
 * @returns {Promise<{ code: string, minified: number, gzipped: number }>}
 */
export async function bundle() {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first`);
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    keepNames: false,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const bytes = Buffer.from(code);
  return { code, minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

/** Bundles and writes build/bundle/pyjson.min.js; returns the sizes. */
export async function writeBundle(outfile = OUTFILE) {
  const b = await bundle();
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, b.code);
  return { ...b, outfile };
}

export function formatSize(b) {
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  return `pyjson bundle (dist/index.js, esbuild --minify): ${b.minified} bytes minified, `
    + `${b.gzipped} bytes (${kb(b.gzipped)}) gzipped; limit ${kb(LIMIT_BYTES)} gzipped`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const b = await writeBundle();
  console.log(formatSize(b));
  if (process.argv.includes('--check') && b.gzipped > LIMIT_BYTES) {
    console.error(`bundle too large: ${b.gzipped} > ${LIMIT_BYTES} bytes gzipped`);
    process.exitCode = 1;
  }
}
