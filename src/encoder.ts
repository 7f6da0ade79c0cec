/**
 * The encoder: `JSONEncoder`, string escaping and the serializer that produces CPython's text,
 * either in one piece (`encode`, like the C encoder) or as CPython's chunks (`iterencode`, like
 * the pure-Python generator that `json.dump` uses).
 *
 * The serializer keeps its own stack instead of recursing, so nesting depth is limited by
 * memory, not by the JS call stack.
 * @module
 */
import { decodeAs } from './codecs.js';
import { addNote, RecursionError, ValueError } from './errors.js';
import * as Messages from './messages.js';
import { bigintText, floatText, isPyInt, PyFloat, pyFloatRepr, pyStrRepr } from './float.js';
import { isPlainObject, typeName, unpackPair } from './names.js';
import { configured, normalizeOptions } from './options.js';
import { pySort } from './pysort.js';

/** Options of `JSONEncoder` and `dumps`; each also accepted in its Python spelling. */
export interface EncoderOptions {
  /** Skip dict (Map) keys that are not str, int, float, bool or None instead of throwing. Default `false`. */
  skipkeys?: boolean;
  /** Escape every non-ASCII character as `\uXXXX`. Default `true`. */
  ensureAscii?: boolean;
  /** Detect reference cycles (`Circular reference detected`). Default `true`. */
  checkCircular?: boolean;
  /** Write NaN and ±Infinity as `NaN`/`Infinity`; when `false` they throw a ValueError. Default `true`. */
  allowNan?: boolean;
  /** Pretty-print: a number of spaces (0 or negative: newlines only) or a string per level. Default `null` (one line). */
  indent?: number | bigint | string | boolean | null;
  /** `[itemSeparator, keySeparator]`. Default `[', ', ': ']`, or `[',', ': ']` with `indent`. */
  separators?: Iterable<string> | null;
  /** Called for values that cannot be serialized; returns a serializable replacement or throws. */
  default?: ((o: any) => unknown) | null;
  /** Sort dict keys as Python does (code points, numbers numerically). Default `false`. */
  sortKeys?: boolean;
  ensure_ascii?: boolean;
  check_circular?: boolean;
  allow_nan?: boolean;
  sort_keys?: boolean;
}

/** Options of `dumps` and `dump`: the encoder options plus `cls`, an encoder class to use. */
export interface DumpsOptions extends EncoderOptions {
  /** A `JSONEncoder` subclass; it is constructed with all the other options. */
  cls?: (new (options?: any) => JSONEncoder) | null;
  /** Further options are passed to `cls`. */
  [option: string]: unknown;
}

/** The flags of JSONEncoder: off by default for the first two, on for the others. */
const FLAGS = ['skipkeys', 'sortKeys', 'ensureAscii', 'checkCircular', 'allowNan'] as const;
const ENCODER_OPTIONS = [...FLAGS, 'indent', 'separators', 'default'] as const;

/** Deepest nesting the serializer follows before giving up (reached by cycles when `checkCircular` is off). */
const MAX_DEPTH = 1_000_000;

/** Length of the pieces the one-piece output is flattened in (see Serializer.cut). */
const SEGMENT = 16384;

// ---------------------------------------------------------------------------------------------
// Strings

const NEEDS_ASCII_ESCAPE = /[\x00-\x1f"\\\x7f-\uffff]/;
const NON_ASCII_CHAR = /[\x7f-\uffff]/;
const NEEDS_ESCAPE = /[\x00-\x1f"\\]/;

/**
 * Python's `encode_basestring_ascii`: the JSON string literal with every character outside
 * printable ASCII escaped (lowercase hex, astral characters as surrogate pairs).
 */
function encodeStringAscii(s: string): string {
  if (!NEEDS_ASCII_ESCAPE.test(s)) return '"' + s + '"';
  // JSON.stringify escapes `"`, `\` and U+0000-U+001F exactly as CPython does, and lone
  // surrogates as lowercase \udXXX; what remains non-ASCII is escaped unit by unit.
  return escapeNonAscii(JSON.stringify(s));
}

/** Output bytes of escapeNonAscii (all ASCII), turned into a string every BLOCK bytes (and at the end). */
const BLOCK = 8192;
const bytes = new Uint8Array(BLOCK + 6);

/**
 * Escapes every character outside ASCII (and DEL) as `\uXXXX`. The result is decoded from ASCII
 * bytes, so engines hold it one byte per character (a slice of the two-byte input would stay
 * two-byte, doubling what flattening and copying the output cost), and the platform's UTF-8
 * decoder makes a string of a short text faster than `String.fromCharCode` does.
 */
function escapeNonAscii(text: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) bytes[n++] = c;
    else {
      bytes[n++] = 92; // \
      bytes[n++] = 117; // u
      for (let shift = 12; shift >= 0; shift -= 4) {
        const digit = (c >> shift) & 15;
        bytes[n++] = digit + (digit < 10 ? 48 : 87); // 0-9, a-f
      }
    }
    if (n >= BLOCK) {
      out += decodeAs(bytes.subarray(0, n), 'utf-8');
      n = 0;
    }
  }
  return out + decodeAs(bytes.subarray(0, n), 'utf-8');
}

