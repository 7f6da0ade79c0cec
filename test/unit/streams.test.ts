// Files, streams and JSON Lines (src/streams.ts).
//
// Where the expected text comes from:
// - Error messages, positions, notes and partial outputs are CPython 3.14's, asked from pyodide in
//   this file (`py(...)` below), or quoted from runs of CPython 3.14.2 (iterencode chunks, dump's writes, load's encodings) where noted.
// - The text of a successful dumpAsync / stringifyLines is compared with our own `dumps` / `dump`:
//   their text is proven against CPython by test/differential/dumps.test.ts and test/cpython/*.
// - JSON Lines behaviour that CPython does not have (blank lines, CRLF, line numbers in errors) is
//   our spec (docs/streams.md): each line is checked against CPython's `json.loads(line)`.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, describe, test } from 'node:test';
import { dump, dumps, float, JSONDecodeError, JSONEncoder, loads, UnicodeDecodeError, ValueError } from '../../src/index.js';
import {
  dumpAsync,
  JSONLinesDecodeError,
  loadAsync,
  parseLines,
  parseLinesStream,
  stringifyLines,
  stringifyLinesStream,
} from '../../src/streams.js';
import { getOracle, strToHex, type Oracle } from '../support/oracle.js';

// ---------------------------------------------------------------------------------------------
// Helpers

let dir: string;
let oracle: Oracle;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pyjson-streams-'));
  oracle = await getOracle();
  oracle.pyRun(PY_HELPERS);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PY_HELPERS = String.raw`
import json

def _text(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

def _hex(s):
    return s.encode('utf-16-le', 'surrogatepass').hex()

def _err(e):
    out = {'type': type(e).__name__, 'message': str(e), 'notes': list(getattr(e, '__notes__', []))}
    if isinstance(e, json.JSONDecodeError):
        out.update(msg=e.msg, pos=e.pos, lineno=e.lineno, colno=e.colno, doc=_hex(e.doc))
    return out

def _loads_each(cases):
    # each case: {'text': utf16hex} or {'bytes': hex}; result: {'ok': hex of json.dumps(v)} or {'error': ...}
    out = []
    for c in json.loads(cases):
        try:
            doc = _text(c['text']) if 'text' in c else bytes.fromhex(c['bytes'])
            out.append({'ok': _hex(json.dumps(json.loads(doc)))})
        except Exception as e:
            out.append({'error': _err(e)})
    return json.dumps(out)

class _Opaque:
    pass
_Opaque.__name__ = _Opaque.__qualname__ = 'object'

def _dump_partial():
    # json.dump({'a': 1, 'b': [1, object()]}, w): what was written, and the error
    writes = []
    class W:
        def write(self, s):
            writes.append(s)
    try:
        json.dump({'a': 1, 'b': [1, object()]}, W())
        err = None
    except Exception as e:
        err = _err(e)
    return json.dumps({'written': ''.join(writes), 'error': err})
`;

type PyErr = { type: string; message: string; notes: string[]; msg?: string; pos?: number; lineno?: number; colno?: number; doc?: string };
type PyResult = { ok: string } | { error: PyErr };

/** CPython's `json.loads(doc)` for each doc (text or bytes). */
function pyLoadsEach(docs: (string | Uint8Array)[]): PyResult[] {
  const cases = docs.map((d) => (typeof d === 'string' ? { text: strToHex(d) } : { bytes: Buffer.from(d).toString('hex') }));
  const fn = oracle.py.globals.get('_loads_each') as ((s: string) => string) & { destroy(): void };
  try {
    return JSON.parse(fn(JSON.stringify(cases))) as PyResult[];
  } finally {
    fn.destroy();
  }
}

function hexToStr(h: string): string {
  let out = '';
  for (let i = 0; i < h.length; i += 4) out += String.fromCharCode(parseInt(h.slice(i, i + 2), 16) | (parseInt(h.slice(i + 2, i + 4), 16) << 8));
  return out;
}

async function rejection(p: Promise<unknown> | (() => Promise<unknown>)): Promise<Error & { notes?: string[] }> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e as Error & { notes?: string[] };
  }
  assert.fail('expected a rejection');
}

/** Collects parseLines' values until it ends or throws. */
async function collect(it: AsyncIterable<unknown>): Promise<{ values: unknown[]; error?: Error & { notes?: string[] } }> {
  const values: unknown[] = [];
  try {
    for await (const v of it) values.push(v);
  } catch (error) {
    return { values, error: error as Error };
  }
  return { values };
}

async function* asyncChunks<T>(chunks: T[]): AsyncGenerator<T> {
  for (const c of chunks) {
    await new Promise((r) => setImmediate(r));
    yield c;
  }
}

