// The light / dark / system control: remembers the choice (localStorage) and applies it to <html>,
// where src/client/theme-init.js applies it again before the first paint of every later page.

const KEY = 'theme';
type Choice = 'light' | 'dark' | 'system';

/** Applies a colour-theme choice to the page; "system" leaves the decision to prefers-color-scheme. */
export function applyTheme(choice: Choice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

/** Wires the theme <select> (if the page has one) and keeps other open tabs in step. */
export function initThemeChoice(): void {
  const select = document.querySelector<HTMLSelectElement>('#theme-choice');
  const saved = (): Choice => {
    try {
      const v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch {
      return 'system';
    }
  };
  if (select) {
    select.value = saved();
    select.addEventListener('change', () => {
      const choice = select.value as Choice;
      try {
        if (choice === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, choice);
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
      applyTheme(choice);
    });
  }
  addEventListener('storage', (e) => {
    if (e.key !== KEY) return;
    applyTheme(saved());
    if (select) select.value = saved();
  });
}