/**
 * Python's `encode_basestring`: only `"`, `\` and U+0000-U+001F are escaped; everything else,
 * lone surrogates included, is copied.
 */
function encodeString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  if (s.isWellFormed()) return JSON.stringify(s);
  // JSON.stringify would escape the lone surrogates, which CPython copies: escape by hand.
  return '"' + s.replace(/[\x00-\x1f"\\]/g, (c) => JSON.stringify(c).slice(1, -1)) + '"';
}

// ---------------------------------------------------------------------------------------------
// Key reprs used in messages

/** `repr()` of an original dict key, as the C encoder's notes show it. */
function keyRepr(key: unknown): string {
  if (typeof key === 'string') return pyStrRepr(key);
  if (typeof key === 'boolean') return key ? 'True' : 'False';
  if (key === null) return 'None';
  // Floats as float.__repr__; ints (numbers and bigints) and anything else as String writes them.
  return (typeof key === 'number' && !isPyInt(key)) || key instanceof PyFloat ? pyFloatRepr(+key) : String(key);
}

/** The primitive inside a String, Number, Boolean or BigInt object; anything else as it is. */
function unbox(value: unknown): unknown {
  if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof BigInt) {
    return value.valueOf();
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Key sorting

/** Python's `<` on two dict keys; throws CPython's TypeError for incomparable kinds. */
function pyLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b) < 0;
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== undefined && y !== undefined) return x < y;
  throw new TypeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function numericValue(v: unknown): number | bigint | undefined {
  return typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' || v instanceof PyFloat ? +v : undefined;
}

/** Compares strings by code point, as Python does (JS `<` compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  // While the code points are equal, so are their lengths: i is at the same one in both.
  for (let i = 0; i < a.length && i < b.length; ) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Sorts distinct string keys by code point (UTF-16 order is the same unless a surrogate occurs). */
function sortStrings(keys: string[]): void {
  keys.sort(keys.some((k) => SURROGATE.test(k)) ? compareCodePoints : undefined);
}

/** Sorts a Map's entries in the order `sorted(d.items())` gives in Python. */
function sortItems(entries: [unknown, unknown][]): void {
  // Mixed kinds may be incomparable and NaN breaks the order: CPython's own sort makes the same
  // comparison fail (or gives the same order); for distinct strings any correct sort would do.
  pySort(entries, ([a], [b]) => pyLess(a, b));
}

// ---------------------------------------------------------------------------------------------
// The serializer

/** Frame kinds: a list being written, a dict being written, a value handed to `default`. */
const LIST = 0;
const DICT = 1;
const DEFAULT = 2;

interface ListFrame {
  kind: typeof LIST;
  list: readonly unknown[];
  i: number;
}

interface DictFrame {
  kind: typeof DICT;
  /** In output order: a plain object's keys (its values are read from `source` as they are written), or a Map's entries. */
  keys: unknown[];
  map: boolean;
  source: Record<string, unknown>;
  i: number;
  /** What is written: nothing (-1), `{` (0), `{` and items (1). */
  written: number;
  /** The key being written, once converted: used by the notes. */
  key: unknown;
  keyText: string;
  inValue: boolean;
}

interface DefaultFrame {
  kind: typeof DEFAULT;
  obj: unknown;
}

type Frame = ListFrame | DictFrame | DefaultFrame;

