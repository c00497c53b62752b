import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkArchiveFiles } from '../../../../src/check/sources/files.ts';
import { contentIndex, COURIER, fixtureArchive, GAZETTE } from './fixture.ts';

describe('checkArchiveFiles(ctx)', () => {
  it('passes when every archive a source names is in the folder (a source without one is fine)', () => {
    assert.deepEqual(checkArchiveFiles({ index: contentIndex(), archive: fixtureArchive() }), []);
  });

  it('names the record, the field, the missing file and the files that are there', () => {
    const index = contentIndex({
      records: {
        sources: { typo: { outlet: 'Typo Times', headline: 'A headline', archive: '100_ffffffffffffffff.txt' } },
      },
    });
    assert.deepEqual(checkArchiveFiles({ index, archive: fixtureArchive() }), [
      {
        file: 'content/sources/typo.yaml',
        field: 'archive',
        message: `names "100_ffffffffffffffff.txt", which is not in the archive folder tests/fixtures/archive (files there: ${GAZETTE}, ${COURIER})`,
        fix: 'correct the file name to the archived text of this article, add the text to tests/fixtures/archive, or remove "archive:" if the site has no copy of the article (its quotations then cannot be verified)',
      },
    ]);
  });
});
