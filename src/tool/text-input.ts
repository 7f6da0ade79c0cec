/**
 * Reading text as CPython's `TextIOWrapper` reads it: strict UTF-8 decoded chunk by chunk (so
 * errors are reported where CPython reports them), universal newlines for files, and the lines
 * of `--json-lines` as soon as they arrive.
 * @module
 */
import { concatBytes, encodeUtf8 } from '../codecs.js';
import { Utf8StreamDecoder } from '../utf8-stream.js';
import type { ByteSource } from './io.js';

/** CPython's TextIOWrapper reads its buffer in chunks of this many bytes (readline). */
const CHUNK_SIZE = 8192;

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encodeUtf8(chunk) : chunk;
}

export async function readAll(source: ByteSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const b = toBytes(chunk);
    parts.push(b);
    total += b.length;
  }
  return concatBytes(parts, total);
}

/** How long a partial chunk waits for more input before it is decoded anyway. */
const IDLE_MS = 20;

type Timers = {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const timers = globalThis as unknown as Timers;

/**
 * Re-cuts a byte stream into the pieces CPython's `TextIOWrapper` reads (`read1(8192)`): full
 * 8 KiB chunks while input keeps coming, as from a regular file; when the input pauses (a pipe,
 * a terminal, `tail -f`), what has arrived so far, as a read from a pipe returns it.
 */
async function* rechunk(source: ByteSource): AsyncGenerator<Uint8Array> {
  const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as
    | AsyncIterator<Uint8Array | string>
    | Iterator<Uint8Array | string>;
  let pending: Uint8Array = new Uint8Array(0);
  let next: Promise<IteratorResult<Uint8Array | string>> | null = null;
  let finished = false;
  try {
    for (;;) {
      while (pending.length >= CHUNK_SIZE) {
        yield pending.subarray(0, CHUNK_SIZE);
        pending = pending.subarray(CHUNK_SIZE);
      }
      next ??= Promise.resolve(it.next());
      let r: IteratorResult<Uint8Array | string> | 'idle';
      if (pending.length === 0) r = await next;
      else {
        let handle: unknown;
        const idle = new Promise<'idle'>((resolve) => (handle = timers.setTimeout(() => resolve('idle'), IDLE_MS)));
        r = await Promise.race([next, idle]);
        timers.clearTimeout(handle);
      }
      if (r === 'idle') {
        yield pending;
        pending = new Uint8Array(0);
        continue;
      }
      next = null;
      if (r.done) {
        finished = true;
        if (pending.length) yield pending;
        return;
      }
      const more = toBytes(r.value);
      pending = concatBytes([pending, more], pending.length + more.length);
    }
  } finally {
    // Stop the source (a Node stream is destroyed) when the consumer gives up early.
    if (!finished) await it.return?.();
  }
}

/** Universal newlines, as `open(path, encoding='utf-8')` reads: `\r\n` and `\r` become `\n`. */
export function translateNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * The lines of a text stream, as `for line in file` yields them from CPython's TextIOWrapper,
 * in batches (the complete lines available after each chunk read): bytes are decoded chunk by
 * chunk, so a decoding error is reported relative to its chunk, after the lines completed
 * before it; lines end after `\n` and keep it.
 * @param universal translate newlines as a file opened in text mode does (stdin does not)
 */
export async function* textLines(source: ByteSource, universal: boolean): AsyncGenerator<string[]> {
  const decoder = new Utf8StreamDecoder(false);
  let pendingCR = false;
  let buffer = '';
  const feed = (bytes: Uint8Array, final: boolean): string[] => {
    let out = decoder.decode(bytes, final);
    if (universal) {
      if (pendingCR && (out || final)) {
        out = '\r' + out;
        pendingCR = false;
      }
      if (out.endsWith('\r') && !final) {
        out = out.slice(0, -1);
        pendingCR = true;
      }
      out = translateNewlines(out);
    }
    // Only the new text can hold a new line end: a long line is not rescanned for each chunk.
    const lines: string[] = [];
    let nl = out.indexOf('\n');
    if (nl < 0) {
      buffer += out;
      return lines;
    }
    lines.push(buffer + out.slice(0, nl + 1));
    let at = nl + 1;
    for (nl = out.indexOf('\n', at); nl >= 0; nl = out.indexOf('\n', at)) {
      lines.push(out.slice(at, nl + 1));
      at = nl + 1;
    }
    buffer = out.slice(at);
    return lines;
  };
  for await (const chunk of rechunk(source)) {
    const lines = feed(chunk, false);
    if (lines.length) yield lines;
  }
  const lines = feed(new Uint8Array(0), true);
  if (buffer) lines.push(buffer);
  if (lines.length) yield lines;
}
