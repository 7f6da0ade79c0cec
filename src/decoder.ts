/**
 * The decoder: `JSONDecoder` and the scanner behind it, which accepts exactly what CPython's C
 * scanner accepts and fails with the same message at the same position.
 *
 * The scanner keeps its own stack of open containers instead of recursing, so any nesting depth
 * that fits in memory loads.
 * @module
 */
import { JSONDecodeError, ValueError } from './errors.js';
import * as Messages from './messages.js';
import { isPyInt, PyFloat } from './float.js';
import { typeName, unpackPair } from './names.js';
import { configured, normalizeOptions } from './options.js';

/** Options of `JSONDecoder` and `loads`; each also accepted in its Python spelling. */
export interface DecoderOptions {
  /** Called with every decoded object (innermost first); its result replaces the object. */
  objectHook?: ((obj: any) => unknown) | null;
  /** Called with every object's `[key, value]` pairs in document order, duplicates included; wins over `objectHook`. */
  objectPairsHook?: ((pairs: [string, any][]) => unknown) | null;
  /** Called with the text of every number that has a fraction or exponent. Default: JS number. */
  parseFloat?: ((text: string) => unknown) | null;
  /** Called with the text of every integer. Default: number when safe, else bigint. */
  parseInt?: ((text: string) => unknown) | null;
  /** Called with `'NaN'`, `'Infinity'` or `'-Infinity'`. Default: the JS number. */
  parseConstant?: ((text: string) => unknown) | null;
  /** Reject raw control characters (U+0000-U+001F) inside strings. Default `true`. */
  strict?: boolean;
  /**
   * Keep everything `dumps` needs to write CPython's text back: objects become `Map`s in
   * document order, integral float literals (`1.0`, `1E2`) become `float(x)`. Default `false`.
   */
  lossless?: boolean;
  object_hook?: ((obj: any) => unknown) | null;
  object_pairs_hook?: ((pairs: [string, any][]) => unknown) | null;
  parse_float?: ((text: string) => unknown) | null;
  parse_int?: ((text: string) => unknown) | null;
  parse_constant?: ((text: string) => unknown) | null;
}

/** Options of `loads` and `load`: the decoder options plus `cls`, a decoder class to use. */
export interface LoadsOptions extends DecoderOptions {
  /** A `JSONDecoder` subclass; it is constructed with all the other options. */
  cls?: (new (options?: any) => JSONDecoder) | null;
  /** Further options are passed to `cls`. */
  [option: string]: unknown;
}

const DECODER_OPTIONS = [
  'objectHook',
  'objectPairsHook',
  'parseFloat',
  'parseInt',
  'parseConstant',
  'strict',
  'lossless',
] as const;

type Hook = ((value: any) => unknown) | null;

/**
 * Python's `json.JSONDecoder`.
 *
 * @example
 * new JSONDecoder().rawDecode('[1, 2] tail') // [[1, 2], 6]
 */
export class JSONDecoder {
  objectHook!: Hook;
  objectPairsHook!: Hook;
  parseFloat!: Hook;
  parseInt!: Hook;
  parseConstant!: Hook;
  strict: boolean;
  lossless: boolean;

  /**
   * @param options see {@link DecoderOptions}
   * @throws {TypeError} for an unknown option (when constructing JSONDecoder itself) or one given in both spellings
   */
  constructor(options: DecoderOptions = {}) {
    const o = normalizeOptions(options, 'JSONDecoder.__init__()', DECODER_OPTIONS, new.target !== JSONDecoder);
    // The five hooks, null when not given.
    for (const hook of DECODER_OPTIONS.slice(0, 5)) (this as Record<string, unknown>)[hook] = o[hook] ?? null;
    this.strict = Boolean(o.strict ?? true);
    this.lossless = Boolean(o.lossless);
    // CPython builds its scanner here, from the attributes as they are now: setting one later
    // changes nothing (the scanner's settings are this copy).
    this.#scan = { ...this };
  }

  /** The settings every scan runs with, read once by the constructor. */
  readonly #scan: ScanSettings;

