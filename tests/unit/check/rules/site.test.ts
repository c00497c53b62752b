import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite, siteOrStop } from '../../../../src/check/rules/site.ts';

// A copy of content/site.yaml in a temporary folder, edited per test: the rule reads the file the way
// the build does.
const original = readFileSync(join(import.meta.dirname, '../../../../content/site.yaml'), 'utf8');
let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'site-yaml-'))));
after(() => rmSync(dir, { recursive: true, force: true }));
const withFile = (text: string) => {
  writeFileSync(join(dir, 'site.yaml'), text);
  return { contentDir: dir };
};
const edit = (from: string, to: string) => {
  assert.ok(original.includes(from), `content/site.yaml no longer holds ${from}`);
  return withFile(original.replace(from, to));
};
const only = (problems: ReturnType<typeof checkSite>) => {
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  return problems[0];
};

describe('checkSite(options)', () => {
  it('accepts content/site.yaml as it is', () => {
    assert.deepEqual(checkSite(withFile(original)), []);
  });

  const placeholders: [string, string, string, RegExp][] = [
    [
      'an example.org address',
      'contact: /methodology/#corrections',
      'contact: https://example.org/corrections',
      /placeholder host "example\.org"/,
    ],
    [
      'an example.com e-mail',
      'contact: /methodology/#corrections',
      'contact: mailto:desk@example.com',
      /placeholder host "example\.com"/,
    ],
    [
      'a host under example.net',
      'contact: /methodology/#corrections',
      'contact: https://www.example.net/',
      /placeholder host "www\.example\.net"/,
    ],
    ['TODO', 'name: Iraq’s Recruits', 'name: TODO', /placeholder "TODO"/],
    ['TBD', 'name: CC BY 4.0', 'name: TBD', /placeholder "TBD"/],
    ['FIXME', 'contact: /methodology/#corrections', 'contact: /methodology/#corrections FIXME', /placeholder "FIXME"/],
    ['localhost', 'contact: /methodology/#corrections', 'contact: http://localhost:4321/methodology/', /"localhost"/],
    ['127.0.0.1', 'contact: /methodology/#corrections', 'contact: https://127.0.0.1/methodology/', /"127\.0\.0\.1"/],
  ];
  for (const [what, from, to, message] of placeholders) {
    it(`rejects ${what}, naming the file and the field`, () => {
      const p = only(checkSite(edit(from, to)));
      assert.equal(p.file.endsWith('site.yaml'), true);
      assert.match(p.field, /^(corrections\.contact|publisher\.name|licence\.name)$/);
      assert.match(p.message, message);
      assert.ok(p.line && p.line > 1, 'gives the line');
      assert.ok(p.fix.length > 10);
    });
  }

  it('rejects an empty contact, naming the field and what to write', () => {
    const p = only(checkSite(edit('contact: /methodology/#corrections', 'contact: ""')));
    assert.equal(p.field, 'corrections.contact');
    assert.match(p.message, /is empty/);
    assert.match(p.fix, /\/methodology\/#corrections/);
  });

  it('rejects a placeholder public address', () => {
    const p = only(checkSite(edit('corrections:\n', 'url: https://example.org/\n\ncorrections:\n')));
    assert.equal(p.field, 'url');
    assert.match(p.message, /example\.org/);
  });

  it('rejects a public address whose path conflicts with the base path', () => {
    const p = only(
      checkSite({ ...edit('corrections:\n', 'url: https://news.test/other/\n\ncorrections:\n'), base: '/sub/path/' }),
    );
    assert.equal(p.field, 'url');
    assert.match(p.message, /differs from BASE_PATH/);
  });

  it('rejects a missing field, saying where it is described', () => {
    const p = only(checkSite(withFile(original.replace(/\nlicence:[\s\S]*$/, '\n'))));
    assert.equal(p.field, 'licence');
    assert.match(p.message, /is missing/);
    assert.match(p.fix, /src\/schema\/site\.ts/);
  });

  it('reports a YAML syntax error with its line', () => {
    const p = only(checkSite(withFile('publisher:\n  name: [unclosed\n')));
    assert.equal(p.field, '(the whole file)');
    assert.match(p.message, /not valid YAML/);
  });
});

describe('siteOrStop(env, options)', () => {
  it('takes SITE_URL over site.yaml, as an origin', () => {
    assert.equal(
      siteOrStop({ SITE_URL: 'https://news.test/sub/path/', BASE_PATH: '/sub/path/' }, withFile(original)).url,
      'https://news.test/',
    );
  });
  it('has no address when neither SITE_URL nor site.yaml gives one', () => {
    assert.equal(siteOrStop({}, withFile(original)).url, undefined);
  });
  it('stops on a bad SITE_URL with a message naming SITE_URL, what was found and the fix', () => {
    assert.throws(
      () => siteOrStop({ SITE_URL: 'news.test' }, withFile(original)),
      /^Error: SITE_URL: found "news\.test", which is not an absolute address; expected .*\n {2}Fix: /,
    );
  });
  it('stops on a problem of site.yaml, naming the file and the field', () => {
    assert.throws(
      () => siteOrStop({}, edit('name: CC BY 4.0', 'name: TODO')),
      /site\.yaml:\d+ licence\.name: holds the placeholder "TODO"/,
    );
  });
});

describe('checkSite(options): the home page opening', () => {
  it('stops a digit typed into the dek, since the key figures give the numbers', () => {
    const p = only(checkSite(edit('  dek: Iraq is moving', '  dek: In 2025 Iraq is moving')));
    assert.equal(p.field, 'home.dek');
    assert.match(p.message, /types a number; expected words only/);
  });
  it('stops a list of key figures longer than six', () => {
    const list = '    - allawi-around-5000\n';
    const p = only(checkSite(edit(list, list.repeat(4))));
    assert.equal(p.field, 'home.keyFigures');
  });
});
