#!/usr/bin/env node
// What a runtime charges for two things every JSON writer in JavaScript does, whatever its code:
// making one large flat string, and one pass of JavaScript over a text. They bound how close a
// serializer, or a rewrite of JSON.stringify's text, can come to CPython and to JSON.stringify
// (bench/README.md, "Why the figures are what they are"). Runs on Node, Bun and Deno:
//
//   node --expose-gc bench/strings.mjs
//   bun bench/strings.mjs
//   deno run -A --v8-flags=--expose-gc bench/strings.mjs
// (`npm run test:runtimes` caches Node 22/24/26, Bun and Deno under ~/.cache/pyjson-runtimes.)
// As in bench/run.mjs, a minor collection runs before each timed call where the runtime offers it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minorGcFunction, runtimeLabel } from './runtime.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const now = () => performance.now();
const minorGc = (await minorGcFunction()) ?? (() => {});

/** Median time in ms of `f`, whose string result is read once (a concatenation is flattened then). */
function median(f, rounds = 40) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    minorGc();
    const t = now();
    const s = f();
    if (typeof s === 'string') s.charCodeAt(s.length >> 1);
    times.push(now() - t);
  }
  return times.sort((a, b) => a - b)[rounds >> 1];
}

const SIZE = 860_000; // characters: about twitter's or citm_catalog's text
const piece = 'a'.repeat(SIZE / 40);
const ascii = new Uint8Array(SIZE).fill(97);
const decoder = new TextDecoder();
const bytes = new Uint8Array(8192);

/** The plainest pass over a text: each code unit copied into a byte array. */
function copyLoop(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    bytes[n++] = text.charCodeAt(i);
    if (n === bytes.length) n = 0;
  }
  return n;
}

const twitter = JSON.parse(readFileSync(join(here, 'data', 'twitter.json'), 'utf8'));
const text = JSON.stringify(twitter);
const rows = [
  [`'ab'.repeat, ${SIZE} characters`, () => 'ab'.repeat(SIZE / 2)],
  [`TextDecoder of ${SIZE} ASCII bytes`, () => decoder.decode(ascii)],
  [`join of 40 flat pieces, ${SIZE} characters`, () => Array(40).fill(piece).join('')],
  [`JSON.stringify(twitter), ${text.length} characters`, () => JSON.stringify(twitter)],
  ['a JavaScript loop over that text (copy to bytes)', () => copyLoop(text)],
];
console.log(runtimeLabel());
for (const [name, f] of rows) console.log(`${name.padEnd(52)} ${median(f).toFixed(3)} ms`);
