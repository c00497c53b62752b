// Where the content lives. CONTENT_DIR lets tests build a fixture copy of the content.
import { resolve } from 'node:path';

/** Absolute path of the content folder (content/ unless CONTENT_DIR says otherwise). */
export const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