/** The settings one serialization runs with, resolved from a JSONEncoder. */
interface Settings {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  /** Whether `default` is JSONEncoder's own (JSON.stringify may write the value). */
  native: boolean;
  default: (o: unknown) => unknown;
}

/**
 * One run of the serializer over one value. `pump` advances it; output goes to `text` (one
 * piece) or to `chunks` (CPython's chunks).
 */
class Serializer {
  text = '';
  #segment = '';
  readonly chunks: string[] = [];
  done = false;

  readonly #stack: Frame[] = [];
  readonly #markers: Set<unknown> | null;
  /** The original of each copy in a snapshot: cycles are found among the originals. */
  readonly #originals: Map<unknown, unknown> | undefined;
  readonly #indents: string[] = [];
  readonly #keyTexts = new Map<string, string>();
  readonly #encodeStr: (s: string) => string;
  /** The value to write next and the text to put before it (`[`, a separator...). */
  #value: unknown;
  #prefix = '';
  #descending = true;
  /** Open lists and dicts: the indentation level (values handed to `default` do not nest). */
  #level = 0;
  readonly #s: Settings;
  readonly #chunked: boolean;

  /**
   * @param chunked produce CPython's chunks and the notes of the pure-Python encoder, which `json.dump`
   *   and `iterencode` use; otherwise one piece and the C encoder's notes
   * @param originals the originals of copies in a snapshot `root` (see Snapshot)
   */
  constructor(s: Settings, root: unknown, chunked: boolean, originals?: Map<unknown, unknown>) {
    this.#originals = originals;
    this.#s = s;
    this.#chunked = chunked;
    this.#markers = s.checkCircular ? new Set() : null;
    this.#encodeStr = s.ensureAscii ? encodeStringAscii : encodeString;
    this.#value = root;
  }

  #emit(chunk: string): void {
    if (this.#chunked) this.chunks.push(chunk);
    else if ((this.#segment += chunk).length > SEGMENT) this.cut();
  }

  /**
   * Moves the current segment of the one-piece output to `text`. A string built by `+=` is a
   * tree of all its pieces, which survives every garbage collection until the end; reading a
   * character makes V8 flatten the segment into one string, so the pieces die young. The text
   * stays a concatenation of segments, as JSON.stringify's result is one of its parts.
   */
  cut(): void {
    this.#segment.charCodeAt(0);
    this.text += this.#segment;
    this.#segment = '';
  }

  /** A key's JSON text and the key separator. Documents repeat their keys: each is escaped once. */
  #keyPrefix(key: string): string {
    let text = this.#keyTexts.get(key);
    if (text === undefined) {
      text = this.#encodeStr(key) + this.#s.keySeparator;
      this.#keyTexts.set(key, text);
    }
    return text;
  }

  /** The newline and indentation for nesting level `level`. */
  #newline(level: number): string {
    let nl = this.#indents[level];
    if (nl === undefined) {
      nl = '\n' + this.#s.indent!.repeat(level);
      this.#indents[level] = nl;
    }
    return nl;
  }

  #floatStr(x: number): string {
    if (x - x === 0) return floatText(x);
    if (!this.#s.allowNan) throw new ValueError('Out of range float values are not JSON compliant: ' + pyFloatRepr(x));
    // NaN, Infinity and -Infinity, as JS spells them too
    return '' + x;
  }

