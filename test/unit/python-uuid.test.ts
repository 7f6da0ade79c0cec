/**
 * `UUID` of pyjson/python. Expected values are CPython 3.14.2's `uuid.UUID` (pinned from a pyodide
 * run); test/differential/python-repr.test.ts compares random texts with CPython at test time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ValueError } from '../../src/index.js';
import { repr, str, UUID } from '../../src/python/index.js';

const A32 = 'a'.repeat(32);

test('UUID reads every text form Python accepts and writes Python\'s str, repr, hex, urn', () => {
  const u = new UUID('{16FD2706-8BAF-433B-82EB-8C7FADA847DA}');
  assert.equal(String(u), '16fd2706-8baf-433b-82eb-8c7fada847da');
  assert.equal(str(u), '16fd2706-8baf-433b-82eb-8c7fada847da');
  assert.equal(repr(u), "UUID('16fd2706-8baf-433b-82eb-8c7fada847da')");
  assert.equal(repr([u]), "[UUID('16fd2706-8baf-433b-82eb-8c7fada847da')]");
  assert.equal(u.hex, '16fd27068baf433b82eb8c7fada847da');
  assert.equal(u.urn, 'urn:uuid:16fd2706-8baf-433b-82eb-8c7fada847da');
  assert.equal(u.int, 30557458545051273974580095999394990042n);
  assert.equal(u.version, 4);
  assert.equal(u.variant, 'specified in RFC 4122');
  assert.deepEqual(u.fields, [385689350, 35759, 17211, 130, 235, 154480002222042]);
  assert.equal(Buffer.from(u.bytes).toString('hex'), '16fd27068baf433b82eb8c7fada847da');
  assert.equal(Buffer.from(u.bytesLe).toString('hex'), '0627fd16af8b3b4382eb8c7fada847da');
  for (const text of ['16fd27068baf433b82eb8c7fada847da', 'urn:uuid:16fd2706-8baf-433b-82eb-8c7fada847da', '{{16fd2706-8baf-433b-82eb-8c7fada847da}']) {
    assert.ok(new UUID(text).equals(u), text);
  }
  assert.equal(JSON.stringify({ u }), '{"u":"16fd2706-8baf-433b-82eb-8c7fada847da"}');
});

test("UUID(hex) is Python's: replace, strip, a length of 32 code points, then int(text, 16)", () => {
  // CPython 3.14.2: repr(uuid.UUID(s)) or the error, for each s.
  const cases: [string, string][] = [
    ['-' + '0'.repeat(31), 'ValueError: badly formed hexadecimal UUID string'],
    ['0x' + '1'.repeat(30), "UUID('00111111-1111-1111-1111-111111111111')"],
    [' ' + 'a'.repeat(31), "UUID('0aaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')"],
    ['\u0661'.repeat(32), "UUID('11111111-1111-1111-1111-111111111111')"],
    ['１'.repeat(32), "UUID('11111111-1111-1111-1111-111111111111')"],
    ['0'.repeat(15) + '_' + '0'.repeat(16), "UUID('00000000-0000-0000-0000-000000000000')"],
    ['z'.repeat(32), "ValueError: invalid literal for int() with base 16: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'"],
    ['URN:UUID:' + A32, 'ValueError: badly formed hexadecimal UUID string'],
    ['uuid:urn:' + A32, "UUID('aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')"],
    ['\u3000' + 'a'.repeat(31), "UUID('0aaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')"],
    ['\x85' + 'a'.repeat(31), "UUID('0aaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')"],
    ['\x1c' + 'a'.repeat(31), String.raw`ValueError: invalid literal for int() with base 16: '\x1caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'`],
    ['\ufeff' + 'a'.repeat(31), String.raw`ValueError: invalid literal for int() with base 16: '\ufeffaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'`],
    ['0x_' + 'a'.repeat(29), "UUID('000aaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')"],
    ['ａ'.repeat(32), "ValueError: invalid literal for int() with base 16: 'ａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａ'"],
    ['a'.repeat(31), 'ValueError: badly formed hexadecimal UUID string'],
    // %.200R: the repr is cut after 200 characters.
    ['\u{10ffff}'.repeat(32), "ValueError: invalid literal for int() with base 16: '" + '\\U0010ffff'.repeat(19) + '\\U0010fff'],
  ];
  for (const [text, want] of cases) {
    let got: string;
    try {
      got = repr(new UUID(text));
    } catch (e) {
      got = `${(e as Error).name}: ${(e as Error).message}`;
      assert.ok(e instanceof ValueError);
    }
    assert.equal(got, want, JSON.stringify(text));
  }
});

test('UUID from int, bytes, bytes_le and fields, with version, and the errors of Python\'s UUID()', () => {
  assert.equal(repr(new UUID({ int: 0x12345678123456781234567812345678n, version: 1 })), "UUID('12345678-1234-1678-9234-567812345678')");
  const u = new UUID('16fd2706-8baf-433b-82eb-8c7fada847da');
  assert.ok(new UUID({ bytes: u.bytes }).equals(u));
  assert.ok(new UUID({ bytesLe: u.bytesLe }).equals(u));
  assert.ok(new UUID({ bytes_le: u.bytesLe }).equals(u));
  assert.ok(new UUID({ fields: u.fields }).equals(u));
  assert.ok(new UUID({ int: u.int }).equals(u));
  assert.ok(!new UUID({ int: 1 }).equals(u));
  assert.ok(!u.equals(String(u)));
  const errors: [() => unknown, string, string][] = [
    [() => new UUID({ int: 2n ** 128n }), 'ValueError', 'int is out of range (need a 128-bit value)'],
    [() => new UUID({ int: -1 }), 'ValueError', 'int is out of range (need a 128-bit value)'],
    [() => new UUID({ int: 0, version: 9 }), 'ValueError', 'illegal version number'],
    [() => new UUID({ bytes: new Uint8Array(15) }), 'ValueError', 'bytes is not a 16-char string'],
    [() => new UUID({ bytesLe: new Uint8Array(17) }), 'ValueError', 'bytes_le is not a 16-char string'],
    [() => new UUID({ fields: [1, 2, 3, 4, 5] }), 'ValueError', 'fields is not a 6-tuple'],
    [() => new UUID({ fields: [1, 2, 3, 256, 5, 6] }), 'ValueError', 'field 4 out of range (need an 8-bit value)'],
    [() => new UUID({ fields: [1, 2, 3, 4, 5, 2 ** 48] }), 'ValueError', 'field 6 out of range (need a 48-bit value)'],
    [() => new UUID({}), 'TypeError', 'one of the hex, bytes, bytes_le, fields, or int arguments must be given'],
    [() => new UUID({ hex: A32, int: 1 }), 'TypeError', 'one of the hex, bytes, bytes_le, fields, or int arguments must be given'],
  ];
  for (const [make, name, message] of errors) assert.throws(make, { name, message });
  assert.throws(() => new UUID(5 as never), TypeError);
});

test('UUID variant and version as Python reads the bits', () => {
  // CPython: [uuid.UUID(int=i << 61).variant for i in range(8)]
  assert.deepEqual(
    Array.from({ length: 8 }, (_, i) => new UUID({ int: BigInt(i) << 61n }).variant),
    [
      'reserved for NCS compatibility', 'reserved for NCS compatibility', 'reserved for NCS compatibility',
      'reserved for NCS compatibility', 'specified in RFC 4122', 'specified in RFC 4122',
      'reserved for Microsoft compatibility', 'reserved for future definition',
    ],
  );
  assert.deepEqual(
    Array.from({ length: 16 }, (_, v) => new UUID({ int: (8n << 60n) | (BigInt(v) << 76n) }).version),
    Array.from({ length: 16 }, (_, v) => v),
  );
  assert.equal(new UUID(A32).version, 10);
  assert.equal(new UUID('0'.repeat(32)).version, null);
});

test('a UUID is immutable and its bytes are a copy', () => {
  const u = new UUID(A32);
  assert.throws(() => {
    (u as { int: bigint }).int = 1n;
  }, TypeError);
  u.bytes[0] = 0;
  assert.equal(u.hex, A32);
});

test('UUID keeps its class name in a minified bundle, so dumps still names it as Python does', async () => {
  const { build } = await import('esbuild');
  const root = new URL('../../../', import.meta.url).pathname;
  const bundled = await build({
    stdin: { contents: "export * from './dist/python/index.js'; export { dumps } from './dist/index.js';", resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const m = (await import('data:text/javascript,' + encodeURIComponent(bundled.outputFiles[0]!.text))) as {
    UUID: typeof UUID;
    dumps: (v: unknown) => string;
  };
  assert.throws(() => m.dumps([new m.UUID(A32)]), { name: 'TypeError', message: 'Object of type UUID is not JSON serializable' });
});

test('UUID node, clockSeq and time as Python reads them for versions 1, 4, 6 and 7', () => {
  // CPython 3.14.2: (u.node, u.clock_seq, u.time) of each
  const cases: [string, number, number, bigint][] = [
    ['16fd2706-8baf-433b-82eb-8c7fada847da', 154480002222042, 747, 232933389860939526n],
    ['1ef21d2f-1207-6660-8c4f-419efbd44d48', 72151085632840, 3151, 139367303344060000n],
    ['019a2b3c-4d5e-7f60-8a1b-2c3d4e5f6071', 48641819500657, 2587, 1761661963614n],
    ['a8098c1a-f86e-11da-bd1a-00112444be1e', 73622928926, 15642, 133692293110139930n],
  ];
  for (const [text, node, clockSeq, time] of cases) {
    const u = new UUID(text);
    assert.deepEqual([u.node, u.clockSeq, u.time], [node, clockSeq, time], text);
  }
});
