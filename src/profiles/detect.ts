/**
 * `detect(received, value?)`: which profile, or which `json.dumps` settings, wrote these bytes.
 * It encodes the value (or, without one, the value the bytes parse to) with every profile and
 * every combination of separators, `ensure_ascii`, `sort_keys`, `indent`, datetime style and
 * final newline, and reports the exact reproductions; when there is none, the closest candidate
 * (the longest common prefix), the first byte where it differs and the likely reason.
 * @module
 */
import { decodeUtf8, strictUtf8 } from '../codecs.js';
import { float, PyFloat, pyStrRepr } from '../float.js';
import { loads } from '../index.js';
import { isPlainObject } from '../names.js';
import { date, time } from '../python/index.js';
import { str } from '../python/repr.js';
import { encodeStrictUtf8 } from '../utf8-encode.js';
import { defaultStr } from './default-str.js';
import { django, djangoDefault } from './django.js';
import { fastapi } from './fastapi.js';
import { flask, flaskDefault } from './flask.js';
import { httpx } from './httpx.js';
import { jsonDumps, NOT_HANDLED, type Fallback } from './jsondumps.js';
import { nbformat } from './nbformat.js';
import type { Profile } from './profile.js';
import { requests } from './requests.js';

/**
 * How datetimes (and Decimal, UUID) were turned into JSON: `none` (no `default`: they fail),
 * `str` (`default=str`), `isoformat` (`o.isoformat()`, `str()` for the rest), `django`
 * (DjangoJSONEncoder), `http-date` (Flask).
 */
export type DatetimeStyle = 'none' | 'str' | 'isoformat' | 'django' | 'http-date';

/** The `json.dumps` settings of a candidate. */
export interface DumpsSettings {
  separators: [string, string];
  ensureAscii: boolean;
  sortKeys: boolean;
  indent: number | string | null;
  allowNan: boolean;
  datetimes: DatetimeStyle;
  /** A newline after the JSON text (Flask's `jsonify`, `nbformat.write`, `print`). */
  finalNewline: boolean;
}

/** One way of writing the value, and how its output compares with what was received. */
export interface Candidate {
  /** A profile's name (`flask`, `flask.jsonify`, `nbformat.write`) or `json.dumps`. */
  source: string;
  /** The Python call, e.g. `json.dumps(v, separators=(',', ':'), ensure_ascii=False)`. */
  call: string;
  /** The settings (for profiles: the `json.dumps` settings they use). */
  settings: DumpsSettings;
  /** The output (UTF-8 bytes, or UTF-16 units when a string was received), or the error it raised. */
  output: Uint8Array | string | Error;
  /** Whether it reproduces the received text exactly. */
  match: boolean;
  /** The length of the common prefix: where it first differs (bytes, or characters for a string). */
  offset: number;
}

/** What `detect` found. */
export interface Detection {
  /** The candidates that reproduce the received text exactly, profiles first. */
  matches: Candidate[];
  /** The best candidate: the first match, else the one with the longest common prefix. */
  closest: Candidate | null;
  /** Why the closest candidate differs (empty for a match). */
  reasons: string[];
  /**
   * The settings that the matching `json.dumps` calls disagree on, which the received text
   * cannot tell (`sort_keys` when the keys were in order anyway, `ensure_ascii` for ASCII text).
   */
  undetermined: (keyof DumpsSettings)[];
  /** Datetime styles seen in the received strings (`http-date`, `django`, `isoformat`, `str`). */
  datetimeStyles: DatetimeStyle[];
  /** Every candidate tried. */
  candidates: Candidate[];
  /** A readable report. */
  toString(): string;
}

const SEPARATORS: [string, string][] = [[', ', ': '], [',', ':'], [',', ': '], [', ', ':']];
const INDENTS: (number | string | null)[] = [null, 1, 2, 4, '\t'];
const STYLES: DatetimeStyle[] = ['none', 'str', 'isoformat', 'django', 'http-date'];

function isoformatDefault(o: unknown): unknown {
  return o instanceof date || o instanceof time ? o.isoformat() : str(o);
}

const FALLBACKS: Record<DatetimeStyle, Fallback | undefined> = {
  none: undefined,
  str,
  isoformat: isoformatDefault,
  django: djangoDefault,
  'http-date': (o) => {
    const r = flaskDefault(o);
    return r === NOT_HANDLED && o instanceof time ? str(o) : r;
  },
};

