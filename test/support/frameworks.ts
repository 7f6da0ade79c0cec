/**
 * The frameworks as a test oracle: Debian's `/usr/bin/python3` with its packages of Django,
 * Flask, FastAPI, requests, httpx and nbformat runs test/support/frameworks.py, which answers a
 * batch of thousands of cases per process. Values cross as a tagged description that carries
 * Python's values exactly: ints as decimal text, floats as their repr (`nan`, `-0.0`), strings as
 * UTF-16 hex (lone surrogates and astral characters survive), Decimal as its `str()`, the
 * datetime types as their fields and UTC offset in microseconds, UUID as hex, bytes as hex.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bytesToHex, hexToStr, toTagged, type Tagged } from './oracle.js';
import { PyFloat } from '../../src/float.js';
import { isPlainObject } from '../../src/names.js';

export const PYTHON = process.env.PYJSON_FRAMEWORKS_PYTHON ?? '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../../test/support/frameworks.py', import.meta.url));
export const INSTALL =
  'apt-get install -y python3-django python3-flask python3-fastapi python3-requests python3-httpx python3-nbformat';

export type Framework = 'django' | 'flask' | 'fastapi' | 'requests' | 'httpx' | 'nbformat';

/** A Python value, described so that it survives the trip to Python exactly. */
export type FTagged =
  | Extract<Tagged, { t: 'int' | 'float' | 'str' | 'bool' | 'none' }>
  | { t: 'list'; v: FTagged[] }
  | { t: 'dict'; v: [FTagged, FTagged][] }
  | { t: 'decimal'; v: string }
  | { t: 'datetime'; v: number[]; tz: number | 'utc' | null }
  | { t: 'date'; v: number[] }
  | { t: 'time'; v: number[]; tz: number | 'utc' | null }
  | { t: 'timedelta'; v: [number, number, number] }
  | { t: 'uuid'; v: string }
  | { t: 'bytes'; v: string }
  | { t: 'opaque'; name: string };

/** What a profile's `dumps` or `body` gave: text or bytes, or a Python error. */
export type Outcome = { ok: string } | { ok: Uint8Array } | { error: [type: string, message: string] };

export interface FrameworkCase {
  /** A framework profile, `httpx-installed` (Debian's httpx itself), `defaultStr` or `json`. */
  p: string;
  v: FTagged;
  /** json.dumps options for `json` (`default: 'str'` for `default=str`). */
  o?: Record<string, unknown>;
}

export interface FrameworkResult {
  /** The text (`dumps`). */
  d: Outcome;
  /** The bytes (`body`). */
  b: Outcome;
}

let versions: Record<string, string | null> | undefined;

/** The installed frameworks' versions (null for a missing one), or undefined without the Python. */
export function frameworkVersions(): Record<string, string | null> | undefined {
  if (versions === undefined && existsSync(PYTHON)) {
    const r = spawnSync(PYTHON, [SCRIPT, '--versions'], { encoding: 'utf8' });
    if (r.status === 0) versions = JSON.parse(r.stdout);
  }
  return versions;
}

/** Why a test needing these frameworks must skip (with the command that installs them), or false. */
export function skipReason(...needed: Framework[]): string | false {
  const v = frameworkVersions();
  if (v === undefined) return `${PYTHON} is missing: install the frameworks with \`${INSTALL}\``;
  const missing = needed.filter((f) => !v[f]);
  if (missing.length > 0) return `${missing.join(', ')} missing for ${PYTHON}: install with \`${INSTALL}\``;
  return false;
}

function hexToBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Runs one batch of cases in one Python process. */
export function askFrameworks(cases: FrameworkCase[]): FrameworkResult[] {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`frameworks oracle failed (${r.status}): ${r.stderr}`);
  const raw = JSON.parse(r.stdout) as { d: string[]; b: string[] }[];
  const conv = (o: string[]) =>
    o[0] === 'ok' ? { ok: o[2] === 'b' ? hexToBytes(o[1]!) : hexToStr(o[1]!) } : { error: [o[1]!, o[2]!] as [string, string] };
  return raw.map((x) => ({ d: conv(x.d), b: conv(x.b) }) as FrameworkResult);
}

// ---------------------------------------------------------------------------------------------
// JS values -> tagged descriptions

const ctorName = (v: object): string => (v.constructor as { name?: string } | undefined)?.name ?? '';

/** Microseconds of a timedelta-like value (days, seconds, microseconds fields). */
function tdMicros(td: { days: number; seconds: number; microseconds: number }): number {
  return (td.days * 86400 + td.seconds) * 1e6 + td.microseconds;
}

function tzTag(v: { tzinfo: unknown; utcoffset(): unknown }): number | null {
  if (v.tzinfo === null || v.tzinfo === undefined) return null;
  return tdMicros(v.utcoffset() as { days: number; seconds: number; microseconds: number });
}

