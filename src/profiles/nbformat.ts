/**
 * nbformat: `nbformat.writes(nb)` and the bytes of `nbformat.write(nb, fp)` for a version 4
 * notebook given as the plain object nbformat holds in memory. The writer (nbformat/v4/nbjson.py
 * and rwbase.py) copies the notebook, splits multi-line text into lists of lines where it keeps
 * text (cell sources, stream outputs, and `text/*`, `application/javascript` and `image/svg+xml`
 * in output data and attachments), drops transient metadata, and writes
 * `json.dumps(nb, indent=1, sort_keys=True, separators=(",", ": "), ensure_ascii=False)`, with
 * `bytes` decoded as ASCII. `write` adds a final newline.
 * @module
 */
import { isPlainObject, typeName } from '../names.js';
import { UnicodeDecodeError, ValueError } from '../errors.js';
import { AssertionError, AttributeError, ImportError, KeyError } from './errors.js';
import { jsonDumps, NOT_HANDLED } from './jsondumps.js';
import type { Profile } from './profile.js';
import { encodeStrictUtf8 } from '../utf8-encode.js';

type Dict = Map<unknown, unknown> | Record<string, unknown>;

function isDict(x: unknown): x is Dict {
  return x instanceof Map || (typeof x === 'object' && x !== null && isPlainObject(x));
}

function has(d: Dict, key: string): boolean {
  return d instanceof Map ? d.has(key) : Object.hasOwn(d, key) && d[key] !== undefined;
}

function get(d: Dict, key: string): unknown {
  return d instanceof Map ? d.get(key) : d[key];
}

function set(d: Dict, key: unknown, value: unknown): void {
  if (d instanceof Map) d.set(key, value);
  else d[key as string] = value;
}

function entries(d: Dict): [unknown, unknown][] {
  return d instanceof Map ? [...d] : Object.entries(d).filter(([, v]) => v !== undefined);
}

/** `node.name` on a NotebookNode (AttributeError(name) when missing) or on another object. */
function attr(node: unknown, name: string): unknown {
  if (!isDict(node)) throw new AttributeError(`'${typeName(node)}' object has no attribute '${name}'`);
  if (!has(node, name)) throw new AttributeError(name);
  return get(node, name);
}

/** `node.get(name, fallback)`. */
function getOr(node: unknown, name: string, fallback: unknown): unknown {
  if (!isDict(node)) throw new AttributeError(`'${typeName(node)}' object has no attribute 'get'`);
  return has(node, name) ? get(node, name) : fallback;
}

/** `node.pop(name, None)`. */
function pop(node: unknown, name: string): void {
  if (!isDict(node)) throw new AttributeError(`'${typeName(node)}' object has no attribute 'pop'`);
  if (node instanceof Map) node.delete(name);
  else delete node[name];
}

/** Python's `for x in obj` over a list, a dict (its keys) or a str (its characters). */
function iterate(obj: unknown): unknown[] {
  if (Array.isArray(obj)) return obj;
  if (isDict(obj)) return entries(obj).map(([k]) => k);
  if (typeof obj === 'string') return [...obj];
  throw new TypeError(`'${typeName(obj)}' object is not iterable`);
}

/** Python's `dict.values()` / `dict.items()` on a value that must be a dict. */
function dictEntries(obj: unknown, method: 'values' | 'items'): [unknown, unknown][] {
  if (!isDict(obj)) throw new AttributeError(`'${typeName(obj)}' object has no attribute '${method}'`);
  return entries(obj);
}

const LINE_END = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

/**
 * Python's `s.splitlines(keepends=True)`: lines end at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
 * U+2028 and U+2029; an empty string has no lines.
 * @example
 * splitLines('a\nb\r\nc') // ['a\n', 'b\r\n', 'c']
 */