function webReadable<T>(chunks: T[]): ReadableStream<T> {
  let i = 0;
  return new ReadableStream<T>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => Buffer.concat(parts);

/** Splits `b` into pieces at the given offsets. */
function splitAt(b: Uint8Array, ...at: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const i of [...at, b.length]) {
    out.push(b.slice(prev, i));
    prev = i;
  }
  return out;
}

// An instance whose type name is 'object', like Python's object().
const object = { object: class {} }.object;

const SAMPLES: unknown[] = [
  { a: [1, 2, { b: null }], c: 'd' },
  [1, 'a', null, [2, 3], { k: 'v', n: [4] }, 1.5, true],
  'x',
  { 'é': ['😀', '\u2028', '\ud800'], n: [NaN, -Infinity, float(1), 2n ** 70n, -0] },
  [],
  {},
  Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['t'.repeat(i % 7)], v: i / 7 })),
];

const OPTION_SETS: Record<string, unknown>[] = [
  {},
  { indent: 2 },
  { indent: '\t', sortKeys: true },
  { separators: [',', ':'], ensureAscii: false },
  { sort_keys: true, ensure_ascii: false, indent: 0 },
];

// ---------------------------------------------------------------------------------------------
// dumpAsync

describe('dumpAsync()', () => {
  test('dumpAsync() writes the same text as dumps() and dump() for every sample and option set', async () => {
    for (const value of SAMPLES) {
      for (const opts of OPTION_SETS) {
        const chunks: string[] = [];
        dump(value, { write: (c: string) => chunks.push(c) }, opts);
        const writes: string[] = [];
        await dumpAsync(value, { write: (c: string) => writes.push(c) }, { ...opts, batchSize: 100 });
        assert.equal(writes.join(''), chunks.join(''));
        assert.equal(writes.join(''), dumps(value, opts));
      }
    }
  });

  test('dumpAsync() batches chunks into writes of about batchSize characters', async () => {
    const value = SAMPLES[6];
    const writes: string[] = [];
    await dumpAsync(value, { write: (c: string) => writes.push(c) }, { batchSize: 4096 });
    assert.equal(writes.join(''), dumps(value));
    const text = dumps(value);
    assert.ok(writes.length <= Math.ceil(text.length / 4096) + 1, `${writes.length} writes`);
    for (const w of writes.slice(0, -1)) assert.ok(w.length >= 4096 && w.length < 4096 + 200);
    const defaults: string[] = [];
    await dumpAsync(value, { write: (c: string) => defaults.push(c) });
    assert.ok(defaults.length >= 2 && defaults.length <= Math.ceil(text.length / 65536) + 1, `${defaults.length} writes`);
  });

  test('dumpAsync() round-trips through a real file (fs.createWriteStream, end: true)', async () => {
    const path = join(dir, 'dump-node.json');
    for (const opts of OPTION_SETS) {
      const value = SAMPLES[6];
      await dumpAsync(value, createWriteStream(path), { ...opts, end: true });
      assert.equal(await readFile(path, 'utf8'), dumps(value, opts));
      assert.deepEqual(await loadAsync(createReadStream(path)), loads(dumps(value, opts)));
    }
  });

  test('dumpAsync() leaves a Node stream open without end, so more can be written', async () => {
    const path = join(dir, 'dump-open.json');
    const out = createWriteStream(path);
    await dumpAsync([1, 2], out);
    await dumpAsync({ a: 'b' }, out, { end: false });
    out.end('\n');
    await once(out, 'finish');
    assert.equal(await readFile(path, 'utf8'), '[1, 2]{"a": "b"}\n');
  });

  test('dumpAsync() writes to a fs.promises FileHandle (a write() returning a promise)', async () => {
    const path = join(dir, 'dump-handle.json');
    const fh = await open(path, 'w');
    try {
      await dumpAsync(SAMPLES[3], fh, { batchSize: 8 });
    } finally {
      await fh.close();
    }
    assert.equal(await readFile(path, 'utf8'), dumps(SAMPLES[3]));
  });

  test('dumpAsync() writes to a WHATWG WritableStream and to Writable.toWeb(file), closing it with end: true', async () => {
    const got: string[] = [];
    const ws = new WritableStream<string>({ write: (c) => void got.push(c) });
    await dumpAsync(SAMPLES[0], ws, { indent: 2 });
    assert.equal(got.join(''), dumps(SAMPLES[0], { indent: 2 }));
    assert.equal(ws.locked, false, 'the writer lock is released');
    await dumpAsync(SAMPLES[1], ws, { end: true });
    assert.equal(got.join(''), dumps(SAMPLES[0], { indent: 2 }) + dumps(SAMPLES[1]));
    const closedWriter = ws.getWriter();
    await closedWriter.closed; // resolves: the stream was closed
    closedWriter.releaseLock();

    const path = join(dir, 'dump-web.json');
    await dumpAsync(SAMPLES[6], Writable.toWeb(createWriteStream(path)) as WritableStream<string>, { end: true });
    assert.equal(await readFile(path, 'utf8'), dumps(SAMPLES[6]));
  });

  test('dumpAsync() honours backpressure of a slow Node Writable: pending writes stay bounded', async () => {
    const value = SAMPLES[6];
    let inFlight = 0;
    let maxInFlight = 0;
    let maxBuffered = 0;
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 1000,
      decodeStrings: false,
      write(chunk: string, _enc, cb) {
        received.push(chunk);
        setTimeout(cb, 1);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((chunk: string, cb?: (e?: Error | null) => void) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const ok = write(chunk, (e) => {
        inFlight--;
        cb?.(e);
      });
      maxBuffered = Math.max(maxBuffered, slow.writableLength);
      return ok;
    }) as typeof slow.write;
    await dumpAsync(value, slow, { batchSize: 300 });
    assert.equal(received.join(''), dumps(value));
    assert.ok(received.length > 100, `${received.length} writes`);
    // write() returns false once 1000 characters are buffered; dumpAsync then waits for 'drain'.
    assert.ok(maxInFlight <= Math.ceil(1000 / 300) + 1, `max in flight ${maxInFlight}`);
    assert.ok(maxBuffered < 1000 + 400, `max buffered ${maxBuffered}`);
  });

  test('dumpAsync() honours backpressure of a slow WHATWG WritableStream (writer.ready)', async () => {
    const value = SAMPLES[6];
    let started = 0;
    let done = 0;
    let maxQueued = 0;
    const got: string[] = [];
    const ws = new WritableStream<string>(
      {
        async write(chunk) {
          got.push(chunk);
          await new Promise((r) => setTimeout(r, 1));
          done++;
        },
      },
      new CountQueuingStrategy({ highWaterMark: 2 }),
    );
    const writer = ws.getWriter.bind(ws);
    ws.getWriter = () => {
      const w = writer();
      const write = w.write.bind(w);
      w.write = (c?: string) => {
        started++;
        maxQueued = Math.max(maxQueued, started - done);
        return write(c);
      };
      return w;
    };
    await dumpAsync(value, ws, { batchSize: 300 });
    assert.equal(got.join(''), dumps(value));
    assert.ok(got.length > 100);
    assert.ok(maxQueued <= 3, `max queued ${maxQueued}`);
  });

  test('dumpAsync() rejects with the encoder error and its notes after writing what dump() writes before it (CPython: json.dump)', async () => {
    const fn = oracle.py.globals.get('_dump_partial') as (() => string) & { destroy(): void };
    const expected = JSON.parse(fn()) as { written: string; error: PyErr };
    fn.destroy();
    assert.equal(expected.written, '{"a": 1, "b": [1, ');
    const value = { a: 1, b: [1, new object()] };

    const sinks: [string, () => { target: any; text: () => Promise<string> }][] = [
      ['a write() object', () => {
        const got: string[] = [];
        return { target: { write: (c: string) => got.push(c) }, text: async () => got.join('') };
      }],
      ['a Node Writable', () => {
        const got: string[] = [];
        const target = new Writable({ decodeStrings: false, write: (c: string, _e, cb) => (got.push(c), setImmediate(cb)) });
        return { target, text: async () => got.join('') };
      }],
      ['a WHATWG WritableStream', () => {
        const got: string[] = [];
        return { target: new WritableStream<string>({ write: async (c) => void got.push(c) }), text: async () => got.join('') };
      }],
    ];
    for (const [name, make] of sinks) {
      const { target, text } = make();
      const e = await rejection(dumpAsync(value, target, { batchSize: 1 }));
      assert.ok(e instanceof TypeError, name);
      assert.equal(e.message, expected.error.message, name);
      assert.deepEqual(e.notes, expected.error.notes, name);
      assert.equal(await text(), expected.written, name);
    }
    // Batched: the partial text is still written before the rejection.
    const got: string[] = [];
    const e = await rejection(dumpAsync(value, { write: (c: string) => got.push(c) }));
    assert.deepEqual(e.notes, ['when serializing list item 1', "when serializing dict item 'b'"]);
    assert.equal(got.join(''), '{"a": 1, "b": [1, ');
  });

  test('dumpAsync() rejects with the stream error of a Node Writable or a WritableStream', async () => {
    const boom = new Error('disk full');
    let calls = 0;
    const failing = new Writable({
      write(_c, _e, cb) {
        cb(++calls === 3 ? boom : null);
      },
    });
    assert.equal(await rejection(dumpAsync(SAMPLES[6], failing, { batchSize: 100 })), boom);

    const failingWeb = new WritableStream<string>({
      write() {
        if (++calls > 5) throw boom;
      },
    });
    assert.equal(await rejection(dumpAsync(SAMPLES[6], failingWeb, { batchSize: 100 })), boom);

    const destroyed = new Writable({ highWaterMark: 10, write: (_c, _e, cb) => setTimeout(cb, 5) });
    setTimeout(() => destroyed.destroy(), 2);
    const e = await rejection(dumpAsync(SAMPLES[6], destroyed, { batchSize: 100 }));
    assert.match(e.message, /Premature close|destroyed/);
  });

  test('dumpAsync() rejects bad targets and options with a TypeError', async () => {
    assert.ok((await rejection(dumpAsync(1, 42 as never))) instanceof TypeError);
    assert.ok((await rejection(dumpAsync(1, { write() {} }, { batchSize: 0 }))) instanceof TypeError);
    const e = await rejection(dumpAsync(1, { write() {} }, { sortKeys: true, sort_keys: true }));
    assert.ok(e instanceof TypeError);
  });
});

