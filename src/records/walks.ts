// Reads a guided walk (content/walks/<id>.yaml). The content check has validated it before the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { walkSchema, type Walk } from '../schema/walk.ts';
import { contentDir } from './paths.ts';

/** The walk with this id; throws with the fix when the file is missing. */
export function loadWalk(id: string, dir: string = contentDir): Walk {
  const path = join(dir, 'walks', `${id}.yaml`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`<Walk id="${id}">: no file content/walks/${id}.yaml. Fix: use the name of a file in content/walks/.`);
  }
  return walkSchema.parse(parseYaml(text));
}
