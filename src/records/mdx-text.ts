// Shared by the MDX rules: the parts of a theme body that are prose, with code and comments blanked out
// so that an example inside a code block is never taken for the real thing.

/** Blanks MDX comments, fenced code and inline code, keeping every character's line and column. */
export function proseOnly(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
}

/** 1-based line of a character index. */
export const lineAt = (s: string, index: number) => s.slice(0, index).split('\n').length;