  /**
   * Decodes a whole document: one value, surrounded by optional whitespace.
   * @throws {JSONDecodeError} for invalid JSON, with CPython's message and position
   * @throws {ValueError} for an integer of more than 4,300 digits
   */
  decode(s: string): any {
    if (typeof s !== 'string') {
      throw new TypeError(
        isBytes(s) ? 'cannot use a string pattern on a bytes-like object' : `expected string or bytes-like object, got '${typeName(s)}'`,
      );
    }
    const o = this.#scan;
    // No hooks, no lossless mode and raw_decode as it is (which a subclass or an instance may
    // replace): the results JSON.parse builds are ours too.
    if (
      this.rawDecode === JSONDecoder.prototype.rawDecode &&
      !o.lossless &&
      (o.objectHook ?? o.objectPairsHook ?? o.parseFloat ?? o.parseInt ?? o.parseConstant) === null &&
      !hasDigitRunOver4300(s)
    ) {
      // The value is boxed, so that a root beyond 2^53 too can be put back as a bigint.
      let box: unknown[] | undefined;
      try {
        box = [JSON.parse(s)];
      } catch {
        // not JSON for JSON.parse: the scanner tells what CPython says
      }
      if (box !== undefined && nativeResultIsExact(box, s)) return box[0];
      // Otherwise the scanner gives CPython's value (NaN, -0 as 0...) or its error; the native
      // result is dropped first so that both are never in memory together.
      box = undefined;
    }
    // CPython's decode: raw_decode after the leading whitespace, then only whitespace may follow.
    const [value, end] = unpackPair(this.rawDecode(s, skipWhitespace(s, 0)));
    const last = skipWhitespace(s, end as number);
    if (last !== s.length) throw JSONDecodeError.at('Extra data', s, last);
    return value;
  }