export function splitLines(s: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const m of s.matchAll(LINE_END)) {
    const end = m.index + m[0].length;
    lines.push(s.slice(start, end));
    start = end;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

const SPLIT_MIMES = new Set(['application/javascript', 'image/svg+xml']);

function splitMimebundle(data: unknown): void {
  for (const [key, value] of dictEntries(data, 'items')) {
    if (typeof value !== 'string') continue;
    if (typeof key !== 'string') throw new AttributeError(`'${typeName(key)}' object has no attribute 'startswith'`);
    if (key.startsWith('text/') || SPLIT_MIMES.has(key)) set(data as Dict, key, splitLines(value));
  }
}

function isHashable(x: unknown): boolean {
  return !Array.isArray(x) && !isDict(x);
}

/** rwbase.split_lines, in place on the copy. */
function splitNotebookLines(nb: unknown): void {
  for (const cell of iterate(attr(nb, 'cells'))) {
    const source = getOr(cell, 'source', null);
    if (typeof source === 'string') set(cell as Dict, 'source', splitLines(source));
    for (const [, attachment] of dictEntries(getOr(cell, 'attachments', new Map()), 'values')) splitMimebundle(attachment);
    if (attr(cell, 'cell_type') !== 'code') continue;
    for (const output of iterate(attr(cell, 'outputs'))) {
      const type = attr(output, 'output_type');
      if (!isHashable(type)) throw new TypeError(`unhashable type: '${typeName(type)}'`);
      if (type === 'execute_result' || type === 'display_data') splitMimebundle(getOr(output, 'data', new Map()));
      else if (type === 'stream') {
        const text = attr(output, 'text');
        if (typeof text === 'string') set(output as Dict, 'text', splitLines(text));
      }
    }
  }
}

/** rwbase.strip_transient, in place on the copy. */
function stripTransient(nb: unknown): void {
  const metadata = attr(nb, 'metadata');
  for (const key of ['orig_nbformat', 'orig_nbformat_minor', 'signature']) pop(metadata, key);
  for (const cell of iterate(attr(nb, 'cells'))) pop(attr(cell, 'metadata'), 'trusted');
}

/** `copy.deepcopy` of the dicts and lists (shared values and cycles kept as they are). */
function deepCopy(x: unknown, memo = new Map<object, unknown>()): unknown {
  if (typeof x !== 'object' || x === null) return x;
  const seen = memo.get(x);
  if (seen !== undefined) return seen;
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    memo.set(x, out);
    for (const v of x) out.push(deepCopy(v, memo));
    return out;
  }
  if (x instanceof Map) {
    const out = new Map();
    memo.set(x, out);
    for (const [k, v] of x) out.set(k, deepCopy(v, memo));
    return out;
  }
  if (isDict(x)) {
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(x));
    memo.set(x, out);
    for (const [k, v] of Object.entries(x)) out[k] = deepCopy(v, memo);
    return out;
  }
  return x;
}

/** nbformat's `generate_corpus_id()`: `uuid.uuid4().hex[:8]`, eight random hex digits. */
function corpusId(): string {
  const bytes = new Uint8Array(4);
  const crypto = (globalThis as { crypto?: { getRandomValues?(b: Uint8Array): void } }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < 4; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What `validate()` does to a notebook of format 4.5 or later before it checks the schema: a cell
 * without an `id` gets a random one, and so does a cell repeating an earlier cell's id.
 */
function repairCellIds(nb: Dict): void {
  if (!has(nb, 'cells')) throw new KeyError("'cells'");
  const cells = iterate(get(nb, 'cells')).filter(isDict);
  for (const cell of cells) if (!has(cell, 'id')) set(cell, 'id', corpusId());
  const seen = new Set<unknown>();
  for (const cell of cells) {
    const id = get(cell, 'id');
    if (seen.has(id)) set(cell, 'id', corpusId());
    seen.add(get(cell, 'id'));
  }
}

/** A Python int (a safe integer, bigint or bool) as a number, else undefined. */
function pyInt(v: unknown): number | undefined {
  if (typeof v === 'boolean') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  return typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0) ? v : undefined;
}

/** The text of `nbformat.writes(nb)`. */
function writes(notebook: unknown): string {
  if (!isDict(notebook)) throw new AttributeError(`'${typeName(notebook)}' object has no attribute 'get'`);
  const major = pyInt(getOr(notebook, 'nbformat', 1));
  const minor = pyInt(getOr(notebook, 'nbformat_minor', 0));
  // validate() asserts int versions, then (from 4.5 on) repairs cell ids, before the writer is chosen.
  if (major === undefined || minor === undefined) throw new AssertionError();
  const nb = deepCopy(notebook) as Dict;
  if (major > 4 || (major === 4 && minor >= 5)) repairCellIds(nb);
  if (major !== 4) {
    if (major === 1 || major === 2 || major === 3) {
      throw new ValueError(`pyjson/profiles: nbformat writes version 4 notebooks only (this one is version ${major})`);
    }
    throw new ImportError(`No module named v${major}`);
  }
  splitNotebookLines(nb);
  stripTransient(nb);
  return jsonDumps(nb, { indent: 1, sortKeys: true, separators: [',', ': '], ensureAscii: false }, bytesAsAscii);
}

/** nbformat's BytesEncoder: `bytes` are written as their ASCII text. */
function bytesAsAscii(o: unknown): unknown {
  if (!(o instanceof Uint8Array)) return NOT_HANDLED;
  const i = o.findIndex((b) => b > 0x7f);
  if (i >= 0) throw new UnicodeDecodeError('ascii', o, i, i + 1, 'ordinal not in range(128)');
  return String.fromCharCode(...o);
}

/**
 * `nbformat.writes(nb)` / `nbformat.write(nb, fp)` of a version 4 notebook.
 * @example
 * nbformat.dumps({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }) // '{\n "cells": [],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 4\n}'
 */
export const nbformat: Profile = {
  name: 'nbformat',
  call: 'nbformat.writes(nb)',
  dumps: writes,
  body(notebook) {
    const text = writes(notebook);
    return encodeStrictUtf8(text.endsWith('\n') ? text : text + '\n');
  },
};