// ---------------------------------------------------------------------------------------------
// The Readable.from(iterencode) recipe

describe('JSONEncoder.iterencode() with Readable.from', () => {
  test('Readable.from(encoder.iterencode(value)) piped to a file writes dumps() text', async () => {
    const path = join(dir, 'recipe.json');
    await pipeline(Readable.from(new JSONEncoder({ indent: 2 }).iterencode(SAMPLES[6])), createWriteStream(path));
    assert.equal(await readFile(path, 'utf8'), dumps(SAMPLES[6], { indent: 2 }));
  });

  test('Readable.from(encoder.iterencode(value)) fails the pipeline with the error and its notes', async () => {
    const path = join(dir, 'recipe-bad.json');
    const e = await rejection(pipeline(Readable.from(new JSONEncoder().iterencode({ a: 1, b: [1, new object()] })), createWriteStream(path)));
    assert.ok(e instanceof TypeError);
    assert.deepEqual(e.notes, ['when serializing list item 1', "when serializing dict item 'b'"]);
  });
});

// ---------------------------------------------------------------------------------------------
// loadAsync

describe('loadAsync()', () => {
  // Written to a UTF-8 file, so no lone surrogates here.
  const doc = dumps({ 'é': ['😀', '\u2028', 'x'], n: [1.5, 2n ** 70n], deep: SAMPLES[0] }, { ensureAscii: false, indent: 1 });

  test('loadAsync() reads files as bytes and as text, a WHATWG ReadableStream, a Response, a Blob and iterables', async () => {
    const path = join(dir, 'load.json');
    await writeFile(path, doc);
    const expected = loads(doc);
    assert.deepEqual(await loadAsync(createReadStream(path, { highWaterMark: 3 })), expected);
    assert.deepEqual(await loadAsync(createReadStream(path, { encoding: 'utf8', highWaterMark: 3 })), expected);
    assert.deepEqual(await loadAsync(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>), expected);
    assert.deepEqual(await loadAsync(new Response(doc)), expected);
    assert.deepEqual(await loadAsync(new Response(utf8(doc))), expected);
    assert.deepEqual(await loadAsync(new Blob([doc])), expected);
    assert.deepEqual(await loadAsync(asyncChunks([...doc])), expected);
    assert.deepEqual(await loadAsync([...utf8(doc)].map((b) => new Uint8Array([b]))), expected);
    assert.deepEqual(await loadAsync([utf8(doc).buffer as ArrayBuffer]), expected);
    assert.deepEqual(await loadAsync(doc), expected);
  });

  test('loadAsync() decodes UTF-16 and UTF-32 split into single bytes, as loads(bytes)', async () => {
    const text = '["aµ€𝄠"]';
    for (const bytes of [
      Buffer.from('\ufeff' + text, 'utf16le'),
      Buffer.from(text, 'utf16le'),
      Buffer.from(Buffer.from(text, 'utf16le').swap16()),
      cat(Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)),
    ]) {
      const pieces = [...bytes].map((b) => new Uint8Array([b]));
      assert.deepEqual(await loadAsync(webReadable(pieces)), ['aµ€𝄠']);
    }
  });

  test('loadAsync() decodes a multi-byte character split across chunks and a surrogate pair split across text chunks', async () => {
    const bytes = utf8('["é😀€"]');
    for (let i = 1; i < bytes.length; i++) {
      for (let j = i + 1; j < bytes.length; j++) {
        assert.deepEqual(await loadAsync(splitAt(bytes, i, j)), ['é😀€']);
      }
    }
    assert.deepEqual(await loadAsync(asyncChunks(['["\ud83d', '\ude00"]'])), ['😀']);
    // A lone surrogate in UTF-8 (CPython's surrogatepass), split.
    assert.deepEqual(await loadAsync([new Uint8Array([0x22, 0xed]), new Uint8Array([0xa0, 0x80, 0x22])]), '\ud800');
  });

  test('loadAsync() reports a truncated stream as CPython reports the truncated document', async () => {
    const cases: (string | Uint8Array)[] = ['{"a": [1, 2', '{"a": [1, 2], "b', '["é", ', '', '{"k": "😀😀', utf8('["é"'), utf8('["\u00e9')];
    const py = pyLoadsEach(cases.map((c) => (typeof c === 'string' ? c : c)));
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i]!;
      // Strings split into UTF-16 units, so surrogate pairs are split too.
      const chunks = typeof c === 'string' ? c.split('') : [...c].map((b) => new Uint8Array([b]));
      const e = await rejection(loadAsync(asyncChunks(chunks as (string | Uint8Array)[])));
      const want = (py[i] as { error: PyErr }).error;
      assert.ok(e instanceof JSONDecodeError, String(c));
      assert.equal(e.message, want.message);
      assert.equal(e.pos, want.pos);
    }
    // Truncated in the middle of a UTF-8 character: a UnicodeDecodeError, as loads(bytes).
    const cut = utf8('["é"]').subarray(0, 3);
    const [want] = pyLoadsEach([cut]) as [{ error: PyErr }];
    const e = await rejection(loadAsync([cut.subarray(0, 2), cut.subarray(2)]));
    assert.ok(e instanceof UnicodeDecodeError);
    assert.equal(e.message, want.error.message);
  });

  test('loadAsync() rejects a text stream starting with a BOM, as loads(str), and accepts it in bytes', async () => {
    const e = await rejection(loadAsync(['\ufeff[1]']));
    assert.equal(e.message, 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)');
    assert.deepEqual(await loadAsync([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x5b, 0x31, 0x5d])]), [1]);
  });

  test('loadAsync() passes options to the decoder and rejects bad sources and mixed chunks', async () => {
    assert.deepEqual(await loadAsync(['{"a": 1.0}'], { lossless: true }), new Map([['a', float(1)]]));
    assert.deepEqual(await loadAsync(['[1]'], { parse_int: (s: string) => `int:${s}` }), ['int:1']);
    assert.ok((await rejection(loadAsync(42 as never))) instanceof TypeError);
    assert.ok((await rejection(loadAsync(['[', new Uint8Array([0x5d])]))) instanceof TypeError);
    assert.ok((await rejection(loadAsync([1 as never]))) instanceof TypeError);
    assert.equal((await rejection(loadAsync(new Response(null)))).message, 'Expecting value: line 1 column 1 (char 0)');
  });

  test('loadAsync() rejects with the source error', async () => {
    const boom = new Error('connection reset');
    const src = new Readable({ read() {} });
    src.push('[1, 2');
    setTimeout(() => src.destroy(boom), 5);
    assert.equal(await rejection(loadAsync(src)), boom);
  });
});