  /** The text of a scalar, or undefined for containers and values that need `default`. */
  #scalar(v: unknown): string | undefined {
    switch (typeof v) {
      case 'string':
        return this.#encodeStr(v);
      case 'number':
        return isPyInt(v) ? '' + v : this.#floatStr(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'bigint':
        return bigintText(v);
      case 'object':
        if (v === null) return 'null';
        if (v instanceof PyFloat) return this.#floatStr(v.value);
        return unbox(v) !== v ? this.#scalar(unbox(v)) : undefined;
      default:
        return undefined;
    }
  }

  /** Converts a dict key to its JSON string, or undefined to skip it. */
  #keyString(k: unknown): string | undefined {
    const u = unbox(k);
    // A string is the key itself; the other scalars are written as values are.
    const text = typeof u === 'string' ? u : this.#scalar(u);
    if (text !== undefined || this.#s.skipkeys) return text;
    throw new TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }

  /** The container a snapshot's copy stands for, or the container itself. */
  #original(container: unknown): unknown {
    return this.#originals?.get(container) ?? container;
  }

  #enter(container: unknown): void {
    if (this.#markers !== null) {
      const original = this.#original(container);
      if (this.#markers.has(original)) throw new ValueError(Messages.circular);
      this.#markers.add(original);
    }
    if (this.#stack.length >= MAX_DEPTH) throw new RecursionError('maximum recursion depth exceeded while encoding a JSON object');
  }

  /** Runs until done or until at least `budget` chunks are waiting (chunked mode). */
  pump(budget = Infinity): void {
    try {
      this.#loop(budget);
    } catch (error) {
      this.#annotate(error);
      this.done = true;
      throw error;
    }
  }

  /** Adds CPython's notes for every enclosing container, innermost first. */
  #annotate(error: unknown): void {
    for (let i = this.#stack.length - 1; i >= 0; i--) {
      const f = this.#stack[i]!;
      if (f.kind === LIST) addNote(error, `when serializing list item ${f.i}`);
      else if (f.kind === DEFAULT) addNote(error, `when serializing ${typeName(f.obj, 2)} object`);
      else if (f.inValue) {
        addNote(error, `when serializing dict item ${this.#chunked ? pyStrRepr(f.keyText) : keyRepr(f.key)}`);
      }
    }
  }

  #loop(budget: number): void {
    const stack = this.#stack;
    const s = this.#s;
    const indent = s.indent;
    while (!this.done) {
      if (this.chunks.length >= budget) return;
      if (this.#descending) {
        // Write this.#value, preceded by this.#prefix.
        const v = this.#value;
        const text = this.#scalar(v);
        if (text !== undefined) {
          this.#emit(this.#prefix + text);
          this.#prefix = '';
          this.#descending = false;
          continue;
        }
        if (this.#prefix !== '') {
          this.#emit(this.#prefix);
          this.#prefix = '';
        }
        if (typeof v === 'object' && v !== null) {
          if (Array.isArray(v)) {
            if (v.length === 0) {
              this.#emit('[]');
              this.#descending = false;
              continue;
            }
            let text = indent === null ? '[' : '[' + this.#newline(this.#level + 1);
            let i = 0;
            // Each item is read once: `item` is the one to write next.
            let item = v[0];
            if (indent === null && !this.#chunked && stack.length < MAX_DEPTH && !this.#markers?.has(this.#original(v))) {
              // Leading scalar items are written here at once: a list of scalars needs no frame or marker.
              try {
                for (let t; (t = this.#scalar(item)) !== undefined; item = v[i]) {
                  text += (i > 0 ? s.itemSeparator : '') + t;
                  // A long list goes out in segments, as item by item.
                  if (text.length > SEGMENT) {
                    this.#emit(text);
                    text = '';
                  }
                  if (++i === v.length) break;
                }
              } catch (error) {
                stack.push({ kind: LIST, list: v, i });
                throw error;
              }
              if (i === v.length) {
                this.#emit(text + ']');
                this.#descending = false;
                continue;
              }
              if (i > 0) text += s.itemSeparator;
            }
            this.#enter(v);
            stack.push({ kind: LIST, list: v, i });
            this.#level++;
            this.#prefix = text;
            this.#value = item;
            continue;
          }
          if (v instanceof Map || isPlainObject(v)) {
            this.#openDict(v as Map<unknown, unknown> | Record<string, unknown>);
            continue;
          }
        }
        // Anything else goes through `default`; its result is written in its place.
        if (this.#markers?.has(v)) throw new ValueError(Messages.circular);
        const replacement = s.default(v);
        this.#enter(v);
        stack.push({ kind: DEFAULT, obj: v });
        this.#value = replacement;
        continue;
      }
      // Ascending: the value just written is complete; move to the next one.
      const top = stack[stack.length - 1];
      if (top === undefined) {
        this.done = true;
        return;
      }
      if (top.kind === LIST) {
        const list = top.list;
        if (++top.i < list.length) {
          this.#prefix = indent === null ? s.itemSeparator : s.itemSeparator + this.#newline(this.#level);
          this.#value = list[top.i];
          this.#descending = true;
          continue;
        }
        if (indent !== null) this.#emit(this.#newline(this.#level - 1));
        this.#emit(']');
        stack.pop();
        this.#level--;
        this.#markers?.delete(this.#original(list));
        continue;
      }
      if (top.kind === DEFAULT) {
        stack.pop();
        this.#markers?.delete(top.obj);
        continue;
      }
      this.#nextItem(top);
    }
  }

  #openDict(d: Map<unknown, unknown> | Record<string, unknown>): void {
    const map = d instanceof Map;
    const keys = map ? [...d] : Object.keys(d);
    if (keys.length === 0) {
      this.#emit('{}');
      this.#descending = false;
      return;
    }
    this.#enter(d);
    const frame: DictFrame = {
      kind: DICT,
      keys,
      map,
      source: d as Record<string, unknown>,
      i: 0,
      written: -1,
      key: undefined,
      keyText: '',
      inValue: false,
    };
    this.#stack.push(frame);
    this.#level++;
    if (this.#s.sortKeys) {
      if (map) sortItems(keys as [unknown, unknown][]);
      else sortStrings(keys as string[]);
    }
    this.#descending = false;
  }

  #nextItem(f: DictFrame): void {
    const s = this.#s;
    const stack = this.#stack;
    f.inValue = false;
    const keys = f.keys;
    while (f.i < keys.length) {
      const i = f.i++;
      let key = keys[i];
      let value: unknown;
      if (f.map) [key, value] = key as [unknown, unknown];
      else value = f.source[key as string];
      // A plain object's undefined-valued properties are left out, as JSON.stringify does; the
      // `{` waits for the first other one, so that an object of none is CPython's empty dict, '{}'.
      if (value === undefined && !f.map) continue;
      if (f.written < 0) {
        this.#emit('{');
        f.written = 0;
      }
      const keyText = typeof key === 'string' ? key : this.#keyString(key);
      if (keyText === undefined) continue;
      if (f.written < 1) {
        f.written = 1;
        if (s.indent !== null) this.#emit(this.#newline(this.#level));
      } else {
        this.#emit(s.indent === null ? s.itemSeparator : s.itemSeparator + this.#newline(this.#level));
      }
      if (this.#chunked) {
        this.#emit(this.#encodeStr(keyText));
        this.#emit(s.keySeparator);
      } else this.#emit(this.#keyPrefix(keyText));
      f.key = key;
      f.keyText = keyText;
      f.inValue = true;
      // A scalar is written here, without a pass of the main loop (chunked output: that loop
      // stops once the chunks asked for are waiting, so that a large dict streams).
      const text = this.#chunked ? undefined : this.#scalar(value);
      if (text === undefined) {
        this.#value = value;
        this.#descending = true;
        return;
      }
      this.#emit(text);
      f.inValue = false;
    }
    if (f.written > 0 && s.indent !== null) this.#emit(this.#newline(this.#level - 1));
    this.#emit(f.written < 0 ? '{}' : '}');
    stack.pop();
    this.#level--;
    this.#markers?.delete(this.#original(f.source));
  }
}

