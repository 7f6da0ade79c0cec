/**
 * The vendored data is byte-exact: every file listed in a SHA256SUMS (digests taken from the
 * source copies) is present with that digest, and the folder holds no data file the list omits.
 * A git that converted line endings, or a truncated copy, fails here rather than as a puzzling
 * conformance or benchmark difference.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, repoRoot } from '../support/repo.js';
import { fixturePath } from './fixtures.js';

/** Files that describe the data rather than being it. */
const NOT_DATA = /(^|\/)(README\.md|SHA256SUMS)$/;

function checkManifest(dir: string): void {
  const lines = readFileSync(join(dir, 'SHA256SUMS'), 'latin1').split('\n').filter((l) => l !== '');
  const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)] as const));
  assert.ok(listed.size > 0, `${dir}/SHA256SUMS lists no file`);
  for (const [file, digest] of listed) {
    const got = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
    assert.equal(got, digest, `${file} differs from its source (sha256)`);
  }
  const unlisted = listFiles(dir, '', ['']).filter((f) => !NOT_DATA.test(f) && !f.startsWith('LICENSE.') && !listed.has(f));
  assert.deepEqual(unlisted, [], `files in ${dir} missing from its SHA256SUMS`);
}

test('test/fixtures/jsontestsuite is byte-identical to JSONTestSuite (SHA256SUMS)', () => {
  checkManifest(fixturePath('jsontestsuite'));
});

test('bench/data holds the benchmark corpora byte-identical to their sources (SHA256SUMS)', () => {
  checkManifest(join(repoRoot(), 'bench', 'data'));
});
