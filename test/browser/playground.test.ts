/**
 * The playground (docs/playground/) in headless Chromium, with the minified bundle served next
 * to it as `pyjson.js`, as scripts/playground.mjs builds it: type an input, toggle options, read
 * the output. Each output is checked twice: against CPython's text written here, and by running
 * the Python call the page shows (`json.dumps(json.loads(text), indent=2)`) in CPython 3.14
 * (pyodide) on the same input.
 *
 * Skips, saying why, when /usr/bin/chromium (or $PYJSON_CHROMIUM) is absent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, minifiedBundle, ROOT, serve, skipReason } from './support.js';

const skip = skipReason();

/** What the page showed: the Python call, the input, and the output text. */
interface Seen { python: string; input: string; output: string; state: string; pyValue?: string }

describe('playground', { skip }, () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  let page: Page;
  const seen: Seen[] = [];
  const problems: string[] = [];

  before(async () => {
    const { code } = await minifiedBundle();
    server = await serve(`${ROOT}docs/playground`, { '/pyjson.js': code });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready]');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Reads the page after an action; `pyValue`: the input as a Python value (JS mode). */
  async function read(pyValue?: string): Promise<Seen> {
    const s = {
      python: (await page.textContent('#python')) ?? '',
      input: await page.inputValue('#input'),
      output: (await page.textContent('#output')) ?? '',
      state: (await page.getAttribute('#output', 'data-state')) ?? '',
      pyValue,
    };
    seen.push(s);
    return s;
  }

  test('shows CPython\'s text for the sample input on load', async () => {
    const s = await read();
    assert.equal(s.python, 'json.dumps(json.loads(text))');
    assert.equal(s.output, '{"name": "Zo\\u00eb", "ids": [1, 12345678901234567890], "ratio": 1.0, "n": NaN}');
  });

  test('updates the output live as the user types', async () => {
    await page.fill('#input', '');
    await page.locator('#input').pressSequentially('{"b": [1, 2.0, 1e16], "a": "é😀"}');
    const s = await read();
    assert.equal(s.output, '{"b": [1, 2.0, 1e+16], "a": "\\u00e9\\ud83d\\ude00"}');
  });

  test('applies indent, sort_keys and ensure_ascii as they are toggled', async () => {
    await page.selectOption('#indent', '2');
    await page.check('#sortKeys');
    let s = await read();
    assert.equal(s.python, 'json.dumps(json.loads(text), indent=2, sort_keys=True)');
    assert.equal(s.output, '{\n  "a": "\\u00e9\\ud83d\\ude00",\n  "b": [\n    1,\n    2.0,\n    1e+16\n  ]\n}');
    await page.uncheck('#ensureAscii');
    await page.selectOption('#indent', 'tab');
    s = await read();
    assert.equal(s.python, "json.dumps(json.loads(text), indent='\\t', sort_keys=True, ensure_ascii=False)");
    assert.equal(s.output, '{\n\t"a": "é😀",\n\t"b": [\n\t\t1,\n\t\t2.0,\n\t\t1e+16\n\t]\n}');
  });

  test('applies compact and custom separators', async () => {
    await page.selectOption('#indent', '');
    await page.selectOption('#separators', 'compact');
    let s = await read();
    assert.equal(s.output, '{"a":"é😀","b":[1,2.0,1e+16]}');
    await page.selectOption('#separators', 'custom');
    await page.fill('#item-sep', ' ; ');
    await page.fill('#key-sep', '=');
    s = await read();
    assert.equal(s.python, "json.dumps(json.loads(text), separators=(' ; ', '='), sort_keys=True, ensure_ascii=False)");
    assert.equal(s.output, '{"a"="é😀" ; "b"=[1 ; 2.0 ; 1e+16]}');
    await page.selectOption('#separators', 'default');
    await page.uncheck('#sortKeys');
    await page.check('#ensureAscii');
  });

  test('shows the JSONDecodeError CPython raises for invalid JSON', async () => {
    await page.fill('#input', '[1, 2,]');
    const s = await read();
    assert.equal(s.state, 'error');
    assert.equal(s.output, 'json.decoder.JSONDecodeError: Illegal trailing comma before end of array: line 1 column 6 (char 5)');
    await page.fill('#input', '{"n": NaN, "big": 123456789012345678901234567890}');
    await page.uncheck('#allowNan');
    const t = await read();
    assert.equal(t.output, 'ValueError: Out of range float values are not JSON compliant: nan\nwhen serializing dict item \'n\'');
    await page.check('#allowNan');
  });

  test('lossless off shows the plain JS values loads() gives', async () => {
    await page.fill('#input', '[1.0, 1E2, 2.5]');
    assert.equal((await page.textContent('#output')) ?? '', '[1.0, 100.0, 2.5]');
    await page.uncheck('#lossless');
    assert.equal(await page.textContent('#js'), 'dumps(loads(text))');
    assert.equal(await page.textContent('#output'), '[1, 100, 2.5]');
    await page.check('#lossless');
  });

  test('takes a JavaScript value with float(), bigint, Map, lone surrogates and NaN', async () => {
    await page.check('input[name=mode][value=js]');
    assert.equal(await page.isHidden('#lossless-label'), true);
    await page.fill('#input', '[1, float(1), 2n ** 64n, NaN, new Map([[1, "a"], [true, "\\ud800"]])]');
    let s = await read("[1, 1.0, 2**64, float('nan'), {1: 'a', True: '\\ud800'}]");
    assert.equal(s.python, 'json.dumps(value)');
    // {1: 'a', True: ...} is one key in Python (True == 1): compare the literal, not CPython's dict
    seen.pop();
    assert.equal(s.output, '[1, 1.0, 18446744073709551616, NaN, {"1": "a", "true": "\\ud800"}]');
    await page.fill('#input', '[1, { a: new Date(0) }]');
    s = await read("[1, {'a': type('Date', (), {})()}]");
    assert.equal(s.state, 'error');
    assert.equal(s.output, "TypeError: Object of type Date is not JSON serializable\nwhen serializing dict item 'a'\nwhen serializing list item 1");
    await page.fill('#input', '[1, ');
    assert.match((await page.textContent('#output')) ?? '', /^not a JavaScript value: /);
  });

  test('keeps the input and options in the address, for sharing', async () => {
    const url = page.url();
    const again = await browser.newPage();
    await again.goto(url);
    await again.waitForSelector('html[data-ready]');
    assert.equal(await again.inputValue('#input'), '[1, ');
    assert.equal(await again.isChecked('input[name=mode][value=js]'), true);
    await again.close();
  });

  test('every Python call the page showed gives the page\'s output in CPython 3.14', async () => {
    assert.deepEqual(problems, [], 'errors on the page');
    assert.ok(seen.length >= 8, `only ${seen.length} outputs recorded`);
    const oracle = (await import(new URL('test/portable/oracle.mjs', `file://${ROOT}`).href)) as {
      cpythonEval(exprs: string[]): Promise<string[]>;
    };
    const exprs = seen.map((s) => (s.pyValue === undefined
      ? `_out(lambda: (lambda text: ${s.python})(${JSON.stringify(s.input)}))`
      : `_out(lambda: (lambda value: ${s.python})(${s.pyValue}))`));
    const cpython = await oracle.cpythonEval(exprs);
    seen.forEach((s, i) => assert.equal(s.output, cpython[i], `${s.python} on ${s.input}`));
  });
});
