// Projects "subpath" and "nginx": every page of both editions through HTTP, without a browser: it is
// served with status 200 as HTML, and every internal link, asset and #fragment it names is served too.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { findAll, ids, parseHtml } from '../helpers/html.ts';
import { builtPages } from '../helpers/site.ts';

const OUT = 'dist-sub';
/** Attributes that name another resource of the site. */
const REF_ATTRS = ['href', 'src', 'xlink:href', 'action', 'poster'];

/** What the server answers for a URL: status, and the ids of an HTML page; asked once per worker. */
const served = new Map<string, Promise<{ status: number; ids: string[] | null }>>();
const get = (request: APIRequestContext, url: string) => {
  if (!served.has(url))
    served.set(
      url,
      request.get(url).then(async (res) => ({
        status: res.status(),
        ids: res.headers()['content-type']?.includes('html') ? ids(parseHtml(await res.text())) : null,
      })),
    );
  return served.get(url)!;
};

for (const path of builtPages(OUT)) {
  test(`/${path} is served, and so is every link, asset and fragment it names`, async ({ request, baseURL }) => {
    const url = new URL(path, baseURL);
    const res = await request.get(url.href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/html/);
    const refs = findAll(parseHtml(await res.text()), () => true).flatMap((el) =>
      REF_ATTRS.filter((a) => el.attrs[a] !== undefined).map((a) => `${el.tag} ${a}="${el.attrs[a]}"`),
    );
    const broken: string[] = [];
    for (const ref of refs) {
      const target = new URL(ref.slice(ref.indexOf('"') + 1, -1), url);
      if (target.origin !== url.origin) continue;
      const page = `${target.origin}${target.pathname}`;
      const got = await get(request, page);
      const frag = decodeURIComponent(target.hash.slice(1));
      if (got.status !== 200) broken.push(`<${ref}>: ${got.status}`);
      else if (frag && got.ids && !got.ids.includes(frag)) broken.push(`<${ref}>: no element with id "${frag}"`);
    }
    expect(broken).toEqual([]);
  });
}

test('an unknown address gets the 404 page with status 404', async ({ request, baseURL }) => {
  const res = await request.get(new URL('no-such-page/', baseURL).href);
  expect(res.status()).toBe(404);
  expect(findAll(parseHtml(await res.text()), (e) => e.tag === 'h1')[0]?.text).toBe('Page not found');
});