// ---------------------------------------------------------------------------------------------
// parseLines

describe('parseLines()', () => {
  test('parseLines() round-trips stringifyLines() through a real file', async () => {
    const path = join(dir, 'lines.jsonl');
    const records = SAMPLES[6] as object[];
    await pipeline(Readable.from(stringifyLines(records)), createWriteStream(path, { highWaterMark: 1000 }));
    const text = await readFile(path, 'utf8');
    assert.equal(text, records.map((r) => dumps(r) + '\n').join(''));
    const { values } = await collect(parseLines(createReadStream(path, { highWaterMark: 777 })));
    assert.deepEqual(values, records);
    const { values: fromText } = await collect(parseLines(createReadStream(path, { encoding: 'utf8', highWaterMark: 777 })));
    assert.deepEqual(fromText, records);
  });

  test('parseLines() skips blank lines, accepts CRLF and a missing or present final newline (each line as CPython json.loads(line))', async () => {
    const lines = ['{"a": 1}', '', '  \t', '[1, 2]\r', '"é"', '\r', '3.5', 'null'];
    const py = pyLoadsEach(lines.filter((l) => l.trim() !== '').map((l) => l.replace(/\r$/, '')));
    const expected = py.map((r) => loads(hexToStr((r as { ok: string }).ok)));
    for (const ending of ['', '\n', '\r\n', '\n\n']) {
      const text = lines.join('\n') + ending;
      for (const source of [[text], text.split(''), [utf8(text)], [...utf8(text)].map((b) => new Uint8Array([b]))]) {
        const { values, error } = await collect(parseLines(source));
        assert.equal(error, undefined);
        assert.deepEqual(values, expected);
      }
    }
    assert.deepEqual((await collect(parseLines(['']))).values, []);
    assert.deepEqual((await collect(parseLines(['\n\n']))).values, []);
    assert.deepEqual((await collect(parseLines([]))).values, []);
  });

  test('parseLines() reports a bad line with CPython\'s message for json.loads(line) and the line number of the stream', async () => {
    const bad = ['[1, 2', '{"a": 1,}', '"x" y', '{"😀😀": tru}', '["😀", nul]', '"😀 😀', 'nul', '["\\ud800\\u12"]', '1 2', '"a\tb"', '[1,\r2'];
    const py = pyLoadsEach(bad);
    for (let k = 0; k < bad.length; k++) {
      const want = (py[k] as { error: PyErr }).error;
      const text = `{"ok": 1}\n\n[2]\r\n${bad[k]}\n{"after": true}\n`;
      for (const source of [[text], text.split(''), [utf8(text)], [...utf8(text)].map((b) => new Uint8Array([b]))]) {
        const { values, error } = await collect(parseLines(source));
        assert.deepEqual(values, [{ ok: 1 }, [2]], 'the lines before the bad one are yielded');
        assert.ok(error instanceof JSONLinesDecodeError);
        assert.ok(error instanceof JSONDecodeError && error instanceof SyntaxError && error instanceof ValueError);
        assert.equal(error.name, 'JSONDecodeError');
        assert.equal(error.msg, want.msg);
        assert.equal(error.pos, want.pos, bad[k]);
        assert.equal(error.colno, want.colno);
        assert.equal(error.doc, hexToStr(want.doc!));
        assert.equal(error.lineno, 4);
        assert.equal(error.line, 4);
        assert.equal(error.message, `${want.msg}: line 4 column ${want.colno} (char ${want.pos})`);
        assert.equal(want.message, `${want.msg}: line 1 column ${want.colno} (char ${want.pos})`);
      }
    }
  });

  test('parseLines() with skipBlankLines: false reports a blank line as Expecting value', async () => {
    const { values, error } = await collect(parseLines(['1\n2\n\n3\n'], { skipBlankLines: false }));
    assert.deepEqual(values, [1, 2]);
    assert.equal(error?.message, 'Expecting value: line 3 column 1 (char 0)');
    assert.deepEqual((await collect(parseLines(['1\n2\n'], { skipBlankLines: false }))).values, [1, 2]);
  });

  test('parseLines() decodes a multi-byte character split at every byte boundary, across any chunking', async () => {
    const text = '"é"\n["😀", "€"]\n{"𝄠": "ü"}\n';
    const bytes = utf8(text);
    const expected = ['é', ['😀', '€'], { '𝄠': 'ü' }];
    for (let i = 1; i < bytes.length; i++) {
      for (let j = i; j < bytes.length; j++) {
        const { values, error } = await collect(parseLines(splitAt(bytes, i, j)));
        assert.equal(error, undefined, `split at ${i},${j}`);
        assert.deepEqual(values, expected);
      }
    }
  });

  test('parseLines() joins a surrogate pair split across text chunks and across ReadableStream chunks', async () => {
    const text = '["\ud83d\ude00"]\n"\ud834\udd20"';
    for (let i = 1; i < text.length; i++) {
      const { values } = await collect(parseLines(webReadable([text.slice(0, i), text.slice(i)])));
      assert.deepEqual(values, [['😀'], '𝄠']);
    }
  });

  test('parseLines() decodes UTF-8-encoded surrogates (surrogatepass) and reports invalid UTF-8 as CPython\'s loads(line bytes)', async () => {
    const good = cat(utf8('[1]\n"'), new Uint8Array([0xed, 0xa0, 0x80]), utf8('"\n'));
    assert.deepEqual((await collect(parseLines([good]))).values, [[1], '\ud800']);

    const badLine = cat(utf8('["a'), new Uint8Array([0x80]), utf8('"]'));
    const [want] = pyLoadsEach([badLine]) as [{ error: PyErr }];
    assert.equal(want.error.type, 'UnicodeDecodeError');
    const stream = cat(utf8('1\n2\n'), badLine, utf8('\n4\n'));
    for (const source of [[stream], [...stream].map((b) => new Uint8Array([b]))]) {
      const { values, error } = await collect(parseLines(source));
      assert.deepEqual(values, [1, 2]);
      assert.ok(error instanceof UnicodeDecodeError);
      assert.equal(error.message, want.error.message);
      assert.deepEqual(error.notes, [...want.error.notes, 'when decoding line 3']);
    }
  });

  test('parseLines() skips a UTF-8 BOM in bytes (loads(bytes) reads utf-8-sig) and rejects it in text (loads(str))', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    assert.deepEqual((await collect(parseLines([bom.subarray(0, 1), cat(bom.subarray(1), utf8('[1]\n2'))]))).values, [[1], 2]);
    const { error } = await collect(parseLines(['\ufeff[1]\n2']));
    assert.equal(error?.message, 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)');
  });

  test('parseLines() keeps only the current line: a 2 MB line arriving in 1 KB chunks', async () => {
    const big = { s: 'x'.repeat(2_000_000) };
    const text = `1\n${dumps(big)}\n2`;
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 1024) chunks.push(text.slice(i, i + 1024));
    assert.deepEqual((await collect(parseLines(chunks))).values, [1, big, 2]);
    const bytes = utf8(text);
    const bchunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 1024) bchunks.push(bytes.subarray(i, i + 1024));
    assert.deepEqual((await collect(parseLines(bchunks))).values, [1, big, 2]);
  });

  test('parseLines() passes loads options and adds the line number to errors of hooks', async () => {
    const { values } = await collect(parseLines(['{"a": 1.0}\n{"b": 12345678901234567890}'], { lossless: true }));
    assert.deepEqual(values, [new Map([['a', float(1)]]), new Map([['b', 12345678901234567890n]])]);
    const boom = new Error('hook failed');
    const { error } = await collect(parseLines(['1\n{"x": 1}'], { object_hook: () => { throw boom; } }));
    assert.equal(error, boom);
    assert.deepEqual((boom as Error & { notes?: string[] }).notes, ['when decoding line 2']);
  });

  test('parseLines() cancels a WHATWG source when the consumer stops early', async () => {
    let cancelled = false;
    let n = 0;
    const src = new ReadableStream<string>({
      pull: (c) => c.enqueue(`${n++}\n`),
      cancel: () => void (cancelled = true),
    });
    for await (const v of parseLines(src)) if (v === 3) break;
    assert.ok(cancelled);
    assert.equal(src.locked, false);
  });

  test('parseLines() throws TypeError for bad sources, mixed chunks and bad options', async () => {
    assert.ok((await collect(parseLines(42 as never))).error instanceof TypeError);
    assert.ok((await collect(parseLines(['1\n', utf8('2\n')]))).error instanceof TypeError);
    assert.throws(() => parseLines([], { nope: 1 } as never), TypeError);
  });
});

