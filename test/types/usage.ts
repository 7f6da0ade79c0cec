/**
 * Compile-only: the public API used as users will, checked with `strict` (and stricter flags) by
 * `npx tsc -p test/types`, through the package's own name and "exports", against dist/*.d.ts.
 * Nothing here runs: every use sits in a function that is never called.
 */
import {
  dump, dumps, float, JSONDecodeError, JSONDecoder, JSONEncoder, load, loads, PyFloat,
  RecursionError, UnicodeDecodeError, ValueError,
} from 'pyjson';
import type { DumpsOptions, ErrorWithNotes, JSONInput, LoadsOptions, Reader, TextWriter } from 'pyjson';

/** Stands for whatever the user does with a value (no `console`: lib is es2022 only, no DOM, no Node). */
declare function use(...values: unknown[]): void;

export function dumpsUsage(): string[] {
  const out: string[] = [
    dumps({ name: 'Zoë', ids: [1, 2n ** 64n], ratio: 0.5, n: NaN }, { sortKeys: true }),
    dumps([1, float(1), float('1e400'), float(2n), float()], { indent: 2, separators: [',', ': '] }),
    dumps(new Map<unknown, unknown>([[1, 'a'], [float(1.5), 'b'], [null, 'c']]), { ensureAscii: false, indent: '\t' }),
    dumps({ a: 1 }, { sort_keys: true, ensure_ascii: false, allow_nan: false, check_circular: false }),
    dumps(new Date(0), { default: (o: unknown) => String(o), skipkeys: true, indent: null, separators: null }),
  ];
  const options: DumpsOptions = { indent: 4, sortKeys: true };
  out.push(dumps(undefined, options));
  // @ts-expect-error sortKeys is a boolean
  dumps(1, { sortKeys: 'yes' });
  // @ts-expect-error indent is a number, string, boolean or null
  dumps(1, { indent: [2] });
  return out;
}

export function floatUsage(): number {
  const f: PyFloat = float(1);
  const n: number = f.valueOf() + f.value;
  const copy: PyFloat = float(f);
  // @ts-expect-error float() takes a number, bigint, string or PyFloat
  float({});
  return n + +copy;
}

export function loadsUsage(bytes: Uint8Array, buffer: ArrayBuffer): void {
  // results are `any`, as JSON.parse's: users narrow them
  const doc = loads('{"id": 12345678901234567890, "x": 1.5}') as { id: number | bigint; x: number };
  const next: bigint = typeof doc.id === 'bigint' ? doc.id + 1n : BigInt(doc.id) + 1n;
  const big: unknown = loads('9007199254740993');
  if (typeof big === 'bigint') use(next + big);

  const exact = loads('{"a": 1.0, "b": [2, 3.5]}', { lossless: true }) as Map<string, unknown>;
  for (const [key, value] of exact) {
    if (value instanceof PyFloat) use(key, value.valueOf().toFixed(1));
    else if (typeof value === 'bigint' || typeof value === 'number') use(key, value);
  }
  const first: unknown = exact.get('a');
  use(first);

  const inputs: JSONInput[] = ['[]', bytes, buffer];
  for (const input of inputs) loads(input);
  const options: LoadsOptions = {
    objectPairsHook: (pairs: [string, unknown][]) => new Map(pairs),
    parseFloat: (text: string) => float(text),
    parseInt: (text: string) => BigInt(text),
    parseConstant: (text: string) => text,
    strict: false,
  };
  loads('{}', options);
  loads('{}', { object_hook: (o: Record<string, unknown>) => Object.keys(o), parse_int: Number });
  // @ts-expect-error loads takes text or bytes
  loads(123);
  // @ts-expect-error lossless is a boolean
  loads('1', { lossless: 1 });
}

export function errorUsage(): string {
  try {
    loads('[1, 2,]');
  } catch (e) {
    if (e instanceof JSONDecodeError) {
      const where: [number, number, number] = [e.pos, e.lineno, e.colno];
      const asSyntaxError: SyntaxError = e;
      const asValueError: ValueError = e;
      return `${e.msg} ${e.doc.length} ${where.join(':')} ${asSyntaxError.message} ${asValueError.name}`;
    }
    if (e instanceof UnicodeDecodeError) return e.message;
    if (e instanceof RecursionError) { const r: RangeError = e; return r.message; }
    if (e instanceof ValueError) return (e.notes ?? []).join('\n');
    if (e instanceof TypeError) return ((e as ErrorWithNotes).notes ?? []).join('\n');
  }
  return '';
}

export function classUsage(): void {
  class SetEncoder extends JSONEncoder {
    override default(o: unknown): unknown {
      return o instanceof Set ? [...o] : super.default(o);
    }
  }
  const text: string = dumps(new Set([1]), { cls: SetEncoder, indent: 2 });
  const encoder = new SetEncoder({ sortKeys: true });
  const chunks: string[] = [...encoder.iterencode({ b: 1, a: 2 })];
  const decoder = new JSONDecoder({ lossless: true });
  const [value, end]: [unknown, number] = decoder.rawDecode('[1] tail', 0);
  const decoded: unknown = decoder.decode(text);
  use(chunks, value, end, decoded, encoder.encode([1]));
}

export function streamUsage(): void {
  const chunks: string[] = [];
  const sink: TextWriter = { write: (c: string) => chunks.push(c) };
  dump({ a: [1, 2] }, sink, { indent: 2 });
  const source: Reader = { read: () => chunks.join('') };
  const again: unknown = load(source, { lossless: true });
  load({ read: () => new Uint8Array([0x5b, 0x5d]) });
  use(again);
}