// ---------------------------------------------------------------------------------------------
// The native fast path

/**
 * CPython's text of `o` through JSON.stringify, when that is provably the same; else the snapshot
 * for the serializer to finish, or undefined where the settings rule JSON.stringify out.
 *
 * JSON.stringify writes strings, safe integers, non-integral numbers in [1e-4, 1e16), arrays and
 * plain objects exactly as CPython does with compact separators; other separators are put in
 * afterwards when no string holds a `,` or `:` (then every one in the text is a separator). With
 * an indent of 1 to 10 characters and the separators `,` and `: `, its layout is CPython's too.
 * Sorted keys: given the sorted list of all keys, JSON.stringify writes each object's keys in
 * that order (when none is also a property of Object.prototype, which it would read instead of a
 * missing one). So when the snapshot holds nothing else (see {@link snapshot}) and JSON.stringify
 * succeeds, its text, adjusted, is the answer.
 */
function nativeEncode(o: object, s: Settings): Snapshot | string | undefined {
  const gap = s.indent;
  const items = s.itemSeparator;
  const keys = s.keySeparator;
  let respace = false;
  if (gap === null) {
    respace = items !== ',' || keys !== ':';
    // Neither separator may hold the other's character, which the second replacement would change.
    if (respace && (items.includes(':') || keys.includes(','))) return undefined;
  } else if (!(gap && gap.length <= 10 && keys === ': ' && items === ',')) {
    return undefined;
  }
  // The escaping below must not reach the indentation or separators, which CPython copies as they are.
  if (s.ensureAscii && NON_ASCII_CHAR.test(gap ?? items + keys)) return undefined;
  const names = s.sortKeys ? new Set<string>() : null;
  const shot: Snapshot = { value: o, native: true, ensureAscii: s.ensureAscii, respace, keys: names };
  shot.value = snapshot(o, shot);
  if (!shot.native) return shot;
  let order: string[] | null = null;
  if (names !== null) {
    order = [...names];
    // JSON.stringify would read a missing key from Object.prototype.
    if (order.some((k) => k in Object.prototype)) return shot;
    sortStrings(order);
  }
  let text: string;
  try {
    text = JSON.stringify(shot.value, order, gap ?? undefined);
  } catch {
    return shot;
  }
  const escape = s.ensureAscii && NON_ASCII_CHAR.test(text);
  if (!respace && !escape) return text;
  // Piece by piece: small strings are cheap to build, a large one costs as much again to flatten.
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += SEGMENT) {
    let piece = text.slice(i, i + SEGMENT);
    if (respace) piece = piece.replaceAll(',', items).replaceAll(':', keys);
    pieces.push(escape ? escapeNonAscii(piece) : piece);
  }
  return pieces.join('');
}