describe('parseLinesStream()', () => {
  test('parseLinesStream() turns a byte stream into values, erroring on a bad line', async () => {
    const text = '{"a": 1}\r\n\n[2]\n"\ud83d\ude00"';
    const bytes = utf8(text);
    const out = webReadable([...bytes].map((b) => new Uint8Array([b]))).pipeThrough(parseLinesStream());
    assert.deepEqual((await collect(out)).values, [{ a: 1 }, [2], '😀']);
    const bad = webReadable(['1\n', '[}\n', '3\n']).pipeThrough(parseLinesStream());
    const { values, error } = await collect(bad);
    assert.deepEqual(values, [1]);
    assert.equal(error?.message, 'Expecting value: line 2 column 2 (char 1)');
  });
});

// ---------------------------------------------------------------------------------------------
// stringifyLines

describe('stringifyLines()', () => {
  test('stringifyLines() yields dumps(value, options) + "\\n" for sync and async iterables', async () => {
    const values = SAMPLES.slice(0, 6);
    for (const opts of [{}, { separators: [',', ':'] }, { sortKeys: true, ensureAscii: false }]) {
      const expected = values.map((v) => dumps(v, opts) + '\n');
      assert.deepEqual((await collect(stringifyLines(values, opts))).values, expected);
      assert.deepEqual((await collect(stringifyLines(asyncChunks(values), opts))).values, expected);
    }
  });

  test('stringifyLines() writes a stream whose values JSON.stringify can and cannot write as CPython does, in runs, as CPython json.dumps each', async () => {
    // After values JSON.stringify cannot write as CPython does (a ':' in a string with the default
    // separators, a big integer, -0.0, a ','), the next ones skip it for a while (up to 63 after a
    // long run): the text must not change, whichever path each value takes.
    const native = ['{"a": 1, "b": [1.5, "x"]}', '[true, null, {"k": "v"}]'];
    const other = ['["https://example.com", 3.3]', '{"id": 12345678901234567890}', '[-0.0, 1]', '{"t": "a,b"}'];
    const runs: [string[], number][] = [[native, 1], [other, 2], [native, 1], [other, 70], [native, 2], [other, 1], [native, 1], [other, 100], [native, 3]];
    const docs = runs.flatMap(([kinds, n]) => Array.from({ length: n }, (_, k) => kinds[k % kinds.length]!));
    const expected = pyLoadsEach(docs).map((r) => hexToStr((r as { ok: string }).ok) + '\n');
    const values = docs.map((d) => loads(d));
    assert.deepEqual((await collect(stringifyLines(values))).values, expected);
    assert.equal((await collect(stringifyLines(values, { batchSize: 1e9 }))).values.join(''), expected.join(''));
    assert.deepEqual((await collect(webReadable(values).pipeThrough(stringifyLinesStream()))).values, expected);
  });

  test('stringifyLines() reads each property once and calls an overriding encode, whichever path a value takes', async () => {
    const reads = new Map<object, number>();
    const counted = (o: object): object => {
      const p: object = new Proxy(o, { get: (t, k, r) => (reads.set(p, (reads.get(p) ?? 0) + 1), Reflect.get(t, k, r)) });
      return p;
    };
    // The first fails JSON.stringify's path (a ':'), so the second goes to the serializer alone,
    // and the third is tried on JSON.stringify's path again.
    const values = [counted({ u: 'http://x', n: 1 }), counted({ v: 'a:b', n: 2 }), counted({ n: 3 })];
    assert.deepEqual((await collect(stringifyLines(values))).values, ['{"u": "http://x", "n": 1}\n', '{"v": "a:b", "n": 2}\n', '{"n": 3}\n']);
    assert.deepEqual(values.map((v) => reads.get(v)), [2, 2, 1]);
    class Shouting extends JSONEncoder {
      override encode(o: unknown): string {
        return super.encode(o).toUpperCase();
      }
    }
    assert.deepEqual((await collect(stringifyLines([{ a: 'x:y' }, ['b']], { cls: Shouting }))).values, ['{"A": "X:Y"}\n', '["B"]\n']);
  });

  test('stringifyLines() refuses indent and separators with line breaks, and yields the lines before a bad value', async () => {
    assert.throws(() => stringifyLines([], { indent: 2 }), ValueError);
    assert.throws(() => stringifyLines([], { separators: [',\n', ':'] }), ValueError);
    assert.throws(() => stringifyLines(42 as never), TypeError);
    const { values, error } = await collect(stringifyLines([1, [new object()], 3]));
    assert.deepEqual(values, ['1\n']);
    assert.equal(error?.message, 'Object of type object is not JSON serializable');
    assert.deepEqual(error?.notes, ['when serializing list item 0']);
  });

  test('stringifyLines() with batchSize gathers the lines of a sync iterable into chunks, not those of an async one', async () => {
    const values = SAMPLES.slice(0, 6);
    const lines = values.map((v) => dumps(v) + '\n');
    const batched = (await collect(stringifyLines(values, { batchSize: 30 }))).values as string[];
    assert.equal(batched.join(''), lines.join(''));
    assert.ok(batched.length < lines.length, 'some lines share a chunk');
    // Each chunk is whole lines, and is cut as soon as it holds batchSize characters.
    for (const chunk of batched.slice(0, -1)) {
      assert.ok(chunk.endsWith('\n') && chunk.length >= 30, JSON.stringify(chunk));
      assert.ok(chunk.lastIndexOf('\n', chunk.length - 2) + 1 < 30, `cut late: ${JSON.stringify(chunk)}`);
    }
    assert.deepEqual((await collect(stringifyLines(values, { batchSize: 1e9 }))).values, [lines.join('')]);
    assert.deepEqual((await collect(stringifyLines(asyncChunks(values), { batchSize: 1e9 }))).values, lines);
    // The lines before a failing value come out before its error.
    const { values: before, error } = await collect(stringifyLines([1, 2, [new object()], 3], { batchSize: 1e9 }));
    assert.deepEqual(before, ['1\n2\n']);
    assert.equal(error?.message, 'Object of type object is not JSON serializable');
    for (const bad of [0, -1, NaN, '10', null]) {
      assert.throws(() => stringifyLines([], { batchSize: bad as never }), TypeError);
    }
  });

  test('stringifyLinesStream() works in a WHATWG pipe and as a Node Transform via Duplex.fromWeb', async () => {
    const values = SAMPLES.slice(0, 6);
    const expected = values.map((v) => dumps(v) + '\n').join('');
    const out = webReadable(values).pipeThrough(stringifyLinesStream());
    assert.equal((await collect(out)).values.join(''), expected);

    const path = join(dir, 'transform.jsonl');
    await pipeline(Readable.from(values), Duplex.fromWeb(stringifyLinesStream() as unknown as Parameters<typeof Duplex.fromWeb>[0], { objectMode: true }), createWriteStream(path));
    assert.equal(await readFile(path, 'utf8'), expected);
    assert.deepEqual((await collect(parseLines(createReadStream(path)))).values, values.map((v) => loads(dumps(v))));
  });
});
