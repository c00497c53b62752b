// The site's one client script: every part only enhances a page that reads fully without it. None of it
// reads the layout while starting (the reading-progress bar is pure CSS, reader.css), so loading it never
// makes the browser lay out the long page again.
import { initThemeChoice } from './theme-choice.ts';
import { initToc } from './toc.ts';
import { registerOffline } from './offline.ts';
import { initWalk } from './walk.ts';
import { initHere } from './here.ts';
import { initLangSwitch } from './lang-switch.ts';
import { initSearch } from './search-ui.ts';
// Runs as it loads: the share controls and copy buttons.
import './copy.ts';

initThemeChoice();
initSearch();
initLangSwitch();
initToc();
initWalk();
initHere();
registerOffline();
