/**
 * Python's `uuid.UUID`: a 128-bit value, read from any text `uuid.UUID(hex)` accepts and written
 * as Python writes it (`str()` lowercase with hyphens, `repr()` `UUID('...')`).
 * @module
 */
import { indexToCodePoint } from '../errors.js';
import { pyStrRepr } from '../float.js';
import { digitValue, isPySpace } from './decimal/chars.js';
import { ValueError } from './errors.js';
import { namePythonType, pyRepr, type PyValue } from './protocol.js';

/** The texts of the errors `uuid.UUID()` raises. */
const UUIDMessages = {
  badlyFormed: 'badly formed hexadecimal UUID string',
  oneArgument: 'one of the hex, bytes, bytes_le, fields, or int arguments must be given',
  intRange: 'int is out of range (need a 128-bit value)',
  bytesLength: 'bytes is not a 16-char string',
  bytesLeLength: 'bytes_le is not a 16-char string',
  fieldsLength: 'fields is not a 6-tuple',
  version: 'illegal version number',
} as const;

/** The keyword arguments of Python's `UUID(...)`; exactly one of the first five. */
export interface UUIDArgs {
  /** 32 hex digits; braces, hyphens and a `urn:uuid:` prefix optional. */
  hex?: string;
  /** 16 bytes, big-endian. */
  bytes?: Uint8Array;
  /** 16 bytes with the first three fields little-endian (Microsoft's GUID layout). */
  bytesLe?: Uint8Array;
  bytes_le?: Uint8Array;
  /** `[time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node]`. */
  fields?: readonly (number | bigint)[];
  /** The value, 0 to 2^128 - 1. */
  int?: bigint | number;
  /** 1 to 8: sets the RFC 4122 variant and this version over the value given. */
  version?: number;
}

const MAX = (1n << 128n) - 1n;
const FIELD_BITS = [32, 16, 16, 8, 8, 48] as const;

/** Python's variant names (`uuid.RFC_4122`, ...). */
const RESERVED_NCS = 'reserved for NCS compatibility';
const RFC_4122 = 'specified in RFC 4122';
const RESERVED_MICROSOFT = 'reserved for Microsoft compatibility';
const RESERVED_FUTURE = 'reserved for future definition';

/**
 * Python's `uuid.UUID`, immutable.
 *
 * @throws {ValueError} `badly formed hexadecimal UUID string` (and the other texts of Python's
 *   `UUID()`, such as `invalid literal for int() with base 16: '...'`)
 * @example
 * const u = new UUID('{16FD2706-8BAF-433B-82EB-8C7FADA847DA}');
 * String(u) // → '16fd2706-8baf-433b-82eb-8c7fada847da'
 * u.hex // → '16fd27068baf433b82eb8c7fada847da'
 * u.version // → 4
 * repr(u) // → "UUID('16fd2706-8baf-433b-82eb-8c7fada847da')"
 */
export class UUID implements PyValue {
  /** The value as a 128-bit integer. */
  readonly int!: bigint;

  constructor(hexOrArgs: string | UUIDArgs) {
    const args: UUIDArgs = typeof hexOrArgs === 'string' ? { hex: hexOrArgs } : hexOrArgs;
    if (typeof args !== 'object' || args === null) {
      throw new TypeError(`UUID() takes a string or an object of arguments, not ${typeof args}`);
    }
    const bytesLe = args.bytesLe ?? args.bytes_le;
    const given = [args.hex, args.bytes, bytesLe, args.fields, args.int].filter((x) => x != null).length;
    if (given !== 1) throw new TypeError(UUIDMessages.oneArgument);
    let int: bigint;
    if (args.int != null) int = toBigInt(args.int, 'int');
    else if (args.hex != null) int = parseHex(args.hex);
    else if (bytesLe != null) int = fromBytes(swapFields(checkBytes(bytesLe, UUIDMessages.bytesLeLength)));
    else if (args.bytes != null) int = fromBytes(checkBytes(args.bytes, UUIDMessages.bytesLength));
    else int = fromFields(args.fields!);
    if (int < 0n || int > MAX) throw new ValueError(UUIDMessages.intRange);
    if (args.version != null) {
      if (!Number.isInteger(args.version)) throw new TypeError('version must be an integer');
      if (args.version < 1 || args.version > 8) throw new ValueError(UUIDMessages.version);
      // Clear the variant and version bits, then set the RFC 4122 variant and the version.
      int &= ~((0xf000n << 64n) | (0xc000n << 48n));
      int |= (0x8000n << 48n) | (BigInt(args.version) << 76n);
    }
    (this as { int: bigint }).int = int;
    Object.freeze(this);
  }

  /** The 32 lowercase hex digits. */
  get hex(): string {
    return this.int.toString(16).padStart(32, '0');
  }

