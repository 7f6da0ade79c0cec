/**
 * Reading the repository's documentation for the docs tests: which Markdown files there are, their
 * fenced code blocks, their links and the anchors GitHub gives their headings, and the `@example`s
 * of the JSDoc comments in src/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fence {
  /** The info string's first word, lowercased (`ts`, `console`, ...). */
  lang: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The lines between the fences. */
  code: string;
  /** The reason of a `<!-- not run: reason -->` comment on the line right above the fence. */
  notRun?: string;
}

const FENCE = /^(`{3,}|~{3,})\s*([^\s`]*)/;
const NOT_RUN = /^<!--\s*not run:\s*(.*?)\s*-->$/;

/** The fenced code blocks of a Markdown text (top-level fences, as this project writes them). */
export function fences(text: string): Fence[] {
  const lines = text.split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const marker = open[1]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(marker); i++) body.push(lines[i]!);
    if (i === lines.length) throw new Error(`unclosed code fence at line ${start + 1}`);
    const fence: Fence = { lang: open[2]!.toLowerCase(), line: start + 1, code: body.join('\n') };
    const above = NOT_RUN.exec((lines[start - 1] ?? '').trim());
    if (above) fence.notRun = above[1]!;
    out.push(fence);
  }
  return out;
}

/** The text with fenced code blocks and inline code spans blanked out (line numbers kept). */
export function proseOnly(text: string): string {
  const lines = text.split('\n');
  let inFence: string | null = null;
  return lines
    .map((line) => {
      const open = FENCE.exec(line);
      if (inFence !== null) {
        if (line.startsWith(inFence)) inFence = null;
        return '';
      }
      if (open) {
        inFence = open[1]!;
        return '';
      }
      // Code spans: a run of backticks up to the same run. Unmatched backticks stay as they are.
      return line.replace(/(`+)(?:(?!\1)[\s\S])+?\1/g, (m) => ' '.repeat(m.length));
    })
    .join('\n');
}

export interface Link {
  target: string;
  line: number;
}

/** Inline links and images `[text](target "title")`, reference definitions `[x]: target`, and `href`/`src` attributes. */
export function links(text: string): Link[] {
  const out: Link[] = [];
  proseOnly(text)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1]!, line: i + 1 });
      const def = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(line);
      if (def) out.push({ target: def[1]!, line: i + 1 });
      for (const m of line.matchAll(/\b(?:href|src)="([^"]+)"/g)) out.push({ target: m[1]!, line: i + 1 });
    });
  return out;
}

/**
 * GitHub's anchor for a heading text: inline markup removed (code backticks, emphasis stars, link
 * targets), lowercased, every character that is not a letter, digit, mark, space, `_` or `-`
 * dropped, each space turned into `-`. Repeated headings get `-1`, `-2`... (see `anchors`).
 */
export function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings (ATX `#` headings outside code blocks), and explicit `<a id>`/`<a name>`s. */
export function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseOnlyKeepingCode(text)) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const slug = githubSlug(h[1]!);
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      out.add(n === 0 ? slug : `${slug}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]!);
  }
  return out;
}

/** Lines outside fenced code blocks, inline code kept (headings' code spans count for their anchors). */
function proseOnlyKeepingCode(text: string): string[] {
  const out: string[] = [];
  let inFence: string | null = null;
  for (const line of text.split('\n')) {
    const open = FENCE.exec(line);
    if (inFence !== null) {
      if (line.startsWith(inFence)) inFence = null;
    } else if (open) {
      inFence = open[1]!;
    } else {
      out.push(line);
    }
  }
  return out;
}

export interface JsDocExample {
  /** File, relative to the repository root. */
  file: string;
  /** 1-based line of the `@example` tag. */
  line: number;
  code: string;
}

/** The `@example`s of the JSDoc comments (`/** ... *\/`) of a TypeScript source text. */
export function jsdocExamples(file: string, text: string): JsDocExample[] {
  const out: JsDocExample[] = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, m.index).split('\n').length;
    const lines = m[0]
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''));
    for (let i = 0; i < lines.length; i++) {
      const tag = /^\s*@example\b(.*)$/.exec(lines[i]!);
      if (!tag) continue;
      const body: string[] = tag[1]!.trim() === '' ? [] : [tag[1]!.trim()];
      let j = i + 1;
      for (; j < lines.length && !/^\s*@\w/.test(lines[j]!); j++) body.push(lines[j]!);
      out.push({ file, line: firstLine + i, code: body.join('\n').trimEnd() });
      i = j - 1;
    }
  }
  return out;
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
