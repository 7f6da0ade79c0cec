/**
 * Every relative link of the repository's Markdown files, and every Markdown page `pyjson --help`
 * and the bin name, leads somewhere: the file or folder exists, and an `#anchor` is a heading of
 * the target page as GitHub names it. Links with a scheme (`https:`, `mailto:`) are not followed
 * (no network in tests). Also: nothing in the repository points outside it, since a fresh clone
 * with nothing beside it must be complete.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { anchors, githubSlug, links, readText } from './markdown.js';
import { listFiles, repoRoot } from '../support/repo.js';

const ROOT = repoRoot();
const markdown = listFiles(ROOT, '.', ['.md']);

/** Why `target`, written in `from` (a file relative to the root), does not resolve; null when it does. */
function broken(from: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const hash = target.indexOf('#');
  const path = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
  const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
  const file = path === '' ? from : normalize(path.startsWith('/') ? path.slice(1) : join(dirname(from), path));
  if (file.startsWith('..' + sep) || file === '..') return `${target} leads outside the repository`;
  const abs = join(ROOT, file);
  if (!existsSync(abs)) return `${target}: ${file} does not exist`;
  if (anchor === null) return null;
  if (statSync(abs).isDirectory() || !file.endsWith('.md')) return `${target}: an anchor into something that is not a Markdown page`;
  return anchors(readText(ROOT, file)).has(anchor) ? null : `${target}: ${file} has no heading with the anchor #${anchor}`;
}

test('GitHub anchors are computed as GitHub does', () => {
  assert.equal(githubSlug('Files and streams'), 'files-and-streams');
  assert.equal(githubSlug('JS → JSON text (`dumps`)'), 'js--json-text-dumps');
  assert.equal(githubSlug('How the CLI differs from CPython 3.14'), 'how-the-cli-differs-from-cpython-314');
  assert.equal(githubSlug('Command line: `pyjson`'), 'command-line-pyjson');
  assert.equal(githubSlug('The `Readable.from(iterencode)` recipe'), 'the-readablefromiterencode-recipe');
  assert.equal(githubSlug('`parse_float` and [links](x.md)'), 'parse_float-and-links');
  assert.deepEqual([...anchors('# A\n## A\n```\n# not a heading\n```\n## B')], ['a', 'a-1', 'b']);
});

test('the Markdown files include the README, the docs pages and the data READMEs', () => {
  for (const f of ['README.md', 'CHANGELOG.md', 'docs/cli.md', 'docs/streams.md', 'bench/README.md', 'bench/data/README.md', 'test/fixtures/jsontestsuite/README.md']) {
    assert.ok(markdown.includes(f), `${f} is found`);
  }
});

for (const file of markdown) {
  test(`every relative link in ${file} resolves`, () => {
    const problems = links(readText(ROOT, file))
      .map((l) => [l.line, broken(file, l.target)] as const)
      .filter(([, why]) => why !== null)
      .map(([line, why]) => `${file}:${line}: ${why}`);
    assert.deepEqual(problems, []);
  });
}

/** Markdown pages named in a text (`docs/cli.md`, `bench/README.md#running-it`), relative to the root. */
function pagesNamed(text: string): string[] {
  return [...text.matchAll(/(?<![\w/.-])((?:[\w.-]+\/)*[\w.-]+\.md(?:#[\w-]+)?)/g)].map((m) => m[1]!);
}

test('the Markdown pages pyjson --help and bin/pyjson.js name exist', () => {
  const help = spawnSync(process.execPath, [join(ROOT, 'bin', 'pyjson.js'), '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  const named = [...pagesNamed(help.stdout), ...pagesNamed(readText(ROOT, 'bin/pyjson.js'))];
  assert.ok(named.includes('docs/cli.md'), 'the bin points to docs/cli.md');
  const problems = named.map((t) => broken('package.json', t)).filter((why) => why !== null);
  assert.deepEqual(problems, []);
});

test('nothing in the repository refers to files outside it', () => {
  // Built from pieces so that this file does not match itself.
  const outside = [new RegExp('\\.\\./' + 'shared\\b'), new RegExp('/' + 'work/'), new RegExp('shared/' + '(docs|data)/')];
  const texts = listFiles(ROOT, '.', ['.ts', '.mjs', '.js', '.cjs', '.md', '.json', '.html', '.css', '.yml', '.yaml', '.sh']).filter(
    (f) => !f.startsWith('test/fixtures/') && !f.startsWith('bench/data/') && !f.endsWith('package-lock.json'),
  );
  assert.ok(texts.length > 50);
  const hits: string[] = [];
  for (const f of texts) {
    readText(ROOT, f)
      .split('\n')
      .forEach((line, i) => {
        if (outside.some((re) => re.test(line))) hits.push(`${f}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(hits, []);
});
