import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitLangPath, pathIn, sitePath, langOfPath, DIR } from '../../../src/i18n/locales.ts';
import { localized } from '../../../src/i18n/records.ts';

describe('splitLangPath(sitePath)', () => {
  it('reads the edition from the first segment and keeps the shared rest', () => {
    assert.deepEqual(splitLangPath('ar/overview/'), { lang: 'ar', rest: 'overview/' });
    assert.deepEqual(splitLangPath('ar/'), { lang: 'ar', rest: '' });
    assert.deepEqual(splitLangPath('overview/'), { lang: 'en', rest: 'overview/' });
    assert.deepEqual(splitLangPath(''), { lang: 'en', rest: '' });
  });
  it('does not take a page whose name starts with "ar" for the Arabic edition', () => {
    assert.deepEqual(splitLangPath('archive/'), { lang: 'en', rest: 'archive/' });
  });
});

describe('pathIn(lang, rest)', () => {
  it('prefixes only the non-default edition', () => {
    assert.equal(pathIn('ar', 'sources/'), 'ar/sources/');
    assert.equal(pathIn('en', 'sources/'), 'sources/');
    assert.equal(pathIn('ar', ''), 'ar/');
  });
});

describe('sitePath(pathname, base) and langOfPath(pathname, base)', () => {
  it('strip the base path before reading the language', () => {
    assert.equal(sitePath('/sub/path/ar/overview/', '/sub/path/'), 'ar/overview/');
    assert.equal(sitePath('/sub/path', '/sub/path/'), '');
    assert.equal(langOfPath('/sub/path/ar/', '/sub/path/'), 'ar');
    assert.equal(langOfPath('/ar/', '/'), 'ar');
    assert.equal(langOfPath('/sources/', '/'), 'en');
  });
  it('gives Arabic right to left', () => assert.equal(DIR.ar, 'rtl'));
});

describe('localized(record, lang)', () => {
  const record = {
    value: 5000,
    claimant: { name: 'Hussein Allawi', role: 'Adviser', kind: 'iraqi-government' },
    cites: [{ label: 'A', source: { id: 'x' } }, { label: 'B' }],
    ar: { claimant: { name: 'حسين علاوي', role: 'مستشار' }, cites: [{ label: 'أ' }, { label: 'ب' }] },
  };
  it('lays the translated fields over the record, keeping numbers and references', () => {
    const ar = localized(record, 'ar');
    assert.equal(ar.value, 5000);
    assert.deepEqual(ar.claimant, { name: 'حسين علاوي', role: 'مستشار', kind: 'iraqi-government' });
    assert.deepEqual(ar.cites, [{ label: 'أ', source: { id: 'x' } }, { label: 'ب' }]);
  });
  it('returns English as it is', () => assert.equal(localized(record, 'en'), record));
});
