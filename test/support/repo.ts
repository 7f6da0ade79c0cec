/**
 * Where the repository is, and which files it holds, for tests that read its files. Tests run
 * from build/test/… (compiled) and may be run from test/… (type-stripped), so the root is found
 * by walking up to package.json rather than by a fixed number of `..`.
 * @module
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the first folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

/** Folders that hold no files of ours: dependencies, build output, git's own files. */
const SKIP_DIRS = new Set(['node_modules', 'build', 'dist', '.git']);

/** Files under `dir` (relative to `root`, with `/`) whose names end in one of `exts` (`['']`: all). */
export function listFiles(root: string, dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(join(abs, e.name));
      } else if (exts.some((x) => e.name.endsWith(x))) {
        out.push(relative(root, join(abs, e.name)).split('\\').join('/'));
      }
    }
  };
  walk(join(root, dir));
  return out.sort();
}
