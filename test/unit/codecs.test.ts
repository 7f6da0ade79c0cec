/**
 * Differential test of `decodeBytes` / `detectEncoding` / `decodeAs` (src/codecs.ts) against
 * CPython 3.14 in pyodide: `json.detect_encoding(b)` and `b.decode(encoding, 'surrogatepass')`.
 * On success the text is compared as hex of its UTF-16 code units (lone surrogates survive);
 * on failure the exception's type, encoding, object, start, end, reason, str(e) and notes.
 *
 * Inputs: hand-picked edge cases; every 1- and 2-byte input; 3- and 4-byte inputs over an
 * alphabet of boundary bytes; a few large inputs (TextDecoder fast path, chunked string building);
 * and randomized byte strings (UTF-8 of random code points, UTF-16 and UTF-32 in both orders with
 * and without BOM, each with random corruptions), decoded both with the detected encoding and
 * with a forced one.
 *
 * Rerun a failing run with `PYJSON_SEED=<seed printed> node --test build/test/unit/codecs.test.js`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeAs, decodeBytes, detectEncoding, type JsonEncoding } from '../../src/codecs.js';
import { UnicodeDecodeError, ValueError } from '../../src/errors.js';
import { getOracle, Rand, rng, runSeed, strToHex } from '../support/oracle.js';

const ENCODINGS: readonly JsonEncoding[] = [
  'utf-8',
  'utf-8-sig',
  'utf-16',
  'utf-16-le',
  'utf-16-be',
  'utf-32',
  'utf-32-le',
  'utf-32-be',
];

/** One case: the bytes, and the codec to force (`null`: what `json.detect_encoding` says). */
interface Case {
  bytes: Uint8Array;
  forced: JsonEncoding | null;
}

/** The outcome in a form both sides produce: `enc` is the codec used. */
type Outcome =
  | { enc: string; ok: string }
  | { enc: string; err: [type: string, encoding: string, object: string, start: number, end: number, reason: string, message: string, notes: string[]] };

const PY_SETUP = `
import json
def _codec_batch(payload):
    out = []
    for h, forced in json.loads(payload):
        b = bytes.fromhex(h)
        enc = forced if forced is not None else json.detect_encoding(b)
        try:
            s = b.decode(enc, 'surrogatepass')
            out.append({'enc': enc, 'ok': s.encode('utf-16-le', 'surrogatepass').hex()})
        except Exception as e:
            if isinstance(e, UnicodeDecodeError):
                out.append({'enc': enc, 'err': [type(e).__name__, e.encoding, bytes(e.object).hex(), e.start, e.end, e.reason, str(e), list(getattr(e, '__notes__', []))]})
            else:
                out.append({'enc': enc, 'err': [type(e).__name__, '', '', -1, -1, '', str(e), list(getattr(e, '__notes__', []))]})
    return json.dumps(out)
`;

function hex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += b[i]!.toString(16).padStart(2, '0');
  return s;
}

function jsOutcome(c: Case): Outcome {
  const enc = c.forced ?? detectEncoding(c.bytes);
  try {
    const s = c.forced === null ? decodeBytes(c.bytes) : decodeAs(c.bytes, c.forced);
    return { enc, ok: strToHex(s) };
  } catch (e) {
    if (e instanceof UnicodeDecodeError) {
      const notes = (e as { notes?: string[] }).notes ?? [];
      return { enc, err: [e.name, e.encoding, hex(e.object), e.start, e.end, e.reason, e.message, [...notes]] };
    }
    const err = e as Error;
    return { enc, err: [err.name, '', '', -1, -1, '', err.message, []] };
  }
}

type Batch = (payload: string) => string;

async function pyBatcher(): Promise<(cases: Case[]) => Outcome[]> {
  const { py } = await getOracle();
  py.runPython(PY_SETUP);
  const f = py.globals.get('_codec_batch') as Batch;
  return (cases) => JSON.parse(f(JSON.stringify(cases.map((c) => [hex(c.bytes), c.forced])))) as Outcome[];
}

/** Runs all cases against the oracle in batches; returns the number compared. Fails with the
 * first few mismatches. */