const DEFAULTS: DumpsSettings = {
  separators: [', ', ': '],
  ensureAscii: true,
  sortKeys: false,
  indent: null,
  allowNan: true,
  datetimes: 'none',
  finalNewline: false,
};

/** The profiles as candidates: how each writes, and the settings it uses. */
const PROFILES: { source: string; profile: Profile; bytes: 'dumps' | 'body'; settings: Partial<DumpsSettings> }[] = [
  { source: 'django', profile: django, bytes: 'body', settings: { datetimes: 'django' } },
  { source: 'flask', profile: flask, bytes: 'dumps', settings: { sortKeys: true, datetimes: 'http-date' } },
  { source: 'flask.jsonify', profile: flask, bytes: 'body', settings: { sortKeys: true, separators: [',', ':'], datetimes: 'http-date', finalNewline: true } },
  { source: 'fastapi', profile: fastapi, bytes: 'body', settings: { separators: [',', ':'], ensureAscii: false, allowNan: false, datetimes: 'isoformat' } },
  { source: 'requests', profile: requests, bytes: 'body', settings: { allowNan: false } },
  { source: 'httpx', profile: httpx, bytes: 'body', settings: { separators: [',', ':'], ensureAscii: false, allowNan: false } },
  { source: 'nbformat', profile: nbformat, bytes: 'dumps', settings: { indent: 1, separators: [',', ': '], sortKeys: true, ensureAscii: false } },
  { source: 'nbformat.write', profile: nbformat, bytes: 'body', settings: { indent: 1, separators: [',', ': '], sortKeys: true, ensureAscii: false, finalNewline: true } },
  { source: 'defaultStr', profile: defaultStr, bytes: 'body', settings: { datetimes: 'str' } },
];

/** The Python call for a settings combination. */
export function dumpsCall(s: DumpsSettings): string {
  const args = ['v'];
  if (s.indent !== null) args.push(`indent=${typeof s.indent === 'string' ? pyStrRepr(s.indent) : s.indent}`);
  const defaultSeps = s.indent === null ? ', ' : ',';
  if (s.separators[0] !== defaultSeps || s.separators[1] !== ': ') args.push(`separators=(${pyStrRepr(s.separators[0])}, ${pyStrRepr(s.separators[1])})`);
  if (!s.ensureAscii) args.push('ensure_ascii=False');
  if (s.sortKeys) args.push('sort_keys=True');
  if (!s.allowNan) args.push('allow_nan=False');
  const fallback = { none: '', str: 'default=str', isoformat: 'default=lambda o: o.isoformat()', django: 'cls=DjangoJSONEncoder', 'http-date': 'default=flask.json.provider._default' }[s.datetimes];
  if (fallback) args.push(fallback);
  const call = `json.dumps(${args.join(', ')})`;
  return s.finalNewline ? `${call} + '\\n'` : call;
}

type Units = ArrayLike<number>;

function units(s: string): Units {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function commonPrefix(a: Units, b: Units): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Whether the value holds something `json` cannot write by itself (a datetime, a Decimal...). */
function needsDefault(v: unknown, seen = new Set<object>()): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (seen.has(v)) return false;
  seen.add(v);
  if (Array.isArray(v)) return v.some((x) => needsDefault(x, seen));
  if (v instanceof Map) return [...v].some(([k, x]) => needsDefault(k, seen) || needsDefault(x, seen));
  if (isPlainObject(v)) return Object.values(v).some((x) => needsDefault(x, seen));
  return !(v instanceof PyFloat);
}

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;
const ECMA = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)?$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?([+-]\d\d:\d\d(:\d\d(\.\d{6})?)?)?$/;
const STR = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?([+-]\d\d:\d\d(:\d\d(\.\d{6})?)?)?$/;

/** The datetime styles that the strings of a parsed document show. */
function datetimeStylesIn(v: unknown): DatetimeStyle[] {
  const found = new Set<DatetimeStyle>();
  const visit = (x: unknown): void => {
    if (typeof x === 'string') {
      if (HTTP_DATE.test(x)) found.add('http-date');
      else if (STR.test(x)) found.add('str');
      else if (/\.\d{3}(Z|[+-])|\d\dZ$|\.\d{3}$/.test(x) && ECMA.test(x)) found.add('django');
      else if (ISO.test(x)) found.add('isoformat');
    } else if (Array.isArray(x)) x.forEach(visit);
    else if (x instanceof Map) for (const [k, y] of x) (visit(k), visit(y));
  };
  visit(v);
  return [...found];
}

