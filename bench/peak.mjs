// Peak memory of one parse, for bench/run.mjs: `peak.mjs <library> <file> <JSON.parse|loads>`
// prints how far this process's peak RSS (MiB) rose above its RSS before the parse. The library
// is imported and the text read first, so that only the parse is counted.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { currentRssMiB, fullGc, peakRssMiB } from './runtime.mjs';

const [lib, file, how] = process.argv.slice(2);
const { loads } = await import(pathToFileURL(lib).href);
const text = readFileSync(file, 'utf8');
fullGc();
// Reading the file held its bytes and its text at once: on Linux, the peak is reset to the present
// RSS (clear_refs 5), else the parse's own peak would hide below that of the read.
let base = peakRssMiB();
try {
  writeFileSync('/proc/self/clear_refs', '5');
  base = currentRssMiB();
} catch {
  // not Linux: the peak so far is the baseline
}
const value = how === 'loads' ? loads(text) : JSON.parse(text);
const grown = peakRssMiB() - base;
if (value === undefined) throw new Error('no value');
console.log(grown.toFixed(1));