function compareAll(py: (cases: Case[]) => Outcome[], cases: Case[], label: string, batchBytes = 200_000): number {
  const mismatches: string[] = [];
  let i = 0;
  while (i < cases.length) {
    // batches of a few hundred cases, fewer when they are large
    const batch: Case[] = [];
    let size = 0;
    while (i < cases.length && batch.length < 1000 && (batch.length === 0 || size + cases[i]!.bytes.length < batchBytes)) {
      size += cases[i]!.bytes.length;
      batch.push(cases[i++]!);
    }
    const expected = py(batch);
    for (let j = 0; j < batch.length; j++) {
      const c = batch[j]!;
      const got = jsOutcome(c);
      if (JSON.stringify(got) !== JSON.stringify(expected[j])) {
        if (mismatches.length < 8) {
          const shown = c.bytes.length > 64 ? `${hex(c.bytes.subarray(0, 64))}... (${c.bytes.length} bytes)` : hex(c.bytes);
          const trim = (o: Outcome | undefined) => {
            const s = JSON.stringify(o);
            return s.length > 600 ? s.slice(0, 600) + '...' : s;
          };
          mismatches.push(`${label}: bytes=${shown} forced=${c.forced}\n  expected ${trim(expected[j])}\n  got      ${trim(got)}`);
        } else if (mismatches.length === 8) mismatches.push('...');
      }
    }
  }
  assert.equal(mismatches.length, 0, `${mismatches.length} mismatches (first ones):\n${mismatches.join('\n')}`);
  return cases.length;
}

const B = (...xs: number[]) => Uint8Array.from(xs);
const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

/** Bytes where UTF-8 decoding changes behaviour. */
const BOUNDARY_BYTES = [
  0x00, 0x22, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbb, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee,
  0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xfe, 0xff,
];

function handPicked(): Uint8Array[] {
  const BOM8 = B(0xef, 0xbb, 0xbf);
  const cases: Uint8Array[] = [
    B(),
    ascii('[1]'),
    ascii('"abc"'),
    // BOMs, alone and with content
    BOM8,
    cat(BOM8, ascii('[1]')),
    cat(BOM8, BOM8),
    cat(BOM8, B(0x80)),
    cat(BOM8, ascii('a'), B(0xed, 0xa0)),
    cat(BOM8, B(0xed, 0xa0, 0x80)),
    cat(BOM8, B(0xe1, 0x80)),
    B(0xef, 0xbb),
    B(0xef),
    B(0xff, 0xfe),
    B(0xfe, 0xff),
    B(0xff, 0xfe, 0x00),
    B(0xfe, 0xff, 0x00),
    B(0xff, 0xfe, 0x00, 0x00),
    B(0x00, 0x00, 0xfe, 0xff),
    B(0xff, 0xfe, 0x00, 0x00, 0x00),
    B(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00),
    B(0xff, 0xfe, 0x41, 0x00),
    B(0xff, 0xfe, 0xff, 0xfe),
    B(0xfe, 0xff, 0xfe, 0xff),
    B(0xff, 0xfe, 0x00, 0xd8),
    B(0xff, 0xfe, 0x00, 0xd8, 0x41),
    B(0xff, 0xfe, 0x00, 0xdc, 0x00),
    B(0xfe, 0xff, 0xd8, 0x00, 0xdc, 0x00),
    B(0xfe, 0xff, 0xdc, 0x00, 0xd8, 0x00),
    B(0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00),
    B(0xff, 0xfe, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00),
    B(0xff, 0xfe, 0x00, 0x00, 0x00, 0xd8, 0x00, 0x00, 0x00),
    B(0xff, 0xfe, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00, 0x00),
    B(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0xd8, 0x00),
    B(0x00, 0x00, 0xfe, 0xff, 0x00, 0x11, 0x00, 0x00),
    B(0x00, 0x00, 0xfe, 0xff, 0x00, 0x10, 0xff, 0xff),
    B(0x00, 0x00, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff),
    B(0x00, 0x00, 0xfe, 0xff, 0x80, 0x00, 0x00, 0x00),
    B(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00),
    B(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00),
    // zero-byte heuristics
    B(0x00, 0x00, 0x00, 0x61),
    B(0x00, 0x61, 0x00, 0x62),
    B(0x61, 0x00, 0x00, 0x00),
    B(0x61, 0x00, 0x00, 0x62),
    B(0x61, 0x00, 0x62, 0x00),
    B(0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x00, 0x00),
    B(0x00, 0x00, 0x00, 0x61, 0xff, 0x00, 0x00, 0x00),
    B(0x00, 0x00, 0x00, 0x61, 0x00, 0x00, 0xdc, 0x00),
    B(0x61, 0x00, 0x00, 0xd8, 0x00),
    B(0x00, 0x61),
    B(0x61, 0x00),
    B(0x00, 0x00),
    B(0x00, 0xd8),
    B(0xd8, 0x00),
    B(0x00, 0xd8, 0x00, 0x00),
    B(0x00, 0x61, 0x00),
    B(0x31, 0x00, 0x00),
    B(0x00, 0x00, 0x00),
    B(0x00, 0x00, 0x00, 0x00),
    B(0x00, 0x00, 0x00, 0x00, 0x00),
    ascii('abcd'),
    ascii('ab'),
    ascii('a'),
    // UTF-8: truncations, overlongs, E0/ED/F0/F4 boundaries, encoded surrogates
    B(0xc2),
    B(0xe0, 0xa0),
    B(0xe0, 0x80),
    B(0xe0, 0x9f, 0x80),
    B(0xe0, 0xa0, 0x80),
    B(0xed, 0x9f, 0xbf),
    B(0xed, 0x9f),
    B(0xed, 0xa0),
    B(0xed, 0xa0, 0x80),
    B(0xed, 0xbf, 0xbf),
    B(0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80),
    B(0xed, 0xa0, 0x80, 0x80),
    B(0xed, 0xa0, 0xc0),
    B(0xed, 0xa0, 0x41),
    ascii('"\xed\xa0\x80"'),
    B(0xc0, 0x80),
    B(0xc1, 0xbf),
    B(0xc2, 0x80),
    B(0xdf, 0xbf),
    B(0xf0),
    B(0xf0, 0x90),
    B(0xf0, 0x90, 0x80),
    B(0xf0, 0x90, 0x80, 0x80),
    B(0xf0, 0x8f, 0xbf, 0xbf),
    B(0xf0, 0x80, 0x80),
    B(0xf0, 0x90, 0x41),
    B(0xf0, 0x90, 0x80, 0x41),
    B(0xf4, 0x8f, 0xbf, 0xbf),
    B(0xf4, 0x90, 0x80, 0x80),
    B(0xf4, 0x90),
    B(0xf5, 0x80, 0x80, 0x80),
    B(0xf8, 0x88, 0x80, 0x80, 0x80),
    B(0xfc, 0x84, 0x80, 0x80, 0x80, 0x80),
    B(0xe1, 0x80),
    B(0xe1, 0x80, 0x41),
    ascii('ab\xe1'),
    ascii('ab\xe1\x80\x80\x80'),
    ascii('["\x80"]'),
    B(0xef, 0xbf, 0xbd),
    B(0xef, 0xbf, 0xbe),
    B(0xef, 0xbf, 0xbf),
    B(0x80),
    B(0xbf),
    B(0xfe),
    B(0xff),
  ];
  return cases;
}

