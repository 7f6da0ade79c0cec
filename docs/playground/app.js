// The playground: no framework, one module. `./pyjson.js` is the package's minified bundle,
// copied next to this page by `node scripts/playground.mjs`.
import * as pyjson from './pyjson.js';

const { dumps, loads, float } = pyjson;
const $ = (id) => document.getElementById(id);
const form = $('form');
const els = {
  input: $('input'), indent: $('indent'), separators: $('separators'), custom: $('custom-separators'),
  itemSep: $('item-sep'), keySep: $('key-sep'), sortKeys: $('sortKeys'), ensureAscii: $('ensureAscii'),
  allowNan: $('allowNan'), lossless: $('lossless'), losslessLabel: $('lossless-label'),
  python: $('python'), js: $('js'), output: $('output'),
};

/** Python's repr of a short str (single quotes unless the text holds one and no double quote). */
function pyStr(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = [...s].map((c) => {
    if (c === '\\') return '\\\\';
    if (c === q) return `\\${q}`;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const u = c.codePointAt(0);
    return u < 0x20 || u === 0x7f ? `\\x${u.toString(16).padStart(2, '0')}` : c;
  }).join('');
  return q + body + q;
}

function readState() {
  return {
    mode: form.elements.mode.value,
    input: els.input.value,
    indent: els.indent.value,
    separators: els.separators.value,
    itemSep: els.itemSep.value,
    keySep: els.keySep.value,
    sortKeys: els.sortKeys.checked,
    ensureAscii: els.ensureAscii.checked,
    allowNan: els.allowNan.checked,
    lossless: els.lossless.checked,
  };
}

function writeState(s) {
  if (s.mode) form.elements.mode.value = s.mode;
  for (const k of ['input', 'indent', 'separators', 'itemSep', 'keySep']) if (typeof s[k] === 'string') els[k].value = s[k];
  for (const k of ['sortKeys', 'ensureAscii', 'allowNan', 'lossless']) if (typeof s[k] === 'boolean') els[k].checked = s[k];
}

/** The options as pyjson takes them, and as Python keyword arguments (defaults left out). */
function options(s) {
  const js = [];
  const py = [];
  const opts = {};
  if (s.indent !== '') {
    opts.indent = s.indent === 'tab' ? '\t' : Number(s.indent);
    js.push(`indent: ${s.indent === 'tab' ? "'\\t'" : s.indent}`);
    py.push(`indent=${s.indent === 'tab' ? "'\\t'" : s.indent}`);
  }
  if (s.separators !== 'default') {
    const seps = s.separators === 'compact' ? [',', ':'] : [s.itemSep, s.keySep];
    opts.separators = seps;
    js.push(`separators: [${seps.map((x) => JSON.stringify(x)).join(', ')}]`);
    py.push(`separators=(${seps.map(pyStr).join(', ')})`);
  }
  if (s.sortKeys) { opts.sortKeys = true; js.push('sortKeys: true'); py.push('sort_keys=True'); }
  if (!s.ensureAscii) { opts.ensureAscii = false; js.push('ensureAscii: false'); py.push('ensure_ascii=False'); }
  if (!s.allowNan) { opts.allowNan = false; js.push('allowNan: false'); py.push('allow_nan=False'); }
  return { opts, js: js.length ? `, { ${js.join(', ')} }` : '', py: py.length ? `, ${py.join(', ')}` : '' };
}

/** An exception as the last lines of Python's traceback: `json.decoder.JSONDecodeError: ...` and notes. */
function pythonError(e) {
  let name;
  if (e instanceof pyjson.JSONDecodeError) name = 'json.decoder.JSONDecodeError';
  else if (e instanceof pyjson.UnicodeDecodeError) name = 'UnicodeDecodeError';
  else if (e instanceof pyjson.ValueError) name = 'ValueError';
  else if (e instanceof pyjson.RecursionError) name = 'RecursionError';
  else if (e instanceof TypeError) name = 'TypeError';
  else return null;
  return [`${name}: ${e.message}`, ...(Array.isArray(e.notes) ? e.notes : [])].join('\n');
}

function evaluate(source) {
  // The page's own user typed it, in their own browser: evaluating it is the feature.
  // eslint-disable-next-line no-new-func
  return new Function('float', 'PyFloat', `"use strict";\nreturn (\n${source}\n);`)(float, pyjson.PyFloat);
}

function render() {
  const s = readState();
  els.custom.hidden = s.separators !== 'custom';
  els.losslessLabel.hidden = s.mode !== 'json';
  const o = options(s);
  if (s.mode === 'json') {
    els.python.textContent = `json.dumps(json.loads(text)${o.py})`;
    els.js.textContent = `dumps(loads(text${s.lossless ? ', { lossless: true }' : ''})${o.js})`;
  } else {
    els.python.textContent = `json.dumps(value${o.py})`;
    els.js.textContent = `dumps(value${o.js})`;
  }
  let text;
  let ok = true;
  try {
    let value;
    if (s.mode === 'json') {
      value = loads(s.input, s.lossless ? { lossless: true } : undefined);
    } else {
      try {
        value = evaluate(s.input);
      } catch (e) {
        throw Object.assign(new Error(`not a JavaScript value: ${e?.message ?? e}`), { jsInput: true });
      }
    }
    text = dumps(value, o.opts);
  } catch (e) {
    ok = false;
    text = pythonError(e) ?? String(e?.message ?? e);
  }
  els.output.textContent = text;
  els.output.className = ok ? 'ok' : 'error';
  els.output.dataset.state = ok ? 'ok' : 'error';
  history.replaceState(null, '', `#${encodeURIComponent(JSON.stringify(s))}`);
}

if (location.hash.length > 1) {
  try { writeState(JSON.parse(decodeURIComponent(location.hash.slice(1)))); } catch { /* a stale link */ }
}
form.addEventListener('input', render);
form.addEventListener('change', render);
render();
document.documentElement.dataset.ready = 'true';