/**
 * The Python value a profile treats `value` as: pyjson's mapping (safe integers are ints, other
 * numbers floats, bigints ints, Maps and plain objects dicts, Arrays lists), a Date as an aware
 * UTC datetime with millisecond precision, a Uint8Array as bytes, and the values of
 * `pyjson/python` as themselves. Anything else is an instance of a class of its JS name.
 */
export function toFTagged(v: unknown): FTagged {
  // JSON's scalars as the json oracle describes them; other JS primitives are opaque there too.
  if (typeof v !== 'object' || v === null || v instanceof PyFloat) return toTagged(v) as FTagged;
  if (Array.isArray(v)) return { t: 'list', v: v.map(toFTagged) };
  if (v instanceof Map) return { t: 'dict', v: [...v].map(([k, x]) => [toFTagged(k), toFTagged(x)]) };
  if (isPlainObject(v)) {
    const items: [FTagged, FTagged][] = [];
    for (const [k, x] of Object.entries(v)) if (x !== undefined) items.push([toFTagged(k), toFTagged(x)]);
    return { t: 'dict', v: items };
  }
  if (v instanceof Date) {
    return {
      t: 'datetime',
      v: [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate(), v.getUTCHours(), v.getUTCMinutes(), v.getUTCSeconds(), v.getUTCMilliseconds() * 1000],
      tz: 'utc',
    };
  }
  if (v instanceof Uint8Array) return { t: 'bytes', v: bytesToHex(v) };
  const o = v as any;
  switch (ctorName(v)) {
    case 'Decimal':
      return { t: 'decimal', v: String(o) };
    case 'datetime':
      return { t: 'datetime', v: [o.year, o.month, o.day, o.hour, o.minute, o.second, o.microsecond], tz: tzTag(o) };
    case 'date':
      return { t: 'date', v: [o.year, o.month, o.day] };
    case 'time':
      return { t: 'time', v: [o.hour, o.minute, o.second, o.microsecond], tz: tzTag(o) };
    case 'timedelta':
      return { t: 'timedelta', v: [o.days, o.seconds, o.microseconds] };
    case 'UUID':
      return { t: 'uuid', v: o.hex };
  }
  return { t: 'opaque', name: ctorName(v) || 'object' };
}

/** What a JS call gave, as an Outcome (an error as its Python class name and text). */
export function jsOutcome<T extends string | Uint8Array>(f: () => T): Outcome {
  try {
    return { ok: f() } as Outcome;
  } catch (e) {
    const err = e as Error;
    return { error: [err?.name ?? typeof e, err?.message ?? String(e)] };
  }
}

/**
 * Whether two outcomes agree: the same text or bytes, or the same error class and text. Python
 * 3.11's C encoder words the NaN error without the value that 3.14 appends (`...: nan`).
 */
export function sameOutcome(js: Outcome, py: Outcome): boolean {
  if ('error' in py || 'error' in js) {
    if (!('error' in py && 'error' in js)) return false;
    if (js.error[0] !== py.error[0]) return false;
    if (js.error[1] === py.error[1]) return true;
    const nan = 'Out of range float values are not JSON compliant';
    return py.error[1] === nan && js.error[1].startsWith(nan + ': ');
  }
  if (typeof js.ok === 'string' || typeof py.ok === 'string') return js.ok === py.ok;
  const a = js.ok;
  const b = py.ok;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The text of an outcome, for failure messages. */
export function showOutcome(o: Outcome): string {
  if ('error' in o) return `${o.error[0]}: ${o.error[1]}`;
  return typeof o.ok === 'string' ? JSON.stringify(o.ok) : `b${JSON.stringify(new TextDecoder().decode(o.ok))}`;
}

/** A short, readable text of a tagged value for failure messages (Python-like). */
export function showFTagged(t: FTagged): string {
  switch (t.t) {
    case 'none':
      return 'None';
    case 'bool':
      return t.v ? 'True' : 'False';
    case 'int':
    case 'float':
      return t.v;
    case 'str':
      return JSON.stringify(hexToStr(t.v));
    case 'list':
      return `[${t.v.map(showFTagged).join(', ')}]`;
    case 'dict':
      return `{${t.v.map(([k, v]) => `${showFTagged(k)}: ${showFTagged(v)}`).join(', ')}}`;
    case 'decimal':
    case 'uuid':
    case 'bytes':
      return `${t.t}(${JSON.stringify(t.v)})`;
    case 'datetime':
    case 'time':
      return `${t.t}(${t.v.join(', ')}${t.tz === null ? '' : `, tz=${t.tz}`})`;
    case 'date':
    case 'timedelta':
      return `${t.t}(${t.v.join(', ')})`;
    case 'opaque':
      return `<${t.name}>`;
  }
}