/** Every boundary lead byte followed by every boundary byte, then 2, 1 or 0 continuation bytes. */
function leadSweep(): Uint8Array[] {
  const cases: Uint8Array[] = [];
  for (const lead of BOUNDARY_BYTES) {
    for (const second of BOUNDARY_BYTES) {
      cases.push(cat(ascii('xyz'), B(lead, second, 0x80, 0x80)), cat(ascii('xyz'), B(lead, second, 0x80)), cat(ascii('xy'), B(lead, second)));
    }
  }
  return cases;
}

function exhaustiveShort(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let a = 0; a < 256; a++) out.push(B(a));
  for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) out.push(B(a, b));
  for (const a of BOUNDARY_BYTES) for (const b of BOUNDARY_BYTES) for (const c of BOUNDARY_BYTES) out.push(B(a, b, c));
  const LEADS = [0x00, 0x41, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xff];
  const CONT = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xfe, 0xff];
  for (const a of LEADS) for (const b of CONT) for (const c of CONT) for (const d of CONT) out.push(B(a, b, c, d));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Random inputs
// ---------------------------------------------------------------------------------------------

function randCodePoint(r: Rand): number {
  switch (r.int(10)) {
    case 0:
    case 1:
    case 2:
      return r.range(0x20, 0x7e);
    case 3:
      return r.range(0, 0x7f);
    case 4:
      return r.range(0x80, 0x7ff);
    case 5:
      return r.range(0x800, 0xffff);
    case 6:
      return r.range(0xd800, 0xdfff); // a surrogate (surrogatepass lets it through)
    case 7:
      return r.range(0x10000, 0x10ffff);
    case 8:
      return r.pick([0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x10ffff]);
    default:
      return r.pick([0x22, 0x5b, 0x5d, 0x7b, 0x7d, 0x3a, 0x2c, 0x20, 0x0a, 0x5c]);
  }
}

