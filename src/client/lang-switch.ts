// The language switch (src/components/page/LangSwitch.astro): adds the id of the section the reader is in
// at the moment they follow the link (click, keyboard or middle click), so the scroll position decides,
// not the position at load time; ids are shared by both editions.
import { currentSectionId } from './current-section.ts';

export function initLangSwitch(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const update = () => {
      const id = currentSectionId();
      const url = new URL(a.href);
      url.hash = id ? `#${id}` : '';
      a.href = url.href;
    };
    a.addEventListener('pointerdown', update);
    a.addEventListener('focus', update);
    a.addEventListener('click', update);
  }
}
