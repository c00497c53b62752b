// The content model's own words: the /** doc comments */ on the fields of src/schema/*.ts, read with
// the TypeScript compiler at build time, so a download's column description (data/datapackage.json)
// is the sentence the schema's author wrote and cannot drift from it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

/** The schema files whose field comments describe download columns (paths from the project root). */
export const SCHEMA_FILES = ['src/schema/records.ts', 'src/schema/charts.ts', 'src/schema/site.ts'] as const;

/** The first sentence of a comment, on one line: what a column description needs. */
export function firstSentence(comment: string): string {
  const flat = comment.replace(/\s+/g, ' ').trim();
  // A sentence ends at a full stop followed by a space and a capital, not after "e.g." or inside "1.5".
  const end = /(?<!\b(?:e\.g|i\.e))[.!?](?=\s+[A-Z(])/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/**
 * Every documented field of the given TypeScript source, keyed by the exported variable it belongs to
 * and its path of property names: "estimateSchema.claimant.name" → "A person's name, or a body such
 * as "Ukrainian intelligence"." Fields inside arrays and wrapped schemas (z.array(z.strictObject({…})),
 * .optional()) are keyed by the enclosing property names only.
 */
export function docComments(source: string, fileName = 'schema.ts'): Map<string, string> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const path: string[] = [];
      let root: string | undefined;
      for (let n: ts.Node | undefined = node; n; n = n.parent) {
        if (ts.isPropertyAssignment(n)) path.unshift(n.name.getText(file).replace(/^['"]|['"]$/g, ''));
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
          root = n.name.text;
          break;
        }
      }
      const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
      const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
      if (root && text.trim()) out.set([root, ...path].join('.'), firstSentence(text));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

let cached: Map<string, string> | undefined;

/** The documented fields of every schema file (see SCHEMA_FILES), read once per process. */
export function schemaDocs(root: string = process.cwd()): Map<string, string> {
  if (cached) return cached;
  const all = new Map<string, string>();
  for (const f of SCHEMA_FILES)
    for (const [k, v] of docComments(readFileSync(resolve(root, f), 'utf8'), f)) all.set(k, v);
  cached = all;
  return all;
}
