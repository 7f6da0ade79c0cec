/**
 * Executable examples, as CPython's doctest and Deno's tested examples: an example is TypeScript
 * (or JavaScript) whose top-level expressions may be followed by the result they give, in a
 * comment on the same line or on the lines right after:
 *
 *     dumps([1, float(2)]) // '[1, 2.0]'               a string literal: the string, exactly
 *     loads('[1, 2]')      // → [1, 2]                 `→` and any JS expression: a deep-equal value
 *     loads('{"a": 1}')    // { a: 1 }                 an array or object literal, same as with `→`
 *     loads('[1,]')        // JSONDecodeError: Illegal trailing comma before end of array: line 1 column 4 (char 3)
 *     f()                  // throws InvalidOperation: ...     (`throws` is needed when the name does not end in Error)
 *     //   notes: ['when serializing list item 0']    (after an error: its `notes`, deep-equal)
 *
 * The expression may be awaited (`await p // → 1`: the value it resolves to, or the error it
 * rejects with). A comment that starts with `→` but does not parse is an error of the example,
 * never an ordinary comment. `instrument` turns an example into an ES module that performs these
 * checks through `globalThis[HOOK]` (see examples.test.ts); finding where the expression starts
 * uses esbuild's parser (a syntax check of candidate slices), so no JavaScript grammar lives here.
 */
import { transformSync } from 'esbuild';

export const HOOK = Symbol.for('pyjson.docs.examples');

export type Expectation =
  | { kind: 'value'; source: string }
  | { kind: 'error'; name: string; message: string; notes?: string };

export interface Check {
  id: number;
  /** 1-based line of the example the result comment is on. */
  line: number;
  expression: string;
  expected: Expectation;
}

interface Comment {
  start: number;
  end: number;
  /** Text after `//`, trimmed; null for a block comment. */
  text: string | null;
}

/** Comments of a JS/TS text, found with a scanner that knows strings and templates (not regex literals). */
export function comments(src: string): Comment[] {
  const out: Comment[] = [];
  const braces: ('code' | 'template')[] = [];
  let i = 0;
  const template = (): void => {
    // After a backtick or a `}` closing `${`: up to the closing backtick or the next `${`.
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        braces.push('template');
        i += 2;
        return;
      }
    }
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === "'" || c === '"') {
      for (i++; i < src.length && src[i] !== c && src[i] !== '\n'; i++) if (src[i] === '\\') i++;
      i++;
    } else if (c === '`') {
      i++;
      template();
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
      out.push({ start: i, end, text: src.slice(i + 2, end).trim() });
      i = end;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2) === -1 ? src.length : src.indexOf('*/', i + 2) + 2;
      out.push({ start: i, end, text: null });
      i = end;
    } else if (c === '{') {
      braces.push('code');
      i++;
    } else if (c === '}') {
      i++;
      if (braces.pop() === 'template') template();
    } else {
      i++;
    }
  }
  return out;
}

/** Whether `code` parses as a TypeScript module (syntax only). */
export function parses(code: string): boolean {
  try {
    transformSync(code, { loader: 'ts', format: 'esm', target: 'es2022' });
    return true;
  } catch {
    return false;
  }
}

function parsesAsExpression(code: string): boolean {
  // Wrapped in parentheses: an expression, and only one (a `;` or a statement inside fails).
  return code.trim() !== '' && parses(`(\n${code}\n);`);
}

const ERROR_RESULT = /^(?:throws\s+([A-Za-z_$][\w$.]*)|([A-Za-z_$][\w$]*Error)):\s?(.*)$/;

/** What a comment says the result is, or null when it is an ordinary comment. */
export function parseResult(text: string): Expectation | null {
  let t = text;
  const arrow = t.startsWith('→');
  if (arrow) t = t.slice(1).trim();
  const err = ERROR_RESULT.exec(t);
  if (err && (arrow || err[1] !== undefined || err[2] !== undefined)) {
    return { kind: 'error', name: err[1] ?? err[2]!, message: err[3]! };
  }
  if (arrow) {
    if (!parsesAsExpression(t)) throw new Error(`result comment "// ${text}" does not parse as a JavaScript expression`);
    return { kind: 'value', source: t };
  }
  const first = t[0];
  if ((first === "'" || first === '"') && isOneStringLiteral(t)) return { kind: 'value', source: t };
  if ((first === '[' || first === '{') && parsesAsExpression(t)) return { kind: 'value', source: t };
  return null;
}

function isOneStringLiteral(t: string): boolean {
  const q = t[0]!;
  let i = 1;
  for (; i < t.length && t[i] !== q; i++) if (t[i] === '\\') i++;
  return i === t.length - 1 && parsesAsExpression(t);
}

const NOTES = /^notes:\s*(.*)$/;

export interface Instrumented {
  /** The example as an ES module (types stripped), performing its checks through `globalThis[HOOK]`. */
  module: string;
  checks: Check[];
}

/**
 * Turns an example into a module: its own `import`s first, then `import`s of the `inScope` names
 * it does not import itself (name → module specifier), then its code in a block (so that its
 * declarations may shadow those names), each checked expression replaced by a call of the hook.
 */