  /** The 16 bytes, big-endian (a new copy each time). */
  get bytes(): Uint8Array {
    const out = new Uint8Array(16);
    let n = this.int;
    for (let i = 15; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
    return out;
  }

  /** The 16 bytes with `time_low`, `time_mid` and `time_hi_version` little-endian. */
  get bytesLe(): Uint8Array {
    return swapFields(this.bytes);
  }

  /** `[time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node]`. */
  get fields(): [number, number, number, number, number, number] {
    const out: number[] = [];
    let shift = 128n;
    for (const bits of FIELD_BITS) {
      shift -= BigInt(bits);
      out.push(Number((this.int >> shift) & ((1n << BigInt(bits)) - 1n)));
    }
    return out as [number, number, number, number, number, number];
  }

  /** The 48-bit node (Python's `node`). */
  get node(): number {
    return Number(this.int & 0xffffffffffffn);
  }

  /** The 14-bit clock sequence (Python's `clock_seq`). */
  get clockSeq(): number {
    return Number((this.int >> 48n) & 0x3fffn);
  }

  /**
   * The timestamp (Python's `time`): 60 bits of 100 ns since 1582 for versions 1 and 6 (and, as
   * Python reads them, the others), the 48-bit Unix time in milliseconds for version 7.
   */
  get time(): bigint {
    const version = this.version;
    if (version === 7) return this.int >> 80n;
    const timeMid = (this.int >> 80n) & 0xffffn;
    if (version === 6) return ((this.int >> 96n) << 28n) | (timeMid << 12n) | ((this.int >> 64n) & 0xfffn);
    return (((this.int >> 64n) & 0xfffn) << 48n) | (timeMid << 32n) | (this.int >> 96n);
  }

  /** `urn:uuid:` and the canonical text. */
  get urn(): string {
    return 'urn:uuid:' + this.toString();
  }

  /** One of Python's variant texts (`'specified in RFC 4122'` for the UUIDs in use today). */
  get variant(): string {
    const bits = this.int >> 61n;
    if ((bits & 4n) === 0n) return RESERVED_NCS;
    if ((bits & 2n) === 0n) return RFC_4122;
    if ((bits & 1n) === 0n) return RESERVED_MICROSOFT;
    return RESERVED_FUTURE;
  }

  /** The version number, or null when the variant is not RFC 4122 (Python's `None`). */
  get version(): number | null {
    return this.variant === RFC_4122 ? Number((this.int >> 76n) & 0xfn) : null;
  }

  /** Whether `other` is a UUID of the same value (Python's `==`). */
  equals(other: unknown): boolean {
    return other instanceof UUID && other.int === this.int;
  }

  /** Python's `str(u)`: `12345678-1234-5678-1234-567812345678`. */
  toString(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** `JSON.stringify` writes the canonical text, as `json.dumps(u, default=str)` does. */
  toJSON(): string {
    return this.toString();
  }

  /** Python's `repr(u)`: `UUID('12345678-1234-5678-1234-567812345678')`. */
  [pyRepr](): string {
    return `UUID('${this.toString()}')`;
  }
}

/** What `UUID(hex)` does to its text: Python's `replace`/`strip` steps, then `int(text, 16)`. */
function parseHex(text: string): bigint {
  if (typeof text !== 'string') throw new TypeError(`hex must be a string, not ${typeof text}`);
  const hex = text
    .replaceAll('urn:', '')
    .replaceAll('uuid:', '')
    .replace(/^[{}]+|[{}]+$/g, '')
    .replaceAll('-', '');
  // 32 code points, as Python counts the length of a str.
  if (indexToCodePoint(hex, hex.length) !== 32) throw new ValueError(UUIDMessages.badlyFormed);
  const value = pyIntBase16(hex);
  if (value === undefined) {
    // `%.200R`: the repr, cut after 200 code points.
    const shown = [...pyStrRepr(hex)].slice(0, 200).join('');
    throw new ValueError(`invalid literal for int() with base 16: ${shown}`);
  }
  return value;
}

/**
 * Python's `int(text, 16)`, or undefined where it raises: ASCII whitespace around, a sign, an
 * optional `0x`, digits with single underscores between them; outside ASCII, Unicode whitespace
 * counts as a space and any decimal digit (category Nd) as its ASCII digit.
 */
function pyIntBase16(text: string): bigint | undefined {
  let ascii = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x7f) ascii += ch;
    else if (isPySpace(cp)) ascii += ' ';
    else {
      const d = digitValue(cp);
      if (d < 0) return undefined;
      ascii += String(d);
    }
  }
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX]_?)?([0-9a-fA-F](?:_?[0-9a-fA-F])*)[ \t\n\v\f\r]*$/.exec(ascii);
  if (m === null) return undefined;
  const n = BigInt('0x' + m[2]!.replaceAll('_', ''));
  return m[1] === '-' ? -n : n;
}

function toBigInt(x: bigint | number, what: string): bigint {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number' && Number.isSafeInteger(x)) return BigInt(x);
  throw new TypeError(`${what} must be a bigint or a safe integer, not ${typeof x === 'number' ? x : typeof x}`);
}

function checkBytes(b: Uint8Array, message: string): Uint8Array {
  if (!(b instanceof Uint8Array)) throw new TypeError('bytes must be a Uint8Array');
  if (b.length !== 16) throw new ValueError(message);
  return b;
}

function fromBytes(b: Uint8Array): bigint {
  let n = 0n;
  for (const x of b) n = (n << 8n) | BigInt(x);
  return n;
}

/** Reverses the bytes of the first three fields (4, 2 and 2 bytes): big-endian <-> GUID layout. */
function swapFields(b: Uint8Array): Uint8Array {
  return Uint8Array.of(b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.subarray(8));
}

function fromFields(fields: readonly (number | bigint)[]): bigint {
  if (fields.length !== 6) throw new ValueError(UUIDMessages.fieldsLength);
  let n = 0n;
  FIELD_BITS.forEach((bits, i) => {
    const f = toBigInt(fields[i]!, `field ${i + 1}`);
    if (f < 0n || f >= 1n << BigInt(bits)) {
      throw new ValueError(`field ${i + 1} out of range (need a${bits === 8 ? 'n' : ''} ${bits}-bit value)`);
    }
    n = (n << BigInt(bits)) | f;
  });
  return n;
}

// A Python class, not a C type: its tp_name has no module.
namePythonType(UUID, 'UUID', 'uuid.UUID');