function utf8Of(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

function randLength(r: Rand): number {
  return r.chance(0.7) ? r.int(12) : r.chance(0.8) ? r.int(60) : r.int(400);
}

function randUtf8(r: Rand): number[] {
  const n = randLength(r);
  const out: number[] = r.chance(0.15) ? [0xef, 0xbb, 0xbf] : [];
  for (let i = 0; i < n; i++) out.push(...utf8Of(randCodePoint(r)));
  return out;
}

function randUtf16(r: Rand): number[] {
  const le = r.chance(0.5);
  const out: number[] = r.chance(0.4) ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  const n = randLength(r);
  const push = (u: number) => out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  // start with ASCII most of the time, so that the zero-byte heuristics pick UTF-16
  if (out.length === 0 && r.chance(0.8)) push(r.range(0x20, 0x7e));
  for (let i = 0; i < n; i++) {
    const cp = randCodePoint(r);
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      push(0xd800 | (v >> 10));
      push(0xdc00 | (v & 0x3ff));
    } else push(cp);
  }
  return out;
}

function randUtf32(r: Rand): number[] {
  const le = r.chance(0.5);
  const out: number[] = r.chance(0.4) ? (le ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]) : [];
  const n = randLength(r);
  for (let i = 0; i < n; i++) {
    let cp: number;
    if (r.chance(0.06)) cp = r.pick([0x110000, 0x10ffff, 0x1fffff, 0xffffff, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffe, 0xfeff0000, 0xfffe0000]);
    else if (r.chance(0.02)) cp = (r.next() * 2 ** 32) >>> 0;
    else cp = randCodePoint(r);
    const bytes = [cp >>> 24, (cp >>> 16) & 0xff, (cp >>> 8) & 0xff, cp & 0xff];
    out.push(...(le ? bytes.reverse() : bytes));
  }
  return out;
}

function corrupt(r: Rand, bytes: number[]): number[] {
  const b = bytes.slice();
  const rounds = r.chance(0.35) ? 0 : r.range(1, 3);
  for (let k = 0; k < rounds; k++) {
    const at = r.int(b.length + 1);
    switch (r.int(6)) {
      case 0: // replace a byte
        if (b.length > 0) b[Math.min(at, b.length - 1)] = r.chance(0.7) ? r.pick(BOUNDARY_BYTES) : r.int(256);
        break;
      case 1: // insert a byte
        b.splice(at, 0, r.chance(0.7) ? r.pick(BOUNDARY_BYTES) : r.int(256));
        break;
      case 2: // delete a byte
        b.splice(at, 1);
        break;
      case 3: // cut the end
        b.length = Math.max(0, b.length - r.range(1, 3));
        break;
      case 4: // cut anywhere
        b.length = at;
        break;
      default: // flip a bit
        if (b.length > 0) b[Math.min(at, b.length - 1)]! ^= 1 << r.int(8);
        break;
    }
  }
  return b;
}

function randomCases(r: Rand, count: number): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    let bytes: number[];
    switch (r.int(8)) {
      case 0:
      case 1:
      case 2:
        bytes = randUtf8(r);
        break;
      case 3:
      case 4:
        bytes = randUtf16(r);
        break;
      case 5:
      case 6:
        bytes = randUtf32(r);
        break;
      default: {
        // short strings over the boundary bytes: detection corner cases
        const n = r.int(9);
        bytes = [];
        for (let j = 0; j < n; j++) bytes.push(r.chance(0.8) ? r.pick(BOUNDARY_BYTES) : r.int(256));
      }
    }
    bytes = corrupt(r, bytes);
    const forced = r.chance(0.25) ? r.pick(ENCODINGS) : null;
    out.push({ bytes: Uint8Array.from(bytes), forced });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

const pyReady = pyBatcher();

test('decodeBytes() matches CPython on hand-picked edge cases (BOMs, truncations, overlongs, surrogates)', async () => {
  const py = await pyReady;
  const named = handPicked();
  const all: Case[] = [];
  for (const bytes of named) {
    all.push({ bytes, forced: null });
    for (const forced of ENCODINGS) all.push({ bytes, forced });
  }
  for (const bytes of leadSweep()) all.push({ bytes, forced: null });
  const n = compareAll(py, all, 'hand-picked');
  console.log(`hand-picked: ${named.length} inputs x (detected + ${ENCODINGS.length} codecs forced) + lead-byte sweep = ${n} cases`);
});

