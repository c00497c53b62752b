// A guided walk (content/walks/<id>.yaml), from the one loader. The content check has validated it
// before the build.
import { walkSchema, type Walk } from '../schema/walk.ts';
import { contentDir } from './paths.ts';
import { loadContent } from './load.ts';

/** The walk with this id; throws with the fix when there is none. */
export function loadWalk(id: string, dir: string = contentDir): Walk {
  const file = loadContent(dir).files.walks.find((w) => w.id === id);
  if (!file)
    throw new Error(
      `<Walk id="${id}">: no file content/walks/${id}.yaml. Fix: use the name of a file in content/walks/.`,
    );
  return walkSchema.parse(file.data);
}