function run(source: string, call: string, settings: DumpsSettings, make: () => string | Uint8Array, received: Units, asText: boolean): Candidate {
  let output: Uint8Array | string | Error;
  try {
    const out = make();
    output = typeof out === 'string' ? (asText ? out : encodeStrictUtf8(out)) : asText ? decodeUtf8(out, true).text : out;
  } catch (e) {
    output = e instanceof Error ? e : new Error(String(e));
  }
  if (output instanceof Error) return { source, call, settings, output, match: false, offset: -1 };
  const mine = typeof output === 'string' ? units(output) : output;
  const offset = commonPrefix(mine, received);
  return { source, call, settings, output, match: offset === mine.length && offset === received.length, offset };
}

/**
 * Which profiles and `json.dumps` settings reproduce `received` exactly; else the closest one,
 * where it differs and why.
 *
 * @param received the bytes (or text) a Python service sent
 * @param value the value they encode; without it, the value `received` parses to (then datetimes
 *   are plain strings, and their style is reported from their shape)
 * @example
 * detect('{"a":"é","b":1}').matches.map((c) => c.source) // → ['fastapi', 'httpx', 'json.dumps']
 */
export function detect(received: Uint8Array | string, value?: unknown): Detection {
  const asText = typeof received === 'string';
  const got: Units = asText ? units(received) : received;
  const text = asText ? received : strictUtf8(received);
  const given = arguments.length >= 2;
  let v = value;
  let parsed = given;
  if (!given && text === '') {
    // An empty body: what requests and httpx send for json=None.
    v = null;
    parsed = true;
  } else if (!given && text !== undefined) {
    try {
      v = loads(text, { parseFloat: (s: string) => float(s), objectPairsHook: (pairs: [string, unknown][]) => new Map(pairs) });
      parsed = true;
    } catch {
      parsed = false;
    }
  }
  const candidates: Candidate[] = [];
  if (parsed) {
    for (const p of PROFILES) {
      const settings = { ...DEFAULTS, ...p.settings };
      const call = p.source === 'flask.jsonify' ? 'flask.jsonify(v)' : p.source === 'nbformat.write' ? 'nbformat.write(nb, fp)' : p.profile.call;
      const make = p.bytes === 'body' ? () => p.profile.body(v) : () => p.profile.dumps(v);
      candidates.push(run(p.source, call, settings, make, got, asText));
    }
    const styles = given && needsDefault(v) ? STYLES : (['none'] as DatetimeStyle[]);
    const multiline = text !== undefined && text.replace(/\n$/, '').includes('\n');
    // Indented output is one line only without a non-empty list or dict.
    const flat = text !== undefined && !/[[{]\s*[^\]}\s]/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
    const newline = text !== undefined && text.endsWith('\n');
    for (const indent of INDENTS) {
      if (indent === null ? multiline : !multiline && !flat) continue;
      for (const separators of SEPARATORS) {
        for (const ensureAscii of [true, false]) {
          for (const sortKeys of [false, true]) {
            for (const datetimes of styles) {
              for (const finalNewline of newline ? [false, true] : [false]) {
                const settings: DumpsSettings = { separators, ensureAscii, sortKeys, indent, allowNan: true, datetimes, finalNewline };
                const make = () => jsonDumps(v, { separators, ensureAscii, sortKeys, indent }, FALLBACKS[datetimes]) + (finalNewline ? '\n' : '');
                candidates.push(run('json.dumps', dumpsCall(settings), settings, make, got, asText));
              }
            }
          }
        }
      }
    }
  }
  const matches = candidates.filter((c) => c.match);
  let closest: Candidate | null = matches[0] ?? null;
  if (closest === null) for (const c of candidates) if (c.offset >= 0 && (closest === null || c.offset > closest.offset)) closest = c;
  // Among json.dumps matches, one suffices to report settings; profiles all count.
  const shown = matches.filter((c, i) => c.source !== 'json.dumps' || matches.findIndex((m) => m.source === 'json.dumps') === i);
  const reasons = closest && !closest.match ? explain(closest, got, asText) : parsed ? [] : ['the received text is not JSON that json.loads reads, and no value was given'];
  const datetimeStyles = given ? [] : datetimeStylesIn(v);
  const plain = matches.filter((c) => c.source === 'json.dumps');
  const undetermined = (Object.keys(DEFAULTS) as (keyof DumpsSettings)[]).filter((k) =>
    plain.some((c) => String(c.settings[k]) !== String(plain[0]!.settings[k])),
  );
  return {
    matches: shown,
    closest,
    reasons,
    undetermined,
    datetimeStyles,
    candidates,
    toString: () => describe(shown, closest, reasons, undetermined, datetimeStyles, asText),
  };
}

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isDigit = (c: number | undefined) => c !== undefined && ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b);

