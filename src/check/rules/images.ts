// Content rule: every image in a theme has a text alternative, because a reader who cannot see it (a
// screen reader, a failed download on a slow network) must still get what it shows.
import type { Problem } from '../problem.ts';
import type { ScanResult } from '../../records/mdx.ts';
import { themesInOrder, type RuleContext } from './context.ts';

/** A theme as far as images are concerned. */
export interface ScannedBody {
  /** Path of the file, relative to the project root, for messages. */
  file: string;
  /** What its MDX body uses, lines of the file (src/records/mdx.ts). */
  scan: Pick<ScanResult, 'images'>;
}

const FIX_MD = 'describe what the image shows between the brackets: ![Map of the recruitment routes](map.png)';
const FIX_TAG = 'add alt="..." describing what the image shows';

/** Reports Markdown images with empty alt text and <img> tags without (or with empty) alt. */
export function checkImageAlt(themes: ScannedBody[]): Problem[] {
  const problems: Problem[] = [];
  for (const t of themes) {
    for (const img of t.scan.images) {
      if (img.kind === 'markdown') {
        if (!img.alt?.trim())
          problems.push({
            file: t.file,
            field: `image ${img.src || '(no address)'}`,
            line: img.line,
            message: 'has no alt text',
            fix: FIX_MD,
          });
        continue;
      }
      const field = `<img src="${img.src}">`;
      if (img.alt === null)
        problems.push({ file: t.file, field, line: img.line, message: 'has no alt attribute', fix: FIX_TAG });
      else if (!img.alt.trim())
        problems.push({ file: t.file, field, line: img.line, message: 'has an empty alt attribute', fix: FIX_TAG });
    }
  }
  return problems;
}

/** The rule: every theme of every language, in reading order. */
export const checkImages = ({ index }: RuleContext): Problem[] =>
  index.langs.flatMap((lang) => checkImageAlt(themesInOrder(index, lang)));
