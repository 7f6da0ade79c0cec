/**
 * Random notebooks for the nbformat profile: version 4 notebooks with code, markdown and raw
 * cells, sources as text (every line ending Python's splitlines knows) or already split,
 * outputs of every type with MIME bundles that are and are not split, attachments, transient
 * metadata, cell ids (format 4.5), bytes, and now and then a malformed part.
 */
import { float } from '../../src/index.js';
import { Rand } from '../support/oracle.js';
import { randText, randValue, type RandomOptions } from './random.js';

const JSON_VALUES: RandomOptions = { finite: true, noDates: true, wellFormed: true, stringKeys: true };

const ENDINGS = ['\n', '\r\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', ''];
const MIMES = ['text/plain', 'text/html', 'text/markdown', 'application/javascript', 'image/svg+xml', 'image/png', 'application/json', 'application/vnd.x+json', 'text/latex'];

function multiline(r: Rand): string {
  let s = '';
  for (let n = r.int(4); n > 0; n--) s += randText(r, { wellFormed: !r.chance(0.03) }) + r.pick(ENDINGS);
  if (r.chance(0.2)) s += '\n\n';
  return s;
}

function textOrLines(r: Rand): unknown {
  if (r.chance(0.2)) return [multiline(r), 'b\n', 'c'];
  return multiline(r);
}

function bundle(r: Rand): Record<string, unknown> {
  const b: Record<string, unknown> = {};
  for (let n = r.int(4); n > 0; n--) {
    const mime = r.pick(MIMES);
    b[mime] = mime.includes('json') ? randValue(r, JSON_VALUES) : r.chance(0.1) ? new TextEncoder().encode('aGVsbG8=') : textOrLines(r);
  }
  return b;
}

function metadata(r: Rand): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  if (r.chance(0.3)) m.trusted = r.chance(0.5);
  if (r.chance(0.3)) m.tags = ['a', 'é'];
  if (r.chance(0.2)) m.extra = r.chance(0.05) ? new Date(0) : randValue(r, JSON_VALUES);
  return m;
}

function output(r: Rand): Record<string, unknown> {
  switch (r.int(4)) {
    case 0:
      return { output_type: 'stream', name: r.pick(['stdout', 'stderr']), text: textOrLines(r) };
    case 1:
      return { output_type: 'execute_result', execution_count: r.int(50), data: bundle(r), metadata: {} };
    case 2:
      return { output_type: 'display_data', data: bundle(r), metadata: metadata(r) };
    default:
      return { output_type: 'error', ename: 'ValueError', evalue: multiline(r), traceback: [multiline(r)] };
  }
}

function cell(r: Rand, i: number, ids: boolean): Record<string, unknown> {
  const type = r.pick(['code', 'markdown', 'raw']);
  const c: Record<string, unknown> = { cell_type: type, metadata: metadata(r), source: textOrLines(r) };
  if (ids) c.id = `cell-${i}`;
  if (type === 'code') {
    c.execution_count = r.chance(0.3) ? null : r.int(100);
    c.outputs = Array.from({ length: r.int(3) }, () => output(r));
  } else if (r.chance(0.3)) {
    c.attachments = { 'img.png': bundle(r) };
  }
  return c;
}

/** A random version 4 notebook; about one in twenty has a malformed part. */
export function randNotebook(r: Rand): Record<string, unknown> {
  const minor = r.pick([0, 4, 5]);
  const nb: Record<string, unknown> = {
    cells: Array.from({ length: r.int(4) }, (_, i) => cell(r, i, minor >= 5)),
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' }, ...(r.chance(0.3) ? { orig_nbformat: 3, signature: 'x' } : {}) },
    nbformat: 4,
    nbformat_minor: minor,
  };
  if (r.chance(0.05)) {
    const cells = nb.cells as Record<string, unknown>[];
    switch (r.int(9)) {
      case 6:
        nb.nbformat = r.pick([5, 6, 0]);
        if (r.chance(0.5)) delete nb.cells;
        break;
      case 7:
        nb.nbformat = r.pick(['4', null, float(4)]);
        break;
      case 8:
        nb.nbformat_minor = r.pick(['5', float(5), true]);
        break;
      case 0:
        delete nb.cells;
        break;
      case 1:
        delete nb.metadata;
        break;
      case 2:
        cells.push({ metadata: {}, source: 'x' });
        break;
      case 3:
        cells.push({ cell_type: 'code', metadata: {}, source: 'x' });
        break;
      case 4:
        cells.push({ cell_type: 'code', metadata: {}, source: 'x', outputs: [{ output_type: 'stream' }, 'x'] });
        break;
      default:
        cells.push({ cell_type: 'raw', source: 'x' });
    }
  }
  return nb;
}