  /**
   * Decodes one value starting exactly at `idx` (no whitespace skipped) and returns it with the
   * index where it ends, so `s.slice(end)` is the rest. Indexes are JS string indexes.
   * @throws {JSONDecodeError} for invalid JSON
   * @throws {ValueError} for a negative `idx`
   */
  rawDecode(s: string, idx = 0): [any, number] {
    if (typeof s !== 'string') throw new TypeError(`first argument must be a string, not ${isBytes(s) ? 'bytes' : typeName(s)}`);
    if (idx < 0) throw new ValueError('idx cannot be negative');
    return new Scanner(this.#scan, s).scan(idx);
  }
}

type ScanSettings = Omit<JSONDecoder, 'decode' | 'rawDecode'>;

/**
 * Whether JSON.parse's result, in `box[0]`, is exactly CPython's value of the text `s` once the
 * integers beyond 2^53 are put back as bigints, which this does. Every text JSON.parse accepts is
 * accepted by CPython with the same structure, strings and floats (`__proto__` and duplicate keys
 * included); only some numbers may differ: an integral number beyond 2^53 may come from an
 * integer literal that needs a bigint, and -0 from the int literal `-0` (CPython: 0); integers of
 * more than 4,300 digits never get here (hasDigitRunOver4300). When a number cannot be settled, the
 * text goes to the scanner instead (and so does a value nested 1,000 deep, where the walk stops
 * well before the call stack would).
 *
 * An unsafe number is matched with the next token of integerTokens: the walk meets the numbers
 * in document order, save where JSON.parse moved keys (duplicates, integer-like keys). Each number
 * must equal its token's value, and the two counts must agree (a string's digits taken for a
 * token or a token dropped with a duplicate key would make one list longer); integerTokens refuses
 * the text when two different tokens have the same double, which moved keys could swap unseen.
 */
function nativeResultIsExact(box: unknown[], s: string): boolean {
  const walk: ExactWalk = { s, tokens: undefined, next: 0 };
  return isExact(walk, box as unknown as Record<number, unknown>, 0, 0) && walk.next === (walk.tokens?.[0].length ?? 0);
}

/** The text and what nativeResultIsExact has matched so far (plain functions over it: closures recurse slower). */
interface ExactWalk {
  s: string;
  tokens: [texts: string[], values: number[]] | null | undefined;
  next: number;
}

/** Whether item `key` of `c` is exact, its unsafe numbers put back as bigints. */
function isExact(walk: ExactWalk, c: Record<string | number, unknown>, key: string | number, depth: number): boolean {
  const x = c[key];
  if (typeof x !== 'number') return typeof x !== 'object' || x === null || (depth < 1000 && itemsExact(walk, x as Record<string, unknown>, depth + 1));
  if (Math.abs(x) < UNSAFE) return x !== 0 || 1 / x > 0; // -0 is the scanner's
  const tokens = (walk.tokens ??= integerTokens(walk.s));
  if (tokens === null || tokens[1][walk.next] !== x) return false;
  setOwn(c, key, BigInt(tokens[0][walk.next++]!));
  return true;
}

function itemsExact(walk: ExactWalk, c: Record<string | number, unknown>, depth: number): boolean {
  if (Array.isArray(c)) {
    for (let i = 0; i < c.length; i++) if (!isExact(walk, c, i, depth)) return false;
  } else for (const k in c) if (!isExact(walk, c, k, depth)) return false;
  return true;
}

const UNSAFE = 2 ** 53;
/** 16 digits after a character a number may follow, spelled out: V8 matches this much faster than `\d{16}`. */
const SIXTEEN_DIGITS = /[-:,[\s]\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d/g;
const POSITIVE_EXPONENT = /\d[eE]\+?\d/g;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A digit, `.`, `e`, `E`, `+` or `-`. */
const isNumberChar = (c: number) => isDigit(c) || c === 46 || (c | 32) === 101 || c === 43 || c === 45;

/**
 * Whether `s` has a run of more than 4,300 digits: an integer CPython refuses, which JSON.parse
 * would read, or drop unseen with a duplicate key. Such a run covers one of every 4,096 indexes.
 */
function hasDigitRunOver4300(s: string): boolean {
  for (let i = 4095; i < s.length; i += 4096) {
    let start = i;
    let end = i;
    while (isDigit(s.charCodeAt(start))) start--;
    while (isDigit(s.charCodeAt(end))) end++;
    if (end - start > 4301) return true;
  }
  return false;
}

/**
 * The integer tokens of `s` beyond 2^53, in order, as texts and values; null when the text may hold a float token
 * beyond 2^53 (which could stand in for a string's digits taken for a token, the counts agreeing)
 * or two different integers with the same double. A number beyond 2^53 has a run of 16 digits or
 * a positive exponent, which regular expressions find fast; one where a value may start and end
 * (after `:`, `[`, `,` or whitespace, before `]`, `}`, `,` or whitespace) is a token, or text in a
 * string.
 */
function integerTokens(s: string): [texts: string[], values: number[]] | null {
  const texts: string[] = [];
  const values: number[] = [];
  for (const pattern of [POSITIVE_EXPONENT, SIXTEEN_DIGITS]) {
    pattern.lastIndex = 0;
    while (pattern.test(s)) {
      let start = pattern.lastIndex - 1;
      while (isNumberChar(s.charCodeAt(start - 1))) start--;
      let end = pattern.lastIndex;
      while (isNumberChar(s.charCodeAt(end))) end++;
      pattern.lastIndex = end;
      const text = s.slice(start, end);
      const x = +text;
      if (!' \t\n\r,:['.includes(s[start - 1] ?? ' ') || !' \t\n\r,]}'.includes(s[end] ?? ' ') || Math.abs(x) < UNSAFE) continue;
      if (/[.eE]/.test(text)) return null;
      texts.push(text);
      values.push(x);
    }
  }
  // The same double from two different tokens: their order must not be taken on trust.
  // (The Map only when some double repeats: sorting the doubles costs far less for many tokens.)
  const sorted = Float64Array.from(values).sort();
  const seen = new Map<number, string>();
  const repeats = sorted.some((x, i) => x === sorted[i - 1]);
  return repeats && texts.some((t, i) => t !== (seen.get(values[i]!) ?? (seen.set(values[i]!, t), t))) ? null : [texts, values];
}

/** Fills the record of the container opened at `depth` (made once per depth). */
function openAt(stack: OpenContainer[], depth: number, dict: boolean, base: number, object: OpenContainer['object']): OpenContainer {
  const open = (stack[depth] ??= { dict, base, object, key: '' });
  open.dict = dict;
  open.base = base;
  open.object = object;
  return open;
}

/** The plain object of the keys and values from `base` to the end of `elements`, which it pops. */
function plainObject(elements: unknown[], base: number): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (let i = base; i < elements.length; i += 2) setOwn(obj, elements[i] as string, elements[i + 1]);
  elements.length = base;
  return obj;
}

/** obj[key] = value, where `__proto__` too is an ordinary own property, as in Python: never the prototype. */
function setOwn(obj: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** Whether `v` is bytes as `loads` takes them. */
export function isBytes(v: unknown): v is Uint8Array | ArrayBuffer {
  return v instanceof Uint8Array || v instanceof ArrayBuffer;
}

export function skipWhitespace(s: string, i: number): number {
  for (let c = s.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = s.charCodeAt(++i));
  return i;
}

const ESCAPES: Readonly<Record<number, string>> = {
  34: '"',
  92: '\\',
  47: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

/** Value of a hex digit character code, or -1. */
const hexValue = (c: number): number => (isDigit(c) ? c - 48 : (c |= 32) >= 97 && c <= 102 ? c - 87 : -1);

/** An open array or object on the scanner's stack. */
interface OpenContainer {
  dict: boolean;
  /** Where its elements, or a plain object's keys and values, start on the scanner's element stack. */
  base: number;
  /** A Map (lossless) or pairs list (objectPairsHook) filled as members come; null for a plain object, made at its end. */
  object: Map<string, unknown> | [string, unknown][] | null;
  key: string;
}

const MAX_SAFE_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_SAFE_DIGITS + 1 }, (_, i) => 10 ** i);
const KEY_CACHE_SIZE = 1024;

/** One scan over one document. */
class Scanner {
  /** Index just past the last string or number scanned. */
  end = 0;
  readonly #keyCache: (string | undefined)[] = new Array(KEY_CACHE_SIZE);
  /** The decoder's settings, fixed when it was made. */
  readonly #d: ScanSettings;
  readonly #s: string;