/**
 * A value as the one-piece paths read it: its arrays and plain objects copied, each of their
 * properties read once (a getter or Proxy runs once, and later reads of the copy agree), the rest
 * kept as it is, for the serializer to read as it goes.
 */
interface Snapshot {
  value: unknown;
  /** Whether JSON.stringify writes `value` as CPython does, save for separators and key order. */
  native: boolean;
  /**
   * The originals of the copies that hold a value left as it is: the serializer finds a cycle
   * that runs through both among the originals, where CPython finds it.
   */
  originals?: Map<unknown, unknown>;
  ensureAscii: boolean;
  /** Whether the separators are put in afterwards: then no string may hold a `,` or `:`. */
  respace: boolean;
  /** With sortKeys, the keys of all objects. */
  keys: Set<string> | null;
}

/**
 * Copies `v` into `shot` for JSON.stringify, checking on the way that it writes the copy as
 * CPython would. From the first value it does not write so (a bigint, -0, NaN, a small float,
 * undefined in an array, a Map, a class instance, a toJSON method, too deep a nesting, where a
 * cycle ends), copying stops: what is not read yet stays for the serializer to read as it goes,
 * as CPython's encoder does (and to report a cycle as CPython does). Returns the copy, or `v`.
 */
function snapshot(v: object, shot: Snapshot, depth = 0): object {
  // slice reads each item once (an Array subclass is left: slice would call its constructor).
  // Containers nested deeper than 400 are left as they are (the copy recurses; a cycle ends there).
  const list = Array.isArray(v);
  if (!shot.native || depth > 400 || !(list ? Object.getPrototypeOf(v) === Array.prototype : isPlainObject(v))) {
    shot.native = false;
    return v;
  }
  const c = (list ? v.slice() : { ...v }) as Record<string, unknown>;
  if (list) for (let i = 0; i < (c as never as unknown[]).length; i++) snapshotItem(c, i, shot, depth);
  else {
    for (const k of Object.keys(c)) {
      snapshotItem(c, k, shot, depth);
      if ((!shot.ensureAscii || shot.respace) && !nativeString(k, shot)) shot.native = false;
      // JSON.stringify reads every listed key of every object: only for values with few distinct keys.
      if (shot.keys && shot.keys.add(k).size > 64) shot.native = false;
    }
  }
  if (typeof c.toJSON === 'function') shot.native = false;
  // Once copying has stopped, the copies still being filled are those that hold what was left.
  if (!shot.native) (shot.originals ??= new Map()).set(c, v);
  return c;
}

