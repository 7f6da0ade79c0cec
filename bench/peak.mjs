// Peak memory of one parse, for bench/run.mjs: `peak.mjs <library> <file> <JSON.parse|loads>`
// prints how far this process's peak RSS (MiB) rose during the parse. The library is imported and
// the text read before the baseline, so that only the parse is counted.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fullGc, peakRssMiB } from './runtime.mjs';

const [lib, file, how] = process.argv.slice(2);
const { loads } = await import(pathToFileURL(lib).href);
const text = readFileSync(file, 'utf8');
fullGc();
const base = peakRssMiB();
const value = how === 'loads' ? loads(text) : JSON.parse(text);
const grown = peakRssMiB() - base;
if (value === undefined) throw new Error('no value');
console.log(grown.toFixed(1));