  constructor(d: ScanSettings, s: string) {
    this.#d = d;
    this.#s = s;
  }

  #fail(msg: string, index: number): never {
    throw JSONDecodeError.at(msg, this.#s, index);
  }

  /** Scans one value at exactly `i`; returns it with the index where it ends. */
  scan(i: number): [any, number] {
    const s = this.#s;
    // Open containers; the records are reused as the depth goes up and down (no garbage).
    const stack: OpenContainer[] = [];
    let depth = 0;
    const elements: unknown[] = [];
    let value: unknown;
    let word: string;
    for (;;) {
      // Scan one value starting at i.
      const c = s.charCodeAt(i);
      if (c === 34 /* " */) {
        value = this.#string(i);
        i = this.end;
      } else if (c === 123 /* { */) {
        i = skipWhitespace(s, i + 1);
        if (s.charCodeAt(i) === 125 /* } */) {
          value = this.#finishObject(this.#newObject() ?? {});
          i++;
        } else {
          const open = openAt(stack, depth++, true, elements.length, this.#newObject());
          i = this.#key(open, i);
          continue;
        }
      } else if (c === 91 /* [ */) {
        i = skipWhitespace(s, i + 1);
        if (s.charCodeAt(i) === 93 /* ] */) {
          value = [];
          i++;
        } else {
          openAt(stack, depth++, false, elements.length, null);
          continue;
        }
      } else if (c === 110 /* n */ && s.startsWith('null', i)) {
        value = null;
        i += 4;
      } else if (c === 116 /* t */ && s.startsWith('true', i)) {
        value = true;
        i += 4;
      } else if (c === 102 /* f */ && s.startsWith('false', i)) {
        value = false;
        i += 5;
      } else if (
        (word = c === 78 /* N */ ? 'NaN' : c === 73 /* I */ ? 'Infinity' : c === 45 /* - */ ? '-Infinity' : '') &&
        s.startsWith(word, i)
      ) {
        // Python's constants; `+word` is the JS number.
        const hook = this.#d.parseConstant;
        value = hook === null ? +word : hook(word);
        i += word.length;
      } else {
        value = this.#number(i);
        i = this.end;
      }

      // Attach the value to the innermost open container, closing containers as they end.
      for (;;) {
        if (depth === 0) {
          return [value, i];
        }
        const open = stack[depth - 1]!;
        i = skipWhitespace(s, i);
        const d = s.charCodeAt(i);
        if (!open.dict) {
          elements.push(value);
          if (d === 93 /* ] */) {
            // Elements wait on one shared stack, so that each array is allocated once, at its size.
            value = elements.slice(open.base);
            elements.length = open.base;
            depth--;
            i++;
            continue;
          }
          i = this.#comma(d, i, 93, 'Illegal trailing comma before end of array');
          break;
        }
        if (open.object === null) elements.push(open.key, value);
        else this.#store(open.object, open.key, value);
        if (d === 125 /* } */) {
          value = this.#finishObject(open.object ?? plainObject(elements, open.base));
          depth--;
          i++;
          continue;
        }
        i = this.#key(open, this.#comma(d, i, 125, 'Illegal trailing comma before end of object'));
        break;
      }
    }
  }

  /**
   * Expects the `,` (character `d`, at i) between two members and returns the index after it and
   * its whitespace; a comma right before the closing bracket `close` is CPython's trailing-comma
   * error, reported at the comma.
   */
  #comma(d: number, i: number, close: number, trailingMessage: string): number {
    if (d !== 44 /* , */) this.#fail("Expecting ',' delimiter", i);
    const next = skipWhitespace(this.#s, i + 1);
    if (this.#s.charCodeAt(next) === close) this.#fail(trailingMessage, i);
    return next;
  }

  /** Reads `"key" :` at i into `open.key` and returns the index of the value after it. */
  #key(open: OpenContainer, i: number): number {
    const s = this.#s;
    if (s.charCodeAt(i) !== 34) this.#fail('Expecting property name enclosed in double quotes', i);
    open.key = this.#keyString(i);
    i = skipWhitespace(s, this.end);
    if (s.charCodeAt(i) !== 58 /* : */) this.#fail("Expecting ':' delimiter", i);
    return skipWhitespace(s, i + 1);
  }

  /**
   * Scans a key. Documents repeat their keys, so a key without escapes is looked up in a small
   * cache by comparing the source text in place: no new string, and the cached one is already
   * internalized as a property name.
   */
  #keyString(begin: number): string {
    const s = this.#s;
    let i = begin + 1;
    let c = s.charCodeAt(i);
    while (c !== 34 && c !== 92 && c >= 0x20) c = s.charCodeAt(++i);
    if (c !== 34) return this.#string(begin);
    this.end = i + 1;
    const start = begin + 1;
    const length = i - start;
    const slot = (length * 31 + s.charCodeAt(start) * 7 + s.charCodeAt(i - 1)) & (KEY_CACHE_SIZE - 1);
    const cached = this.#keyCache[slot];
    if (cached !== undefined && cached.length === length && s.startsWith(cached, start)) return cached;
    return (this.#keyCache[slot] = s.slice(start, i));
  }

  /** A Map (lossless) or pairs list (objectPairsHook) to fill; null for a plain object, made at its end. */
  #newObject(): OpenContainer['object'] {
    return this.#d.objectPairsHook !== null ? [] : this.#d.lossless ? new Map() : null;
  }