test('decodeBytes() matches CPython on every 1- and 2-byte input and on 3-/4-byte inputs of boundary bytes', async () => {
  const py = await pyReady;
  const inputs = exhaustiveShort();
  const n = compareAll(py, inputs.map((bytes) => ({ bytes, forced: null })), 'short');
  console.log(`short: ${n} cases`);
});

test('decodeAs() matches CPython for each codec on every 1- to 4-byte input of a small alphabet', async () => {
  const py = await pyReady;
  const ALPHA = [0x00, 0x41, 0x80, 0xd8, 0xdc, 0xed, 0xfe, 0xff];
  const cases: Case[] = [];
  const build = (prefix: number[], depth: number) => {
    if (prefix.length > 0) for (const forced of ENCODINGS) cases.push({ bytes: Uint8Array.from(prefix), forced });
    if (depth === 0) return;
    for (const a of ALPHA) build([...prefix, a], depth - 1);
  };
  build([], 4);
  const n = compareAll(py, cases, 'forced');
  console.log(`forced codecs: ${n} cases`);
});

test('decodeBytes() matches CPython on large inputs (TextDecoder fast path and chunked string building)', async () => {
  const py = await pyReady;
  const seed = runSeed('codecs large');
  const r = new Rand(rng(seed));
  const cases: Case[] = [];
  const text = (len: number, wide: boolean) => {
    const out: number[] = [];
    while (out.length < len) {
      const cp = wide ? randCodePoint(r) : r.range(0x20, 0x7e);
      if (!wide || cp < 0xd800 || cp > 0xdfff) out.push(...utf8Of(cp));
    }
    return out;
  };
  for (const len of [7, 8, 9, 100, 8191, 8192, 8193, 20000, 70000]) {
    for (const wide of [false, true]) {
      const valid = text(len, wide);
      cases.push({ bytes: Uint8Array.from(valid), forced: null });
      cases.push({ bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...valid]), forced: null });
      // an encoded surrogate, and an invalid byte, late in the input
      const late = valid.slice();
      late.splice(late.length - 5, 0, 0xed, 0xb2, 0x80);
      cases.push({ bytes: Uint8Array.from(late), forced: null });
      const bad = valid.slice();
      bad.splice(bad.length - 3, 0, 0xff);
      cases.push({ bytes: Uint8Array.from(bad), forced: null });
      for (const forced of ['utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'] as const) {
        cases.push({ bytes: Uint8Array.from(valid), forced });
      }
    }
  }
  const n = compareAll(py, cases, 'large', 50_000);
  console.log(`large: ${n} cases`);
});

test('decodeBytes() and decodeAs() match CPython on 24,000 random byte strings', async () => {
  const py = await pyReady;
  const seed = runSeed('codecs random');
  const r = new Rand(rng(seed));
  const cases = randomCases(r, 24_000);
  const n = compareAll(py, cases, `random seed=${seed}`);
  const errors = cases.filter((c) => !('ok' in jsOutcome(c))).length;
  console.log(`random: ${n} cases (${errors} raise UnicodeDecodeError)`);
});

test('decodeBytes() throws a UnicodeDecodeError that is a ValueError, with notes only for registry codecs', () => {
  const e = (() => {
    try {
      decodeBytes(Uint8Array.from([0x5b, 0x22, 0x80, 0x22, 0x5d]));
    } catch (err) {
      return err;
    }
    assert.fail('expected an exception');
  })();
  assert.ok(e instanceof UnicodeDecodeError);
  assert.ok(e instanceof ValueError);
  assert.equal(e.name, 'UnicodeDecodeError');
  assert.equal(e.message, "'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte");
  assert.equal((e as { notes?: string[] }).notes, undefined);
  assert.throws(
    () => decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x80])),
    (err: unknown) =>
      err instanceof UnicodeDecodeError &&
      err.start === 0 &&
      err.object.length === 1 &&
      JSON.stringify((err as { notes?: string[] }).notes) === JSON.stringify(["decoding with 'utf-8-sig' codec failed"]),
  );
  assert.equal(decodeBytes(Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22])), '"\ud800"');
});
