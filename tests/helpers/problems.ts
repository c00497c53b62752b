// The content-rule tests' common steps: copy the content, make one mistake in the copy, and validate it
// with the real chart ids (the copies are removed when the test file ends); or, for a rule's own tests,
// check a few files held in memory.
import { after } from 'node:test';
import { validateContent, checkIndex, type Problem } from '../../src/check/index.ts';
import {
  RECORD_KINDS,
  indexOf,
  readYamlText,
  themeFromText,
  type ContentIndex,
  type RecordFile,
  type RecordKind,
  type ThemeFile,
} from '../../src/records/load.ts';
import { CHART_IDS } from '../../src/charts/ids.ts';
import { ContentFixture } from './fixture.ts';

const fixtures: ContentFixture[] = [];
after(() => fixtures.forEach((f) => f.cleanup()));

/** Validates a fixture copy of the content after `breakIt` has changed it. */
export function problemsAfter(breakIt: (f: ContentFixture) => void): Problem[] {
  const f = new ContentFixture();
  fixtures.push(f);
  breakIt(f);
  return validateContent({ root: f.dir, contentDir: f.dir, charts: CHART_IDS }).problems;
}

/**
 * A small content index built in memory from file texts keyed by their path under content/
 * ("sources/a.yaml", "themes/en/x.mdx"), read by the loader's own functions: rule tests use it instead
 * of copying the whole content folder.
 */
export function memoryIndex(texts: Record<string, string>): ContentIndex {
  const files = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as RecordFile[]])) as Record<
    RecordKind,
    RecordFile[]
  >;
  const themes: ThemeFile[] = [];
  for (const path of Object.keys(texts).sort()) {
    const file = `content/${path}`;
    const parts = path.split('/');
    const name = parts.at(-1)!;
    if (parts[0] === 'themes') themes.push(themeFromText(texts[path], file, name.slice(0, -'.mdx'.length), parts[1]));
    else
      files[parts[0] as RecordKind].push({
        id: name.slice(0, -'.yaml'.length),
        file,
        ...readYamlText(texts[path], file),
      });
  }
  return indexOf('content', '.', files, themes);
}

/** The problems the content check finds in a small in-memory content (see memoryIndex). */
export const problemsIn = (texts: Record<string, string>, pages: string[] = []): Problem[] =>
  checkIndex(memoryIndex(texts), { charts: CHART_IDS, pages });