/** Item `k` of the copy `c`: a container is copied in turn; `native` is cleared for a value JSON.stringify changes. */
function snapshotItem(c: Record<string, unknown>, k: string | number, shot: Snapshot, depth: number): void {
  const x = c[k];
  const native =
    typeof x === 'object' ? x === null || (c[k] = snapshot(x, shot, depth + 1))
    // Safe integers other than -0; finite fractions from 1e-4 up (all below 2^52 < 1e16).
    : typeof x === 'number' ? (Number.isInteger(x) ? isPyInt(x) : x - x === 0 && (x < 0 ? -x : x) >= 1e-4)
    : typeof x === 'string' ? nativeString(x, shot)
    // undefined in an object is left out, by the serializer too.
    : typeof x === 'boolean' || (x === undefined && typeof k === 'string');
  if (!native) shot.native = false;
}

function nativeString(x: string, shot: Snapshot): boolean {
  return (shot.ensureAscii || x.isWellFormed()) && !(shot.respace && (x.includes(',') || x.includes(':')));
}

// ---------------------------------------------------------------------------------------------
// JSONEncoder

/**
 * Python's `json.JSONEncoder`. Subclass it and override `default(o)` to serialize more types.
 *
 * @example
 * class SetEncoder extends JSONEncoder {
 *   override default(o: unknown) {
 *     return o instanceof Set ? [...o] : super.default(o);
 *   }
 * }
 * new SetEncoder().encode(new Set([1, 2])) // '[1, 2]'
 */
export class JSONEncoder {
  /** Separator between items (Python's `item_separator`). */
  itemSeparator = ', ';
  /** Separator between a key and its value (Python's `key_separator`). */
  keySeparator = ': ';
  skipkeys!: boolean;
  sortKeys!: boolean;
  ensureAscii!: boolean;
  checkCircular!: boolean;
  allowNan!: boolean;
  indent: number | bigint | string | boolean | null;

  /**
   * @param options see {@link EncoderOptions}
   * @throws {TypeError} for an unknown option (when constructing JSONEncoder itself) or one given in both spellings
   * @throws {ValueError} when `separators` does not have exactly two items
   */
  constructor(options: EncoderOptions = {}) {
    const o = normalizeOptions(options, 'JSONEncoder.__init__()', ENCODER_OPTIONS, new.target !== JSONEncoder);
    FLAGS.forEach((flag, i) => (this[flag] = Boolean(o[flag] ?? i > 1)));
    this.indent = (o.indent ?? null) as JSONEncoder['indent'];
    if (o.separators != null) {
      [this.itemSeparator, this.keySeparator] = unpackPair(o.separators as Iterable<string>) as [string, string];
    } else if (this.indent !== null) {
      this.itemSeparator = ',';
    }
    if (o.default != null) this.default = o.default as (o: unknown) => unknown;
  }

  /**
   * Called for values that are not serializable; return a replacement or throw.
   * @throws {TypeError} `Object of type X is not JSON serializable`
   */
  default(o: unknown): unknown {
    throw new TypeError(`Object of type ${typeName(o, 1)} is not JSON serializable`);
  }

  /**
   * Returns the JSON text of `o`, exactly as CPython's `JSONEncoder.encode`: a string is written
   * at once, anything else is the text of `this.iterencode(o, true)`'s chunks (so an overriding
   * `iterencode` changes `encode` and `dumps` too).
   */
  encode(o: unknown): string {
    if (typeof o === 'string') return (this.ensureAscii ? encodeStringAscii : encodeString)(o);
    if (this.iterencode !== JSONEncoder.prototype.iterencode) return joinChunks(this.iterencode(o, true));
    return encodeOnce(settingsOf(this), o);
  }

  /**
   * Yields the JSON text of `o` in CPython's chunks, lazily (as the pure-Python encoder that
   * `json.dump` uses does): an error surfaces when its chunk is reached. The settings are read
   * at the call, as CPython reads them. With `oneShot` (Python's `_one_shot`, what `encode`
   * passes), the whole text is made at once and yielded as one chunk.
   */
  iterencode(o: unknown, oneShot = false): Generator<string, void, undefined> {
    const settings = settingsOf(this);
    return oneShot ? once(encodeOnce(settings, o)) : chunksOf(settings, o);
  }
}

