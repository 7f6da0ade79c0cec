/**
 * Where the vendored data lives. A missing folder is an error, never a skip: the data is part of
 * the repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/repo.js';

/** `test/fixtures/<name>`, which must exist. */
export function fixturePath(name: string): string {
  const path = join(repoRoot(), 'test', 'fixtures', name);
  if (!existsSync(path)) throw new Error(`test fixture ${path} is missing: it is part of the repository (git checkout test/fixtures)`);
  return path;
}
