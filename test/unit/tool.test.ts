/**
 * Unit tests of the `pyjson` command line (src/tool.ts, src/tool-node.ts, bin/pyjson.js):
 * every option and error path of `main()` in-process (expected texts are CPython 3.14.2's
 * `python -m json` / `json.tool`, from runs of it), the Node adapter on real files, and a few runs of
 * the real `bin/pyjson.js` in a subprocess (these need `npx tsc -p tsconfig.json` to have built
 * dist/; they are skipped with a message otherwise).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type ToolFileSystem, type ToolIO, type ToolWriter } from '../../src/tool.js';
import { parseArgs } from '../../src/tool/argparse.js';
import { canColorize, colorizeJson } from '../../src/tool/color.js';
import { describeFileError } from '../../src/tool/os-errors.js';
import { pyInt } from '../../src/tool/py-int.js';
import { decodeUtf8 } from '../../src/codecs.js';
import { pyStrRepr } from '../../src/float.js';
import { nodeFileSystem, nodeWriter } from '../../src/tool-node.js';
import { UnicodeDecodeError } from '../../src/index.js';
import { repoRoot } from '../support/repo.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

class Sink implements ToolWriter {
  chunks: Uint8Array[] = [];
  constructor(readonly isTTY = false) {}
  write(data: Uint8Array): void {
    this.chunks.push(data.slice());
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.bytes.toString('utf8');
  }
}

interface RunResult {
  status: number;
  out: string;
  err: string;
}

interface RunOptions {
  env?: Record<string, string>;
  tty?: boolean;
  columns?: number;
  fs?: ToolFileSystem;
  stdout?: ToolWriter;
}

async function run(args: string[], stdin: string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array> = '', o: RunOptions = {}): Promise<RunResult> {
  const out = new Sink(o.tty === true);
  const err = new Sink();
  const io: ToolIO = {
    stdin: typeof stdin === 'string' ? [Buffer.from(stdin)] : stdin instanceof Uint8Array ? [stdin] : stdin,
    stdout: o.stdout ?? out,
    stderr: err,
    env: o.env ?? {},
    isTTY: o.tty === true,
    columns: o.columns,
    fs: o.fs ?? nodeFileSystem(),
  };
  const status = await main(args, io);
  return { status, out: out.text, err: err.text };
}

const USAGE =
  'usage: pyjson [-h] [--sort-keys] [--no-ensure-ascii] [--json-lines]\n' +
  '              [--indent INDENT | --tab | --no-indent | --compact]\n' +
  '              [infile] [outfile]\n';

function usageError(message: string): RunResult {
  return { status: 2, out: '', err: `${USAGE}pyjson: error: ${message}\n` };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pyjson-tool-'));
}

// ---------------------------------------------------------------------------------------------
// Output options
// ---------------------------------------------------------------------------------------------

describe('main() output', () => {
  test('main() pretty-prints stdin with 4 spaces and escapes non-ASCII by default', async () => {
    assert.deepEqual(await run([], '{"b": [1, 2.5, "é"], "a": {}, "c": null}'), {
      status: 0,
      out: '{\n    "b": [\n        1,\n        2.5,\n        "\\u00e9"\n    ],\n    "a": {},\n    "c": null\n}\n',
      err: '',
    });
  });

  test('main() re-serializes numbers by Python rules and keeps key order, duplicates last', async () => {
    const r = await run(['--compact'], '[1.0, 1E5, -0.0, -0, 1e400, 10000000000000000000000, NaN, {"10": 1, "b": 2, "__proto__": 3, "10": 4}]');
    assert.equal(r.out, '[1.0,100000.0,-0.0,0,Infinity,10000000000000000000000,NaN,{"10":4,"b":2,"__proto__":3}]\n');
  });

  test('main() --sort-keys sorts keys by code point', async () => {
    assert.equal((await run(['--sort-keys'], '{"b": 1, "a": 2}')).out, '{\n    "a": 2,\n    "b": 1\n}\n');
    assert.equal((await run(['--sort-keys', '--compact'], '{"b":1,"B":2,"a":3,"10":4,"9":5}')).out, '{"10":4,"9":5,"B":2,"a":3,"b":1}\n');
  });

  test('main() --no-ensure-ascii writes non-ASCII characters as they are', async () => {
    assert.equal((await run(['--no-ensure-ascii'], '["é😀"]')).out, '[\n    "é😀"\n]\n');
  });

  test('main() --indent N, 0 and negative values', async () => {
    assert.equal((await run(['--indent', '2'], '{"a": [1]}')).out, '{\n  "a": [\n    1\n  ]\n}\n');
    assert.equal((await run(['--indent', '0'], '{"a": [1]}')).out, '{\n"a": [\n1\n]\n}\n');
    assert.equal((await run(['--indent', '-1'], '{"a": [1]}')).out, '{\n"a": [\n1\n]\n}\n');
    assert.equal((await run(['--indent=-3'], '[1]')).out, '[\n1\n]\n');
  });

  test('main() --indent is read like Python int(): spaces, sign, underscores, Unicode digits', async () => {
    assert.equal((await run(['--indent', ' 2 '], '[1]')).out, '[\n  1\n]\n');
    assert.equal((await run(['--indent', '+2'], '[1]')).out, '[\n  1\n]\n');
    assert.equal((await run(['--indent', '1_0'], '[1]')).out, '[\n          1\n]\n');
    assert.equal((await run(['--indent', '\u0663'], '[1]')).out, '[\n   1\n]\n');
    assert.equal((await run(['--indent', '\u00a0\uff13\u2003'], '[1]')).out, '[\n   1\n]\n');
    assert.equal((await run(['--indent', '1', '--indent', '3'], '[1]')).out, '[\n   1\n]\n', 'the last --indent wins');
  });

  test('main() --tab, --no-indent and --compact', async () => {
    assert.equal((await run(['--tab'], '{"a": [1]}')).out, '{\n\t"a": [\n\t\t1\n\t]\n}\n');
    assert.equal((await run(['--no-indent'], '{"a": [1], "b": {}}')).out, '{"a": [1], "b": {}}\n');
    assert.equal((await run(['--compact'], '{"a": [1], "b": {"c": 2}}')).out, '{"a":[1],"b":{"c":2}}\n');
  });

  test('main() accepts unique prefixes of long options', async () => {
    assert.equal((await run(['--sort', '--comp'], '{"b": 1, "a": [2]}')).out, '{"a":[2],"b":1}\n');
    assert.equal((await run(['--no-e', '--c'], '["é"]')).out, '["é"]\n');
    assert.equal((await run(['--ind', '1'], '[1]')).out, '[\n 1\n]\n');
    assert.equal((await run(['--t'], '[1]')).out, '[\n\t1\n]\n');
    assert.equal((await run(['--json', '--c'], '1\n2\n')).out, '1\n2\n');
  });
});

// ---------------------------------------------------------------------------------------------
// Usage errors and help
// ---------------------------------------------------------------------------------------------

describe('main() arguments', () => {
  test('main() rejects unknown arguments with argparse usage and status 2', async () => {
    assert.deepEqual(await run(['--bogus']), usageError('unrecognized arguments: --bogus'));
    assert.deepEqual(await run(['a', 'b', 'c']), usageError('unrecognized arguments: c'));
    assert.deepEqual(await run(['-x']), usageError('unrecognized arguments: -x'));
  });

  test('main() rejects an ambiguous prefix with argparse message', async () => {
    assert.deepEqual(await run(['--no']), usageError('ambiguous option: --no could match --no-ensure-ascii, --no-indent'));
    assert.deepEqual(
      await run(['--=x']),
      usageError('ambiguous option: --=x could match --help, --sort-keys, --no-ensure-ascii, --json-lines, --indent, --tab, --no-indent, --compact'),
    );
  });

  test('main() reports bad --indent values with their Python repr', async () => {
    assert.deepEqual(await run(['--indent', 'x']), usageError("argument --indent: invalid int value: 'x'"));
    assert.deepEqual(await run(['--indent', "it's"]), usageError('argument --indent: invalid int value: "it\'s"'));
    assert.deepEqual(await run(['--indent', '1__0']), usageError("argument --indent: invalid int value: '1__0'"));
    assert.deepEqual(await run(['--indent=']), usageError("argument --indent: invalid int value: ''"));
    assert.deepEqual(await run(['--indent', 'a\tb\x7f\u200bé😀']), usageError("argument --indent: invalid int value: 'a\\tb\\x7f\\u200bé😀'"));
  });

  test('main() needs a value after --indent', async () => {
    assert.deepEqual(await run(['--indent']), usageError('argument --indent: expected one argument'));
    assert.deepEqual(await run(['--indent', '-x']), usageError('argument --indent: expected one argument'));
    assert.deepEqual(await run(['--indent', '--tab']), usageError('argument --indent: expected one argument'));
  });

  test('main() enforces the mutually exclusive group like argparse', async () => {
    assert.deepEqual(await run(['--indent', '2', '--compact']), usageError('argument --compact: not allowed with argument --indent'));
    assert.deepEqual(await run(['--indent', '4', '--tab']), usageError('argument --tab: not allowed with argument --indent'));
    assert.deepEqual(await run(['--tab', '--no-indent']), usageError('argument --no-indent: not allowed with argument --tab'));
    assert.deepEqual(await run(['--compact', '--tab', '--indent', '3']), usageError('argument --tab: not allowed with argument --compact'));
    assert.equal((await run(['--tab', '--tab'], '[1]')).status, 0);
  });

  test('main() rejects explicit values for flags', async () => {
    assert.deepEqual(await run(['--sort-keys=1']), usageError("argument --sort-keys: ignored explicit argument '1'"));
    assert.deepEqual(await run(['-h=x']), usageError("argument -h/--help: ignored explicit argument 'x'"));
  });

  test('main() -h prints help on stdout and exits 0, before later errors', async () => {
    for (const args of [['-h'], ['--help'], ['--he'], ['-hx'], ['-h', '--bogus'], ['--bogus', '-h']]) {
      const r = await run(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.equal(r.err, '');
      assert.ok(r.out.startsWith(USAGE + '\n'), r.out);
      for (const word of ['--sort-keys', '--no-ensure-ascii', '--json-lines', '--indent INDENT', '--tab', '--no-indent', '--compact', 'infile', 'outfile', 'FORCE_COLOR']) {
        assert.ok(r.out.includes(word), `help mentions ${word}`);
      }
      assert.ok(r.out.split('\n').every((line) => line.length <= 78), 'help fits 80 columns');
    }
    assert.equal((await run(['--indent', 'x', '-h'])).status, 2, 'an error before -h wins');
  });

  test('main() wraps the usage to $COLUMNS, else to the terminal width', async () => {
    const narrow = (await run(['--bogus'], '', { env: { COLUMNS: '30' } })).err;
    assert.equal(
      narrow,
      'usage: pyjson [-h]\n              [--sort-keys]\n              [--no-ensure-ascii]\n              [--json-lines]\n' +
        '              [--indent INDENT |\n              --tab |\n              --no-indent |\n              --compact]\n' +
        '              [infile]\n              [outfile]\npyjson: error: unrecognized arguments: --bogus\n',
    );
    const wide = (await run(['--bogus'], '', { env: { COLUMNS: '200' } })).err;
    assert.ok(wide.startsWith('usage: pyjson [-h] [--sort-keys] [--no-ensure-ascii] [--json-lines] [--indent INDENT | --tab | --no-indent | --compact] [infile] [outfile]\n'));
    const terminal = (await run(['--bogus'], '', { columns: 200, tty: true, env: { NO_COLOR: '1' } })).err;
    assert.equal(terminal, wide);
    assert.equal((await run(['--bogus'], '', { env: { COLUMNS: 'abc' } })).err, usageError('unrecognized arguments: --bogus').err);
  });

  test('main() colours the usage when stdout could be coloured, as argparse 3.14 does', async () => {
    const r = await run(['--bogus'], '', { env: { FORCE_COLOR: '1' } });
    assert.ok(
      r.err.startsWith('\x1b[1;34musage: \x1b[0m\x1b[1;35mpyjson\x1b[0m [\x1b[32m-h\x1b[0m] [\x1b[36m--sort-keys\x1b[0m]'),
      JSON.stringify(r.err),
    );
    assert.ok(r.err.includes('[\x1b[36m--indent \x1b[33mINDENT\x1b[0m | '));
    assert.ok(r.err.endsWith('\x1b[32m[infile]\x1b[0m \x1b[32m[outfile]\x1b[0m\npyjson: error: unrecognized arguments: --bogus\n'));
  });

  test('parseArgs() handles --, -, negative numbers and interleaved positionals as argparse', () => {
    assert.deepEqual(parseArgs(['--', '--sort-keys']).options.infile, '--sort-keys');
    assert.deepEqual(parseArgs(['--', '--', 'x']).options, { ...parseArgs([]).options, infile: '--', outfile: 'x' });
    assert.deepEqual(parseArgs(['-']).options.infile, '-');
    assert.deepEqual(parseArgs(['-1']).options.infile, '-1');
    assert.deepEqual(parseArgs(['a b']).options.infile, 'a b');
    const p = parseArgs(['in.json', '--sort-keys', 'out.json']);
    assert.deepEqual([p.options.infile, p.options.outfile, p.options.sortKeys, p.extras], ['in.json', 'out.json', true, []]);
    assert.deepEqual(parseArgs(['--', '--', 'x', 'y']).extras, ['y']);
    assert.equal(parseArgs(['--compact']).options.compact, true);
    assert.equal(parseArgs(['--no-indent']).options.indent, null);
    assert.equal(parseArgs(['--tab']).options.indent, '\t');
    assert.equal(parseArgs([]).options.indent, 4n);
  });

  test('pyInt() follows Python int() for base-10 text', () => {
    assert.equal(pyInt('12'), 12n);
    assert.equal(pyInt(' -0 '), 0n);
    assert.equal(pyInt('007'), 7n);
    assert.equal(pyInt('1_000'), 1000n);
    assert.equal(pyInt('\u0661\u0662'), 12n);
    assert.equal(pyInt('\u{1d7d9}'), 1n, 'MATHEMATICAL DOUBLE-STRUCK DIGIT ONE');
    for (const bad of ['', ' ', '_1', '1_', '1__0', '0x10', '1.0', '1e3', '- 1', '++1', 'x']) assert.equal(pyInt(bad), undefined, bad);
    assert.equal(pyInt('9'.repeat(4300)), BigInt('9'.repeat(4300)));
    assert.equal(pyInt('9'.repeat(4301)), undefined, 'over the int max str digits limit');
  });

  test('pyStrRepr() follows Python repr() for str', () => {
    assert.equal(pyStrRepr('x'), "'x'");
    assert.equal(pyStrRepr("it's"), '"it\'s"');
    assert.equal(pyStrRepr('a\'"'), "'a\\'\"'");
    assert.equal(pyStrRepr('\\\n\r\t\x00\x7f\x85\xa0é'), "'\\\\\\n\\r\\t\\x00\\x7f\\x85\\xa0é'");
    assert.equal(pyStrRepr('\u200b\u2028\ud800😀\u{e0001}'), "'\\u200b\\u2028\\ud800😀\\U000e0001'");
  });
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

describe('main() errors', () => {
  test('main() prints a JSON error alone on stderr with status 1', async () => {
    assert.deepEqual(await run([], ''), { status: 1, out: '', err: 'Expecting value: line 1 column 1 (char 0)\n' });
    assert.deepEqual(await run([], '[1,]'), { status: 1, out: '', err: 'Illegal trailing comma before end of array: line 1 column 3 (char 2)\n' });
    assert.deepEqual(await run([], '{"a": 1} x'), { status: 1, out: '', err: 'Extra data: line 1 column 10 (char 9)\n' });
    assert.deepEqual(await run([], '{1.2:3.4}'), { status: 1, out: '', err: 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\n' });
    assert.deepEqual(await run([], '\ufeff[1]'), { status: 1, out: '', err: 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)\n' });
    assert.equal((await run([], '1'.repeat(4301))).err, 'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit\n');
  });

  test('main() reports undecodable UTF-8 input as CPython text streams do', async () => {
    const r = (bytes: number[]) => run([], Uint8Array.from(bytes));
    assert.equal((await r([0xff, 0x5b, 0x31, 0x5d])).err, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n");
    assert.equal((await r([0x5b, 0x31, 0x2c, 0xed, 0xa0, 0x80, 0x5d])).err, "'utf-8' codec can't decode byte 0xed in position 3: invalid continuation byte\n");
    assert.equal((await r([0x5b, 0x31, 0x2c, 0xf0, 0x90, 0x41])).err, "'utf-8' codec can't decode bytes in position 3-4: invalid continuation byte\n");
    assert.equal((await r([0x5b, 0x31, 0x5d, 0x0a, 0xe2, 0x82])).err, "'utf-8' codec can't decode bytes in position 4-5: unexpected end of data\n");
  });

  test('main() reports lone surrogates it cannot write, keeping what was written before', async () => {
    assert.deepEqual(await run(['--no-ensure-ascii'], '[1, "\\ud800"]'), {
      status: 1,
      out: '[\n    1',
      err: "'utf-8' codec can't encode character '\\ud800' in position 7: surrogates not allowed\n",
    });
    assert.equal(
      (await run(['--no-ensure-ascii'], '["a\\ud800\\udfff\\ud800\\ud801x"]')).err,
      "'utf-8' codec can't encode characters in position 9-10: surrogates not allowed\n",
    );
    assert.equal((await run([], '["\\ud800"]')).out, '[\n    "\\ud800"\n]\n', 'escaped by default');
  });

  test('main() reports a missing input file in one line naming it, status 1', async () => {
    const dir = tempDir();
    try {
      const missing = join(dir, 'missing.json');
      assert.deepEqual(await run([missing]), { status: 1, out: '', err: `FileNotFoundError: [Errno 2] No such file or directory: '${missing}'\n` });
      assert.deepEqual(await run([dir]), { status: 1, out: '', err: `IsADirectoryError: [Errno 21] Is a directory: '${dir}'\n` });
      writeFileSync(join(dir, 'in.json'), '[1]');
      const badOut = join(dir, 'no', 'out.json');
      assert.deepEqual(await run([join(dir, 'in.json'), badOut]), { status: 1, out: '', err: `FileNotFoundError: [Errno 2] No such file or directory: '${badOut}'\n` });
      if (process.getuid?.() !== 0) {
        const locked = join(dir, 'locked.json');
        writeFileSync(locked, '[1]');
        chmodSync(locked, 0o000);
        assert.deepEqual(await run([locked]), { status: 1, out: '', err: `PermissionError: [Errno 13] Permission denied: '${locked}'\n` });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('describeFileError() formats like the last line of a CPython traceback', () => {
    assert.equal(describeFileError({ code: 'ENOENT' }, "it's"), 'FileNotFoundError: [Errno 2] No such file or directory: "it\'s"');
    assert.equal(describeFileError({ code: 'ENOSPC' }, 'x'), "OSError: [Errno 28] No space left on device: 'x'");
    assert.equal(describeFileError(Object.assign(new Error('strange'), { code: 'EWHAT' }), 'x'), "OSError: [EWHAT] strange: 'x'");
  });

  test('main() exits 32 quietly when the reader of stdout goes away (EPIPE)', async () => {
    const epipe = { write() { throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }); } };
    assert.deepEqual(await run([], '[1]', { stdout: epipe }), { status: 32, out: '', err: '' });
    const lines = Array.from({ length: 50000 }, (_, i) => `[${i}]\n`).join('');
    assert.deepEqual(await run(['--json-lines'], lines, { stdout: epipe }), { status: 32, out: '', err: '' });
    let calls = 0;
    const later = { async write() { if (++calls > 1) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }); } };
    assert.deepEqual(await run(['--json-lines'], lines, { stdout: later }), { status: 32, out: '', err: '' });
  });

  test('main() reports other write failures in one line, without a file name as Python', async () => {
    const fs: ToolFileSystem = {
      ...nodeFileSystem(),
      async openWrite() {
        return { write() { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); } };
      },
    };
    assert.deepEqual(await run(['-', 'out.json'], '[1]', { fs }), { status: 1, out: '', err: 'OSError: [Errno 28] No space left on device\n' });
  });
});

// ---------------------------------------------------------------------------------------------
// JSON Lines
// ---------------------------------------------------------------------------------------------

describe('main() --json-lines', () => {
  test('main() --json-lines prints one document per line', async () => {
    assert.equal((await run(['--json-lines'], '{"a": 1}\n[2]\n"x"\n')).out, '{\n    "a": 1\n}\n[\n    2\n]\n"x"\n');
    assert.equal((await run(['--json-lines', '--compact'], '{"a": 1}\n[2]\n')).out, '{"a":1}\n[2]\n');
    assert.deepEqual(await run(['--json-lines'], ''), { status: 0, out: '', err: '' });
  });

  test('main() --json-lines writes the records before a bad line, then the error', async () => {
    assert.deepEqual(await run(['--json-lines'], '{"a": 1}\n\n[2]\n'), { status: 1, out: '{\n    "a": 1\n}\n', err: 'Expecting value: line 2 column 1 (char 1)\n' });
    assert.deepEqual(await run(['--json-lines'], '{"a":\n1}\n'), { status: 1, out: '', err: 'Expecting value: line 2 column 1 (char 6)\n' });
  });

  test('main() --json-lines reports a decoding error relative to the 8 KiB chunk read, as CPython', async () => {
    assert.deepEqual(await run(['--json-lines'], Uint8Array.from([0x5b, 0x31, 0x5d, 0x0a, 0xff, 0x0a])), {
      status: 1,
      out: '',
      err: "'utf-8' codec can't decode byte 0xff in position 4: invalid start byte\n",
    });
    assert.deepEqual(await run(['--json-lines'], Uint8Array.from([0x5b, 0x31, 0x5d, 0x0a, 0xe2, 0x82])), {
      status: 1,
      out: '[\n    1\n]\n',
      err: "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data\n",
    });
    const first = '1\n'.repeat(5000); // 10,000 bytes: the first chunk holds 4096 complete lines
    const r = await run(['--json-lines', '--compact'], Buffer.concat([Buffer.from(first), Buffer.from([0xff])]));
    assert.equal(r.out, '1\n'.repeat(4096));
    assert.equal(r.err, "'utf-8' codec can't decode byte 0xff in position 1808: invalid start byte\n");
  });

  test('main() --json-lines streams: output is written while stdin is still being read', async () => {
    const out = new Sink();
    let writtenWhileReading = 0;
    async function* stdin(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 400; i++) {
        yield Buffer.from(`{"n": ${i}, "pad": "${'x'.repeat(1000)}"}\n`.repeat(10));
        if (i === 300) writtenWhileReading = out.bytes.length;
      }
    }
    const status = await main(['--json-lines', '--compact'], { stdin: stdin(), stdout: out, stderr: new Sink(), env: {} });
    assert.equal(status, 0);
    assert.ok(writtenWhileReading > 2_000_000, `wrote ${writtenWhileReading} bytes before the end of the input`);
    assert.equal(out.text.split('\n').length, 4001);
  });

  test('main() --json-lines writes each record without waiting for more input (tail -f)', { timeout: 10000 }, async () => {
    const out = new Sink();
    let release = (): void => {};
    const written = new Promise<void>((resolve) => (release = resolve));
    const stdout: ToolWriter = {
      write(data: Uint8Array) {
        out.write(data);
        release();
      },
    };
    async function* stdin(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('{"a": 1}\n');
      await written; // the input pauses until the first record is out
      yield Buffer.from('[2]\n');
    }
    const status = await main(['--json-lines', '--compact'], { stdin: stdin(), stdout, stderr: new Sink(), env: {} });
    assert.equal(status, 0);
    assert.equal(out.text, '{"a":1}\n[2]\n');
  });

  test('main() --json-lines reads an infile path (CPython 3.14.2 fails here, gh-132631)', async () => {
    const dir = tempDir();
    try {
      const inPath = join(dir, 'in.jsonl');
      writeFileSync(inPath, '{"a": 1}\r\n[2]\r3\n');
      assert.deepEqual(await run(['--json-lines', '--compact', inPath]), { status: 0, out: '{"a":1}\n[2]\n3\n', err: '' });
      const outPath = join(dir, 'out.jsonl');
      assert.deepEqual(await run(['--json-lines', '--no-indent', inPath, outPath]), { status: 0, out: '', err: '' });
      assert.equal(readFileSync(outPath, 'utf8'), '{"a": 1}\n[2]\n3\n');
      // in place: the input is read completely before the file is truncated
      assert.deepEqual(await run(['--json-lines', '--compact', '--sort-keys', outPath, outPath]), { status: 0, out: '', err: '' });
      assert.equal(readFileSync(outPath, 'utf8'), '{"a":1}\n[2]\n3\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

describe('main() files', () => {
  test('main() reads an infile with universal newlines and writes an outfile', async () => {
    const dir = tempDir();
    try {
      const inPath = join(dir, 'in.json');
      writeFileSync(inPath, '[1,\r\n x]');
      assert.deepEqual(await run([inPath]), { status: 1, out: '', err: 'Expecting value: line 2 column 2 (char 5)\n' });
      assert.deepEqual(await run([], '[1,\r\n x]'), { status: 1, out: '', err: 'Expecting value: line 2 column 2 (char 6)\n' }, 'stdin is not translated');
      writeFileSync(inPath, '{"b": "é",\r\n "a": [1]}');
      const outPath = join(dir, 'out.json');
      assert.deepEqual(await run(['--sort-keys', '--no-ensure-ascii', inPath, outPath]), { status: 0, out: '', err: '' });
      assert.equal(readFileSync(outPath, 'utf8'), '{\n    "a": [\n        1\n    ],\n    "b": "é"\n}\n');
      const dash = join(dir, '-');
      assert.deepEqual(await run(['--compact', '-', dash], '[1]'), { status: 0, out: '', err: '' }, "outfile '-' is a file");
      assert.equal(readFileSync(dash, 'utf8'), '[1]\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('main() rewrites a file in place', async () => {
    const dir = tempDir();
    try {
      const p = join(dir, 'data.json');
      writeFileSync(p, '{"b": 1, "a": [1, 2]}');
      assert.deepEqual(await run(['--indent', '2', '--sort-keys', p, p]), { status: 0, out: '', err: '' });
      assert.equal(readFileSync(p, 'utf8'), '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 1\n}\n');
      writeFileSync(p, '[1,]');
      assert.equal((await run([p, p])).status, 1);
      assert.equal(readFileSync(p, 'utf8'), '[1,]', 'a bad document leaves the file alone');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------------------------

describe('main() colour', () => {
  test('canColorize() applies PYTHON_COLORS, NO_COLOR, FORCE_COLOR, TERM=dumb, then the terminal', () => {
    assert.equal(canColorize({}, false), false);
    assert.equal(canColorize({}, true), true);
    assert.equal(canColorize({ TERM: 'dumb' }, true), false);
    assert.equal(canColorize({ FORCE_COLOR: '1', TERM: 'dumb' }, false), true);
    assert.equal(canColorize({ FORCE_COLOR: '' }, false), false);
    assert.equal(canColorize({ NO_COLOR: '1', FORCE_COLOR: '1' }, true), false);
    assert.equal(canColorize({ NO_COLOR: '' }, true), true);
    assert.equal(canColorize({ PYTHON_COLORS: '1', NO_COLOR: '1' }, false), true);
    assert.equal(canColorize({ PYTHON_COLORS: '0', FORCE_COLOR: '1' }, true), false);
    assert.equal(canColorize({ PYTHON_COLORS: 'yes' }, false), false);
  });

  test('main() colours keys, strings, numbers and literals with CPython escape codes', async () => {
    const doc = '{"a": [1, "s", true, null, 1.5e+20, NaN, -Infinity], "b\\"q": {}}';
    const expected =
      '{\n    \x1b[1m"a"\x1b[0m: [\n        \x1b[33m1\x1b[0m,\n        \x1b[32m"s"\x1b[0m,\n        \x1b[1;34mtrue\x1b[0m,\n' +
      '        \x1b[1;34mnull\x1b[0m,\n        \x1b[33m1.5e+20\x1b[0m,\n        \x1b[33mNaN\x1b[0m,\n        \x1b[33m-Infinity\x1b[0m\n' +
      '    ],\n    \x1b[1m"b\\"q"\x1b[0m: {}\n}\n';
    assert.equal((await run([], doc, { env: { FORCE_COLOR: '1' } })).out, expected);
    assert.equal((await run([], doc, { tty: true })).out, expected);
    assert.equal((await run([], doc, { tty: true, env: { NO_COLOR: '1' } })).out.includes('\x1b'), false);
    assert.equal((await run([], doc, { tty: true, env: { TERM: 'dumb' } })).out.includes('\x1b'), false);
    assert.equal((await run([], doc)).out.includes('\x1b'), false);
    assert.equal(
      (await run(['--compact'], '{"a:b": "c:", "k": [1.5, "x\\"y"], "e": "1e5"}', { env: { PYTHON_COLORS: '1', NO_COLOR: '1' } })).out,
      '{\x1b[1m"a:b"\x1b[0m:\x1b[32m"c:"\x1b[0m,\x1b[1m"k"\x1b[0m:[\x1b[33m1.5\x1b[0m,\x1b[32m"x\\"y"\x1b[0m],\x1b[1m"e"\x1b[0m:\x1b[32m"1e5"\x1b[0m}\n',
    );
    assert.equal((await run([], '"α"', { env: { FORCE_COLOR: '1' } })).out, '\x1b[32m"\\u03b1"\x1b[0m\n');
  });

  test('main() colours an outfile only when forced (FORCE_COLOR), as CPython', async () => {
    const dir = tempDir();
    try {
      const outPath = join(dir, 'out.json');
      await run(['--compact', '-', outPath], '[1]', { tty: true });
      assert.equal(readFileSync(outPath, 'utf8'), '[1]\n', 'stdout being a terminal does not matter');
      await run(['--compact', '-', outPath], '[1]', { env: { FORCE_COLOR: '1' } });
      assert.equal(readFileSync(outPath, 'utf8'), '[\x1b[33m1\x1b[0m]\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('colorizeJson() handles long strings without exhausting the stack', () => {
    const long = '"' + 'a\\"'.repeat(200000) + '"';
    assert.equal(colorizeJson(long), '\x1b[32m' + long + '\x1b[0m');
  });
});

// ---------------------------------------------------------------------------------------------
// UTF-8 decoding
// ---------------------------------------------------------------------------------------------

describe('decodeUtf8()', () => {
  const error = (bytes: number[], final: boolean): string => {
    try {
      decodeUtf8(Uint8Array.from(bytes), final);
      return 'no error';
    } catch (e) {
      assert.ok(e instanceof UnicodeDecodeError);
      return e.message;
    }
  };

  test('decodeUtf8() keeps a BOM and an incomplete final sequence when not final', () => {
    assert.deepEqual(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x31, 0xe2, 0x82]), false), { text: '\ufeff1', consumed: 4 });
    assert.deepEqual(decodeUtf8(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]), true), { text: '😀', consumed: 4 });
  });

  test('decodeUtf8() reports CPython positions and reasons', () => {
    assert.equal(error([0x80], false), "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte");
    assert.equal(error([0x31, 0xc0, 0xaf], false), "'utf-8' codec can't decode byte 0xc0 in position 1: invalid start byte");
    assert.equal(error([0xe0, 0x80], false), "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
    assert.equal(error([0xe2, 0x82], false), 'no error');
    assert.equal(error([0xe2, 0x82], true), "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    assert.equal(error([0xf4, 0x90, 0x80, 0x80], true), "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
    assert.equal(error([0xf0, 0x90, 0x80, 0x41], true), "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte");
    assert.equal(error([0xf5], false), "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte");
  });
});

// ---------------------------------------------------------------------------------------------
// The Node adapter and the real bin script
// ---------------------------------------------------------------------------------------------

const root = repoRoot();
const bin = join(root, 'bin', 'pyjson.js');

/**
 * The first source whose compiled file in dist/ is missing or older than it, or undefined when
 * dist/ is current. The bin script runs dist/tool-node.js and everything it imports (the CLI in
 * tool/, the library, the codecs), so every source counts, not just the entry point.
 */
