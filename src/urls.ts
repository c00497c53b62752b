// Internal links that respect the base path, so the site works under any sub-path.

/** Joins the site's base path and a site-relative path: href('sources/') → "/sub/path/sources/". */
export function href(path = '', base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