export function instrument(code: string, inScope: ReadonlyMap<string, string>): Instrumented {
  const all = comments(code);
  const blank = (from: number, to: number): string =>
    code.slice(from, to).replace(/[^\n]/g, ' ');
  // The text with every comment blanked, positions kept: the code alone.
  let codeOnly = '';
  let pos = 0;
  for (const c of all) {
    codeOnly += code.slice(pos, c.start) + blank(c.start, c.end);
    pos = c.end;
  }
  codeOnly += code.slice(pos);

  const lineOf = (offset: number): number => code.slice(0, offset).split('\n').length;
  const checks: Check[] = [];
  const replacements: { from: number; to: number; text: string }[] = [];
  let done = 0; // end of the code already accounted for
  for (let k = 0; k < all.length; k++) {
    const c = all[k]!;
    if (c.text === null) continue;
    const expected = parseResult(c.text);
    if (expected === null) continue;
    let end = c.end;
    if (expected.kind === 'error') {
      // `notes:` on the next comment line belongs to this error.
      const next = all[k + 1];
      const notes = next?.text != null ? NOTES.exec(next.text) : null;
      if (next && notes && codeOnly.slice(c.end, next.start).trim() === '') {
        if (!parsesAsExpression(notes[1]!)) throw new Error(`line ${lineOf(next.start)}: notes "${notes[1]}" do not parse`);
        expected.notes = notes[1]!;
        end = next.end;
        k++;
      }
    }
    // The statement the result belongs to ends where the comment starts; it begins at the latest
    // line start after which the code up to the comment is one expression, and before which the
    // code is whole statements.
    const stop = c.start;
    let found = -1;
    for (let s = stop; s >= done; s--) {
      if (s !== done && code[s - 1] !== '\n') continue;
      const expr = codeOnly.slice(s, stop).trim().replace(/;$/, '');
      if (expr === '') continue;
      if (parsesAsExpression(expr) && (s === done || parses(codeOnly.slice(done, s)))) {
        found = s;
        break;
      }
    }
    if (found < 0) {
      throw new Error(`line ${lineOf(c.start)}: the result "// ${c.text}" does not follow an expression statement`);
    }
    const expression = codeOnly.slice(found, stop).trim().replace(/;$/, '');
    const id = checks.length;
    checks.push({ id, line: lineOf(c.start), expression, expected });
    const exp =
      expected.kind === 'value'
        ? `{ kind: 'value', value: () => (\n${expected.source}\n) }`
        : `{ kind: 'error', name: ${JSON.stringify(expected.name)}, message: ${JSON.stringify(expected.message)}` +
          (expected.notes !== undefined ? `, notes: () => (\n${expected.notes}\n)` : '') +
          ' }';
    // Only an awaited expression is awaited: a promise shown as a value is an error of the example.
    const thunk = /\bawait\b/.test(expression) ? `async () => (\n${expression}\n)` : `() => (\n${expression}\n)`;
    replacements.push({ from: found, to: end, text: `await __doc.check(${id}, ${thunk}, ${exp});` });
    done = end;
  }

  // Apply the replacements, then move the example's imports out of the block.
  let body = '';
  pos = 0;
  for (const r of replacements) {
    body += code.slice(pos, r.from) + r.text;
    pos = r.to;
  }
  body += code.slice(pos);
  const imports: string[] = [];
  const bound = new Set<string>();
  body = body.replace(/^import\s+(?:type\s+)?([^'";]*?)\s*from\s*(['"][^'"]+['"]);?[ \t]*$/gm, (_m, what: string, from: string) => {
    imports.push(`import ${what} from ${from};`);
    for (const name of importedNames(what)) bound.add(name);
    return '';
  });
  body = body.replace(/^import\s*(['"][^'"]+['"]);?[ \t]*$/gm, (_m, from: string) => {
    imports.push(`import ${from};`);
    return '';
  });
  const byModule = new Map<string, string[]>();
  for (const [name, from] of inScope) {
    if (bound.has(name)) continue;
    byModule.set(from, [...(byModule.get(from) ?? []), name]);
  }
  const prelude = [...byModule].map(([from, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(from)};`);
  const source = [
    ...imports,
    ...prelude,
    'const __doc = globalThis[Symbol.for("pyjson.docs.examples")];',
    '{',
    'const console = __doc.console;',
    body,
    '}',
  ].join('\n');
  // Type stripping. esbuild drops imports nothing uses, as TypeScript does.
  const module = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  return { module, checks };
}

/** Local names an import clause binds: `a, { b, c as d }`, `* as e`. */
function importedNames(clause: string): string[] {
  const names: string[] = [];
  const braces = /\{([^}]*)\}/.exec(clause);
  if (braces) {
    for (const part of braces[1]!.split(',')) {
      const p = part.trim().replace(/^type\s+/, '');
      if (p === '') continue;
      const as = /\bas\s+([\w$]+)$/.exec(p);
      names.push(as ? as[1]! : p);
    }
  }
  const rest = clause.replace(/\{[^}]*\}/, '');
  const star = /\*\s*as\s+([\w$]+)/.exec(rest);
  if (star) names.push(star[1]!);
  const def = /^\s*([\w$]+)\s*(?:,|$)/.exec(rest);
  if (def && def[1] !== 'type') names.push(def[1]!);
  return names;
}
