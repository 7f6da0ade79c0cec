// What the benchmark needs to know about the runtime it runs on (Node, Bun or Deno): its name, how
// to start another script on it with the same flags, its minor collection, and peak memory.
import { existsSync, readFileSync } from 'node:fs';

/** 'node', 'bun' or 'deno'. */
export const runtime = globalThis.Deno ? 'deno' : globalThis.Bun ? 'bun' : 'node';

/** e.g. "Node v26.10.0 (V8 14.6...)", "Bun 1.4.5 (JavaScriptCore)", "Deno 2.9.6 (V8 ...)". */
export function runtimeLabel() {
  if (runtime === 'bun') return `Bun ${globalThis.Bun.version} (JavaScriptCore)`;
  if (runtime === 'deno') return `Deno ${globalThis.Deno.version.deno} (V8 ${globalThis.Deno.version.v8})`;
  return `Node ${process.version} (V8 ${process.versions.v8})`;
}

/**
 * The command line that runs `script` on a runtime of the given kind. Node and Deno get V8's
 * `gc()` (a minor collection before each timed call); Bun has `edenGC()` in `bun:jsc` without a
 * flag. Deno: all permissions (the benchmark reads the corpora, writes temp files, runs python3),
 * and no config file (the project's package.json is not Deno's business).
 * @returns {[string, string[]]}
 */
export function commandFor(kind, bin, script, args = []) {
  if (kind === 'deno') return [bin, ['run', '-A', '--no-config', '--v8-flags=--expose-gc', script, ...args]];
  if (kind === 'bun') return [bin, [script, ...args]];
  return [bin, ['--expose-gc', script, ...args]];
}

/** The command line that runs `script` on this very runtime. */
export const selfCommand = (script, args) => commandFor(runtime, process.execPath, script, args);

/**
 * A minor (young generation) collection, or a no-op where the runtime does not offer one: run
 * before each timed call, so that no contender pays for the garbage the previous one left.
 */
export async function minorGcFunction() {
  if (runtime === 'bun') return (await import('bun:jsc')).edenGC;
  if (typeof globalThis.gc === 'function') return () => globalThis.gc({ type: 'minor' });
  return null;
}

/** A full collection where the runtime offers one (before a memory baseline). */
export function fullGc() {
  if (runtime === 'bun') globalThis.Bun.gc(true);
  else if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** Peak resident memory of this process so far, in MiB (Linux's VmHWM; else maxRSS). */
export function peakRssMiB() {
  return procStatus('VmHWM') ?? process.resourceUsage().maxRSS / 1024;
}

/** Resident memory of this process now, in MiB. */
export function currentRssMiB() {
  return procStatus('VmRSS') ?? process.memoryUsage().rss / 2 ** 20;
}

/** A memory figure of /proc/self/status (Linux), in MiB, or undefined elsewhere. */
function procStatus(field) {
  if (!existsSync('/proc/self/status')) return undefined;
  const m = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`${field}:\\s*(\\d+) kB`));
  return m ? Number(m[1]) / 1024 : undefined;
}
