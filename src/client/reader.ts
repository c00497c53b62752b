// The site's one client script: every part only enhances a page that reads fully without it.
import { initThemeChoice } from './theme-choice.ts';
import { initProgress } from './progress.ts';
import { initToc } from './toc.ts';
import { registerOffline } from './offline.ts';
import { initWalk } from './walk.ts';
import { initHere } from './here.ts';

initThemeChoice();
initProgress();
initToc();
initWalk();
initHere();
registerOffline();