function staleSource(): string | undefined {
  const src = join(root, 'src');
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const out = join(root, 'dist', file.replace(/\.ts$/, '.js'));
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(join(src, file)).mtimeMs) return `src/${file}`;
  }
  return undefined;
}
const stale = staleSource();
const skipBin = stale === undefined ? false : `dist/ is missing or older than ${stale}: run \`npx tsc -p tsconfig.json\` first`;

function runBin(args: string[], input: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, env: { PATH: process.env.PATH ?? '', ...env } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

describe('bin/pyjson.js', () => {
  test('nodeWriter() reports EPIPE from a closed stream as a rejected write', async () => {
    const { PassThrough } = await import('node:stream');
    const s = new PassThrough();
    const w = nodeWriter(s);
    s.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await assert.rejects(Promise.resolve(w.write(new Uint8Array([1]))));
  });

  test('bin/pyjson.js pretty-prints stdin', { skip: skipBin }, () => {
    assert.deepEqual(runBin([], '{"a": [1, "é"]}'), { status: 0, out: '{\n    "a": [\n        1,\n        "\\u00e9"\n    ]\n}\n', err: '' });
    assert.deepEqual(runBin(['--compact'], '[1]', { FORCE_COLOR: '1' }), { status: 0, out: '[\x1b[33m1\x1b[0m]\n', err: '' });
  });

  test('bin/pyjson.js exits 1 for invalid JSON and 2 for bad arguments', { skip: skipBin }, () => {
    assert.deepEqual(runBin([], '[1,]'), { status: 1, out: '', err: 'Illegal trailing comma before end of array: line 1 column 3 (char 2)\n' });
    assert.deepEqual(runBin(['--no'], ''), { status: 2, out: '', err: `${USAGE}pyjson: error: ambiguous option: --no could match --no-ensure-ascii, --no-indent\n` });
    assert.deepEqual(runBin(['missing.json'], '', {}), { status: 1, out: '', err: "FileNotFoundError: [Errno 2] No such file or directory: 'missing.json'\n" });
  });

  test('bin/pyjson.js --json-lines with a file and in place', { skip: skipBin }, () => {
    const dir = tempDir();
    try {
      const p = join(dir, 'log.jsonl');
      writeFileSync(p, '{"b": 2, "a": 1}\n[3]\n');
      assert.deepEqual(runBin(['--json-lines', '--compact', '--sort-keys', p, p], ''), { status: 0, out: '', err: '' });
      assert.equal(readFileSync(p, 'utf8'), '{"a":1,"b":2}\n[3]\n');
      mkdirSync(join(dir, 'sub'));
      assert.equal(runBin([join(dir, 'sub')], '').status, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('bin/pyjson.js exits 32 without a message when its reader goes away', { skip: skipBin }, async () => {
    const child = spawn(process.execPath, [bin, '--json-lines'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const feed = async () => {
      for (let i = 0; i < 2000 && child.stdin.writable; i++) {
        const ok = child.stdin.write(`[${i}, "${'x'.repeat(500)}"]\n`);
        if (!ok) await new Promise((r) => setTimeout(r, 1));
      }
      child.stdin.end();
    };
    child.stdin.on('error', () => {});
    const status = await new Promise<number | null>((resolveStatus) => {
      child.on('close', (code) => resolveStatus(code));
      void feed();
    });
    assert.equal(status, 32);
    assert.equal(err, '');
  });
});
