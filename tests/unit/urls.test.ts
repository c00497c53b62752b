import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, checkSiteUrl, href, siteLink, sitePath, withBase, withSlash } from '../../src/urls.ts';

describe('withSlash(path)', () => {
  it('adds the one trailing slash a base path needs', () => {
    assert.equal(withSlash('/sub/path'), '/sub/path/');
  });
  it('leaves a path that has one as it is', () => {
    assert.equal(withSlash('/sub/path/'), '/sub/path/');
    assert.equal(withSlash('/'), '/');
  });
});

describe('withBase(path, base)', () => {
  it('joins a base without trailing slash and a path with a leading one', () => {
    assert.equal(withBase('/sources/', '/sub/path'), '/sub/path/sources/');
  });
  it('keeps fragments and gives the base itself for an empty path', () => {
    assert.equal(withBase('sources/#x', '/sub/'), '/sub/sources/#x');
    assert.equal(withBase('', '/sub/'), '/sub/');
  });
});

describe('href(path, base)', () => {
  it("is withBase with the build's base path", () => {
    assert.equal(href('data/x.csv', '/'), '/data/x.csv');
    assert.equal(href('ar/', '/sub/path/'), '/sub/path/ar/');
  });
});

describe('sitePath(pathname, base)', () => {
  it('strips the base path', () => {
    assert.equal(sitePath('/sub/path/ar/overview/', '/sub/path/'), 'ar/overview/');
  });
  it('gives "" for the base itself, with or without its slash', () => {
    assert.equal(sitePath('/sub/path/', '/sub/path'), '');
    assert.equal(sitePath('/sub/path', '/sub/path/'), '');
  });
});

describe('absoluteUrl(path, { site, base })', () => {
  it('is undefined when the public address is not known', () => {
    assert.equal(absoluteUrl('sources/', { base: '/' }), undefined);
    assert.equal(absoluteUrl('sources/', { site: '', base: '/' }), undefined);
  });
  it('joins the address, the base path and the path', () => {
    assert.equal(
      absoluteUrl('sources/#x', { site: 'https://news.test/', base: '/sub/path/' }),
      'https://news.test/sub/path/sources/#x',
    );
    assert.equal(absoluteUrl('', { site: 'https://news.test', base: '/' }), 'https://news.test/');
  });
});

describe('siteLink(path, { site, base })', () => {
  it('is absolute when the address is known', () => {
    assert.equal(
      siteLink('sources/#x', { site: 'https://news.test/', base: '/sub/' }),
      'https://news.test/sub/sources/#x',
    );
  });
  it('falls back to the path from the host root, never a made-up host', () => {
    assert.equal(siteLink('sources/#x', { base: '/sub/' }), '/sub/sources/#x');
  });
});

describe('checkSiteUrl(value, base)', () => {
  it('accepts a host-only address and keeps the origin', () => {
    assert.deepEqual(checkSiteUrl('https://news.test', '/sub/path/'), { url: 'https://news.test/' });
  });
  it('accepts an address whose path is the base path', () => {
    assert.deepEqual(checkSiteUrl('https://news.test/sub/path', '/sub/path/'), { url: 'https://news.test/' });
  });
  it('rejects an address without a scheme, saying what was found', () => {
    const r = checkSiteUrl('news.test', '/');
    assert.ok('problem' in r);
    assert.match(r.problem.found, /"news\.test", which is not an absolute address/);
    assert.match(r.problem.fix, /https:\/\//);
  });
  it('rejects a scheme other than http(s)', () => {
    const r = checkSiteUrl('ftp://news.test/', '/');
    assert.ok('problem' in r);
    assert.match(r.problem.found, /scheme is "ftp:"/);
  });
  it('rejects a path that conflicts with the base path, naming both', () => {
    const r = checkSiteUrl('https://news.test/other/', '/sub/path/');
    assert.ok('problem' in r);
    assert.match(r.problem.found, /"\/other\/" differs from BASE_PATH "\/sub\/path\/"/);
    assert.match(r.problem.fix, /BASE_PATH=\/other\//);
  });
  it('rejects a query or a fragment', () => {
    assert.ok('problem' in checkSiteUrl('https://news.test/?a=1', '/'));
    assert.ok('problem' in checkSiteUrl('https://news.test/#top', '/'));
  });
});
