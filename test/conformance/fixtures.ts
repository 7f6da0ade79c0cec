/**
 * Where the vendored data lives. Tests run from build/test/… (compiled) and may be run from
 * test/… (type-stripped), so the repository root is found by walking up to package.json rather
 * than by a fixed number of `..`. A missing folder is an error, never a skip: the data is part of
 * the repository.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

/** `test/fixtures/<name>`, which must exist. */
export function fixturePath(name: string): string {
  const path = join(repoRoot(), 'test', 'fixtures', name);
  if (!existsSync(path)) throw new Error(`test fixture ${path} is missing: it is part of the repository (git checkout test/fixtures)`);
  return path;
}
