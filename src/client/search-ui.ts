// The search dialog. The first time the reader opens it, it loads Pagefind from this site
// (same origin, so a service worker can keep it for offline reading), which picks the index of the
// page's language from <html lang>.

/** The part of Pagefind's browser API this dialog uses. */
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PageResult> }[] } | null>;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PageResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

let pagefind: Promise<Pagefind> | null = null;
let wired = false;
const MAX_PAGES = 8;
const MAX_SECTIONS = 3;

/**
 * A status template filled in: {n} as text, and the reader's query {q} in a <bdi>, so a query in the
 * other script keeps its own order inside the sentence («Najaf» stays whole in an Arabic status).
 */
const fill = (template: string, values: { q: string; n: string }): (Node | string)[] =>
  template.split(/(\{\w+\})/).map((part) => {
    if (part === '{q}') {
      const q = document.createElement('bdi');
      q.textContent = values.q;
      return q;
    }
    return part === '{n}' ? values.n : part;
  });

/** Loads Pagefind once; a failed load can be retried by opening search again. */
function load(root: HTMLElement): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${root.dataset.bundle}pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ baseUrl: root.dataset.base, excerptLength: 24 });
    await pf.init();
    return pf;
  })().catch((e: unknown) => {
    pagefind = null;
    throw e;
  });
  return pagefind;
}

/** One result link, with Pagefind's excerpt (plain text with <mark> around matches). */
function item(title: string, url: string, excerpt: string, cls: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = cls;
  const a = document.createElement('a');
  a.href = url;
  a.textContent = title;
  const p = document.createElement('p');
  // Pagefind escapes the indexed text and adds only <mark> elements.
  p.innerHTML = excerpt;
  li.append(a, p);
  return li;
}

/** Links the dialog's stylesheet (public/search.css) once; style-src 'self' allows it under the CSP. */
function linkStyles(root: HTMLElement): void {
  if (document.querySelector('link[data-search-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = root.dataset.css ?? '';
  link.dataset.searchCss = '';
  document.head.append(link);
}

/** Opens the search dialog, loading the search engine on first use. */
export function openSearch(root: HTMLElement): void {
  linkStyles(root);
  const dialog = root.querySelector('dialog')!;
  const input = dialog.querySelector('input')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
  dialog.showModal();
  input.focus();
  const ready = load(root);
  if (wired) return;
  wired = true;
  status.textContent = root.dataset.loading ?? '';
  ready.then(
    () => (status.textContent = ''),
    () => (status.textContent = root.dataset.failed ?? ''),
  );
  const run = async () => {
    const q = input.value.trim();
    let pf: Pagefind;
    try {
      pf = await load(root);
    } catch {
      status.textContent = root.dataset.failed ?? '';
      return;
    }
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pf.debouncedSearch(q, {}, 250);
    if (!search) return; // a newer query superseded this one
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (input.value.trim() !== q) return;
    const n = new Intl.NumberFormat(root.dataset.locale).format(search.results.length);
    status.replaceChildren(
      ...fill(search.results.length ? (root.dataset.count ?? '') : (root.dataset.none ?? ''), { q, n }),
    );
    list.replaceChildren(
      ...pages.map((p) => {
        const li = item(p.meta.title ?? p.url, p.url, p.excerpt, 'search-page');
        const subs = p.sub_results.filter((s) => s.url.includes('#')).slice(0, MAX_SECTIONS);
        if (subs.length) {
          const ul = document.createElement('ul');
          ul.append(...subs.map((s) => item(s.title, s.url, s.excerpt, 'search-section')));
          li.append(ul);
        }
        return li;
      }),
    );
  };
  input.addEventListener('input', run);
  dialog.querySelector('form')!.addEventListener('submit', (e) => {
    // Enter runs the search; only the close button closes the dialog.
    if ((e as SubmitEvent).submitter?.classList.contains('search-close')) return;
    e.preventDefault();
    void run();
  });
  // Following a result closes the dialog, so an in-page #section link shows its target.
  list.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) dialog.close();
  });
}

/** Wires the header's search button (src/components/page/Search.astro) to open the dialog. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const open = root?.querySelector<HTMLButtonElement>('.search-open');
  if (root && open) open.addEventListener('click', () => openSearch(root));
}
