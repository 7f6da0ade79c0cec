// Concatenated JSON (src/streams.ts, parseConcatenated).
//
// Where the expected results come from: CPython 3.14 in pyodide runs the loop CPython users write
// over the whole stream text (skip [ \t\n\r]*, then `JSONDecoder().raw_decode(s, idx)`, go on at
// `end`); each value is compared as `json.dumps(value)` with our `dumps` of our value (lossless,
// so floats and ints stay apart); the error of a bad document is CPython's
// `JSONDecoder().raw_decode(rest)` for the text from that document's first character.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, describe, test } from 'node:test';
import { dumps, float, JSONDecodeError, JSONDecoder, UnicodeDecodeError } from '../../src/index.js';
import { parseConcatenated, type StreamSource } from '../../src/streams.js';
import {
  corruptText,
  getOracle,
  hasMixedSurrogates,
  randJsonText,
  Rand,
  rng,
  runSeed,
  strToHex,
  type Oracle,
} from '../support/oracle.js';

let oracle: Oracle;

before(async () => {
  oracle = await getOracle();
  oracle.pyRun(PY_HELPERS);
});

const PY_HELPERS = String.raw`
import json, re

def _text(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

def _hex(s):
    return s.encode('utf-16-le', 'surrogatepass').hex()

_WS = re.compile(r'[ \t\n\r]*')

def _concat_each(cases):
    out = []
    for h in json.loads(cases):
        s = _text(h)
        dec = json.JSONDecoder()
        values = []
        res = {'values': values}
        idx = _WS.match(s, 0).end()
        while idx < len(s):
            start = idx
            try:
                obj, idx = dec.raw_decode(s, idx)
            except json.JSONDecodeError as e:
                try:
                    dec.raw_decode(s[start:])
                except json.JSONDecodeError as e2:
                    assert e2.pos == e.pos - start and e2.msg == e.msg
                    res['error'] = {'type': 'JSONDecodeError', 'msg': e2.msg, 'pos': e2.pos, 'message': str(e2)}
                break
            except ValueError as e:
                res['error'] = {'type': type(e).__name__, 'message': str(e)}
                break
            values.append(_hex(json.dumps(obj)))
            idx = _WS.match(s, idx).end()
        out.append(res)
    return json.dumps(out)

def _decode_error(h):
    try:
        bytes.fromhex(h).decode('utf-8', 'surrogatepass')
    except UnicodeDecodeError as e:
        return str(e)
`;

interface PyConcat {
  values: string[];
  error?: { type: string; message: string; msg?: string; pos?: number };
}

function hexToStr(h: string): string {
  let out = '';
  for (let i = 0; i < h.length; i += 4) out += String.fromCharCode(parseInt(h.slice(i, i + 2), 16) | (parseInt(h.slice(i + 2, i + 4), 16) << 8));
  return out;
}

/** CPython's raw_decode loop over each whole stream text. */
function pyConcat(texts: string[]): PyConcat[] {
  const fn = oracle.py.globals.get('_concat_each') as ((s: string) => string) & { destroy(): void };
  try {
    const out = JSON.parse(fn(JSON.stringify(texts.map(strToHex)))) as PyConcat[];
    for (const r of out) r.values = r.values.map(hexToStr);
    return out;
  } finally {
    fn.destroy();
  }
}

type Collected = { values: unknown[]; error?: Error & { notes?: string[]; msg?: string; pos?: number; doc?: string } };

