/**
 * pyjson in a real browser: Debian's headless Chromium, driven by playwright-core, loads a page
 * that imports the built library (dist/ as ES modules, and the minified bundle), runs the portable
 * subset (test/portable/) there, and computes dumps/loads of tricky values, compared with the text
 * CPython 3.14 (pyodide) gives for the same values.
 *
 * Skips, saying why, when /usr/bin/chromium (or $PYJSON_CHROMIUM) is absent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, minifiedBundle, ROOT, serve, skipReason } from './support.js';

interface PortableResult {
  loadError?: string;
  total: number;
  passed: number;
  failures: { name: string; expected: string; actual: string }[];
  results: { name: string; ok: boolean; tricky: boolean }[];
}

/**
 * Tricky values: `js` runs in the page with the library as `L`; `py` is the same call in CPython.
 * Both must give `expect`, which is CPython's text.
 */
const TRICKY: { what: string; js: string; py: string; expect: string }[] = [
  {
    what: 'big ints',
    js: 'L.dumps([2n ** 64n, -(2n ** 100n), 9007199254740991, 9007199254740992])',
    py: 'json.dumps([2**64, -(2**100), 9007199254740991, 9007199254740992.0])',
    expect: '[18446744073709551616, -1267650600228229401496703205376, 9007199254740991, 9007199254740992.0]',
  },
  {
    what: 'big ints loaded',
    js: 'L.dumps(L.loads("[12345678901234567890, -9007199254740993, 1.0]", { lossless: true }))',
    py: 'json.dumps(json.loads("[12345678901234567890, -9007199254740993, 1.0]"))',
    expect: '[12345678901234567890, -9007199254740993, 1.0]',
  },
  {
    what: 'astral characters',
    js: 'L.dumps(["😀", "\\u{1F600}x", { "😀": 1, "\\uffff": 2 }], { sortKeys: true }) + " " + L.dumps("😀", { ensureAscii: false })',
    py: 'json.dumps(["\\U0001F600", "\\U0001F600x", {"\\U0001F600": 1, "\\uffff": 2}], sort_keys=True) + " " + json.dumps("\\U0001F600", ensure_ascii=False)',
    expect: '["\\ud83d\\ude00", "\\ud83d\\ude00x", {"\\uffff": 2, "\\ud83d\\ude00": 1}] "😀"',
  },
  {
    what: 'astral characters loaded, and error positions in code points',
    js: 'L.dumps(L.loads(\'["\\\\ud83d\\\\ude00", "😀"]\')) + " " + (() => { try { L.loads(\'["😀😀", x]\'); } catch (e) { return e.name + ": " + e.message; } })()',
    py: 'json.dumps(json.loads(\'["\\\\ud83d\\\\ude00", "\\U0001F600"]\')) + " " + _err(lambda: json.loads(\'["\\U0001F600\\U0001F600", x]\'))',
    expect: '["\\ud83d\\ude00", "\\ud83d\\ude00"] JSONDecodeError: Expecting value: line 1 column 8 (char 7)',
  },
  {
    what: 'lone surrogates',
    js: 'L.dumps(["\\ud800", "a\\udfff", "\\udc00\\ud800"]) + " " + L.dumps(L.loads(\'"\\\\udc00 \\\\ud800"\'))',
    py: 'json.dumps(["\\ud800", "a\\udfff", "\\udc00\\ud800"]) + " " + json.dumps(json.loads(\'"\\\\udc00 \\\\ud800"\'))',
    expect: '["\\ud800", "a\\udfff", "\\udc00\\ud800"] "\\udc00 \\ud800"',
  },
  {
    what: 'lone surrogates without ensure_ascii',
    js: 'L.dumps(["\\ud800", "x\\udfff"], { ensureAscii: false })',
    py: 'json.dumps(["\\ud800", "x\\udfff"], ensure_ascii=False)',
    expect: '["\ud800", "x\udfff"]',
  },
  {
    what: 'NaN and infinities',
    js: 'L.dumps([NaN, Infinity, -Infinity, L.loads("NaN"), L.loads("-Infinity"), 1e400]) + " " + (() => { try { L.dumps({ a: NaN }, { allowNan: false }); } catch (e) { return e.name + ": " + e.message; } })()',
    py: 'json.dumps([float("nan"), float("inf"), float("-inf"), json.loads("NaN"), json.loads("-Infinity"), 1e400]) + " " + _err(lambda: json.dumps({"a": float("nan")}, allow_nan=False))',
    expect: '[NaN, Infinity, -Infinity, NaN, -Infinity, Infinity] ValueError: Out of range float values are not JSON compliant: nan',
  },
  {
    what: 'floats',
    js: 'L.dumps([0.1, 1e16, 1e-5, -0, 5e-324, L.float(1), 1.7976931348623157e308])',
    py: 'json.dumps([0.1, 1e16, 1e-5, -0.0, 5e-324, 1.0, 1.7976931348623157e308])',
    expect: '[0.1, 1e+16, 1e-05, -0.0, 5e-324, 1.0, 1.7976931348623157e+308]',
  },
];

const skip = skipReason();

describe('Chromium', { skip }, () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  let page: Page;

  before(async () => {
    const { code } = await minifiedBundle();
    server = await serve(ROOT, { '/build/bundle/pyjson.min.js': code });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function runPortable(lib: string): Promise<PortableResult> {
    page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}test/browser/page.html?lib=${encodeURIComponent(lib)}`);
    await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 60_000 });
    const result = JSON.parse(await page.evaluate(() => JSON.stringify((window as any).portable))) as PortableResult;
    assert.deepEqual(problems, [], 'errors on the page');
    assert.equal(result.loadError, undefined);
    return result;
  }

  test('runs the portable subset against dist/ loaded as ES modules', async () => {
    const r = await runPortable('/dist/index.js');
    assert.ok(r.total >= 50, `only ${r.total} cases`);
    assert.deepEqual(r.failures, []);
    await page.close();
  });

  test('runs the portable subset against the minified bundle', async () => {
    const r = await runPortable('/build/bundle/pyjson.min.js');
    assert.deepEqual(r.failures, []);
    const tricky = r.results.filter((x) => x.tricky);
    assert.ok(tricky.length >= 10, `only ${tricky.length} tricky cases`);
    assert.ok(tricky.every((x) => x.ok));
    // the page stays open: the next test uses its `pyjson`
  });

  test('dumps/loads of big ints, astral characters, lone surrogates and NaN give CPython\'s text', async () => {
    const inBrowser = JSON.parse(await page.evaluate((sources: string[]) => {
      const L = (window as any).pyjson;
      return JSON.stringify(sources.map((src) => {
        try {
          return new Function('L', `return (${src});`)(L) as string;
        } catch (e) {
          return `threw ${String(e)}`;
        }
      }));
    }, TRICKY.map((t) => t.js))) as string[];
    const oracle = (await import(new URL('test/portable/oracle.mjs', `file://${ROOT}`).href)) as {
      cpythonEval(exprs: string[]): Promise<string[]>;
    };
    const cpython = await oracle.cpythonEval(TRICKY.map((t) => t.py));
    TRICKY.forEach((t, i) => {
      assert.equal(cpython[i], t.expect, `CPython, ${t.what}`);
      assert.equal(inBrowser[i], t.expect, `Chromium, ${t.what}`);
    });
    assert.match(await page.evaluate(() => navigator.userAgent), /HeadlessChrome\/\d+/);
    await page.close();
  });
});

