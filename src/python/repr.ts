/**
 * Python's `repr()` and `str()` of JavaScript values, read as pyjson maps them to Python (the
 * README's "Values"): what `print(json.loads(text))` shows, and what `json.dumps(v, default=str)`
 * writes for a value `dumps` cannot serialize.
 *
 * Containers are written with an explicit stack, so no depth overflows the JS stack; a container
 * met again inside itself prints as Python prints it (`[...]`, `{...}`, `set(...)`).
 * @module
 */
import { bigintText, isPyInt, PyFloat, pyFloatRepr } from '../float.js';
import { isPlainObject } from '../names.js';
import { datetime } from './datetime/datetime.js';
import { jsValueRepr } from './js-values.js';
import { pyRepr } from './protocol.js';
import { strRepr } from './str-repr.js';

/**
 * Python's `repr(x)` of a JS value as pyjson maps it: `null`/`true`/`false` → `None`/`True`/`False`,
 * safe integers and bigints → ints, other numbers and `float(x)` → floats, strings with Python's
 * quotes and escapes, Arrays → lists, plain objects and Maps → dicts, Sets → sets, objects with a
 * `[pyRepr]()` method (`Decimal`, `datetime`, `UUID`, ...) → their own text, a `Date` → the aware
 * UTC `datetime` it stands for (`datetime.fromDate`). Other JS values get Python-like texts (see
 * docs/python.md).
 *
 * @throws {ValueError} for an int of more than 4,300 digits, as Python's `repr()` does
 * @example
 * repr({ name: 'Alice', isStudent: false, scores: [1, 2.5, null] }) // → "{'name': 'Alice', 'isStudent': False, 'scores': [1, 2.5, None]}"
 * repr("it's") // → `"it's"`
 */
export function repr(x: unknown): string {
  return write(x);
}

/**
 * Python's `str(x)`: as {@link repr}, except for the value itself when it is a string (the string
 * unchanged), a Python value (its `toString()`, e.g. `Decimal('1E+3')` → `1E+3`), an Error (its
 * message, as Python's `str(exception)`) or a `Date` (the `str()` of its UTC datetime). Inside
 * containers items are written by `repr`, as in Python. `dumps(v, { default: str })` is Python's
 * `json.dumps(v, default=str)`.
 *
 * @example
 * str('café') // → 'café'
 * str(['café']) // → "['café']"
 * str(new Map([[1, 'a']])) // → "{1: 'a'}"
 * str(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6))) // → '2024-01-02 03:04:05.006000+00:00'
 */
export function str(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'object' && x !== null) {
    if (typeof (x as Partial<Record<typeof pyRepr, unknown>>)[pyRepr] === 'function') return String(x);
    if (x instanceof String) return x.valueOf();
    if (x instanceof Error) return String(x.message ?? '');
    if (x instanceof Date) return String(asDatetime(x) ?? write(x));
  }
  return write(x);
}

// ---------------------------------------------------------------------------------------------
// The walk over containers

/**
 * Containers whose repr is being written, shared by nested `repr()` calls (a `[pyRepr]` method
 * may call `repr` on its parts), as CPython's `Py_ReprEnter` is shared by nested `repr()` calls.
 */
const open = new Set<object>();

interface Frame {
  readonly obj: object;
  /** The values to write in order; a dict's keys and values alternate. */
  readonly items: unknown[];
  readonly dict: boolean;
  readonly close: string;
  i: number;
}

function write(root: unknown): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  try {
    let v = root;
    for (;;) {
      const leaf = leafText(v);
      if (leaf !== undefined) out.push(leaf);
      else {
        const o = v as object;
        const c = containerOf(o);
        if (open.has(o)) out.push(c.recursive);
        else if (c.items.length === 0) out.push(c.empty);
        else {
          open.add(o);
          stack.push({ obj: o, items: c.items, dict: c.dict, close: c.close, i: 0 });
          out.push(c.open);
        }
      }
      // Move to the next value to write, closing the containers that are complete.
      let top = stack[stack.length - 1];
      while (top !== undefined && top.i === top.items.length) {
        out.push(top.close);
        open.delete(top.obj);
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (top === undefined) return out.join('');
      const i = top.i++;
      if (i > 0) out.push(top.dict && i % 2 === 1 ? ': ' : ', ');
      v = top.items[i];
    }
  } finally {
    for (const f of stack) open.delete(f.obj);
  }
}

interface Container {
  items: unknown[];
  dict: boolean;
  open: string;
  close: string;
  empty: string;
  recursive: string;
}

/** How a list, dict or set is written; `leafText` has ruled out every other value. */
function containerOf(o: object): Container {
  if (Array.isArray(o)) return { items: o, dict: false, open: '[', close: ']', empty: '[]', recursive: '[...]' };
  if (o instanceof Set) return { items: [...o], dict: false, open: '{', close: '}', empty: 'set()', recursive: 'set(...)' };
  const items: unknown[] = [];
  if (o instanceof Map) {
    for (const [k, x] of o) items.push(k, x);
  } else {
    const record = o as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      const x = record[k];
      // Left out, as dumps leaves out a plain object's undefined-valued properties.
      if (x !== undefined) items.push(k, x);
    }
  }
  return { items, dict: true, open: '{', close: '}', empty: '{}', recursive: '{...}' };
}

/** The repr of anything but a list, dict or set; undefined for those. */
function leafText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return isPyInt(v) ? String(v) : pyFloatRepr(v);
    case 'bigint':
      return bigintText(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'object':
      if (v === null) return 'None';
      if (typeof (v as Partial<Record<typeof pyRepr, unknown>>)[pyRepr] === 'function') {
        return (v as { [pyRepr](): string })[pyRepr]();
      }
      if (Array.isArray(v) || v instanceof Map || v instanceof Set || isPlainObject(v)) return undefined;
      if (v instanceof PyFloat) return pyFloatRepr(v.value);
      if (v instanceof Date) {
        const d = asDatetime(v);
        if (d !== undefined) return d[pyRepr]();
      }
      return jsValueRepr(v, leafText);
    default:
      return jsValueRepr(v, leafText);
  }
}

/**
 * The aware UTC datetime a JS Date stands for (`datetime.fromDate`), or undefined for an invalid
 * Date or one outside Python's years 1 to 9999, which is named as any other object.
 */
function asDatetime(d: Date): datetime | undefined {
  try {
    return datetime.fromDate(d);
  } catch {
    return undefined;
  }
}
