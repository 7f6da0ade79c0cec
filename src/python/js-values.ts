/**
 * `repr()` texts for JS values that have no Python counterpart in pyjson's mapping: each gets the
 * text of the nearest Python value, or Python's way of naming an object it cannot show
 * (`<Foo object>`, as Python's `<__main__.Foo object at 0x...>` without the address).
 * `dumps` hands all of these to `default`, so with `default: str` they are written as these texts.
 * @module
 */
import { hex, pyFloatRepr } from '../float.js';

/** Python's `array` type codes of the typed arrays that have one (Uint8Array is `bytes`). */
const TYPE_CODES: ReadonlyArray<readonly [new (...args: never[]) => ArrayLike<number | bigint>, string]> = [
  [Int8Array, 'b'],
  [Uint8ClampedArray, 'B'],
  [Int16Array, 'h'],
  [Uint16Array, 'H'],
  [Int32Array, 'i'],
  [Uint32Array, 'I'],
  [BigInt64Array, 'q'],
  [BigUint64Array, 'Q'],
  [Float32Array, 'f'],
  [Float64Array, 'd'],
];

/**
 * The repr of a JS value other than a primitive Python value, list, dict, set or Python-value object.
 * @param reprOf the repr of a primitive (for boxed primitives and error messages)
 */
export function jsValueRepr(v: unknown, reprOf: (x: unknown) => string | undefined): string {
  switch (typeof v) {
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return v.toString();
    case 'function':
      return functionRepr(v);
    default:
      break;
  }
  const o = v as object;
  if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof BigInt) {
    return reprOf(o.valueOf())!;
  }
  if (o instanceof Uint8Array) return bytesRepr(o);
  if (o instanceof ArrayBuffer) return bytesRepr(new Uint8Array(o));
  if (ArrayBuffer.isView(o)) {
    for (const [type, code] of TYPE_CODES) {
      if (o instanceof type) {
        const float = code === 'f' || code === 'd';
        const items = Array.prototype.map.call(o, (x: number | bigint) =>
          float ? pyFloatRepr(x as number) : String(x),
        );
        return items.length === 0 ? `array('${code}')` : `array('${code}', [${items.join(', ')}])`;
      }
    }
  }
  if (o instanceof Error) {
    const message = String(o.message ?? '');
    return message === '' ? `${o.name}()` : `${o.name}(${reprOf(message)})`;
  }
  return `<${className(o)} object>`;
}

/** Python's `repr()` of `bytes`: printable ASCII as it is, `\t`, `\n`, `\r`, else `\xhh`. */
function bytesRepr(b: Uint8Array): string {
  let quote = "'";
  if (b.includes(0x27) && !b.includes(0x22)) quote = '"';
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    out +=
      ch === quote || ch === '\\'
        ? '\\' + ch
        : c === 9
          ? '\\t'
          : c === 10
            ? '\\n'
            : c === 13
              ? '\\r'
              : c < 0x20 || c >= 0x7f
                ? '\\x' + hex(c, 2)
                : ch;
  }
  return out + quote;
}

function functionRepr(f: Function): string {
  let source = '';
  try {
    source = Function.prototype.toString.call(f);
  } catch {
    // a revoked proxy: named as a function
  }
  if (source.startsWith('class')) return `<class '${f.name || 'object'}'>`;
  return `<function ${f.name || '<lambda>'}>`;
}

function className(o: object): string {
  let name: unknown;
  try {
    name = (Object.getPrototypeOf(o) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  } catch {
    // a Proxy or an exotic prototype chain: the generic name
  }
  return typeof name === 'string' && name !== '' ? name : 'Object';
}