/** Whether position `i` of `u` is inside a JSON string (the text before it has an odd number of unescaped quotes). */
function inString(u: Units, i: number): boolean {
  let inside = false;
  for (let j = 0; j < i; j++) {
    if (u[j] === 0x5c && inside) j++;
    else if (u[j] === 0x22) inside = !inside;
  }
  return inside;
}

/** Why the closest candidate's output differs from the received text at its offset. */
function explain(c: Candidate, got: Units, asText: boolean): string[] {
  const mine = typeof c.output === 'string' ? units(c.output) : (c.output as Uint8Array);
  const i = c.offset;
  const e = mine[i];
  const g = got[i];
  const unit = asText ? 'character' : 'byte';
  const at = `at ${unit} ${i}: expected ${snippet(mine, i)}, received ${snippet(got, i)}`;
  const reasons = [`${c.source} (${c.call}) differs ${at}`];
  if (e === undefined) {
    reasons.push(g === 0x0a && got.length === i + 1 ? 'the received text ends with a newline (jsonify, nbformat.write, print)' : 'the received text goes on after the end');
  } else if (g === undefined) {
    reasons.push(e === 0x0a ? 'the received text lacks the final newline' : 'the received text ends early (truncated?)');
  } else if (isSpace(e) || isSpace(g) || (e === 0x2c) !== (g === 0x2c) || (e === 0x3a) !== (g === 0x3a)) {
    reasons.push('whitespace differs: other separators or indent');
  } else if (e === 0x5c && g > 0x7e) {
    reasons.push('the received text has non-ASCII characters unescaped: ensure_ascii=False');
  } else if (g === 0x5c && e > 0x7e) {
    reasons.push('the received text escapes non-ASCII characters: ensure_ascii=True');
  } else if (inString(mine, i)) {
    reasons.push('a string differs: a datetime, Decimal or UUID written another way, key order (sort_keys), or another value');
  } else if ((e === 0x22) !== (g === 0x22)) {
    reasons.push('a string in one is a number or literal in the other (a Decimal as str or as a number?)');
  } else if (isDigit(e) && isDigit(g)) {
    reasons.push('a number is written differently (float or int? a Decimal as float?)');
  } else {
    reasons.push('the structure differs: another value, or keys in another order (sort_keys)');
  }
  return reasons;
}

function snippet(u: Units, i: number): string {
  if (i >= u.length) return 'the end';
  let s = '';
  for (let j = i; j < Math.min(u.length, i + 12); j++) s += String.fromCharCode(u[j]!);
  return JSON.stringify(s) + (i + 12 < u.length ? '...' : '');
}

const PYTHON_NAMES: Record<keyof DumpsSettings, string> = {
  separators: 'separators',
  ensureAscii: 'ensure_ascii',
  sortKeys: 'sort_keys',
  indent: 'indent',
  allowNan: 'allow_nan',
  datetimes: 'datetime style',
  finalNewline: 'final newline',
};

function describe(
  matches: Candidate[],
  closest: Candidate | null,
  reasons: string[],
  undetermined: (keyof DumpsSettings)[],
  styles: DatetimeStyle[],
  asText: boolean,
): string {
  const lines: string[] = [];
  if (matches.length > 0) {
    lines.push('reproduced exactly by:');
    for (const m of matches) lines.push(`  ${m.source}: ${m.call}`);
  } else if (closest) {
    lines.push(`no candidate reproduces it; closest: ${closest.source}: ${closest.call} (${closest.offset} ${asText ? 'characters' : 'bytes'} equal)`);
    for (const r of reasons) lines.push(`  ${r}`);
  } else {
    lines.push(...reasons);
  }
  if (undetermined.length > 0) lines.push(`either way (the text does not tell): ${undetermined.map((k) => PYTHON_NAMES[k]).join(', ')}`);
  if (styles.length > 0) lines.push(`datetime strings look like: ${styles.join(', ')}`);
  return lines.join('\n');
}