async function collect(it: AsyncIterable<unknown>): Promise<Collected> {
  const values: unknown[] = [];
  try {
    for await (const v of it) values.push(v);
  } catch (error) {
    return { values, error: error as Collected['error'] };
  }
  return { values };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function cut<T extends string | Uint8Array>(x: T, ...at: number[]): T[] {
  const out: T[] = [];
  let prev = 0;
  for (const i of [...at, x.length]) {
    out.push(x.slice(prev, i) as T);
    prev = i;
  }
  return out;
}

/** Our result, in the oracle's terms: dumps of each value, and the error. */
async function ours(source: StreamSource): Promise<{ values: string[]; error?: Collected['error'] }> {
  const { values, error } = await collect(parseConcatenated(source, { lossless: true }));
  return { values: values.map((v) => dumps(v)), error };
}

function assertSame(got: { values: string[]; error?: Collected['error'] }, want: PyConcat, label: string): void {
  assert.deepEqual(got.values, want.values, `${label}: values`);
  if (want.error === undefined) {
    assert.equal(got.error, undefined, `${label}: unexpected ${got.error?.message}`);
    return;
  }
  assert.ok(got.error !== undefined, `${label}: expected ${want.error.message}`);
  assert.equal(got.error.name, want.error.type, label);
  assert.equal(got.error.message, want.error.message, label);
  if (want.error.type === 'JSONDecodeError') {
    assert.ok(got.error instanceof JSONDecodeError, label);
    assert.equal(got.error.msg, want.error.msg, label);
    assert.equal(got.error.pos, want.error.pos, label);
    assert.deepEqual((got.error as Collected["error"])!.notes, [`when decoding document ${want.values.length + 1} of the stream`], label);
  }
}

// Good streams: documents of every kind, adjacent or separated, numbers and literals that only
// the next characters complete.
const GOOD = [
  '{"a":1}{"b":2} [3]\n"x" 4',
  '12 34\t-5.25e+3\r\n0 -0 1E2 1.0',
  'true false null NaN Infinity -Infinity',
  'truefalse nullNaN[1]-Infinity"s"',
  '1true 2"x" 3[4] 5{"a":6} 0 01',
  '[]{}""0[[]]{"":{}}',
  '"a\\"b\\\\" "\\u00e9\\ud83d\\ude00" "]}{["',
  '[{"a": [1, {"b": "]"}]}, "}"] {"k": [true, null, -1.5e-7]}',
  '  \n\t [1, 2, 3]  \r\n  ',
  '"é€😀" {"𝄠": "ü"} ["\ud83d\ude00"]',
  '123456789012345678901234567890 1.5 -12.0e0',
];

// Streams with a bad or truncated document after good ones.
const BAD = [
  '{"a":1} [2] {"b" 3}',
  '[1, 2',
  '1 "abc',
  '[1] tru',
  '1 2 -',
  '1.',
  '1e 2',
  '{"a":',
  '[1]]',
  '"x" x',
  '[1,]',
  '{"a": 1,}',
  '1 \f 2',
  '\ufeff1',
  '"a\\u12',
  '"a\\x"',
  '["a\u0001"]',
  '[1, 2, 3] {"a": [1, {"b": nul}]}',
  '-Infinit',
  '- 1',
  '{"a" "b"}',
];

describe('parseConcatenated()', () => {
  test('parseConcatenated() yields what CPython\'s raw_decode loop yields, for every split into two chunks', async () => {
    const streams = [...GOOD, ...BAD];
    const want = pyConcat(streams);
    for (const [k, text] of streams.entries()) {
      assertSame(await ours([text]), want[k]!, JSON.stringify(text));
      for (let i = 0; i <= text.length; i++) {
        assertSame(await ours(cut(text, i)), want[k]!, `${JSON.stringify(text)} split at ${i}`);
      }
    }
  });

  test('parseConcatenated() gives the same for every split into three chunks and into single characters', async () => {
    const streams = [...GOOD, ...BAD].filter((s) => s.length <= 48);
    const want = pyConcat(streams);
    for (const [k, text] of streams.entries()) {
      for (let i = 1; i < text.length; i++) {
        for (let j = i; j < text.length; j++) {
          assertSame(await ours(cut(text, i, j)), want[k]!, `${JSON.stringify(text)} split at ${i},${j}`);
        }
      }
      assertSame(await ours([...text]), want[k]!, `${JSON.stringify(text)} in single characters`);
      assertSame(await ours(text.split('')), want[k]!, `${JSON.stringify(text)} in code units`);
    }
  });

  test('parseConcatenated() waits for the next chunk or the end of the stream to finish a number or a literal', async () => {
    const cases: [string[], unknown[]][] = [
      [['12', '34'], [1234]],
      [['12', '34', ' 5'], [1234, 5]],
      [['1', '.5'], [1.5]],
      [['1.', '5'], [1.5]],
      [['1e', '3'], [1000]],
      [['1e+', '3'], [1000]],
      [['-', '7'], [-7]],
      [['tr', 'ue'], [true]],
      [['-Inf', 'inity'], [-Infinity]],
      [['Na', 'N'], [NaN]],
      [['nul', 'l', 'null'], [null, null]],
      [['[1', '2]'], [[12]]],
      [['[1.', '5]'], [[1.5]]],
      [['{"a": -', '3}'], [{ a: -3 }]],
      [['["ab', 'c"]'], [['abc']]],
      [['"a\\', '"b"'], ['a"b']],
      [['"\\u00', 'e9"'], ['é']],
      [['"\\ud83d', '\\ude00"'], ['😀']],
      [['12'], [12]],
      [['1.', 'x'], 'Expecting value: line 1 column 1 (char 0)' as never],
    ];
    for (const [chunks, expected] of cases) {
      const { values, error } = await collect(parseConcatenated(chunks));
      if (typeof expected === 'string') {
        assert.deepEqual(values, [1]);
        assert.equal(error?.message, expected);
        assert.equal(error?.doc, '.x');
      } else {
        assert.equal(error, undefined, `${JSON.stringify(chunks)}: ${error?.message}`);
        assert.deepEqual(values, expected, JSON.stringify(chunks));
      }
    }
  });

  test('parseConcatenated() yields nothing for empty and whitespace-only streams', async () => {
    const sources: StreamSource[] = [
      [],
      [''],
      ['', ''],
      '',
      ' \t\n\r ',
      [' ', '\n', '\r\n', '\t'],
      [new Uint8Array(0)],
      [utf8(' \n'), utf8('\t ')],
      [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x20])],
      (async function* () {})(),
      { body: null },
    ];
    for (const source of sources) assert.deepEqual(await collect(parseConcatenated(source)), { values: [] });
    // Whitespace is JSON's four characters only.
    for (const ws of ['\f', '\v', '\u00a0', '\u2028']) {
      const { values, error } = await collect(parseConcatenated([`1${ws}2`]));
      assert.deepEqual(values, [1]);
      assert.equal(error?.message, 'Expecting value: line 1 column 1 (char 0)');
    }
  });

  test('parseConcatenated() decodes multi-byte characters split at every byte boundary', async () => {
    const text = '"é€😀" {"𝄠": "ü"} ["\u00ff", 1]2';
    const bytes = utf8(text);
    const expected = ['é€😀', { '𝄠': 'ü' }, ['\u00ff', 1], 2];
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j++) {
        const { values, error } = await collect(parseConcatenated(cut(bytes, i, j)));
        assert.equal(error, undefined, `split at ${i},${j}: ${error?.message}`);
        assert.deepEqual(values, expected, `split at ${i},${j}`);
      }
    }
    assert.deepEqual((await collect(parseConcatenated([...bytes].map((b) => new Uint8Array([b]))))).values, expected);
    // A surrogate pair split between text chunks.
    for (let i = 0; i <= 4; i++) {
      assert.deepEqual((await collect(parseConcatenated(cut('"😀"1', i)))).values, ['😀', 1]);
    }
  });

  test('parseConcatenated() skips a UTF-8 BOM at the start of bytes, passes encoded surrogates, reports invalid UTF-8', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = utf8('[1] 2');
    for (let i = 0; i <= 5; i++) {
      const all = new Uint8Array([...bom, ...body]);
      assert.deepEqual((await collect(parseConcatenated(cut(all, i)))).values, [[1], 2], `split at ${i}`);
    }
    const surrogate = new Uint8Array([...utf8('"'), 0xed, 0xa0, 0x80, ...utf8('" 1')]);
    for (let i = 0; i <= surrogate.length; i++) {
      assert.deepEqual((await collect(parseConcatenated(cut(surrogate, i)))).values, ['\ud800', 1], `split at ${i}`);
    }
    const decodeError = (b: Uint8Array) => oracle.pyRun(`_decode_error('${Buffer.from(b).toString('hex')}')`) as string;
    const bad = new Uint8Array([...utf8('1 "a'), 0x80, ...utf8('" 2')]);
    const { values, error } = await collect(parseConcatenated([bad]));
    assert.deepEqual(values, []);
    assert.ok(error instanceof UnicodeDecodeError);
    assert.equal(error.message, decodeError(bad));
    // Cut short by the end of the stream: positions count from the held-back bytes.
    const truncated = new Uint8Array([...utf8('1 "'), 0xc3]);
    const t = await collect(parseConcatenated(cut(truncated, 2)));
    assert.deepEqual(t.values, [1]);
    assert.ok(t.error instanceof UnicodeDecodeError);
    assert.equal(t.error.message, decodeError(new Uint8Array([0xc3])));
    assert.deepEqual(t.error.notes, ['positions count from byte 3 of the stream']);
  });

  test('parseConcatenated() reports invalid UTF-8 at the end of a chunk at once, as CPython decodes the whole stream', async () => {
    const decodeError = (b: Uint8Array) => oracle.pyRun(`_decode_error('${Buffer.from(b).toString('hex')}')`) as string;
    // C3 wants a continuation byte; E2 82, a character cut by the chunk's end, does not start with one.
    const cutAfterBad = [new Uint8Array([...utf8('1 "'), 0xc3, 0xe2, 0x82]), new Uint8Array([0xac, ...utf8('"')])];
    // F0 80 can never become a character, whatever the next chunk holds.
    const neverComplete = [new Uint8Array([...utf8('[1] "'), 0xf0, 0x80]), new Uint8Array([0x80, 0x80, ...utf8('"')])];
    for (const chunks of [cutAfterBad, neverComplete]) {
      const { values, error } = await collect(parseConcatenated(chunks));
      assert.deepEqual(values, []);
      assert.ok(error instanceof UnicodeDecodeError);
      assert.equal(error.message, decodeError(Buffer.concat(chunks)));
    }
  });

  test('parseConcatenated() yields the good documents, then throws CPython\'s error for a bad one, relative to its start', async () => {
    const text = '{"ok": 1}\n[2, 3]\n{"a": [1,\n 2,]}\n[4]';
    const [want] = pyConcat([text]);
    assert.equal(want!.error?.message, 'Illegal trailing comma before end of array: line 2 column 3 (char 12)');
    for (let i = 0; i <= text.length; i++) {
      const { values, error } = await collect(parseConcatenated(cut(text, i)));
      assert.deepEqual(values, [{ ok: 1 }, [2, 3]]);
      assert.ok(error instanceof JSONDecodeError);
      assert.equal(error.message, want!.error!.message);
      assert.equal(error.lineno, 2);
      assert.equal(error.colno, 3);
      assert.ok(error.doc.startsWith('{"a": [1,\n 2,]}'), JSON.stringify(error.doc));
      assert.deepEqual((error as Error & { notes?: string[] }).notes, ["when decoding document 3 of the stream"]);
    }
    // At the end of the stream, doc is all the text from the document's start.
    const { error } = await collect(parseConcatenated(['[1] ', '{"a": [1, ', '2']));
    const [tail] = pyConcat(['[1] {"a": [1, 2']);
    assert.equal(tail!.error?.message, "Expecting ',' delimiter: line 1 column 12 (char 11)");
    assert.equal(error?.message, tail!.error!.message);
    assert.equal(error?.doc, '{"a": [1, 2');
  });

  test('parseConcatenated() agrees with CPython on random streams and random chunkings', async () => {
    const seed = runSeed('concatenated');
    const r = new Rand(rng(seed));
    const texts: string[] = [];
    while (texts.length < 400) {
      let s = '';
      for (let n = r.range(1, 5); n > 0; n--) s += randJsonText(r, false, 3) + (r.chance(0.5) ? '' : r.pick([' ', '\n', '\t', '\r\n']));
      if (r.chance(0.3)) s = corruptText(r, s);
      if (hasMixedSurrogates(s)) continue;
      texts.push(s);
    }
    const want = pyConcat(texts);
    for (const [k, text] of texts.entries()) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; ) {
        const n = r.range(1, 6);
        chunks.push(text.slice(i, i + n));
        i += n;
      }
      assertSame(await ours(chunks), want[k]!, `seed ${seed}, ${JSON.stringify(text)}`);
      // (A leading U+FEFF is text's Expecting value but a skipped BOM in bytes.)
      if (text.isWellFormed() && !text.startsWith('\ufeff')) {
        const bytes = utf8(text);
        const bchunks: Uint8Array[] = [];
        for (let i = 0; i < bytes.length; ) {
          const n = r.range(1, 7);
          bchunks.push(bytes.subarray(i, i + n));
          i += n;
        }
        assertSame(await ours(bchunks), want[k]!, `seed ${seed}, bytes of ${JSON.stringify(text)}`);
      }
    }
  });

  test('parseConcatenated() keeps only the unfinished document: the buffer does not grow with the number of documents', async () => {
    let longest = 0;
    let calls = 0;
    class Recording extends JSONDecoder {
      override rawDecode(s: string, idx = 0): [any, number] {
        calls++;
        longest = Math.max(longest, s.length);
        return super.rawDecode(s, idx);
      }
    }
    // 50,000 small documents in chunks of 1,000 characters.
    const docs = Array.from({ length: 50_000 }, (_, i) => `{"id": ${i}, "tags": ["a", "b"]}`);
    const text = docs.join(' ');
    const chunks = (t: string, size: number) => Array.from({ length: Math.ceil(t.length / size) }, (_, i) => t.slice(i * size, (i + 1) * size));
    let count = 0;
    for await (const v of parseConcatenated(chunks(text, 1000), { cls: Recording })) {
      assert.equal(v.id, count++);
    }
    assert.equal(count, 50_000);
    assert.equal(calls, 50_000);
    assert.ok(longest <= 1000 + 40, `buffer of ${longest}`);

    // A 2 MB document among small ones, in 1 KB chunks: at most the document plus one chunk.
    longest = 0;
    calls = 0;
    const big = { s: 'x'.repeat(2_000_000), n: [1, 2, 3] };
    const text2 = `1 ${dumps(big)} 2 [3]`;
    const { values } = await collect(parseConcatenated(chunks(text2, 1024), { cls: Recording }));
    assert.deepEqual(values, [1, big, 2, [3]]);
    assert.equal(calls, 4);
    assert.ok(longest <= dumps(big).length + 2 * 1024, `buffer of ${longest}`);
  });

  test('parseConcatenated() stops reading at an error already certain inside a document that never closes', async () => {
    for (const head of ['1 [1, x', '{"a": "b\\q', '[[[{"a" 1']) {
      let pulled = 0;
      const endless = (async function* () {
        yield head;
        for (;;) {
          pulled++;
          yield ' '.repeat(1000);
        }
      })();
      const { values, error } = await collect(parseConcatenated(endless));
      const [want] = pyConcat([head + ' '.repeat(100)]);
      assert.deepEqual(values.map((v) => dumps(v)), want!.values);
      assert.equal(error?.message, want!.error!.message);
      assert.ok(pulled < 200, `read ${pulled} chunks`);
    }
  });

  test('parseConcatenated() runs the decoder and its hooks once per document, with options and notes', async () => {
    const seen: unknown[] = [];
    const text = '{"a": {"b": 1}} [{"c": 2.0}] 3';
    const { values } = await collect(
      parseConcatenated([...text], {
        object_hook: (o: Record<string, unknown>) => (seen.push(o), { ...o, hooked: true }),
        parse_float: (s: string) => `float:${s}`,
      }),
    );
    assert.deepEqual(seen, [{ b: 1 }, { a: { b: 1, hooked: true } }, { c: 'float:2.0' }]);
    assert.deepEqual(values, [{ a: { b: 1, hooked: true }, hooked: true }, [{ c: 'float:2.0', hooked: true }], 3]);

    const lossless = await collect(parseConcatenated(['{"a": 1.0}', '12345678901234567890'], { lossless: true }));
    assert.deepEqual(lossless.values, [new Map([['a', float(1)]]), 12345678901234567890n]);

    assert.deepEqual((await collect(parseConcatenated(['"a\tb" 1'], { strict: false }))).values, ['a\tb', 1]);
    const strict = await collect(parseConcatenated(['1 "a\tb"']));
    assert.equal(strict.error?.message, 'Invalid control character at: line 1 column 3 (char 2)');

    const boom = new Error('hook failed');
    const failed = await collect(parseConcatenated(['1 {"x": 1}'], { object_hook: () => { throw boom; } }));
    assert.deepEqual(failed.values, [1]);
    assert.equal(failed.error, boom);
    assert.deepEqual(failed.error.notes, ['when decoding document 2 of the stream']);

    const digits = await collect(parseConcatenated(['1 ', '9'.repeat(3000), '9'.repeat(2000)]));
    assert.deepEqual(digits.values, [1]);
    assert.equal(digits.error?.name, 'ValueError');
    assert.match(digits.error!.message, /value has 5000 digits/);
  });

  test('parseConcatenated() reads Node Readables, WHATWG streams, Responses, Blobs and iterables', async () => {
    const text = '{"a": "é"} [1, 2]\n3';
    const bytes = utf8(text);
    const expected = [{ a: 'é' }, [1, 2], 3];
    const bytePieces = () => [...bytes].map((b) => Buffer.from([b]));
    const sources: StreamSource[] = [
      Readable.from(bytePieces()),
      Readable.from([text]),
      new ReadableStream({ start: (c) => { for (const p of bytePieces()) c.enqueue(p); c.close(); } }),
      new Response(bytes),
      new Blob([text]),
      (async function* () { yield* cut(text, 3, 9); })(),
      cut(text, 5),
      text,
      bytes,
      bytes.buffer,
    ];
    for (const source of sources) assert.deepEqual((await collect(parseConcatenated(source))).values, expected);
  });

  test('parseConcatenated() cancels a WHATWG source when the consumer stops early', async () => {
    let cancelled = false;
    let n = 0;
    const src = new ReadableStream<string>({
      pull: (c) => c.enqueue(`${n++} `),
      cancel: () => void (cancelled = true),
    });
    for await (const v of parseConcatenated(src)) if (v === 3) break;
    assert.ok(cancelled);
    assert.equal(src.locked, false);
  });

  test('parseConcatenated() throws TypeError for bad sources, mixed chunks and bad options', async () => {
    assert.ok((await collect(parseConcatenated(42 as never))).error instanceof TypeError);
    assert.ok((await collect(parseConcatenated(['1 ', utf8('2')]))).error instanceof TypeError);
    assert.throws(() => parseConcatenated([], { nope: 1 } as never), TypeError);
  });
});