  #store(obj: NonNullable<OpenContainer['object']>, key: string, value: unknown): void {
    if (Array.isArray(obj)) obj.push([key, value]);
    else obj.set(key, value);
  }

  #finishObject(obj: NonNullable<OpenContainer['object']> | Record<string, unknown>): unknown {
    if (this.#d.objectPairsHook !== null) return this.#d.objectPairsHook(obj);
    if (this.#d.objectHook !== null) return this.#d.objectHook(obj);
    return obj;
  }

  /** Scans a number at i (the C scanner's grammar: longest valid prefix); sets `end`. */
  #number(start: number): unknown {
    const s = this.#s;
    let i = start;
    let c = s.charCodeAt(i);
    const negative = c === 45; /* - */
    if (negative) c = s.charCodeAt(++i);
    // The digits, as long as they fit a double exactly (15 digits always do).
    let mantissa = 0;
    if (c >= 49 && c <= 57) {
      do {
        mantissa = mantissa * 10 + (c - 48);
        c = s.charCodeAt(++i);
      } while (c >= 48 && c <= 57);
    } else if (c === 48) {
      c = s.charCodeAt(++i);
    } else {
      this.#fail('Expecting value', start);
    }
    const intDigits = i - start - (negative ? 1 : 0);
    let fractionDigits = 0;
    if (c === 46 /* . */) {
      const e = s.charCodeAt(i + 1);
      if (e >= 48 && e <= 57) {
        let j = i + 1;
        while ((c = s.charCodeAt(j)) >= 48 && c <= 57) {
          mantissa = mantissa * 10 + (c - 48);
          j++;
        }
        fractionDigits = j - i - 1;
        i = j;
      }
    }
    let exponent = false;
    if (c === 101 || c === 69 /* e E */) {
      let j = i + 1;
      let e = s.charCodeAt(j);
      if (e === 43 || e === 45) e = s.charCodeAt(++j);
      if (e >= 48 && e <= 57) {
        do e = s.charCodeAt(++j);
        while (e >= 48 && e <= 57);
        exponent = true;
        i = j;
      }
    }
    this.end = i;
    if (fractionDigits === 0 && !exponent) {
      if (this.#d.parseInt !== null) return this.#d.parseInt(s.slice(start, i));
      if (intDigits <= MAX_SAFE_DIGITS) return negative ? 0 - mantissa : mantissa;
      if (intDigits > 4300) {
        throw new ValueError(
          `Exceeds the limit (4300 digits) for integer string conversion: value has ${intDigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
        );
      }
      // 17 digits or more are beyond 2^53; of 16, a safe integer converts exactly, and an unsafe
      // one never rounds to a safe one.
      const text = s.slice(start, i);
      const n = intDigits > 16 ? NaN : +text;
      return Number.isSafeInteger(n) ? n : BigInt(text);
    }
    if (this.#d.parseFloat !== null) return this.#d.parseFloat(s.slice(start, i));
    // Up to 15 digits and no exponent: one division of exact values, so correctly rounded.
    const x =
      !exponent && intDigits + fractionDigits <= MAX_SAFE_DIGITS
        ? (negative ? -mantissa : mantissa) / POWERS_OF_TEN[fractionDigits]!
        : +s.slice(start, i);
    // Lossless: an integral float keeps its floatness so that dumps writes `1.0` again.
    return this.#d.lossless && isPyInt(x) ? new PyFloat(x) : x;
  }

  /** Scans the string whose opening quote is at `begin`; sets `end` past the closing quote. */
  #string(begin: number): string {
    const s = this.#s;
    const n = s.length;
    const strict = this.#d.strict;
    let i = begin + 1;
    let chunk = i;
    let out = '';
    for (;;) {
      let c = 0;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c === 34 || c === 92) break;
        if (c < 0x20 && strict) this.#fail('Invalid control character at', i);
      }
      if (i >= n) this.#fail(Messages.unterminatedString, begin);
      if (c === 34) {
        this.end = i + 1;
        return out + s.slice(chunk, i);
      }
      out += s.slice(chunk, i);
      if (++i >= n) this.#fail(Messages.unterminatedString, begin);
      c = s.charCodeAt(i);
      if (c !== 117 /* u */) {
        const esc = ESCAPES[c];
        if (esc === undefined) this.#fail('Invalid \\escape', i - 1);
        out += esc;
        chunk = ++i;
        continue;
      }
      // Mirrors the C scanner: a \uXXXX escape must be followed by at least one more character,
      // so a valid escape at the very end of the input is reported as invalid.
      if (i + 5 >= n) this.#fail(Messages.invalidUnicodeEscape, i);
      // The four hex digits after the `u` (at u), read into one code unit.
      const u = i;
      let unit = 0;
      while (++i < u + 5) {
        const h = hexValue(s.charCodeAt(i));
        if (h < 0) this.#fail(Messages.invalidUnicodeEscape, u);
        unit = (unit << 4) | h;
      }
      // Surrogate halves need no pairing here: two escaped halves are one pair in UTF-16 anyway.
      out += String.fromCharCode(unit);
      chunk = i;
    }
  }
}

/** The decoder for these options, as `loads` gets it (it calls `configured` directly, which keeps this wrapper out of the main bundle). */
export function decoderFor(options: LoadsOptions | undefined, caller: string): JSONDecoder {
  return configured(options, caller, JSONDecoder);
}
