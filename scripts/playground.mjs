#!/usr/bin/env node
// Builds the playground into build/playground/ (the page from docs/playground/ plus the package's
// minified bundle as pyjson.js) and serves it on 127.0.0.1.
//
//   npm run build && node scripts/playground.mjs           build, serve, print the address
//   node scripts/playground.mjs --build-only               build only (a static folder to publish)
//   PORT=9000 node scripts/playground.mjs                   another port (default 8000)
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, formatSize } from './bundle.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE = join(ROOT, 'docs/playground');
export const OUT = join(ROOT, 'build/playground');

/** Copies the page and writes the bundle next to it; returns the output folder. */
export async function buildPlayground(out = OUT) {
  const b = await bundle();
  mkdirSync(out, { recursive: true });
  cpSync(SOURCE, out, { recursive: true });
  writeFileSync(join(out, 'pyjson.js'), b.code);
  return { out, size: b };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { out, size } = await buildPlayground();
  console.log(`${formatSize(size)}\nplayground built in ${out}`);
  if (!process.argv.includes('--build-only')) {
    const { url } = await startServer({ root: out, port: Number(process.env.PORT ?? 8000) });
    console.log(`playground: ${url}  (Ctrl-C to stop)`);
  }
}
