// Asks CPython 3.14 (pyodide) for the result of every portable case, in the shape of `expect`.
// Used by oracle.test.ts; run it directly to print CPython's results for new or changed cases:
//   node test/portable/oracle.mjs            (prints the cases whose `expect` differs)
//   node test/portable/oracle.mjs --all      (prints every case's CPython result)
// Node only (pyodide); the cases themselves stay runtime-neutral.
import { cases } from './cases.mjs';
import { loadsInput } from './harness.mjs';

const PRELUDE = String.raw`
import json, math, sys

def _u(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')

def _hex(s):
    return s.encode('utf-16-le', 'surrogatepass').hex()

def _q(s):
    b = s.encode('utf-16-le', 'surrogatepass')
    out = []
    for i in range(0, len(b), 2):
        u = b[i] | (b[i + 1] << 8)
        out.append(chr(u) if 0x20 <= u < 0x7f and u not in (0x22, 0x5c) else '\\u%04x' % u)
    return '"' + ''.join(out) + '"'

def _tag(v, lossless):
    # The README's mapping: without lossless, an integral float that is a safe integer (not -0.0)
    # becomes a JS number that reads as an int.
    if v is None: return 'None'
    if v is True: return 'True'
    if v is False: return 'False'
    if isinstance(v, int): return str(v)
    if isinstance(v, float):
        if (not lossless and v.is_integer() and abs(v) <= 2**53 - 1
                and not (v == 0 and math.copysign(1, v) < 0)):
            return str(int(v))
        return repr(v)
    if isinstance(v, str): return _q(v)
    if isinstance(v, (list, tuple)): return '[' + ', '.join(_tag(x, lossless) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join(_tag(k, lossless) + ': ' + _tag(x, lossless) for k, x in v.items()) + '}'
    raise TypeError('cannot tag ' + type(v).__name__)

def _err(f):
    try:
        f()
        return 'no error'
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

def _out(f):
    # f()'s result, or the exception as the last lines of a traceback (type, message, notes)
    try:
        return f()
    except Exception as e:
        import traceback
        return ''.join(traceback.format_exception_only(e)).rstrip('\n')

class _Writer:
    def __init__(self):
        self.chunks = []
    def write(self, c):
        self.chunks.append(c)

def _run(spec):
    kind = spec['kind']
    kw = eval('dict(' + spec['pyKw'] + ')') if spec.get('pyKw') else spec.get('kw', {})
    try:
        if kind == 'dumps':
            return ['ok', _hex(json.dumps(eval(spec['py']), **kw))]
        if kind == 'loads':
            doc = _u(spec['text']) if 'text' in spec else bytes.fromhex(spec['bytes'])
            return ['ok', _hex(_tag(json.loads(doc, **kw), spec.get('lossless', False)))]
        return ['ok', _hex(eval(spec['py']))]
    except Exception as e:
        notes = getattr(e, '__notes__', None)
        pos = e.pos if isinstance(e, json.JSONDecodeError) else None
        return ['error', type(e).__name__, _hex(str(e)), [_hex(n) for n in notes] if notes is not None else None, pos]

def _eval_all(exprs_json):
    out = []
    for src in json.loads(exprs_json):
        try:
            out.append(_hex(eval(src)))
        except Exception as e:
            out.append(_hex(type(e).__name__ + ': ' + str(e)))
    return json.dumps(out)

def _run_all(specs_json):
    return json.dumps([_run(s) for s in json.loads(specs_json)])
`;

const strHex = (s) => {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out += (u & 0xff).toString(16).padStart(2, '0') + (u >> 8).toString(16).padStart(2, '0');
  }
  return out;
};
const hexStr = (h) => {
  let out = '';
  for (let i = 0; i < h.length; i += 4) out += String.fromCharCode(parseInt(h.slice(i + 2, i + 4) + h.slice(i, i + 2), 16));
  return out;
};
const bytesHex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const snake = (k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The Python side of a case, as JSON that crosses the bridge without loss. */
function spec(c) {
  const s = { kind: c.dumps ? 'dumps' : c.loads !== undefined ? 'loads' : 'run' };
  if (c.pyKw) s.pyKw = c.pyKw;
  else if (c.opts) {
    s.kw = {};
    for (const [k, v] of Object.entries(c.opts)) {
      if (k === 'lossless') s.lossless = v;
      else if (typeof v === 'function') throw new Error(`case "${c.name}": options with functions need pyKw`);
      else s.kw[snake(k)] = v;
    }
  }
  if (s.kind === 'loads') {
    const input = loadsInput(c.loads);
    if (typeof input === 'string') s.text = strHex(input);
    else s.bytes = bytesHex(input);
  } else {
    s.py = c.py;
  }
  return s;
}

function fromPython(r, c) {
  if (r[0] === 'ok') return hexStr(r[1]);
  const [, error, message, notes, pos] = r;
  const out = { error, message: hexStr(message) };
  if (notes !== null) out.notes = notes.map(hexStr);
  if (pos !== null) out.pos = pos;
  return out;
}

let pyodide;

async function python() {
  if (!pyodide) {
    const { loadPyodide } = await import('pyodide');
    pyodide = await loadPyodide();
    pyodide.runPython(PRELUDE);
  }
  return pyodide;
}

/**
 * Evaluates Python expressions that give a str (`json`, `_tag(v, lossless)`, `_err(f)` and
 * `_out(f)`, f's result or the traceback's last lines, are in scope); an exception gives
 * `'TypeName: message'`.
 * @param {string[]} exprs
 * @returns {Promise<string[]>}
 */
export async function cpythonEval(exprs) {
  const py = await python();
  const run = py.globals.get('_eval_all');
  const out = JSON.parse(run(JSON.stringify(exprs)));
  run.destroy?.();
  return out.map(hexStr);
}

/** CPython's result for each case that has one: `[{ c, cpython }]` (pyjsonOnly cases are left out). */
export async function cpythonResults(list = cases) {
  const py = await python();
  const checked = list.filter((c) => !c.pyjsonOnly);
  const run = py.globals.get('_run_all');
  const out = JSON.parse(run(JSON.stringify(checked.map(spec))));
  run.destroy?.();
  return checked.map((c, i) => ({ c, cpython: fromPython(out[i], c) }));
}

const isMain = typeof process !== 'undefined' && process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const all = process.argv.includes('--all');
  let bad = 0;
  for (const { c, cpython } of await cpythonResults()) {
    const same = JSON.stringify(cpython) === JSON.stringify(c.expect);
    if (!same) bad++;
    if (all || !same) {
      console.log(`${same ? 'same' : 'DIFFERENT'}: ${c.name}`);
      console.log(`  cpython: ${JSON.stringify(cpython)}`);
      if (!same) console.log(`  expect:  ${JSON.stringify(c.expect)}`);
    }
  }
  console.log(`${bad} case(s) whose expect differs from CPython`);
  process.exitCode = bad ? 1 : 0;
}
