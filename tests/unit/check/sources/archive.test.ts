import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { DEFAULT_ARCHIVE, openArchive, type ArchiveIo } from '../../../../src/check/sources/archive.ts';
import { COURIER, FIXTURE_ARCHIVE, fsIo, GAZETTE, ROOT } from './fixture.ts';

/** A file system with no folders at all. */
const nothing: ArchiveIo = { isDir: () => false, list: () => [], read: () => '' };

describe('openArchive(root, env, io)', () => {
  it('reads every .txt file of the folder SOURCES_ARCHIVE names, resolved from the root', () => {
    const opened = openArchive(ROOT, FIXTURE_ARCHIVE, fsIo);
    assert.equal(opened.status, 'open');
    if (opened.status !== 'open') return;
    assert.deepEqual([...opened.archive.texts.keys()], [GAZETTE, COURIER]);
    assert.equal(opened.archive.dir, resolve(ROOT, FIXTURE_ARCHIVE));
    assert.equal(opened.archive.shown, FIXTURE_ARCHIVE);
  });

  it(`uses ${DEFAULT_ARCHIVE} when SOURCES_ARCHIVE is unset, and says plainly that it skipped when that is missing`, () => {
    const seen: string[] = [];
    const opened = openArchive('/repo', undefined, { ...nothing, isDir: (p) => (seen.push(p), false) });
    assert.deepEqual(seen, [resolve('/repo', DEFAULT_ARCHIVE)]);
    assert.equal(opened.status, 'skipped');
    if (opened.status === 'skipped')
      assert.match(opened.reason, /^Sources check skipped: there is no archive folder at \.\.\/shared\/sources/);
  });

  it('fails when SOURCES_ARCHIVE is set and the folder is missing, naming the variable and the fix', () => {
    assert.deepEqual(openArchive('/repo', 'archive-here', nothing), {
      status: 'missing',
      problem: {
        file: 'archive-here',
        field: 'SOURCES_ARCHIVE',
        message: 'is "archive-here", which is not a folder (resolved from the repository root: /repo/archive-here)',
        fix: 'point SOURCES_ARCHIVE at the folder of archived article texts, relative to the repository root or absolute; unset it to use ../shared/sources',
      },
    });
  });
});
