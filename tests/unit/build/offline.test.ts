import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { serviceWorkerConfig, urlOf, type BuiltFile } from '../../../src/build/offline.ts';
import { compactScript } from '../../../src/build/integrations/reader.ts';

const files = (paths: string[], digest = 'a'): BuiltFile[] => paths.map((path) => ({ path, digest }));
const SITE = [
  'index.html',
  'overview/index.html',
  'offline/index.html',
  '_astro/Base.abc.css',
  '_astro/reader.def.js',
  '_astro/og.png',
  'favicon.svg',
  'icon-192.png',
  'manifest.webmanifest',
  'sw.js',
  'downloads/figures.csv',
];

describe('urlOf(path, base)', () => {
  test('serves index.html files at their folder', () => {
    assert.equal(urlOf('offline/index.html', '/'), '/offline/');
    assert.equal(urlOf('index.html', '/sub/path/'), '/sub/path/');
    assert.equal(urlOf('_astro/a.css', '/sub/path/'), '/sub/path/_astro/a.css');
  });
});

describe('serviceWorkerConfig(files, base)', () => {
  test('precaches styles, scripts, icons, the manifest and the offline page under the base path', () => {
    const { precache, base } = serviceWorkerConfig(files(SITE), '/sub/path/');
    assert.equal(base, '/sub/path/');
    assert.deepEqual(precache.sort(), [
      '/sub/path/_astro/Base.abc.css',
      '/sub/path/_astro/reader.def.js',
      '/sub/path/favicon.svg',
      '/sub/path/icon-192.png',
      '/sub/path/manifest.webmanifest',
      '/sub/path/offline/',
    ]);
  });
  test('leaves pages to be kept as they are visited, and never lists the worker itself', () => {
    const { precache } = serviceWorkerConfig(files(SITE), '/');
    assert.ok(!precache.includes('/'), 'the long page is kept when visited, not at install');
    assert.ok(!precache.includes('/overview/'));
    assert.ok(!precache.includes('/sw.js'));
  });
  test('gets a new version when any built file changes, and only then', () => {
    const a = serviceWorkerConfig(files(SITE), '/').version;
    assert.equal(serviceWorkerConfig(files(SITE), '/').version, a);
    const changed = files(SITE).map((f) => (f.path === 'overview/index.html' ? { ...f, digest: 'b' } : f));
    assert.notEqual(serviceWorkerConfig(changed, '/').version, a);
    const swOnly = files(SITE).map((f) => (f.path === 'sw.js' ? { ...f, digest: 'b' } : f));
    assert.equal(serviceWorkerConfig(swOnly, '/').version, a, 'the worker from the last build does not count');
  });
  test('rejects a base path without its slashes', () => {
    assert.throws(() => serviceWorkerConfig([], '/sub/path'), /base must start and end with "\/"/);
  });
});

describe('compactScript(js)', () => {
  test('drops whole-line and block comments and indentation, keeping the code', () => {
    const js = '// purpose\n(function () {\n  /* why */\n  var a = 1; // note\n})();\n';
    assert.equal(compactScript(js), '(function () {\nvar a = 1; // note\n})();');
  });
});