/** The attributes of `e` as they are now, read once (CPython's iterencode reads them at each call). */
function settingsOf(e: JSONEncoder): Settings {
  const d = e.default;
  // A literal: one shape for every Settings object, which keeps the serializer's reads fast.
  const s: Settings = {
    indent: indentString(e.indent),
    skipkeys: e.skipkeys,
    sortKeys: e.sortKeys,
    ensureAscii: e.ensureAscii,
    checkCircular: e.checkCircular,
    allowNan: e.allowNan,
    itemSeparator: e.itemSeparator,
    keySeparator: e.keySeparator,
    native: d === JSONEncoder.prototype.default,
    default: (v) => d.call(e, v),
  };
  // CPython's make_encoder() checks the key separator (argument 5) before the item separator (6).
  [s.keySeparator, s.itemSeparator].forEach((sep, i) => {
    if (typeof sep !== 'string') throw new TypeError(`make_encoder() argument ${i + 5} must be str, not ${typeName(sep)}`);
  });
  return s;
}

/** The text of `o` in one piece: through JSON.stringify when that is CPython's text, else the serializer's (null `shot`: straight to the serializer). */
function encodeOnce(
  s: Settings,
  o: unknown,
  shot: Snapshot | string | null | undefined = typeof o === 'object' && o !== null && s.native ? nativeEncode(o, s) : undefined,
): string {
  if (typeof shot === 'string') return shot;
  const run = new Serializer(s, shot ? shot.value : o, false, shot?.originals);
  run.pump();
  run.cut();
  return run.text;
}

/**
 * `encoder.encode` for a stream of values (JSON Lines), where values tend to be alike. A value
 * that JSON.stringify cannot write as CPython does (a string holding a separator, a bigint...)
 * costs the snapshot of it before the serializer writes it, a third of the serializer's time on
 * small records; so after such a value the next ones go straight to the serializer: 1, then 3,
 * 7... up to 63 after each value in a row that fails, and one success starts again at 0. The
 * text is the same either way. Kept out of the main bundle: only the streams use it.
 */
export function streamEncode(encoder: JSONEncoder): (o: unknown) => string {
  // An overriding encode or iterencode is called as it is.
  if (encoder.encode !== JSONEncoder.prototype.encode || encoder.iterencode !== JSONEncoder.prototype.iterencode) return (o) => encoder.encode(o);
  let misses = 0;
  let skip = 0;
  return (o) => {
    if (typeof o !== 'object' || o === null) return encoder.encode(o);
    const s = settingsOf(encoder);
    let shot: Snapshot | string | undefined;
    if (skip > 0) skip--;
    else if (s.native) {
      shot = nativeEncode(o, s);
      if (typeof shot === 'string') misses = 0;
      else if (shot) skip = misses = Math.min(2 * misses + 1, 63);
    }
    return encodeOnce(s, o, shot ?? null);
  };
}

function* once(text: string): Generator<string, void, undefined> {
  yield text;
}

function* chunksOf(s: Settings, o: unknown): Generator<string, void, undefined> {
  const run = new Serializer(s, o, true);
  while (!run.done) {
    try {
      run.pump(64);
    } finally {
      // The chunks produced before a failure come out first, as from CPython's generator.
      yield* run.chunks;
      run.chunks.length = 0;
    }
  }
}

/** Python's `''.join(chunks)`, which needs every chunk to be a str. */
function joinChunks(chunks: Iterable<unknown>): string {
  return Array.from(chunks, (chunk, i) => {
    if (typeof chunk !== 'string') throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(chunk)} found`);
    return chunk;
  }).join('');
}

/** Python's `' ' * indent` (or the string itself); null for no indentation. */
function indentString(indent: unknown): string | null {
  if (indent == null || typeof indent === 'string') return indent ?? null;
  // Python's ' ' * indent, for an int (bool included)
  if (typeof indent === 'boolean' || typeof indent === 'bigint' || Number.isInteger(indent)) return ' '.repeat(Math.max(0, Number(indent)));
  throw new TypeError(`can't multiply sequence by non-int of type '${typeName(indent)}'`);
}

/** The encoder for these options, as `dumps` and `dump` get it (they call `configured` directly, which keeps this wrapper out of the main bundle). */
export function encoderFor(options: DumpsOptions | undefined, caller: string): JSONEncoder {
  return configured(options, caller, JSONEncoder);
}
